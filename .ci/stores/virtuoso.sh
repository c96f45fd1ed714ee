#!/usr/bin/env bash
# Starts (or stops) OpenLink Virtuoso 7 on the loopback address for the remote-store integration tests: Debian's
# server binary (package virtuoso-opensource-7-bin, installed when missing; the full virtuoso-opensource-7 package
# would also start a system service on the same ports), a fresh database with virtuoso.ini, and a user "publod"
# with a fresh password who may run SPARQL updates, at /sparql-auth with HTTP digest authentication.
#
#   .ci/stores/virtuoso.sh start [DIR]   # DIR defaults to target/stores/virtuoso
#   .ci/stores/virtuoso.sh stop [DIR]
#
# When it is up, DIR/url holds the server URL (SPARQL at /sparql) and DIR/credentials the user:password.
set -euo pipefail
cd "$(dirname "$0")/../.."
action=${1:-start}
dir=${2:-target/stores/virtuoso}
isql=127.0.0.1:1111

stop() {
  if [ -f "$dir/pid" ]; then
    kill "$(cat "$dir/pid")" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$(cat "$dir/pid")" 2>/dev/null || break
      sleep 1
    done
    rm -f "$dir/pid"
  fi
}

if [ "$action" = stop ]; then
  stop
  exit 0
fi

if ! command -v virtuoso-t >/dev/null || ! command -v isql-vt >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource-7-bin >/dev/null
fi
stop
rm -rf "$dir"
mkdir -p "$dir"
cp .ci/stores/virtuoso.ini "$dir/virtuoso.ini"
(cd "$dir" && exec virtuoso-t +foreground +configfile virtuoso.ini > virtuoso.out 2>&1) &
echo $! > "$dir/pid"

up=no
for _ in $(seq 1 90); do
  if isql-vt "$isql" dba dba exec="status();" >/dev/null 2>&1; then
    up=yes
    break
  fi
  sleep 1
done
if [ "$up" != yes ]; then
  echo "virtuoso: not up after 90 s; its log:" >&2
  cat "$dir/virtuoso.log" >&2 || true
  exit 1
fi
# A fresh database's administrator has the password "dba": it gets a fresh one, and publod's user is made with the
# right to run SPARQL updates (role SPARQL_UPDATE), which /sparql-auth checks with HTTP digest authentication.
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
admin=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
umask 077
# isql's output repeats the statements, passwords too: it goes to a file of the store's folder, never to the log.
if ! isql-vt "$isql" dba dba exec="DB.DBA.USER_CREATE('publod', '$password'); GRANT SPARQL_UPDATE TO \"publod\"; \
  DB.DBA.USER_CHANGE_PASSWORD('dba', 'dba', '$admin');" > "$dir/setup.log" 2>&1 || grep -q "Error" "$dir/setup.log"; then
  echo "virtuoso: cannot create the user publod (see $dir/setup.log)" >&2
  exit 1
fi
printf 'publod:%s\n' "$password" > "$dir/credentials"

url="http://127.0.0.1:8890/"
for _ in $(seq 1 30); do
  status=$(curl -s -o /dev/null -w '%{http_code}' "${url}sparql?query=ASK%7B%7D" || true)
  if [ "$status" = 200 ]; then
    echo "$url" > "$dir/url"
    echo "virtuoso: up at $url"
    exit 0
  fi
  sleep 1
done
echo "virtuoso: not up; its log:" >&2
cat "$dir/virtuoso.log" >&2 || true
exit 1
