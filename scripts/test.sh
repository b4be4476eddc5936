#!/usr/bin/env bash
# Runs every check of Twofold: formatting, clippy, Rust unit and integration tests, and the
# Playwright suite in headless Chromium against a freshly started server on a throwaway
# database. Installs what is missing first. Exit status 0 only if everything passed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

started=$(date +%s)
passed=()
failed=()
timings=()

stage() {
    local name="$1"
    shift
    step "$name"
    if "$@"; then passed+=("$name"); else failed+=("$name"); fi
    timings+=("$(printf '%-40s %5ss' "$name" "$(($(date +%s) - step_started))")")
}

summary() {
    local total=$(($(date +%s) - started))
    printf '\n\033[1mTwofold test summary\033[0m (%dm%02ds)\n' $((total / 60)) $((total % 60))
    printf '  %s\n' "${timings[@]}"
    [ ${#failed[@]} -eq 0 ] || printf '  FAILED: %s\n' "${failed[@]}"
    echo "stages: ${#passed[@]} passed, ${#failed[@]} failed"
}

clippy_all() {
    cargo clippy -p app --features ssr --all-targets -- -D warnings &&
        cargo clippy -p app -p frontend --features app/hydrate -- -D warnings &&
        cargo clippy -p server --all-targets -- -D warnings
}

rust_tests() {
    cargo test -p app -p server --features app/ssr
}

end_to_end() {
    cargo leptos build || return 1
    local tmp
    tmp=$(mktemp -d)
    # The server Playwright starts gets a throwaway data directory and database.
    TWOFOLD_SERVER_BIN="$TARGET_DIR/debug/server" \
        TWOFOLD_DATA_DIR="$tmp" \
        DATABASE_URL="sqlite://$tmp/e2e.db?mode=rwc" \
        LEPTOS_SITE_ROOT="$ROOT/target/site" \
        bash -c 'cd end2end && npx playwright test'
    local status=$?
    rm -rf "$tmp"
    return $status
}

step "Set-up"
bootstrap
timings+=("$(printf '%-40s %5ss' "set-up" "$(($(date +%s) - started))")")

stage "cargo fmt --check" cargo fmt --all --check
stage "clippy (app ssr, app hydrate, server)" clippy_all
stage "Rust unit and integration tests" rust_tests
stage "Playwright (Chromium, JS on and off)" end_to_end

summary
[ ${#failed[@]} -eq 0 ]
