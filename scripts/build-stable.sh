#!/usr/bin/env bash
# The way back if the pinned nightly breaks (scripts/trunk.sh): the same bundle
# built on the stable toolchain, without build-std and the -Z size flags, through
# the same post-build steps. It must build; it is larger than the product budget
# allows, and its first load is printed so that the cost of the way back is known.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=target/stable
export RUSTFLAGS="--cfg erase_components"
trunk build --release --public-url /scorecard/ --dist target/stable-site/scorecard
node scripts/bench-size.mjs target/stable-site/scorecard 250 | tail -n 1 | sed 's/^first load/stable build, first load/' || true
