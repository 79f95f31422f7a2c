# SPDX-License-Identifier: MIT
# Sourced by test.sh: a throwaway PostgreSQL cluster for the store's tests. lector_pg_start makes one with initdb in
# a temporary folder, starts it on a free port of 127.0.0.1 (sockets in the same folder, nothing on disk outside
# it, fsync off) and exports LECTOR_TEST_PG; lector_pg_stop stops it and removes the folder. Authentication is
# "trust" for a superuser `lector` on that loopback port only: no password exists, so none is stored anywhere.

lector_pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -x "$dir/initdb" ] && echo "$dir"
}

lector_pg_start() {
  local bin
  bin="$(lector_pg_bin)" || {
    echo "PostgreSQL is not installed (apt-get install postgresql): the PostgreSQL store tests will skip"
    return 0
  }
  LECTOR_PG_DIR="$(mktemp -d /tmp/lector-pg.XXXXXX)"
  local port
  port="$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  # initdb refuses to run as root: the cluster then belongs to Debian's postgres user.
  LECTOR_PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$LECTOR_PG_DIR"
    LECTOR_PG_AS=(runuser -u postgres --)
  fi
  if ! "${LECTOR_PG_AS[@]}" "$bin/initdb" -D "$LECTOR_PG_DIR/data" -U lector -A trust -E UTF8 --no-sync \
    >"$LECTOR_PG_DIR/initdb.log" 2>&1; then
    echo "initdb failed:"
    cat "$LECTOR_PG_DIR/initdb.log"
    return 1
  fi
  if ! "${LECTOR_PG_AS[@]}" "$bin/pg_ctl" -D "$LECTOR_PG_DIR/data" -l "$LECTOR_PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $LECTOR_PG_DIR -c fsync=off -c max_connections=100" \
    start >/dev/null; then
    echo "the PostgreSQL test cluster did not start:"
    cat "$LECTOR_PG_DIR/server.log"
    return 1
  fi
  LECTOR_PG_BIN="$bin"
  export LECTOR_TEST_PG="postgresql://lector@127.0.0.1:$port/postgres"
  echo "PostgreSQL test cluster at $LECTOR_TEST_PG ($("$bin/postgres" --version))"
}

lector_pg_stop() {
  if [ -n "${LECTOR_PG_DIR:-}" ] && [ -d "$LECTOR_PG_DIR/data" ]; then
    "${LECTOR_PG_AS[@]}" "$LECTOR_PG_BIN/pg_ctl" -D "$LECTOR_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${LECTOR_PG_DIR:-}" ]; then
    rm -rf "$LECTOR_PG_DIR"
  fi
  unset LECTOR_PG_DIR LECTOR_TEST_PG
}
