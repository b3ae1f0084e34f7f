#!/usr/bin/env python3
"""Writes the memory benchmark's inputs: a .p7b (DER PKCS#7 SignedData, certificates only) holding either COUNT
copies of one certificate ("copies") or the issuer followed by COUNT leaves that differ only in their serial number
("distinct"; their signatures no longer verify, which the rules report, and that is fine for measuring memory), or
("varied") COUNT made-up 205-byte Ed25519 v1 certificates in which every field but the algorithm differs from every
other certificate's: serial, issuer, validity, subject, key and signature (nothing a decoder could share; no issuer
is present, so nothing is verified).

  memory-bundle.py copies CERT.der COUNT OUT.p7b
  memory-bundle.py distinct LEAF.der ISSUER.der COUNT OUT.p7b
  memory-bundle.py varied COUNT OUT.p7b

or ("tiny") just under 64 MiB of the smallest objects an input can repeat, millions of them: "begins" (28-byte PEM
BEGIN lines without END), "undecodable" (61-byte PEM certificates holding an empty SEQUENCE), "unknown" (39-byte PEM
blocks of an unknown label), "nulls" / "sequences" (a .p7b whose certificates set holds two-byte NULLs / empty
SEQUENCEs).

  memory-bundle.py tiny begins|undecodable|unknown|nulls|sequences OUT

or ("inside") millions of elements inside objects, just under 64 MiB: "crl" (one CRL of 1.5 million entries with a
reasonCode each), "crls" (34 such CRLs of 50,000 entries each, DER back to back), "rdns" (one certificate whose subject has 3.4 million RDNs), "sans" (200 certificates of 99,000
one-letter dNSNames each, every one under the 100,000-element limit of one object). Their signatures are made up.

  memory-bundle.py inside crl|crls|rdns|sans OUT.der
"""
import sys


def tlv(tag, body):
    n = len(body)
    length = bytes([n]) if n < 128 else bytes([0x80 | ((n.bit_length() + 7) // 8)]) + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag]) + length + body


def header(b, i):
    """(content offset, content length) of the TLV at i."""
    n = b[i + 1]
    if n & 0x80:
        k = n & 0x7F
        return i + 2 + k, int.from_bytes(b[i + 2:i + 2 + k], "big")
    return i + 2, n


def serial_span(cert):
    tbs, _ = header(cert, header(cert, 0)[0])
    i = tbs
    if cert[i] == 0xA0:  # [0] version
        c, n = header(cert, i)
        i = c + n
    assert cert[i] == 0x02, "serialNumber expected"
    return header(cert, i)


def p7b(certificates):
    signed_data = tlv(0x30, tlv(0x02, b"\x01") + tlv(0x31, b"") + tlv(0x30, tlv(0x06, bytes.fromhex("2a864886f70d010701")))
                      + tlv(0xA0, certificates) + tlv(0x31, b""))
    return tlv(0x30, tlv(0x06, bytes.fromhex("2a864886f70d010702")) + tlv(0xA0, signed_data))


ED25519 = tlv(0x30, tlv(0x06, bytes.fromhex("2b6570")))
LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def varied(k):
    """The k-th made-up certificate: every value below is a function of k, different for every k < 62**4."""
    def name(first):
        text = bytes([first]) + bytes(LETTERS[(k // 62 ** i) % 62] for i in range(4))
        return tlv(0x30, tlv(0x31, tlv(0x30, tlv(0x06, bytes.fromhex("550403")) + tlv(0x0C, text))))

    def time(year):
        day, hour, minute, second = 1 + k // 86400 % 28, k // 3600 % 24, k // 60 % 60, k % 60
        return tlv(0x17, b"%02d01%02d%02d%02d%02dZ" % (year, day, hour, minute, second))

    counter = k.to_bytes(4, "big")
    tbs = tlv(0x30, tlv(0x02, b"\x40" + counter) + ED25519 + name(ord("i")) + tlv(0x30, time(26) + time(27)) + name(ord("s"))
              + tlv(0x30, ED25519 + tlv(0x03, b"\x00" + bytes(28) + counter)))
    return tlv(0x30, tbs + ED25519 + tlv(0x03, b"\x00" + bytes(60) + counter))


LIMIT = 64 * 1024 * 1024 - 128
TINY_PEM = {
    "begins": b"-----BEGIN CERTIFICATE-----\n",
    "undecodable": b"-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n",
    "unknown": b"-----BEGIN X-----\nAA==\n-----END X-----\n",
}
TINY_ITEM = {"nulls": b"\x05\x00", "sequences": b"\x30\x00"}


def tiny(kind):
    if kind in TINY_PEM:
        return TINY_PEM[kind] * (LIMIT // len(TINY_PEM[kind]))
    return p7b(TINY_ITEM[kind] * (LIMIT // 2))


ECDSA_SHA256 = tlv(0x30, tlv(0x06, bytes.fromhex("2a8648ce3d040302")))
SIGNATURE = tlv(0x03, b"\x00" + tlv(0x30, tlv(0x02, b"\x01") + tlv(0x02, b"\x01")))
P256_KEY = tlv(0x30, tlv(0x30, tlv(0x06, bytes.fromhex("2a8648ce3d0201")) + tlv(0x06, bytes.fromhex("2a8648ce3d030107")))
               + tlv(0x03, b"\x00\x04" + bytes.fromhex(  # P-256's base point: a key Mbed TLS accepts, so it parses on
                   "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
                   "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")))


def cn(text):
    return tlv(0x31, tlv(0x30, tlv(0x06, bytes.fromhex("550403")) + tlv(0x0C, text)))


def certificate(serial, subject, extensions=b""):
    validity = tlv(0x30, tlv(0x17, b"250101000000Z") + tlv(0x17, b"350101000000Z"))
    tbs = (tlv(0xA0, tlv(0x02, b"\x02")) + tlv(0x02, serial.to_bytes(4, "big")) + ECDSA_SHA256 + tlv(0x30, cn(b"inside"))
           + validity + tlv(0x30, subject) + P256_KEY + (tlv(0xA3, tlv(0x30, extensions)) if extensions else b""))
    return tlv(0x30, tlv(0x30, tbs) + ECDSA_SHA256 + SIGNATURE)


def inside(kind):
    if kind in ("crl", "crls"):
        reason = tlv(0x30, tlv(0x30, tlv(0x06, bytes.fromhex("551d15")) + tlv(0x04, tlv(0x0A, b"\x01"))))
        date = tlv(0x17, b"250101000000Z")
        count, crls = (1_500_000, 1) if kind == "crl" else (50_000, 34)
        entries = tlv(0x30, b"".join(tlv(0x30, tlv(0x02, (k + 1).to_bytes(4, "big")) + date + reason) for k in range(count)))
        return b"".join(tlv(0x30, tlv(0x30, tlv(0x02, b"\x01") + ECDSA_SHA256 + tlv(0x30, cn(b"crl ca %d" % c)) + date
                                      + tlv(0x17, b"350101000000Z") + entries) + ECDSA_SHA256 + SIGNATURE)
                        for c in range(crls))
    if kind == "rdns":
        return certificate(1, b"".join(cn(b"x%d" % k) for k in range(3_400_000)))
    san = tlv(0x30, tlv(0x06, bytes.fromhex("551d11")) + tlv(0x04, tlv(0x30, tlv(0x82, b"a") * 99_000)))
    return b"".join(certificate(k + 1, cn(b"sans"), san) for k in range(200))


def main():
    kind = sys.argv[1]
    if kind == "tiny":
        open(sys.argv[3], "wb").write(tiny(sys.argv[2]))
        return
    if kind == "inside":
        open(sys.argv[3], "wb").write(inside(sys.argv[2]))
        return
    if kind == "varied":
        count, out = int(sys.argv[2]), sys.argv[3]
        body = b"".join(varied(k) for k in range(count))
    elif kind == "copies":
        cert, count, out = open(sys.argv[2], "rb").read(), int(sys.argv[3]), sys.argv[4]
        body = cert * count
    else:
        leaf, issuer, count, out = bytearray(open(sys.argv[2], "rb").read()), open(sys.argv[3], "rb").read(), int(sys.argv[4]), sys.argv[5]
        at, n = serial_span(leaf)
        parts = [issuer]
        for k in range(count):
            value = (k + 1).to_bytes(n, "big")
            leaf[at:at + n] = bytes([(value[0] & 0x3F) | 0x40]) + value[1:]  # positive, minimal, same length
            parts.append(bytes(leaf))
        body = b"".join(parts)
    open(out, "wb").write(p7b(body))


main()
