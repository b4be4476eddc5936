#!/usr/bin/env bash
# Builds Twofold (release) and serves it on SQLite. Installs what is missing first.
# Configuration: environment variables or a .env file (see README, "Configuration").
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bootstrap

ADDR="${TWOFOLD_ADDR:-127.0.0.1:3000}"
export TWOFOLD_ADDR="$ADDR"

step "Building Twofold (release). The first build takes several minutes."
cargo leptos build --release --split
step_done

printf '\n\033[1mTwofold: http://%s\033[0m  (database: %s; stop with Ctrl-C)\n\n' \
    "$ADDR" "${DATABASE_URL:-sqlite://${TWOFOLD_DATA_DIR:-data}/twofold.db}"
export LEPTOS_SITE_ROOT="$ROOT/target/site" LEPTOS_SITE_PKG_DIR=pkg LEPTOS_OUTPUT_NAME=twofold
exec "$TARGET_DIR/release/server"
