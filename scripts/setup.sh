#!/usr/bin/env bash
# Installs whatever the build and the tests need and is not there yet.
# Safe to run again: each step checks first and takes a second when all is present.
# Versions are pinned; see DEVELOPERS notes in README.md for why each one.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
fail() { printf 'setup: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || fail "cargo is missing: install Rust with rustup (https://rustup.rs), then run this again."
command -v npm >/dev/null || fail "npm is missing: install Node.js 20 or later (apt-get install nodejs npm), then run this again."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# The shipped bundle is built on a pinned nightly (see scripts/trunk.sh).
NIGHTLY=$(cat scripts/nightly-toolchain)
if ! rustup run "$NIGHTLY" rustc --print target-libdir --target wasm32-unknown-unknown >/dev/null 2>&1 \
    || [ ! -d "$(rustup run "$NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
    say "installing the $NIGHTLY toolchain with rust-src and the wasm32 target (once)"
    rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must be the very version the app links against.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || fail "Cargo.lock names no wasm-bindgen version"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    # Without --locked: with it, one locked dependency is missing from the registry.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml \
    || fail "Trunk.toml pins another wasm-bindgen than Cargo.lock ($WASM_BINDGEN_VERSION): make them equal."

# wasm-opt (binaryen 132 from npm: Debian's 108 breaks the module), terser,
# Playwright and axe-core, all pinned by package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages (wasm-opt, terser, Playwright, axe-core)"
    npm ci --no-audit --no-fund
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    [ "$(id -u)" = 0 ] || fail "Chromium is missing: run 'sudo apt-get install chromium chromium-driver', then run this again."
    say "installing Chromium and ChromeDriver from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Firefox ESR and geckodriver: the browser tests run in a second engine.
if ! command -v firefox-esr >/dev/null; then
    [ "$(id -u)" = 0 ] || fail "Firefox is missing: run 'sudo apt-get install firefox-esr', then run this again."
    say "installing Firefox ESR from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
fi
GECKODRIVER_VERSION=0.36.0
if [ "$(geckodriver --version 2>/dev/null | head -n 1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 2 minutes, once)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

# LibreOffice Calc, headless: the native tests open the CSV exports in it to
# prove that no text typed in the app becomes a spreadsheet formula.
if ! command -v soffice >/dev/null; then
    [ "$(id -u)" = 0 ] || fail "LibreOffice is missing: run 'sudo apt-get install libreoffice-calc-nogui', then run this again."
    say "installing LibreOffice Calc (headless) from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui >/dev/null
fi

# Trunk builds offline; every crate must be in the local registry first.
cargo fetch --quiet
cargo fetch --quiet --target wasm32-unknown-unknown
# build-std compiles the standard library, whose own dependencies must be fetched too.
cargo "+$NIGHTLY" fetch --quiet --manifest-path "$(rustup run "$NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
