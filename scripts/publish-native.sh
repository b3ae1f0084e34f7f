#!/usr/bin/env bash
# Builds the shipped `certlint`: a self-contained Native AOT executable (no .NET runtime needed to run it).
#
#   scripts/publish-native.sh [RID]        RID defaults to this machine's (linux-x64 here); output: out/native/RID/certlint
#
# Needs the .NET 10 SDK and a C toolchain: on Debian/Ubuntu `apt-get install clang zlib1g-dev`. Native AOT compiles
# for the OS it runs on: linux-x64 and linux-arm64 on Linux (arm64 from x64 needs an arm64 sysroot), osx-arm64 on a Mac,
# win-x64 on Windows (with the MSVC build tools).
#
# Trim/AOT warnings are errors: TreatWarningsAsErrors (src/Directory.Build.props) and IlcTreatWarningsAsErrors
# (src/CertLint.Cli/CertLint.Cli.csproj) make the compiler and the AOT compiler fail on them, with none exempted; and
# any warning line left in the build log fails this script too.
set -euo pipefail
cd "$(dirname "$0")/.."
rid="${1:-$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n1)}"
out="out/native/$rid"
args=(-c Release -r "$rid" -p:PublishAot=true -o "$out")
# The ILCompiler looks for `clang`; Debian ships versioned names (clang-14, ...) unless the `clang` package is installed.
if ! command -v clang >/dev/null 2>&1; then
  versioned="$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -n | tail -n1 || true)"
  if [ -n "$versioned" ]; then
    args+=(-p:CppCompilerAndLinker="$versioned")
  fi
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
start=$(date +%s)
dotnet publish src/CertLint.Cli "${args[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  echo "publish-native: dotnet publish failed ($status)" >&2
  exit "$status"
fi
# Every warning line (deduplicated: MSBuild repeats warnings at the end).
others="$(grep -E ': warning [A-Z]+[0-9]+' "$log" | sort -u || true)"
if [ -n "$others" ]; then
  echo "publish-native: trim/AOT or compiler warnings (treated as errors):" >&2
  echo "$others" >&2
  exit 1
fi
size=$(stat -c %s "$out/certlint" 2>/dev/null || stat -f %z "$out/certlint")
echo "publish-native: $out/certlint ($size bytes) in $(( $(date +%s) - start )) s"
