using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.Input;

/// <summary>
/// Tells what a DER/BER object is from its shape alone (never from a file name or label), so a PKCS#7 in
/// CERTIFICATE armour or a CSR saved as .crt is still recognised.
/// </summary>
public static class ObjectSniffer
{
    private const string Pkcs12Data = "1.2.840.113549.1.7.1";

    public static ObjectKind Classify(ReadOnlyMemory<byte> encoded)
    {
        try
        {
            return ClassifyUnchecked(encoded);
        }
        catch (Exception ex) when (ex is Asn1DecodeException or AsnContentException or ElementLimitException)
        {
            return ObjectKind.Unknown;
        }
    }

    private static ObjectKind ClassifyUnchecked(ReadOnlyMemory<byte> encoded)
    {
        var scratch = new List<DecodeDiagnostic>();
        var top = new AsnCursor(encoded, "object", scratch);
        if (top.NextIs(Asn1Tag.ObjectIdentifier))
        {
            return ObjectKind.EcParameters;
        }
        var outer = top.EnterSequence("object", out _);
        var first = outer.PeekTag();
        if (first is null)
        {
            return ObjectKind.Unknown;
        }
        var f = first.Value;
        if (f.HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
        {
            return ObjectKind.Pkcs7;
        }
        if (f.HasSameClassAndValue(Asn1Tag.Integer))
        {
            return ClassifyStartingWithInteger(outer);
        }
        if (f == Asn1Tag.Sequence)
        {
            var firstTlv = outer.Read("first");
            var second = outer.PeekTag();
            if (second is { } s && s.HasSameClassAndValue(Asn1Tag.PrimitiveBitString))
            {
                // SEQUENCE { SEQUENCE, BIT STRING }: a public key; or signed { tbs, alg, sig }.
                return outer.Read("second").End == encoded.Length || !outer.HasData ? ObjectKind.PublicKey : ObjectKind.Unknown;
            }
            if (second is { } o && o.HasSameClassAndValue(Asn1Tag.PrimitiveOctetString))
            {
                return ObjectKind.EncryptedPrivateKey;
            }
            if (second == Asn1Tag.Sequence)
            {
                return ClassifySigned(outer.Enter(firstTlv, "tbs"));
            }
        }
        return ObjectKind.Unknown;
    }

    private static ObjectKind ClassifyStartingWithInteger(AsnCursor outer)
    {
        var (version, _) = AsnValues.ReadInteger(outer, "version");
        var next = outer.PeekTag();
        if (next == Asn1Tag.Sequence)
        {
            var seqTlv = outer.Read("second");
            var inner = outer.Enter(seqTlv, "second");
            if (inner.PeekTag() is { } t && t.HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
            {
                var (oid, _) = AsnValues.ReadOid(inner, "oid");
                if (version == 3 && oid == Pkcs12Data)
                {
                    return ObjectKind.Pkcs12;
                }
                return outer.NextIs(Asn1Tag.PrimitiveOctetString) ? ObjectKind.PrivateKey : ObjectKind.Unknown;
            }
            return ObjectKind.Unknown;
        }
        if (next is { } n && n.HasSameClassAndValue(Asn1Tag.PrimitiveOctetString) && version == 1)
        {
            return ObjectKind.EcPrivateKey;
        }
        if (next is { } i && i.HasSameClassAndValue(Asn1Tag.Integer) && version == 0)
        {
            return ObjectKind.RsaPrivateKey;
        }
        return ObjectKind.Unknown;
    }

    /// <summary>SEQUENCE { tbs, AlgorithmIdentifier, BIT STRING }: certificate, CRL or CSR, told apart by the tbs.</summary>
    private static ObjectKind ClassifySigned(AsnCursor tbs)
    {
        if (tbs.NextIs(AsnTags.Context(0, true)))
        {
            return ObjectKind.Certificate;
        }
        var elements = new List<Asn1Tag>();
        while (tbs.HasData && elements.Count < 6)
        {
            var tlv = tbs.Read("element");
            elements.Add(tlv.Tag);
        }
        bool IsTime(Asn1Tag t) => t.TagClass == TagClass.Universal && t.TagValue is 23 or 24;
        // Certificate v1: serial, alg, issuer, validity, subject, spki.
        if (elements.Count >= 6 && elements[0].HasSameClassAndValue(Asn1Tag.Integer) && elements[3] == Asn1Tag.Sequence)
        {
            return ObjectKind.Certificate;
        }
        // CSR: version, subject, spki, [0] attributes.
        if (elements.Count >= 3 && elements[0].HasSameClassAndValue(Asn1Tag.Integer) && elements[1] == Asn1Tag.Sequence && elements[2] == Asn1Tag.Sequence
            && (elements.Count == 3 || elements[3].TagClass == TagClass.ContextSpecific))
        {
            return ObjectKind.CertificateRequest;
        }
        // CRL: [version,] alg, issuer, thisUpdate ...
        var offset = elements.Count > 0 && elements[0].HasSameClassAndValue(Asn1Tag.Integer) ? 1 : 0;
        if (elements.Count > offset + 2 && IsTime(elements[offset + 2]))
        {
            return ObjectKind.Crl;
        }
        return ObjectKind.Unknown;
    }
}
