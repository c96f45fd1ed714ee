#!/usr/bin/env bash
# Side-by-side benchmark of `publod publish` against Apache Jena's TDB2 loader, on one generated report.
#
#   docs/benchmarks/publish-benchmark.sh ENTRIES [WORK-DIRECTORY]
#
# Steps, each in its own JVM with the heap capped at 1 GiB, one after the other:
#   (a) publod publish of the report into a fresh TDB2 store, end to end;
#   (c) a 100-entry report published once into the store of (a), then re-published (timed) in a fresh JVM, as a
#       batch job runs it; the counts of every graph before and after are compared (re-publication into a running
#       server, which is warm, is measured apart: see docs/BENCHMARKS.md);
#   map: publod map --format nt of the same report (not timed against anything; it makes the loader's input);
#   (b) Jena's TDB2 loaders on that N-Triples file, each into a fresh store, into the same named graph that
#       publish uses, so that both stores end up with the same quads: the parallel loader, which Jena calls its
#       fastest, and the phased one, which uses fewer threads and can be faster on few cores (LOADERS="parallel
#       phased" by default); the ratio is given against each, and against the faster.
# The store of (a) is deleted once (c) is done, unless KEEP_STORES=1: at 1,000,000 entries the two stores and the
# N-Triples file together need about 90 GB of disk.
# For each JVM: wall time, peak resident set size (GNU time), and the heap from the GC log: the most in use before
# a collection, and the most left after G1's mixed (or full) collections, which run after a marking of the live
# objects and so come closest to the live data; young collections alone leave old garbage behind and are not
# counted. Needs java 17+, GNU time, and target/publod.jar (mvn -q -B package -DskipTests), or PUBLOD_JAR naming a
# copy of it, so that the project can be rebuilt while the benchmark runs.
set -euo pipefail

entries=${1:?usage: publish-benchmark.sh ENTRIES [WORK-DIRECTORY]}
work=${2:-bench-$entries}
jar=${PUBLOD_JAR:-$(cd "$(dirname "$0")/../.." && pwd)/target/publod.jar}
heap=${HEAP:-1g}
seed=${SEED:-7}
mkdir -p "$work"
cd "$work"

report=gen-$entries.txt
small=republish-100.txt
[ -f "$report" ] || java -jar "$jar" generate --entries "$entries" --seed "$seed" -o "$report"
[ -f "$small" ] || java -jar "$jar" generate --entries 100 --seed 9 -o "$small"
graph="http://localhost:3030/graph/$report"  # publish's default base, and the report's file name

# run NAME COMMAND...: runs one step in its own JVM, keeping its output in NAME.out and its GC log in NAME.gc
run() {
    local name=$1
    shift
    local status=0
    /usr/bin/time -f "%e %M" -o "$name.time" "$@" > "$name.out" 2>&1 || status=$?
    # publod exits with 3 when it rejected entries, as the generator's defective ones must be
    if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
        echo "$name failed with exit code $status; see $work/$name.out" >&2
        exit 1
    fi
    local seconds rss
    read -r seconds rss < <(tail -1 "$name.time")
    printf '%-10s wall %8.1f s  peak RSS %6d MiB  heap in use (max) %5s MiB  after mixed/full GC (max) %5s MiB\n' \
        "$name" "$seconds" $((rss / 1024)) "$(heap_peak "$name.gc" 1 'Pause')" \
        "$(heap_peak "$name.gc" 2 'Pause (Young \(Mixed\)|Full)')"
}

# heap_peak LOG FIELD PAUSES: the largest heap figure before (1) or after (2) the collections whose log line
# matches PAUSES, in MiB, from a -Xlog:gc log; "none" when no such collection ran
heap_peak() {
    grep -E "$3" "$1" | grep -oE '[0-9]+M->[0-9]+M' | tr -d 'M' \
        | awk -F'->' -v f="$2" 'BEGIN { m = "none" } m == "none" || $f > m { m = $f } END { print m }'
}

# wall NAME: the wall time, in seconds, of the step NAME
wall() {
    tail -1 "$1.time" | cut -d' ' -f1
}

# ratio WHAT SECONDS: the time of (a) divided by SECONDS, labelled WHAT
ratio() {
    awk -v a="$(wall publish)" -v b="$2" -v what="$1" 'BEGIN { printf "ratio publish / %s: %.2f\n", what, a / b }'
}

java_run() {
    local name=$1
    shift
    run "$name" java -Xmx"$heap" -Xlog:gc:file="$name.gc" "$@"
}

# counts STORE: triples and publications in each graph, and the triples the VoID description states
counts() {
    java -jar "$jar" query --store "$1" --format tsv \
        'SELECT ?g ?triples ?publications {
           { SELECT ?g (COUNT(*) AS ?triples) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }
           OPTIONAL { SELECT ?g (COUNT(?pub) AS ?publications) { GRAPH ?g { ?pub a fabio:Expression } } GROUP BY ?g }
         } ORDER BY ?g'
    java -jar "$jar" query --store "$1" --format tsv \
        'SELECT ?describedTriples ?describedPublications {
           GRAPH ?d { ?dataset a void:Dataset ; void:triples ?describedTriples ;
                               void:classPartition [ void:class fabio:Expression ; void:entities ?describedPublications ] } }'
}

rm -rf store-publish store-load-* "gen-$entries.nt"
echo "publod publish benchmark: $entries entries ($report, seed $seed), heap $heap, $(nproc) cores, $(date -u +%FT%TZ)"
java_run publish -jar "$jar" publish --store store-publish "$report"
grep -E '^Total' publish.out
java -jar "$jar" publish --store store-publish "$small" > first-100.out 2>&1 || [ $? -eq 3 ]
counts store-publish > counts-before.tsv
java_run republish -jar "$jar" publish --store store-publish "$small"
grep -E '^Total' republish.out
counts store-publish > counts-after.tsv
if diff counts-before.tsv counts-after.tsv > /dev/null; then
    echo "counts per graph after re-publishing: unchanged, as they must be"
else
    echo "counts per graph changed by re-publishing:"
    diff counts-before.tsv counts-after.tsv || true
fi
cat counts-after.tsv
[ "${KEEP_STORES:-0}" = 1 ] || rm -rf store-publish

java_run map -jar "$jar" map --format nt -o "gen-$entries.nt" "$report"
triples=$(wc -l < "gen-$entries.nt")
echo "N-Triples written by map: $triples lines"
fastest=
for loader in ${LOADERS:-parallel phased}; do
    java_run "load-$loader" -cp "$jar" tdb2.tdbloader --loc "store-load-$loader" --loader="$loader" --graph="$graph" \
        "gen-$entries.nt"
    [ "${KEEP_STORES:-0}" = 1 ] || rm -rf "store-load-$loader"
    ratio "$loader loader" "$(wall "load-$loader")"
    if [ -z "$fastest" ] || awk -v b="$(wall "load-$loader")" -v f="$fastest" 'BEGIN { exit !(b < f) }'; then
        fastest=$(wall "load-$loader")
    fi
done
ratio "fastest loader" "$fastest"
