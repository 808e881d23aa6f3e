#!/usr/bin/env bash
# make demo: a server with demo data, the simulator making the center live (customers
# calling, bot agents answering), then the desktop client signed in as supervisor1.
set -euo pipefail
build_dir=${1:-build}
data_dir=${2:-$HOME/.local/share/switchboard-demo}
bin="$build_dir/bin"
mkdir -p "$data_dir"

"$bin/switchboard-server" --data-dir "$data_dir" --seed-demo \
    --listen 127.0.0.1:7443 --ws-listen 127.0.0.1:7444 &
server=$!
sim=""
trap 'kill $sim $server 2>/dev/null; wait $sim $server 2>/dev/null' EXIT

for _ in $(seq 100); do
    [ -s "$data_dir/demo-users.txt" ] && [ -s "$data_dir/tls/ca.crt" ] && break
    sleep 0.1
done
"$bin/switchboard-sim" live --server 127.0.0.1:7443 --ca "$data_dir/tls/ca.crt" \
    --scenario "$(dirname "$0")/../services/simulator/scenarios/demo.json" \
    --users-file "$data_dir/demo-users.txt" > "$data_dir/simulator.log" 2>&1 &
sim=$!
echo "Simulator running (log: $data_dir/simulator.log)"

user=${SWITCHBOARD_DEMO_USER:-supervisor1}
password_file=$(mktemp)
chmod 600 "$password_file"
awk -v u="$user" '$1 == u {print $2}' "$data_dir/demo-users.txt" > "$password_file"
echo "Demo users and passwords: $data_dir/demo-users.txt"

display_args=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting the client under Xvfb (xvfb-run)."
    display_args=(xvfb-run -a)
fi
"${display_args[@]}" "$bin/switchboard" --server 127.0.0.1:7443 --ca "$data_dir/tls/ca.crt" \
    --user "$user" --password-file "$password_file"
rm -f "$password_file"
