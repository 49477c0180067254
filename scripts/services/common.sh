# shellcheck shell=bash disable=SC2034
# Shared helpers for scripts/services.sh. Sourced, not run.
# Expects ROOT (the repository root) to be set by the caller.

CACHE_DIR="$ROOT/.cache"
DOWNLOAD_DIR="$CACHE_DIR/downloads"

log() { printf "[services +%ss] %s\n" "$SECONDS" "$*" >&2; }

die() {
  log "ERROR: $*"
  exit 1
}

# Where the services keep their data, logs and sockets. The daemons run as
# unprivileged users, so every parent directory must be traversable by them;
# when the repository sits somewhere they cannot reach (e.g. under /root),
# fall back to a per-checkout directory under /tmp.
services_dir() {
  local dir="$CACHE_DIR/services"
  mkdir -p "$dir"
  chmod 755 "$CACHE_DIR" "$dir" 2>/dev/null || true
  if [[ $EUID -eq 0 ]] && ! runuser -u nobody -- test -x "$dir" 2>/dev/null; then
    dir="/tmp/invoices-services/$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"
    mkdir -p "$dir"
    chmod 755 /tmp/invoices-services "$dir"
  fi
  printf '%s\n' "$dir"
}

# Install Debian packages, refreshing the index only when something is missing.
# A temporary policy-rc.d keeps the packages' own system daemons from starting.
apt_install() {
  [[ $# -gt 0 ]] || return 0
  [[ $EUID -eq 0 ]] || die "need root to install: $* (or install them yourself)"
  log "installing $* (apt)"
  local policy=/usr/sbin/policy-rc.d created=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && created=1
  fi
  local rc=0
  {
    DEBIAN_FRONTEND=noninteractive apt-get update -q &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
  } >&2 || rc=$?
  [[ $created -eq 1 ]] && rm -f "$policy"
  [[ $rc -eq 0 ]] || die "apt-get install $* failed"
}

# Create a locked system user (and its group) unless it exists.
ensure_user() {
  local user="$1"
  id -u "$user" >/dev/null 2>&1 && return 0
  [[ $EUID -eq 0 ]] || die "system user '$user' is missing and we are not root"
  log "creating system user $user"
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin "$user"
}

# Run a command as a service user (or as ourselves when not root).
as_user() {
  local user="$1"
  shift
  if [[ $EUID -eq 0 ]]; then
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

# chown a tree to a service user when we are root.
own() {
  local user="$1"
  shift
  [[ $EUID -eq 0 ]] && chown -R "$user:$(id -gn "$user")" "$@"
  return 0
}

# Is something listening on 127.0.0.1:PORT?
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Is the process in a pid file alive (and, given a pattern, is its command
# line a match, so that a stale pid file with a recycled pid does not count)?
pid_alive() {
  local pid
  [[ -s $1 ]] && pid="$(head -n1 "$1")" && kill -0 "$pid" 2>/dev/null || return 1
  [[ -z ${2:-} ]] || tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2"
}

# Stop the process in a pid file: TERM, wait up to $2 seconds, then KILL.
stop_pid() {
  local pidfile="$1" timeout="${2:-30}" pid i
  pid_alive "$pidfile" || return 0
  pid="$(head -n1 "$pidfile")"
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  log "pid $pid did not stop after ${timeout}s, killing it"
  kill -9 "$pid" 2>/dev/null || true
}

# Print the last lines of a log to stderr and fail, naming the service.
fail_with_log() {
  local name="$1" logfile="$2" msg="$3"
  log "$name failed to start: $msg"
  if [[ -f $logfile ]]; then
    log "--- last lines of $logfile ---"
    tail -n 40 "$logfile" >&2
  fi
  exit 1
}
