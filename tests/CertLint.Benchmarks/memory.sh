#!/usr/bin/env bash
# Memory benchmark (issue 10): peak resident memory (GNU time's %M) and wall time of every command on two bundles
# just under the 64 MiB input limit, made by memory-bundle.py from the repository's fixtures:
#   copies.p7b    145,000 copies of fixtures/rfc5280-ext/good-root.der (461 bytes)
#   distinct.p7b  fixtures/verdicts/ica.pem and 118,000 leaves of fixtures/verdicts/devices.pem differing in serial
#   varied.p7b    327,000 made-up 205-byte Ed25519 certificates that share no field but their algorithm (no decoded
#                 part can be shared between them: the most distinct models 64 MiB can hold)
#   begins.pem, undecodable.pem, unknown.pem, nulls.p7b, sequences.p7b
#                 millions of the smallest objects (memory-bundle.py tiny): 400,000 objects per input are read, 1,000
#                 errors per input kept
#   crl.der, crls.der, rdns.der, sans.der
#                 millions of elements inside objects (memory-bundle.py inside): a CRL of 1.5 million entries, 34 CRLs
#                 of 50,000 entries, a
#                 certificate of 3.4 million RDNs (past the 100,000-element limit), 200 certificates of 99,000 dNSNames
#   crowd.p7b     (CROWD=1 only: about 40 minutes) 230,001 minimal 265-byte v1 certificates all named CN=a, none
#                 verifying: the most certificates, findings and signature candidates (eight each) 64 MiB can hold
#
#   [CROWD=1] tests/CertLint.Benchmarks/memory.sh [CERTLINT]
#     CERTLINT  the binary to measure (default: a Release publish made into the temp folder)
# Needs GNU time (/usr/bin/time), openssl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
certlint="${1:-}"
if [ -z "$certlint" ]; then
  dotnet publish src/CertLint.Cli -c Release -o "$tmp/bin" >/dev/null
  certlint="$tmp/bin/certlint"
fi
here=tests/CertLint.Benchmarks
python3 "$here/memory-bundle.py" copies fixtures/rfc5280-ext/good-root.der 145000 "$tmp/copies.p7b"
openssl x509 -in fixtures/verdicts/devices.pem -outform der -out "$tmp/leaf.der"
openssl x509 -in fixtures/verdicts/ica.pem -outform der -out "$tmp/ica.der"
python3 "$here/memory-bundle.py" distinct "$tmp/leaf.der" "$tmp/ica.der" 118000 "$tmp/distinct.p7b"
python3 "$here/memory-bundle.py" varied 327000 "$tmp/varied.p7b"

for kind in begins undecodable unknown; do
  python3 "$here/memory-bundle.py" tiny "$kind" "$tmp/$kind.pem"
done
for kind in nulls sequences; do
  python3 "$here/memory-bundle.py" tiny "$kind" "$tmp/$kind.p7b"
done
for kind in crl crls rdns sans; do
  python3 "$here/memory-bundle.py" inside "$kind" "$tmp/$kind.der"
done

measure() { # INPUT COMMAND... (INPUT is a file name in the temporary folder, .p7b when it has no extension)
  local input="$1" command
  shift
  [[ "$input" == *.* ]] || input="$input.p7b"
  for command in "$@"; do
    # shellcheck disable=SC2086 # $command is a word list on purpose
    /usr/bin/time -f '%M %e' -o "$tmp/rss" "$certlint" $command "$tmp/$input" >/dev/null 2>&1 || true
    read -r kib wall < <(tail -n1 "$tmp/rss")
    printf '%-14s %-42s %10d %9s\n' "$input" "${command%% -o *}" $(( kib / 1024 )) "$wall"
  done
}

printf '%-14s %-42s %10s %9s\n' input command "peak MiB" "wall s"
for input in copies distinct varied; do
  measure "$input" "show" "show --format json" "lint --quiet" "lint --format json" "lint --format sarif" \
    "lint --format junit" "lint --quiet --target mbedtls-3.6" "lint --quiet --target mbedtls-3.6 --ca fixtures/verdicts/root.pem" \
    "predict" "predict --format json" "convert --to pem --force -o $tmp/out.pem"
done
for input in begins.pem undecodable.pem unknown.pem nulls.p7b sequences.p7b; do
  measure "$input" "show --format json" "lint --quiet" "lint --format json" "lint --format sarif" "lint --format junit" \
    "lint --quiet --target mbedtls-3.6" "predict" "convert --to pem --force -o $tmp/out.pem"
done
for input in crl.der crls.der rdns.der sans.der; do
  measure "$input" "show" "show --format json" "lint --quiet" "lint --format sarif" "lint --format junit" \
    "lint --quiet --target mbedtls-3.6" "predict" "convert --to pem --force -o $tmp/out.pem"
done
if [ "${CROWD:-0}" = 1 ]; then
  openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/crowd.key"
  printf '[req]\ndistinguished_name=dn\n[dn]\n' > "$tmp/crowd.cnf"
  openssl req -x509 -new -key "$tmp/crowd.key" -subj /CN=a -config "$tmp/crowd.cnf" -days 30 \
    -set_serial 0x0102030405060708 -outform der -out "$tmp/crowd.der"
  python3 "$here/memory-bundle.py" distinct "$tmp/crowd.der" "$tmp/crowd.der" 230000 "$tmp/crowd.p7b"
  measure crowd "show" "lint --format sarif" "predict" "convert --to pem --force -o $tmp/out.pem"
fi
