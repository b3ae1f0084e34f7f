using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>extKeyUsage (RFC 5280 4.2.1.12): purpose OIDs in encoded order.</summary>
public sealed record ExtendedKeyUsage(IReadOnlyList<string> Purposes) : ExtensionValue
{
    public bool Contains(string oid) => Purposes.Contains(oid);

    public static ExtendedKeyUsage Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out _, "ExtKeyUsageSyntax SEQUENCE");
        return new ExtendedKeyUsage(ElementList.Read(seq, path, (one, itemPath) => AsnValues.ReadOid(one, itemPath).Oid));
    }
}
