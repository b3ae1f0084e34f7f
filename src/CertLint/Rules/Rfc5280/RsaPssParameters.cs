using System.Formats.Asn1;
using System.Numerics;

namespace CertLint.Rules.Rfc5280;

/// <summary>
/// RSASSA-PSS-params (RFC 4055 3.1) with the RFC's defaults filled in (SHA-1, MGF1 with SHA-1, salt 20, trailer 1).
/// </summary>
public sealed record RsaPssParameters(string HashOid, string MaskGenOid, string? MaskGenHashOid, BigInteger SaltLength, BigInteger TrailerField)
{
    public const string Sha1 = "1.3.14.3.2.26";
    public const string Mgf1 = "1.2.840.113549.1.1.8";

    private static readonly Dictionary<string, (string Name, int Octets)> Hashes = new(StringComparer.Ordinal)
    {
        [Sha1] = ("SHA-1", 20),
        ["2.16.840.1.101.3.4.2.4"] = ("SHA-224", 28),
        ["2.16.840.1.101.3.4.2.1"] = ("SHA-256", 32),
        ["2.16.840.1.101.3.4.2.2"] = ("SHA-384", 48),
        ["2.16.840.1.101.3.4.2.3"] = ("SHA-512", 64),
    };

    public static string HashName(string? oid) => oid is not null && Hashes.TryGetValue(oid, out var h) ? h.Name : oid ?? "(none)";

    /// <summary>The hash output length in octets, or 0 for an unknown hash.</summary>
    public static int HashOctets(string oid) => Hashes.TryGetValue(oid, out var h) ? h.Octets : 0;

    /// <summary>Parses the parameters TLV; null and an error text when it is not a well-formed RSASSA-PSS-params.</summary>
    public static RsaPssParameters? TryParse(ReadOnlyMemory<byte> encoded, out string? error)
    {
        error = null;
        try
        {
            var outer = new AsnReader(encoded, AsnEncodingRules.BER);
            var seq = outer.ReadSequence();
            var hash = Sha1;
            var mgf = Mgf1;
            string? mgfHash = Sha1;
            BigInteger salt = 20;
            BigInteger trailer = 1;
            if (seq.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
            {
                hash = seq.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadSequence().ReadObjectIdentifier();
            }
            if (seq.HasData && seq.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 1)))
            {
                var mgfSeq = seq.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 1)).ReadSequence();
                mgf = mgfSeq.ReadObjectIdentifier();
                mgfHash = mgfSeq.HasData && mgfSeq.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence) ? mgfSeq.ReadSequence().ReadObjectIdentifier() : null;
            }
            if (seq.HasData && seq.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 2)))
            {
                salt = seq.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 2)).ReadInteger();
            }
            if (seq.HasData && seq.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 3)))
            {
                trailer = seq.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 3)).ReadInteger();
            }
            if (seq.HasData)
            {
                error = "unexpected data after the last field";
                return null;
            }
            return new RsaPssParameters(hash, mgf, mgfHash, salt, trailer);
        }
        catch (AsnContentException ex)
        {
            error = ex.Message.TrimEnd('.');
            return null;
        }
    }
}
