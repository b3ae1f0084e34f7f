using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>Netscape certificate type (nsCertType): a BIT STRING of usages (bit 0 = SSL client ... bit 7 = object signing CA).</summary>
public sealed record NetscapeCertType(BitStringValue Bits) : ExtensionValue
{
    private static readonly string[] BitNames = ["sslClient", "sslServer", "smime", "objectSigning", "reserved", "sslCA", "smimeCA", "objectSigningCA"];

    public IEnumerable<string> Names => Enumerable.Range(0, 8).Where(Bits.IsSet).Select(i => BitNames[i]);

    public static NetscapeCertType Read(AsnCursor cursor, string path) => new(AsnValues.ReadNamedBitList(cursor, path));
}

/// <summary>TLS Feature (RFC 7633), e.g. status_request (5) for OCSP must-staple.</summary>
public sealed record TlsFeature(IReadOnlyList<int> Features) : ExtensionValue
{
    public static TlsFeature Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out _, "Features SEQUENCE");
        return new TlsFeature(ElementList.Read(seq, path, (one, itemPath) => AsnValues.ReadSmallInteger(one, itemPath)));
    }
}
