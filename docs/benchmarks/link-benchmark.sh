#!/usr/bin/env bash
# Linking time per 1,000 entries: `publod link` as it is now (it reads the store and applies the persons it finds
# to the report graphs) against the linker of an earlier build (BEFORE_JAR, which read the report files and wrote
# the linkset graph only), on the same input, one after the other, ROUNDS times.
#
#   docs/benchmarks/link-benchmark.sh [WORK-DIRECTORY]
#
# Two inputs:
#   fixtures: the two reports of the linking gold standard (src/test/resources/link, 71 entries, 66 in dblp) with
#             their dblp excerpt and registry: nearly every publication is matched and every authorship aligned,
#             so it measures the whole of linking, persons included;
#   generated: a report of ENTRIES generated entries (default 1,000; --seed 7) against an index of RECORDS
#             generated dblp records (default 100,000): no title matches, so it measures the candidate lookup and
#             the persons of names without evidence, which dominate on a large report.
# For the store-based run the report is published first (not timed). Each run is its own JVM; GNU time gives the
# wall time, the CPU time (user) and the peak resident set size.
set -euo pipefail

work=${1:-bench-link}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=${PUBLOD_JAR:-$root/target/publod.jar}
before=${BEFORE_JAR:?set BEFORE_JAR to a publod.jar built before linking read the store (e.g. commit 1f61d9f)}
entries=${ENTRIES:-1000}
records=${RECORDS:-100000}
rounds=${ROUNDS:-2}
base=https://example.org/publod/
fixtures=$root/src/test/resources/link
mkdir -p "$work"
cd "$work"
timed() { /usr/bin/time -f "$1: %e s wall, %U s user, %M KiB peak RSS" "${@:2}" > /dev/null; }

java -jar "$jar" link index --dblp "$fixtures/dblp-excerpt.ttl" --index fixtures-index > /dev/null
[ -d generated-index/index ] || java -jar "$jar" bench index --records "$records" --dir generated-index > /dev/null
[ -f generated.txt ] || java -jar "$jar" generate --entries "$entries" --seed 7 -o generated.txt > /dev/null
rm -rf fixtures-store generated-store
java -jar "$jar" publish --store fixtures-store --base $base "$fixtures/report-a.txt" "$fixtures/report-b.txt" \
  > /dev/null
java -jar "$jar" publish --store generated-store --base $base generated.txt > /dev/null || true

for round in $(seq "$rounds"); do
  timed "fixtures, before, round $round" java -jar "$before" link --base $base --index fixtures-index \
    --registry "$fixtures/orcid-registry.csv" --output before.trig --review before.csv \
    "$fixtures/report-a.txt" "$fixtures/report-b.txt"
  timed "fixtures, after, round $round" java -jar "$jar" link --store fixtures-store --index fixtures-index \
    --registry "$fixtures/orcid-registry.csv" --review after.csv
  timed "generated $entries, before, round $round" java -jar "$before" link --base $base \
    --index generated-index/index --output before.trig --review before.csv generated.txt
  timed "generated $entries, after, round $round" java -jar "$jar" link --store generated-store \
    --index generated-index/index --review after.csv
done
