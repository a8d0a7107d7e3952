//! Prints what the page shows until the app has loaded, for index.html
//! (run by scripts/first-paint.mjs at each build).

fn main() {
    print!("{}", scorecard_workshop::first_paint::html());
}
