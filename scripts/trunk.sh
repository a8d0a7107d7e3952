#!/usr/bin/env bash
# Runs Trunk with the toolchain the shipped bundle is built with.
#
# The release wasm is built on a pinned nightly so that the standard library
# is rebuilt for size (build-std, optimize_for_size) and panics abort at once
# instead of formatting a message nobody reads in a browser; Debug formatting
# and panic locations are compiled out (so no shipped code may rely on `{:?}`).
# Measured on the app with step 2: 278.3 KB gzip on stable, 233.4 KB this
# way; with step 3, -Zfmt-debug=none and -Zlocation-detail=none saved 2.9 KB
# more (the product budget is 250 KB). Everything else — native tests, browser tests, clippy —
# stays on stable; only this build uses the pinned nightly.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTUP_TOOLCHAIN="$(cat scripts/nightly-toolchain)"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
# Its own target folder, so that stable and nightly builds never evict each other.
export CARGO_TARGET_DIR=target/nightly
exec trunk "$@"
