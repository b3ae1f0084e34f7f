#!/usr/bin/env bash
# The shipped CLI against `openssl storeutl -noout -text -certs` on one PEM bundle of N certificates (a CA and N-1
# device leaves, BundleFactory; made in the temp folder, never committed):
#
#   tests/CertLint.Benchmarks/cli-curve.sh CERTLINT [N...]        default N: 1000 10000 50000
#
# CERTLINT is the binary to time (the native one: scripts/publish-native.sh). Each size runs PAIRS (default 7)
# interleaved pairs (openssl, then `certlint lint FILE > /dev/null`), so both see the same machine; it prints the
# median wall time of each and the median of the per-pair ratios. On a shared machine whose speed drifts, the ratio
# of a pair is steadier than either time. BASELINE=OTHER_CERTLINT also times that binary in every pair (after CERTLINT)
# and prints its line below, so two builds are compared in the same minutes; the last column is peak resident MB.
set -euo pipefail
cd "$(dirname "$0")/../.."
certlint="$1"
shift
sizes=("${@:-1000 10000 50000}")
# shellcheck disable=SC2206 # the default is a word list on purpose
sizes=(${sizes[*]})
mapfile -t files < <(dotnet run -c Release --project tests/CertLint.Benchmarks -- bundle-files "${sizes[@]}" | tail -n "${#sizes[@]}")
pairs="${PAIRS:-7}"
baseline="${BASELINE:-}"
printf '%12s %12s %12s %14s %8s\n' certificates "lint s" "openssl s" "openssl/lint" "peak MB"
for i in "${!sizes[@]}"; do
  file="${files[$i]}"
  times=()
  for _ in $(seq "$pairs"); do
    o=$( { /usr/bin/time -f '%e' openssl storeutl -noout -text -certs "$file" >/dev/null; } 2>&1 | tail -n1)
    l=$( { /usr/bin/time -f '%e %M' "$certlint" lint "$file" >/dev/null; } 2>&1 | tail -n1)
    b="0 0"
    if [ -n "$baseline" ]; then
      b=$( { /usr/bin/time -f '%e %M' "$baseline" lint "$file" >/dev/null; } 2>&1 | tail -n1)
    fi
    times+=("$l $o $b")
  done
  printf '%s\n' "${times[@]}" | python3 -c '
import sys, statistics
rows = [tuple(map(float, line.split())) for line in sys.stdin if line.strip()]
openssl = statistics.median(r[2] for r in rows)
def line(label, t, m):
    lint = statistics.median(r[t] for r in rows)
    ratio = statistics.median(r[2] / r[t] for r in rows)
    peak = max(r[m] for r in rows) / 1024
    print(f"{label:>12} {lint:12.2f} {openssl:12.2f} {ratio:13.2f}x {peak:8.0f}")
line(sys.argv[1], 0, 1)
if sys.argv[2]:
    line("baseline", 3, 4)
' "${sizes[$i]}" "$baseline"
done
