#!/usr/bin/env bash
# Installs PostgreSQL from the Debian package if missing, starts its cluster, waits until it
# accepts connections, sets the password of the `postgres` role, and prints the URL the tests read:
#
#   eval "$(.ci/postgres.sh | grep '^export ')"
#
# Idempotent: safe to run when PostgreSQL is installed, running, or both. Needs root on Debian.
# ML_CONNECTOR_PG_PASSWORD overrides the password (default: postgres).
set -euo pipefail

password="${ML_CONNECTOR_PG_PASSWORD:-postgres}"
log() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (it installs and starts a system service)"
  exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql from apt"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  log "creating cluster $version/main"
  pg_createcluster "$version" main >/dev/null
fi

port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')"
status="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')"
if [ "$status" != "online" ]; then
  log "starting cluster $version/main on port $port"
  pg_ctlcluster "$version" main start
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 1
done
if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
  log "PostgreSQL did not accept connections on 127.0.0.1:$port within 60 s; see /var/log/postgresql/postgresql-$version-main.log"
  exit 1
fi

# Peer authentication over the local socket; the tests then log in with the password over TCP.
escaped="${password//\'/\'\'}"
runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 -c "ALTER ROLE postgres WITH PASSWORD '${escaped}'" >/dev/null

url="postgres://postgres:${password}@127.0.0.1:${port}/postgres"
log "PostgreSQL $version is ready on 127.0.0.1:$port"
echo "export ML_CONNECTOR_PG_URL=${url}"
