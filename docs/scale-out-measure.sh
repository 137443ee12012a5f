#!/usr/bin/env bash
# The scale-out measurement of docs/scale-out.md: one consolidation of INBOX into a fresh database
# on the local PostgreSQL, by the local job (WORKERS=0) or by WORKERS worker JVMs over the local
# RabbitMQ; with WARM set, the workers first consolidate WARM_INBOX (another inbox) so that the
# timed run sees warm JVMs, as long-running systemd workers are.
#   docs/scale-out-measure.sh out/bench/inbox 2 [WARM_INBOX]      (after ./dangstat bench --people 100000)
set -u
inbox=$(realpath "$1"); workers=$2; warm=${3:-}
here=$(cd "$(dirname "$0")/.." && pwd)
run() { java -Xmx1g -jar "$here/target/dangstat.jar" "$@"; }
[ -f "$here/target/dangstat.jar" ] || (cd "$here" && mvn -q -B package -DskipTests)
tag="scaleout_$$"; work=$(mktemp -d); data="$work/data"; mkdir -p "$data" "$work/empty"
psql -q -h 127.0.0.1 -U postgres -c "create database $tag" postgres
url="jdbc:postgresql://127.0.0.1:5432/$tag?user=postgres"
broker=amqp://guest:guest@127.0.0.1:5672
pids=()
if [ "$workers" -gt 0 ]; then
  remote=(--broker "$broker" --partitions 8)
  run consolidate --inbox "$work/empty" --db "$url" --data "$data" --quiet >/dev/null  # schema and key first
  for i in $(seq 1 "$workers"); do
    run worker --broker "$broker" --db "$url" --data "$data" > "$work/worker-$i.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 "$workers"); do until grep -q 已启动 "$work/worker-$i.log"; do sleep 0.5; done; done
  [ -n "$warm" ] && run consolidate --inbox "$(realpath "$warm")" --db "$url" --data "$data" --quiet "${remote[@]}" >/dev/null
else
  remote=()
fi
load=$(cut -d' ' -f1 /proc/loadavg)
start=$(date +%s.%N)
run consolidate --inbox "$inbox" --db "$url" --data "$data" --quiet "${remote[@]}" > "$work/manager.log" 2>&1
rc=$?
end=$(date +%s.%N)
echo "workers=$workers warm=${warm:+yes} rc=$rc job_s=$(grep '用时 time' "$work/manager.log" | awk '{print $3}')" \
  "wall_s=$(echo "$end - $start" | bc) load1=$load..$(cut -d' ' -f1 /proc/loadavg)"
for p in "${pids[@]}"; do kill "$p"; done; wait 2>/dev/null
psql -q -h 127.0.0.1 -U postgres -c "drop database $tag with (force)" postgres
rm -rf "$work"
