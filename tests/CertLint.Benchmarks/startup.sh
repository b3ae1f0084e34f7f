#!/usr/bin/env bash
# Start-up benchmark: one-certificate `certlint lint` beside `openssl x509 -noout -text` on the same file, run
# interleaved (alternating which goes first), N runs each; prints the median and min wall time, the median CPU time
# (user + system, 10 ms resolution; less disturbed than wall time on a busy machine) and the median peak resident
# memory (GNU time's %M) of each command. Each sample includes the harness's own cost (two `date` calls and GNU
# time's fork and exec, several milliseconds on a small VM): the script also times the harness around `true` and
# prints the ratio with that median taken off both sides, next to the plain ratio.
#
#   tests/CertLint.Benchmarks/startup.sh [CERTLINT] [CERT] [RUNS]
#     CERTLINT  the binary to time (default out/native/linux-x64/certlint, from scripts/publish-native.sh);
#               "dotnet path/certlint.dll" times the JIT build the same way
#     CERT      default fixtures/lint/leaf.pem;  RUNS default 30
# Needs GNU time (/usr/bin/time; Debian package `time`) and openssl.
set -euo pipefail
cd "$(dirname "$0")/../.."
certlint="${1:-out/native/linux-x64/certlint}"
cert="${2:-fixtures/lint/leaf.pem}"
runs="${3:-30}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# run NAME CMD...: one timed run; appends "wall_us peak_kib cpu_ms" to $tmp/NAME.
run() {
  local name="$1"; shift
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f '%M %U %S' -o "$tmp/rss" "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(tail -n1 "$tmp/rss" | awk '{ printf "%d %d", $1, ($2 + $3) * 1000 }')" >> "$tmp/$name"
}

# shellcheck disable=SC2086 # $certlint may be "dotnet x.dll"
lint() { run certlint $certlint lint --quiet "$cert"; }
ossl() { run openssl openssl x509 -noout -text -in "$cert"; }
harness() { run harness true; }
lint; ossl; harness  # warm the page cache
: > "$tmp/certlint"; : > "$tmp/openssl"; : > "$tmp/harness"
for i in $(seq 1 "$runs"); do
  if [ $((i % 2)) -eq 0 ]; then lint; ossl; else ossl; lint; fi
  harness
done

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) { print a[(NR + 1) / 2] } else { print (a[NR / 2] + a[NR / 2 + 1]) / 2 } }'; }
stats() {
  local wall rss min cpu
  wall=$(cut -d' ' -f1 "$tmp/$1" | median)
  cpu=$(cut -d' ' -f3 "$tmp/$1" | median)
  min=$(cut -d' ' -f1 "$tmp/$1" | sort -n | head -n1)
  rss=$(cut -d' ' -f2 "$tmp/$1" | median)
  awk -v name="$2" -v w="$wall" -v m="$min" -v c="$cpu" -v r="$rss" -v n="$runs" \
    'BEGIN { printf "%-40s wall median %7.1f ms  min %7.1f ms  CPU median %5.0f ms  peak RSS median %6.1f MiB  (%d runs)\n", name, w / 1000, m / 1000, c, r / 1024, n }'
}
echo "machine: $(nproc) cores, $(uname -sm), $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
stats certlint "certlint lint $(basename "$cert")"
stats openssl "openssl x509 -noout -text -in $(basename "$cert")"
a=$(cut -d' ' -f1 "$tmp/certlint" | median); b=$(cut -d' ' -f1 "$tmp/openssl" | median); h=$(cut -d' ' -f1 "$tmp/harness" | median)
awk -v a="$a" -v b="$b" -v h="$h" 'BEGIN { printf "ratio of medians certlint/openssl: %.2f; harness alone (true) %.1f ms, ratio without it: %.2f\n", a / b, h / 1000, (a - h) / (b - h) }'
