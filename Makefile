# Trygg: the two commands are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
APP_BIN := target/debug/trygg
RELEASE_BIN := target/release/trygg

.PHONY: help setup ui app release run package test lint test-rust test-ui test-e2e test-chromium bench

help:
	@echo "make run     - install what is missing, build the release and start Trygg"
	@echo "make package - build an installable Linux package (.deb) in target/release/bundle/deb/"
	@echo "make test  - install what is missing and run every test (lint, Rust, UI, end to end)"
	@echo "make bench - run the benchmarks and print the figures"

setup:
	@scripts/setup.sh

ui: setup
	npm --prefix ui run build

# A debug binary that serves the built UI (what the end-to-end tests drive).
# tauri's custom-protocol feature is always on (src-tauri/Cargo.toml), so a
# plain cargo build embeds ui/dist; no dev server is ever involved.
app: ui
	cargo build -p trygg-app --bin trygg

# What users run: the release build (no inspector, no dialog-path override,
# no debug-only test hook). The tests keep using the debug build (`app`).
release: ui
	cargo build --release -p trygg-app --bin trygg

run: release
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No display: starting Trygg under Xvfb"; xvfb-run -a -s '-screen 0 1280x1000x24' $(RELEASE_BIN); \
	else $(RELEASE_BIN); fi

# An installable .deb, made offline by the Tauri bundler. Its menu entry is
# named "Calculator" (src-tauri/packaging/calculator.desktop).
package: ui
	cd src-tauri && ../ui/node_modules/.bin/tauri build --bundles deb --config '{"bundle":{"active":true}}'
	@ls -l target/release/bundle/deb/*.deb

lint: ui
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	npm --prefix ui run check
	node scripts/lint-i18n.mjs

test-rust: ui
	cargo test --workspace

test-ui: setup
	npm --prefix ui test

test-e2e: app
	scripts/e2e.sh

# The built UI in headless Chromium (Android WebView / WebView2's engine), IPC mocked.
test-chromium: setup
	scripts/chromium.sh

test: lint test-rust test-ui test-e2e test-chromium
	@echo "make test: all suites passed"

bench: setup
	scripts/bench.sh
