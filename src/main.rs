fn main() {
    scorecard_workshop::start();
}
