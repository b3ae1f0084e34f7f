#!/usr/bin/env python3
"""Start-up, timed from Python: `certlint lint --quiet CERT` beside `openssl x509 -noout -text -in CERT`.

    tests/CertLint.Benchmarks/startup-sidebyside.py [CERTLINT] [CERT] [RUNS]
      CERTLINT  default out/native/linux-x64/certlint (scripts/publish-native.sh); CERT default fixtures/lint/leaf.pem;
      RUNS default 30

Each run is one subprocess.run timed with perf_counter (no shell, no GNU time around it, so less harness cost in each
sample than startup.sh); the two commands alternate which goes first. Prints the median and minimum of each and the
ratio of the medians (issue 15's aim: certlint at most 0.5).
"""
import os
import statistics
import subprocess
import sys
import time

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
certlint = sys.argv[1] if len(sys.argv) > 1 else "out/native/linux-x64/certlint"
cert = sys.argv[2] if len(sys.argv) > 2 else "fixtures/lint/leaf.pem"
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 30
lint = [certlint, "lint", "--quiet", cert]
ossl = ["openssl", "x509", "-noout", "-text", "-in", cert]


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


timed(lint)
timed(ossl)  # warm the page cache
a, b = [], []
for i in range(runs):
    if i % 2:
        a.append(timed(lint))
        b.append(timed(ossl))
    else:
        b.append(timed(ossl))
        a.append(timed(lint))
ma, mb = statistics.median(a), statistics.median(b)
print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}, {time.strftime('%Y-%m-%dT%H:%MZ', time.gmtime())}, {runs} runs each")
print(f"certlint lint {os.path.basename(cert)}: median {ma:.1f} ms (min {min(a):.1f})")
print(f"openssl x509 -noout -text: median {mb:.1f} ms (min {min(b):.1f})")
print(f"ratio of medians certlint/openssl: {ma / mb:.2f}")
