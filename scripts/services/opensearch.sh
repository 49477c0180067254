# shellcheck shell=bash disable=SC2034
# OpenSearch: the integ-test distribution (no security plugin, no bundled JDK)
# from Maven Central, run by an `opensearch` system user. Sourced.

OS_PORT=${SERVICES_OPENSEARCH_PORT:-59200}
OS_TRANSPORT_PORT=${SERVICES_OPENSEARCH_TRANSPORT_PORT:-59300}
OS_URL="http://127.0.0.1:$OS_PORT"
OS_OS_USER=opensearch
# 2.x only: 3.x needs Java 21. The first version that resolves wins.
OS_VERSIONS="${INVOICES_OPENSEARCH_VERSIONS:-2.19.6 2.19.4 2.19.3 2.19.2 2.19.1 2.18.0}"

os_paths() {
  OS_HOME="$(services_dir)/opensearch"
  OS_PID="$OS_HOME/opensearch.pid"
  OS_LOG="$OS_HOME/logs/invoices-test.log"
  OS_STARTUP_LOG="$OS_HOME/startup.log"
}

# Print the path of a distribution zip, downloading one with Maven if needed.
opensearch_zip() {
  local v zip
  for v in $OS_VERSIONS; do
    zip="$DOWNLOAD_DIR/opensearch-$v.zip"
    [[ -s $zip ]] && { printf '%s\n' "$zip"; return 0; }
  done
  command -v mvn >/dev/null || apt_install maven
  mkdir -p "$DOWNLOAD_DIR"
  for v in $OS_VERSIONS; do
    log "opensearch: fetching integ-test zip $v from Maven Central"
    if mvn -B -q -Dstyle.color=never -Dmaven.repo.local="$CACHE_DIR/m2" dependency:copy \
      -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$v:zip" \
      -DoutputDirectory="$DOWNLOAD_DIR" </dev/null >&2; then
      printf '%s\n' "$DOWNLOAD_DIR/opensearch-$v.zip"
      return 0
    fi
    log "opensearch: version $v could not be fetched"
  done
  return 1
}

# Unzip once into the service tree; prints the install directory.
opensearch_install() {
  local zip name
  zip="$(opensearch_zip)" || die "opensearch: no distribution could be downloaded ($OS_VERSIONS)"
  name="$(basename "$zip" .zip)"
  if [[ ! -x $OS_HOME/$name/bin/opensearch ]]; then
    log "opensearch: unpacking $name"
    mkdir -p "$OS_HOME"
    rm -rf "${OS_HOME:?}/$name"
    unzip -q "$zip" -d "$OS_HOME" >&2
  fi
  mkdir -p "$OS_HOME/data" "$OS_HOME/logs"
  [[ $EUID -ne 0 || "$(stat -c %U "$OS_HOME/$name")" == "$OS_OS_USER" ]] ||
    own "$OS_OS_USER" "$OS_HOME"
  own "$OS_OS_USER" "$OS_HOME/data" "$OS_HOME/logs"
  printf '%s\n' "$OS_HOME/$name"
}

opensearch_running() {
  os_paths
  pid_alive "$OS_PID" org.opensearch
}

opensearch_up() {
  command -v java >/dev/null || apt_install openjdk-17-jre-headless
  command -v unzip >/dev/null || apt_install unzip
  command -v curl >/dev/null || apt_install curl ca-certificates
  ensure_user "$OS_OS_USER"
  os_paths
  if ! opensearch_running; then
    port_open "$OS_PORT" && fail_with_log opensearch "$OS_STARTUP_LOG" "port $OS_PORT is taken"
    local inst java_home
    inst="$(opensearch_install)"
    java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    log "opensearch: starting $(basename "$inst") on $OS_URL"
    : >"$OS_STARTUP_LOG" && own "$OS_OS_USER" "$OS_STARTUP_LOG"
    (cd "$inst" && as_user "$OS_OS_USER" env OPENSEARCH_JAVA_HOME="$java_home" \
      OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m" setsid bin/opensearch -d -p "$OS_PID" \
      -E cluster.name=invoices-test -E node.name=invoices-test-node \
      -E network.host=127.0.0.1 -E http.port="$OS_PORT" -E transport.port="$OS_TRANSPORT_PORT" \
      -E discovery.type=single-node -E path.data="$OS_HOME/data" -E path.logs="$OS_HOME/logs" \
      -E cluster.routing.allocation.disk.threshold_enabled=false \
      </dev/null >>"$OS_STARTUP_LOG" 2>&1) ||
      fail_with_log opensearch "$OS_STARTUP_LOG" "bin/opensearch exited with an error"
  fi
  opensearch_wait || fail_with_log opensearch "$(opensearch_log)" "cluster not yellow"
  printf 'opensearch %s\n' "$OS_URL"
}

opensearch_log() { [[ -s $OS_LOG ]] && echo "$OS_LOG" || echo "$OS_STARTUP_LOG"; }

# Wait (up to ~3 minutes) for a yellow or green cluster, while the process lives.
opensearch_wait() {
  local i
  for ((i = 0; i < 90; i++)); do
    curl -fsS --max-time 10 "$OS_URL/_cluster/health?wait_for_status=yellow&timeout=5s" \
      >/dev/null 2>&1 && return 0
    pid_alive "$OS_PID" || { [[ $i -gt 10 ]] && return 1; }
    sleep 2
  done
  return 1
}

opensearch_down() {
  opensearch_running || return 0
  log "opensearch: stopping"
  stop_pid "$OS_PID" 60
  rm -f "$OS_PID"
}

opensearch_env() {
  printf 'export INVOICES_TEST_OPENSEARCH_URL=%q\n' "$OS_URL"
}
