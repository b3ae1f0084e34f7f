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


def main():
    kind = sys.argv[1]
    if kind == "tiny":
        open(sys.argv[3], "wb").write(tiny(sys.argv[2]))
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
