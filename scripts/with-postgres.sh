#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster, the same way CI does:
#
#   scripts/with-postgres.sh pnpm test          # the API tests against real PostgreSQL
#   scripts/with-postgres.sh psql "$TEST_DATABASE_URL"   # (quote so the outer shell does not expand it)
#
# It creates a fresh cluster in a temp dir (superuser `app`, trust auth, UTF-8, C.UTF-8 locale),
# listening on 127.0.0.1 only, exports TEST_DATABASE_URL=postgres://app@127.0.0.1:<port>/postgres,
# runs the command, and on exit (also on failure or Ctrl-C) stops the cluster and deletes it.
# The exit status is the command's.
#
# Needs PostgreSQL's server binaries (initdb, pg_ctl): found on PATH or in
# /usr/lib/postgresql/<version>/bin (Debian's postgresql-15 package puts them there), or set PG_BIN.
# As root, the cluster runs as the `postgres` OS user (PostgreSQL refuses to run as root);
# otherwise it runs as you.
#
# Settings (environment): PG_PORT first port to try (54329; the next free one is used when it is
# taken), PG_BIN dir of the server binaries, PG_VERSION preferred major version (15) when
# searching /usr/lib/postgresql.
#
# The cluster is tuned for tests, not for keeping data: fsync and synchronous commit are off.
set -euo pipefail

if [ $# -eq 0 ]; then
  sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi

log() { printf '[with-postgres] %s\n' "$*" >&2; }

# --- find the server binaries -------------------------------------------------------------
find_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/initdb" ] || { log "PG_BIN=$PG_BIN has no initdb"; return 1; }
    printf '%s\n' "$PG_BIN"
    return 0
  fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  local preferred="/usr/lib/postgresql/${PG_VERSION:-15}/bin"
  if [ -x "$preferred/initdb" ]; then
    printf '%s\n' "$preferred"
    return 0
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    printf '%s\n' "$dir"
    return 0
  fi
  log "cannot find initdb/pg_ctl: install PostgreSQL 15 (apt-get install postgresql-15) or set PG_BIN"
  return 1
}
BIN=$(find_bin)
INITDB="$BIN/initdb"
PG_CTL="$BIN/pg_ctl"
[ -x "$PG_CTL" ] || PG_CTL=$(command -v pg_ctl)

# --- who runs the cluster -----------------------------------------------------------------
AS=()
OWNER=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || { log "running as root but there is no 'postgres' OS user to run the cluster"; exit 1; }
  AS=(runuser -u postgres --)
  OWNER=postgres
fi
as_owner() { "${AS[@]}" "$@"; }

# --- the cluster --------------------------------------------------------------------------
D=$(mktemp -d "${TMPDIR:-/tmp}/union-pg.XXXXXX")
chmod 755 "$D" # mktemp makes it 700; the cluster's owner must be able to enter it
[ "$OWNER" = "$(id -un)" ] || chown "$OWNER:" "$D"
STARTED=0

cleanup() {
  local status=$?
  if [ "$STARTED" -eq 1 ]; then
    as_owner "$PG_CTL" -D "$D/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      as_owner "$PG_CTL" -D "$D/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$D"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "initdb ($("$INITDB" --version)) in $D/data"
if ! as_owner "$INITDB" -D "$D/data" -U app --auth=trust -E UTF8 --locale=C.UTF-8 >"$D/initdb.log" 2>&1; then
  cat "$D/initdb.log" >&2
  log "initdb failed"
  exit 1
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port=${PG_PORT:-54329}
for attempt in $(seq 1 20); do
  while port_in_use "$port"; do
    log "port $port is in use, trying $((port + 1))"
    port=$((port + 1))
  done
  # Unix socket in the cluster dir (never in /var/run/postgresql, which may not exist or be
  # someone else's); TCP only on loopback.
  if as_owner "$PG_CTL" -D "$D/data" -l "$D/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $D -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null; then
    STARTED=1
    break
  fi
  # Lost a race for the port, or a real failure: the log says which.
  if grep -qiE 'could not bind|address already in use|could not create any TCP/IP sockets' "$D/postgres.log" 2>/dev/null; then
    log "port $port was taken while starting, trying another"
    as_owner "$PG_CTL" -D "$D/data" -m immediate stop >/dev/null 2>&1 || true
    : >"$D/postgres.log"
    port=$((port + 1))
    continue
  fi
  tail -n 30 "$D/postgres.log" >&2 || true
  log "PostgreSQL did not start"
  exit 1
done
if [ "$STARTED" -ne 1 ]; then
  log "no free port found from ${PG_PORT:-54329}"
  exit 1
fi

# pg_ctl -w waits for the server to accept connections; check over TCP as the tests will connect.
ready=0
for _ in $(seq 1 100); do
  if [ -x "$BIN/pg_isready" ]; then
    "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U app -d postgres && { ready=1; break; }
  elif port_in_use "$port"; then
    ready=1
    break
  fi
  sleep 0.1
done
if [ "$ready" -ne 1 ]; then
  tail -n 30 "$D/postgres.log" >&2 || true
  log "PostgreSQL started but does not answer on 127.0.0.1:$port"
  exit 1
fi

export TEST_DATABASE_URL="postgres://app@127.0.0.1:$port/postgres"
log "PostgreSQL $("$BIN/postgres" --version 2>/dev/null | awk '{print $3}') ready: TEST_DATABASE_URL=$TEST_DATABASE_URL"

# Not exec: the trap must stop the cluster when the command ends.
set +e
"$@"
status=$?
set -e
exit "$status"
