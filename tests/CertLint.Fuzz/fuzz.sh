#!/usr/bin/env bash
# Runs one CertLint fuzz target under AFL++ with SharpFuzz instrumentation (see tests/README.md, "Fuzzing").
#   tests/CertLint.Fuzz/fuzz.sh TARGET [EXECUTIONS] [OUTDIR]
# EXECUTIONS defaults to 1,000,000; MAX_SECONDS=N also stops the run after N seconds, whichever comes first.
# Needs: AFL++ (apt-get install afl++) and the SharpFuzz instrumenter (dotnet tool install --global SharpFuzz.CommandLine).
# Seeds are the committed corpus fixtures/fuzz/TARGET/ (or the folder in $SEEDS). Findings go to OUTDIR (default /tmp/certlint-fuzz/TARGET):
# OUTDIR/default/crashes and OUTDIR/default/hangs hold the inputs to triage; OUTDIR/default/fuzzer_stats the figures.
set -euo pipefail
target=${1:?usage: fuzz.sh TARGET [EXECUTIONS] [OUTDIR]}
execs=${2:-1000000}
out=${3:-/tmp/certlint-fuzz/$target}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=/tmp/certlint-fuzz/build
seeds=${SEEDS:-$root/fixtures/fuzz/$target}
[ -d "$seeds" ] || { echo "no corpus folder $seeds" >&2; exit 2; }
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
sharpfuzz=$(command -v sharpfuzz || echo "$HOME/.dotnet/tools/sharpfuzz")
[ -x "$sharpfuzz" ] || { echo "sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine" >&2; exit 2; }

# Build once into a private folder and instrument the library (and YamlDotNet, for the profile reader) in place.
if [ ! -f "$build/.instrumented" ] || [ "${REBUILD:-0}" = 1 ]; then
  rm -rf "$build"
  dotnet publish "$root/tests/CertLint.Fuzz/CertLint.Fuzz.csproj" -c Release -o "$build" --nologo -v q
  "$sharpfuzz" "$build/CertLint.Core.dll"
  "$sharpfuzz" "$build/YamlDotNet.dll"
  touch "$build/.instrumented"
fi

mkdir -p "$out"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
# Unbounded memory shows up as an OutOfMemoryException (a crash) instead of swapping the machine.
export DOTNET_GCHeapHardLimit=0x40000000 DOTNET_TieredPGO=0
# -t: a hang is an input that takes over 2 s.
exec afl-fuzz -i "$seeds" -o "$out" -t 2000 -m none -E "$execs" ${MAX_SECONDS:+-V "$MAX_SECONDS"} -- dotnet "$build/CertLint.Fuzz.dll" "$target"
