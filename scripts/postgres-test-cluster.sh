#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, from Debian's packages (postgresql).
#
#   scripts/postgres-test-cluster.sh start        prints the cluster's folder on stdout
#   scripts/postgres-test-cluster.sh crash DIR    stops the server at once (pg_ctl -m immediate)
#   scripts/postgres-test-cluster.sh stop DIR     stops the server and removes DIR
#
# The cluster lives in a new temporary folder: initdb in DIR/data, the Unix socket in DIR (port
# in DIR/port), TCP on 127.0.0.1 only with TLS (a self-signed certificate for localhost and
# 127.0.0.1; DIR/root.crt is the certificate clients trust). Logins: "reidrisk" (superuser,
# trust on the socket), "secret" (password "secret-for-tests", scram-sha-256 on the socket and
# on TCP). Database "reidrisk". PostgreSQL refuses to run as root, so as root the server runs as
# the "postgres" user. Nothing is written outside DIR.
set -euo pipefail

command=${1:-}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "postgres-test-cluster: no PostgreSQL server found (apt-get install postgresql)" >&2
  exit 3
fi

as_server() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$command" in
start)
  dir=$(mktemp -d /tmp/reidrisk-pg.XXXXXX)
  chmod 755 "$dir"
  if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir"; fi
  port=$(free_port)
  echo "$port" >"$dir/port"
  as_server "$bin/initdb" -D "$dir/data" -U reidrisk -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || {
    echo "postgres-test-cluster: initdb failed; see $dir/initdb.log" >&2
    tail -n 5 "$dir/initdb.log" >&2
    exit 3
  }
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1
  cp "$dir/data/server.crt" "$dir/root.crt"
  chmod 600 "$dir/data/server.key"
  if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir/data/server.key" "$dir/data/server.crt"; fi
  as_server tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 30
shared_buffers = 64MB
work_mem = 64MB
password_encryption = 'scram-sha-256'
EOF
  as_server tee "$dir/data/pg_hba.conf" >/dev/null <<EOF
local all secret scram-sha-256
local all all trust
host all all 127.0.0.1/32 scram-sha-256
EOF
  as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 start \
    >/dev/null 2>&1 || {
    echo "postgres-test-cluster: the server did not start; see $dir/data/server.log" >&2
    tail -n 5 "$dir/data/server.log" >&2 || true
    exit 3
  }
  psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U reidrisk)
  "${psql[@]}" -d postgres -c "CREATE DATABASE reidrisk" \
    -c "CREATE ROLE secret LOGIN PASSWORD 'secret-for-tests'" >/dev/null
  "${psql[@]}" -d reidrisk -c "GRANT ALL ON SCHEMA public TO secret" >/dev/null
  echo "$dir"
  ;;
crash)
  dir=${2:?usage: $0 crash DIR}
  as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  ;;
stop)
  dir=${2:?usage: $0 stop DIR}
  [[ "$dir" == /tmp/reidrisk-pg.* ]] || { echo "not a test cluster: $dir" >&2; exit 2; }
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start | crash DIR | stop DIR" >&2
  exit 2
  ;;
esac
