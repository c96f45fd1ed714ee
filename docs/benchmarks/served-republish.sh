#!/usr/bin/env bash
# Re-publication into a running server: serves STORE, sends REPORT to it TIMES times (default 6) as
# `publod publish --server` does, and prints for each the response time (curl's time_total: from the request to the
# last byte of the answer) and the server's own time for the run (the summary's "seconds"), then the time of one
# `publod publish --server` as a user runs it (client JVM included). The server's CPU time for each (user and system,
# from /proc) shows the work apart from what other processes on the machine took. Before and after, the triple count
# the dataset
# description states, which a re-publication of an unchanged report must leave as it is.
#   docs/benchmarks/served-republish.sh STORE BASE REPORT [TIMES]
# Needs java 17+, curl, and target/publod.jar or PUBLOD_JAR naming a copy. JVM_ARGS are passed to the server's JVM.
set -euo pipefail
store=${1:?usage: served-republish.sh STORE BASE REPORT [TIMES]}
base=${2:?usage: served-republish.sh STORE BASE REPORT [TIMES]}
report=${3:?usage: served-republish.sh STORE BASE REPORT [TIMES]}
times=${4:-6}
jar=${PUBLOD_JAR:-$(cd "$(dirname "$0")/../.." && pwd)/target/publod.jar}
port=${PORT:-3099}
work=$(mktemp -d)
credentials="$work/admin.txt"
echo "bench:$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')" > "$credentials"
chmod 600 "$credentials"
# shellcheck disable=SC2086 # JVM_ARGS holds several options
java ${JVM_ARGS:-} -jar "$jar" serve --store "$store" --base "$base" --port "$port" \
    --admin-credentials "$credentials" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  grep -q "^Publishing" "$work/serve.log" && break
  sleep 1
done
grep -q "^Publishing" "$work/serve.log" || { cat "$work/serve.log"; exit 1; }
endpoint="http://127.0.0.1:$port/publod/sparql"
stated() {
  curl -sf -H 'Accept: text/csv' --data-urlencode "query=SELECT ?n { GRAPH <${base}.well-known/void> \
{ ?d <http://rdfs.org/ns/void#triples> ?n } }" "$endpoint" | tail -n +2 | tr -d '\r'
}
echo "served-republish: $(basename "$report") into $store, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), \
$(date -u +%FT%TZ)"
echo "triples stated before: $(stated)"
name=$(basename "$report")
ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$server/stat"; }
for i in $(seq 1 "$times"); do
  before=$(cpu)
  total=$(curl -sf -o "$work/summary.json" -w '%{time_total}' -u "$(cat "$credentials")" \
      --data-binary @"$report" "http://127.0.0.1:$port/publod/publish?file=$name")
  run=$(grep -o '"seconds" : [0-9.]*' "$work/summary.json" | cut -d' ' -f3)
  counts=$(grep -oE '"(entriesRead|published|rejected|triples)" : [0-9]+' "$work/summary.json" | tr -d '"' \
      | tr '\n' ' ')
  echo "publication $i: answered in ${total} s (run ${run} s, server CPU $(echo "$(cpu) - $before" | bc) s; $counts)"
done
start=$(date +%s.%N)
java -jar "$jar" publish --server "http://127.0.0.1:$port/" \
    --credentials "$credentials" "$report" | tail -1
echo "publod publish --server, client JVM included: $(echo "$(date +%s.%N) - $start" | bc) s"
echo "triples stated after: $(stated)"
