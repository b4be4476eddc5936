#!/usr/bin/env bash
# Twofold's benchmarks: builds the release app, starts it on a throwaway SQLite database on
# loopback, measures page weight, first and second visits, hydration (headless Chromium, also
# on an emulated mobile network), server throughput and latency,
# and memory, and writes bench/results/ (README.md, results.json, page-weight.svg,
# latency.svg); first of all, sign-in flows for applications side by side with npm
# oidc-provider (bench/oidc-provider.mjs). Usage: ./bench/run.sh   (HYDRATION_RUNS=15 THROTTLED_RUNS=5 BENCH_SECONDS=8 by default)
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

bootstrap

step "Building the release app and the load generator"
cargo leptos build --release --split
cargo build --release -p bench
step_done

tmp=$(mktemp -d)
server_pid=
peer_pid=
# Stops what was started (each one, whatever the others answer).
cleanup() {
    for pid in $peer_pid $server_pid; do
        { kill "$pid" && wait "$pid"; } 2>/dev/null || true
    done
    rm -rf "$tmp"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
# Starts the release server on a throwaway SQLite database in the folder $1 (its data dir),
# on a free port; sets `port` and `server_pid`. The flood guard and the sign-up limit would
# throttle the load generator (one address); the attempt limits stay on.
start_server() {
    port=$(free_port)
    mkdir -p "$1"
    TWOFOLD_DATA_DIR="$1" \
        DATABASE_URL="sqlite://$1/bench.db?mode=rwc" \
        TWOFOLD_ADDR="127.0.0.1:$port" \
        LEPTOS_SITE_ROOT="$ROOT/target/site" \
        LEPTOS_OUTPUT_NAME=twofold \
        TWOFOLD_API_REQUESTS_PER_MINUTE=100000000 \
        TWOFOLD_SIGN_UPS_PER_HOUR=100000000 \
        RUST_LOG=warn \
        "$TARGET_DIR/release/server" &
    server_pid=$!
    for _ in $(seq 100); do
        curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
        sleep 0.2
    done
    sleep 1
}

stop_server() {
    { kill "$server_pid" && wait "$server_pid"; } 2>/dev/null || true
    server_pid=
}

# First, on a server of its own just started (its memory under the flows is measured, and
# the rows the flows write do not weigh on the other measures): sign-in flows for
# applications, side by side with npm oidc-provider. Both are stopped afterwards.
step "Sign-in flows for applications, side by side with npm oidc-provider"
start_server "$tmp/oidc"
redirect_uri=http://127.0.0.1:9/cb
registered=$(TWOFOLD_DATA_DIR="$tmp/oidc" DATABASE_URL="sqlite://$tmp/oidc/bench.db?mode=rwc" \
    TWOFOLD_OPERATOR=bench "$TARGET_DIR/release/server" admin app add "Bench" --redirect-uri "$redirect_uri")
client_id=$(awk -F': *' '/^client id:/ { print $2 }' <<<"$registered")
client_secret=$(awk -F': *' '/^client secret:/ { print $2 }' <<<"$registered")
peer_port=$(free_port)
peer_secret=$(head -c 32 /dev/urandom | base64 | tr -d '/+=')
node bench/oidc-provider.mjs "$peer_port" bench "$peer_secret" "$redirect_uri" >"$tmp/peer.log" 2>&1 &
peer_pid=$!
for _ in $(seq 100); do
    curl -fsS "http://127.0.0.1:$peer_port/.well-known/openid-configuration" >/dev/null 2>&1 && break
    sleep 0.2
done
"$TARGET_DIR/release/twofold-bench" oidc \
    --addr "127.0.0.1:$port" \
    --pid "$server_pid" \
    --database "sqlite://$tmp/oidc/bench.db?mode=rwc" \
    --outbox "$tmp/oidc/outbox" \
    --seconds "${BENCH_SECONDS:-8}" \
    --oidc-client "$client_id" \
    --oidc-secret "$client_secret" \
    --peer "127.0.0.1:$peer_port" \
    --peer-pid "$peer_pid" \
    --peer-secret "$peer_secret" \
    --out "$tmp/oidc.json"
{ kill "$peer_pid" && wait "$peer_pid"; } 2>/dev/null || true
peer_pid=
stop_server
step_done

step "Starting the release server for the other measures"
start_server "$tmp"
rss_idle=$(awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status")
echo "on 127.0.0.1:$port"
step_done

step "Hydration in headless Chromium (${HYDRATION_RUNS:-15} loads per page)"
"$TARGET_DIR/release/twofold-bench" accounts \
    --addr "127.0.0.1:$port" \
    --database "sqlite://$tmp/bench.db?mode=rwc" \
    --outbox "$tmp/outbox" \
    --out "$tmp/accounts.json"
node bench/hydration.mjs "http://127.0.0.1:$port" "${HYDRATION_RUNS:-15}" "$tmp/hydration.json" "$tmp/accounts.json"
step_done

step "Server load and memory"
"$TARGET_DIR/release/twofold-bench" \
    --addr "127.0.0.1:$port" \
    --pid "$server_pid" \
    --rss-idle "$rss_idle" \
    --out "$ROOT/bench/results" \
    --hydration "$tmp/hydration.json" \
    --database "sqlite://$tmp/bench.db?mode=rwc" \
    --outbox "$tmp/outbox" \
    --seconds "${BENCH_SECONDS:-8}" \
    --oidc "$tmp/oidc.json"
step_done
echo "Report: bench/results/README.md"
