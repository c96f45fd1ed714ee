#!/usr/bin/env bash
# Starts (or stops) a standalone Apache Jena Fuseki on the loopback address for the remote-store integration
# tests: the jena-fuseki-server jar of the Jena version in pom.xml, fetched from Maven Central with Maven, a TDB2
# dataset without a union default graph (fuseki.ttl) and HTTP basic authentication with a fresh password.
#
#   .ci/stores/fuseki.sh start [DIR]   # DIR defaults to target/stores/fuseki
#   .ci/stores/fuseki.sh stop [DIR]
#
# When it is up, DIR/url holds the dataset URL and DIR/credentials the user:password, which the tests read.
set -euo pipefail
cd "$(dirname "$0")/../.."
action=${1:-start}
dir=${2:-target/stores/fuseki}
port=${PUBLOD_FUSEKI_PORT:-3331}

stop() {
  if [ -f "$dir/pid" ]; then
    kill "$(cat "$dir/pid")" 2>/dev/null || true
    rm -f "$dir/pid"
  fi
}

if [ "$action" = stop ]; then
  stop
  exit 0
fi

stop
rm -rf "$dir/tdb2" "$dir/url"
mkdir -p "$dir"
jena=$(grep -m1 -o '<jena.version>[^<]*' pom.xml | cut -d'>' -f2)
jar="$dir/jena-fuseki-server-$jena.jar"
if [ ! -f "$jar" ]; then
  mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.apache.jena:jena-fuseki-server:$jena" -DoutputDirectory="$dir"
fi
cp .ci/stores/fuseki.ttl "$dir/config.ttl"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
umask 077
printf 'publod:%s\n' "$password" > "$dir/credentials"
printf 'publod: %s\n' "$password" > "$dir/passwd"
(cd "$dir" && exec java -Xmx1g -jar "$(basename "$jar")" --localhost --port="$port" --passwd=passwd --auth=basic \
  --config=config.ttl > fuseki.log 2>&1) &
echo $! > "$dir/pid"

url="http://127.0.0.1:$port/publod"
for _ in $(seq 1 60); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -u "publod:$password" "$url/sparql?query=ASK%7B%7D" || true)
  if [ "$status" = 200 ]; then
    echo "$url" > "$dir/url"
    echo "fuseki: up at $url"
    exit 0
  fi
  sleep 1
done
echo "fuseki: not up after 60 s; its log:" >&2
cat "$dir/fuseki.log" >&2
exit 1
