#!/usr/bin/env bash
# Local test services for the integration tests: PostgreSQL, OpenSearch, IMAP, SFTP.
#
#   scripts/services.sh up [names...]     install if needed, start, wait until ready
#   scripts/services.sh down [names...]   stop (services not running are ignored)
#   scripts/services.sh status            print "NAME running|stopped" per service
#   scripts/services.sh env               print export lines for the test suite
#
# Names: postgres, opensearch, imap, sftp (default: all). Everything downloaded or
# created lives under .cache/ at the repository root (git-ignored), or under
# /tmp/invoices-services/ when the service users cannot reach the checkout.
# Typical use:  bash scripts/services.sh up && eval "$(bash scripts/services.sh env)"
# Ports (loopback) can be moved, e.g. for a second checkout: SERVICES_PG_PORT (55432),
# SERVICES_OPENSEARCH_PORT (59200), SERVICES_OPENSEARCH_TRANSPORT_PORT (59300),
# SERVICES_IMAP_PORT (51143), SERVICES_IMAPS_PORT (51993), SERVICES_SFTP_PORT (52222).
set -euo pipefail
shopt -s inherit_errexit

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES=(postgres opensearch imap sftp)

for part in common postgres opensearch imap sftp; do
  # shellcheck source=/dev/null
  source "$ROOT/scripts/services/$part.sh"
done

usage() {
  sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# Validate names; default to all services.
select_services() {
  local name known s
  [[ $# -gt 0 ]] || set -- "${SERVICES[@]}"
  for name in "$@"; do
    known=0
    for s in "${SERVICES[@]}"; do [[ $s == "$name" ]] && known=1; done
    [[ $known -eq 1 ]] || die "unknown service '$name' (known: ${SERVICES[*]})"
  done
  SELECTED=("$@")
}

main() {
  local cmd="${1:-}" name
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    up)
      select_services "$@"
      for name in "${SELECTED[@]}"; do "${name}_up"; done
      ;;
    down)
      select_services "$@"
      for name in "${SELECTED[@]}"; do "${name}_down"; done
      ;;
    status)
      select_services "$@"
      for name in "${SELECTED[@]}"; do
        if "${name}_running"; then echo "$name running"; else echo "$name stopped"; fi
      done
      ;;
    env)
      select_services "$@"
      for name in "${SELECTED[@]}"; do "${name}_env"; done
      ;;
    *) usage ;;
  esac
}

main "$@"
