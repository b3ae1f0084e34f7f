#!/usr/bin/env python3
"""Writes the memory benchmark's inputs: a .p7b (DER PKCS#7 SignedData, certificates only) holding either COUNT
copies of one certificate ("copies") or the issuer followed by COUNT leaves that differ only in their serial number
("distinct"; their signatures no longer verify, which the rules report, and that is fine for measuring memory).

  memory-bundle.py copies CERT.der COUNT OUT.p7b
  memory-bundle.py distinct LEAF.der ISSUER.der COUNT OUT.p7b
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


def main():
    kind = sys.argv[1]
    if kind == "copies":
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
