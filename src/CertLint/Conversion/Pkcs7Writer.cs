using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.Conversion;

/// <summary>
/// A certificates-only ("degenerate") PKCS#7 SignedData (RFC 2315 / RFC 5652 section 5): no content, no signers,
/// the certificates and optional CRLs copied in byte for byte, in the order given.
/// </summary>
public static class Pkcs7Writer
{
    private const string Pkcs7Data = "1.2.840.113549.1.7.1";

    public static byte[] Write(IReadOnlyList<BundleCertificate> certificates, IReadOnlyList<BundleCrl> crls)
    {
        // BER rules only so AsnWriter does not sort the SET OF (DER would, and lose the chain order); every length
        // it writes is still definite and minimal, as openssl crl2pkcs7 writes them.
        var writer = new AsnWriter(AsnEncodingRules.BER, certificates.Sum(c => c.Encoded.Length) + crls.Sum(c => c.Encoded.Length) + 64);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(Oids.Pkcs7SignedData);
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
            using (writer.PushSequence())
            {
                writer.WriteInteger(1);
                using (writer.PushSetOf())
                {
                }
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(Pkcs7Data);
                }
                WriteSet(writer, 0, certificates.Select(c => c.Encoded));
                if (crls.Count > 0)
                {
                    WriteSet(writer, 1, crls.Select(c => c.Encoded));
                }
                using (writer.PushSetOf())
                {
                }
            }
        }
        return writer.Encode();
    }

    private static void WriteSet(AsnWriter writer, int tag, IEnumerable<ReadOnlyMemory<byte>> items)
    {
        using (writer.PushSetOf(new Asn1Tag(TagClass.ContextSpecific, tag, isConstructed: true)))
        {
            foreach (var item in items)
            {
                writer.WriteEncodedValue(item.Span);
            }
        }
    }
}
