using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>AlgorithmIdentifier: the OID and its parameters exactly as encoded (absent, NULL, or any TLV).</summary>
public sealed record AlgorithmIdentifier(string Oid, ReadOnlyMemory<byte>? Parameters, FieldLocation Location, ReadOnlyMemory<byte> Encoded)
{
    public string Name => Oids.Name(Oid);
    public bool ParametersAbsent => Parameters is null;
    public bool ParametersAreNull => Parameters is { Length: 2 } p && p.Span[0] == 0x05 && p.Span[1] == 0x00;

    public bool EncodingEquals(AlgorithmIdentifier other) => Encoded.Span.SequenceEqual(other.Encoded.Span);

    public static AlgorithmIdentifier Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out var tlv, "AlgorithmIdentifier SEQUENCE");
        var (oid, _) = AsnValues.ReadOid(seq, FieldPaths.Child(path, ".algorithm"));
        ReadOnlyMemory<byte>? parameters = null;
        if (seq.HasData)
        {
            var p = seq.Read(FieldPaths.Child(path, ".parameters"));
            parameters = seq.Encoded(p);
        }
        seq.ExpectEnd("AlgorithmIdentifier");
        return new AlgorithmIdentifier(oid, parameters, tlv.Locate(path), cursor.Encoded(tlv));
    }

    /// <summary>The named-curve OID when the parameters are one (ECParameters namedCurve).</summary>
    public string? ParameterOid()
    {
        if (Parameters is not { } p || p.Length < 2 || p.Span[0] != 0x06)
        {
            return null;
        }
        try
        {
            return AsnDecoder.ReadObjectIdentifier(p.Span, AsnEncodingRules.BER, out _);
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}
