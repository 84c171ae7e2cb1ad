#!/usr/bin/env bash
# Install (Debian packages) and start the services the test suite uses:
# a PostgreSQL server on 127.0.0.1 and Chromium for the browser test.
# Writes the settings the tests read to .ci/services.env.
set -euo pipefail
cd "$(dirname "$0")/.."
env_file=.ci/services.env
: > "$env_file"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

# PostgreSQL: a throwaway cluster owned by the postgres user, on port 54329.
pg_dir=/tmp/waqia-pg
port=54329
if ! "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  rm -rf "$pg_dir"
  mkdir -p "$pg_dir"
  chown postgres:postgres "$pg_dir"
  su postgres -c "$pg_bin/initdb -D $pg_dir/data -A trust -U postgres >/dev/null"
  su postgres -c "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -w start >/dev/null"
fi
echo "WAQIA_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres" >> "$env_file"
echo "WAQIA_CHROMIUM=$(command -v chromium)" >> "$env_file"
echo "services ready: $(cat "$env_file" | tr '\n' ' ')"
