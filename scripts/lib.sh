# Shared by scripts/run.sh and scripts/test.sh: paths, timing and the idempotent set-up.
# shellcheck shell=bash

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export PATH="$HOME/.cargo/bin:$ROOT/end2end/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

CARGO_LEPTOS_VERSION="0.3.11"
# The fonts are named so that the pictures the tests compare (end2end/tests/pictures.spec.ts)
# are drawn with the same ones on every machine.
APT_PACKAGES=(rustc-web cargo-web rust-web-src lld-22 rustfmt-web rust-web-clippy chromium pkg-config python3
    fonts-dejavu-core fonts-liberation)

step_started=0
step() {
    step_started=$(date +%s)
    printf '\n\033[1m==> %s\033[0m\n' "$*"
}
step_done() {
    printf '    done in %ss\n' "$(($(date +%s) - step_started))"
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs whatever is missing (and the extra Debian packages given as arguments); does nothing
# (quickly) when everything is there.
bootstrap() {
    local missing=()
    for pkg in "${APT_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        step "Installing Debian packages: ${missing[*]}"
        as_root apt-get update -q
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}"
        step_done
    fi

    # Tools are built with the project's toolchain (Debian's rustc, see rust-toolchain.toml).
    if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
        step "Building cargo-leptos $CARGO_LEPTOS_VERSION (once per machine, about 20 minutes on 2 cores)"
        CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
            cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
        step_done
    fi

    local wb_version
    wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
    if ! wasm-bindgen --version 2>/dev/null | grep -q "$wb_version"; then
        step "Building wasm-bindgen-cli $wb_version (matches Cargo.lock; about 4 minutes)"
        cargo install wasm-bindgen-cli --version "$wb_version" --force
        step_done
    fi

    if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ ! -d end2end/node_modules/@playwright/test ] \
        || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
        step "Installing npm packages for end2end/ (Playwright, wasm-opt)"
        (cd end2end && npm ci --no-audit --no-fund)
        step_done
    fi
}
