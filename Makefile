# The two commands: `make run` and `make test`. Both install what is missing first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

# The finished app's first load must stay within this (gzip, 1 KB = 1000 bytes).
PRODUCT_BUDGET_KB := 250

.PHONY: run test setup test-core test-browser test-e2e build-e2e build-stable bench-size bench lighthouse

## Serve the app with the sample workshop on http://127.0.0.1:8080
run: setup
	scripts/trunk.sh serve --release

## Run every test: native core, browser APIs in headless Chromium and Firefox ESR, end to end on
## the release build, and the way back: the bundle still builds on stable Rust
test: setup test-core test-browser test-e2e build-stable

setup:
	@scripts/setup.sh

test-core:
	cargo test --workspace

# The same tests in two engines: the runner picks the browser by the driver it is given.
test-browser:
	for driver in CHROMEDRIVER=/usr/bin/chromedriver GECKODRIVER=$(HOME)/.cargo/bin/geckodriver; do \
		env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner $$driver \
			cargo test --target wasm32-unknown-unknown --test browser || exit 1; \
	done

## The bundle on stable Rust, the way back if the pinned nightly breaks (prints its size)
build-stable:
	scripts/build-stable.sh

build-e2e:
	scripts/trunk.sh build --release --public-url /scorecard/ --dist target/e2e-site/scorecard

test-e2e: build-e2e
	cargo run -q -p scorecard-core --example large_workshop > target/large-workshop.json
	npx playwright test --grep-invert latency
	# Alone, so that no other test competes for the CPU while it is timed.
	npx playwright test --grep latency --workers 1
	node scripts/bench-size.mjs target/e2e-site/scorecard $(PRODUCT_BUDGET_KB)

## Print the bytes of everything the first load fetches
bench-size: setup
	scripts/bench-size.sh

## Print the time of step 3's analysis and charts on a large workshop (target 16 ms),
## and the largest workshop that fits the 5 MiB localStorage quota
bench: setup
	cargo bench -p scorecard-core

## Print Lighthouse's mobile performance figures (median of 3 runs) and Chrome's
## installability check for the release build, served gzipped. Not part of `make test`.
## Compare two builds: node scripts/lighthouse.mjs <before folder> <after folder>
lighthouse: setup build-e2e
	node scripts/lighthouse.mjs target/e2e-site
