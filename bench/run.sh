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
cleanup() {
    for pid in $peer_pid $server_pid; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
    rm -rf "$tmp"
    return 0
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
port=$(free_port)
step "Starting the release server on 127.0.0.1:$port"
# The flood guard and the sign-up limit would throttle the load generator (one address); the
# attempt limits stay on.
export TWOFOLD_DATA_DIR="$tmp" DATABASE_URL="sqlite://$tmp/bench.db?mode=rwc" \
    LEPTOS_OUTPUT_NAME=twofold TWOFOLD_OPERATOR=bench
TWOFOLD_ADDR="127.0.0.1:$port" \
    LEPTOS_SITE_ROOT="$ROOT/target/site" \
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
rss_idle=$(awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status")
step_done

# First, on the server just started (its memory under the flows is measured): sign-in flows
# for applications, side by side with npm oidc-provider, which is stopped afterwards.
step "Sign-in flows for applications, side by side with npm oidc-provider"
redirect_uri=http://127.0.0.1:9/cb
registered=$("$TARGET_DIR/release/server" admin app add "Bench" --redirect-uri "$redirect_uri")
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
    --database "sqlite://$tmp/bench.db?mode=rwc" \
    --outbox "$tmp/outbox" \
    --seconds "${BENCH_SECONDS:-8}" \
    --oidc-client "$client_id" \
    --oidc-secret "$client_secret" \
    --peer "127.0.0.1:$peer_port" \
    --peer-pid "$peer_pid" \
    --peer-secret "$peer_secret" \
    --out "$tmp/oidc.json"
kill "$peer_pid" && wait "$peer_pid" 2>/dev/null || true
peer_pid=
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
