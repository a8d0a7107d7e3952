#!/usr/bin/env bash
# Builds the release bundle as it ships and prints what the first load costs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/trunk.sh build --release --dist target/size-dist
node scripts/bench-size.mjs target/size-dist "${SIZE_BUDGET_KB:-250}"
