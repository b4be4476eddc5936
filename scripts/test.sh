#!/usr/bin/env bash
# Runs every check of Twofold: formatting, clippy, Rust unit and integration tests, and the
# Playwright suite in headless Chromium against a freshly started server on a throwaway
# database. Installs what is missing first. Exit status 0 only if everything passed.
#
# It builds into folders of its own (target/test and target/test-site unless CARGO_TARGET_DIR
# says where), so that a server started by scripts/run.sh keeps serving the browser assets it
# was built with.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/test}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Where `cargo leptos build` puts the site (cargo-leptos reads LEPTOS_SITE_ROOT).
export LEPTOS_SITE_ROOT="$ROOT/target/test-site"
source "$ROOT/scripts/postgres.sh"

started=$(date +%s)
# The names of failed Playwright tests, listed again in the summary.
FAILED_TESTS=$(mktemp)
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
    if [ -s "$FAILED_TESTS" ]; then
        echo "  Playwright tests that failed (on CI, a test that then passed once more is flaky):"
        cat "$FAILED_TESTS"
    fi
    echo "stages: ${#passed[@]} passed, ${#failed[@]} failed"
}

clippy_all() {
    cargo clippy -p domain --all-targets -- -D warnings &&
        cargo clippy -p domain --features fluent --all-targets -- -D warnings &&
        cargo clippy -p locale-check --all-targets -- -D warnings &&
        cargo clippy -p app --features ssr --all-targets -- -D warnings &&
        cargo clippy -p app -p frontend --features app/hydrate -- -D warnings &&
        cargo clippy -p server --all-targets -- -D warnings &&
        cargo clippy -p bench -- -D warnings
}

rust_tests() {
    # postgres_start exports TWOFOLD_TEST_POSTGRES for the later stages; this one is SQLite.
    env -u TWOFOLD_TEST_POSTGRES cargo test -p domain -p app -p server -p locale-check --features app/ssr
}

# The integration tests again, each on a new database of the throwaway PostgreSQL cluster (the
# same test binary as above, so nothing is compiled again).
rust_tests_postgres() {
    TWOFOLD_TEST_POSTGRES="$TWOFOLD_TEST_POSTGRES" cargo test -p server --features app/ssr --test it
}

# Real server processes: two on one database, and one through a database outage. These are the
# only ignored tests; they stop the cluster for a moment, so they run alone, one at a time.
two_servers() {
    cargo test -p server --features app/ssr --test it -- --ignored --test-threads=1
}

# Playwright against a server on the database `$1` (a URL; the default is a fresh SQLite file).
end_to_end() {
    local tmp status
    tmp=$(mktemp -d)
    # The server Playwright starts gets a throwaway data directory and database.
    TWOFOLD_SERVER_BIN="$TARGET_DIR/debug/server" \
        TWOFOLD_DATA_DIR="$tmp" \
        DATABASE_URL="${1:-sqlite://$tmp/e2e.db?mode=rwc}" \
        LEPTOS_SITE_ROOT="$LEPTOS_SITE_ROOT" \
        bash -c 'cd end2end && npx playwright test ${TWOFOLD_UPDATE_PICTURES:+--update-snapshots=changed}' |
        tee "$tmp/playwright.log"
    status=${PIPESTATUS[0]}
    # The failed tests' names, for the summary at the end.
    grep -E '^\s+✘' "$tmp/playwright.log" | sed 's/^ */    /' >> "$FAILED_TESTS" || true
    if [ $status -ne 0 ]; then
        echo "    If only pictures differ and the change is intended, update the baselines with"
        echo "    TWOFOLD_UPDATE_PICTURES=1 ./scripts/test.sh (see end2end/test-results/ for the"
        echo "    differences), look at the new end2end/tests/pictures.spec.ts-snapshots/*.png and commit them."
    fi
    rm -rf "$tmp"
    return $status
}

end_to_end_postgres() {
    end_to_end "$(postgres_create_database twofold_e2e)"
}

step "Set-up"
bootstrap postgresql apache2 libapache2-mod-auth-openidc
postgres_start
timings+=("$(printf '%-40s %5ss' "set-up" "$(($(date +%s) - started))")")

stage "cargo fmt --check" cargo fmt --all --check
stage "clippy (every crate and feature)" clippy_all
stage "Locale check" cargo run -q -p locale-check
stage "Links of the manual" python3 scripts/check-links.py
stage "Structure (file sizes, module cycles)" python3 scripts/check-structure.py
stage "Rust unit and integration tests (SQLite)" rust_tests
stage "Rust integration tests (PostgreSQL)" rust_tests_postgres
stage "Two servers, database outage (PostgreSQL)" two_servers
stage "Build the app (cargo leptos build --split)" cargo leptos build --split
stage "Playwright (SQLite; JS on and off)" end_to_end
stage "Playwright (PostgreSQL; JS on and off)" end_to_end_postgres

summary
[ ${#failed[@]} -eq 0 ]
