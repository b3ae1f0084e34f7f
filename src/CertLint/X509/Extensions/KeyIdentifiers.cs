using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>subjectKeyIdentifier (RFC 5280 4.2.1.2).</summary>
public sealed record SubjectKeyIdentifier(ReadOnlyMemory<byte> KeyId) : ExtensionValue
{
    public static SubjectKeyIdentifier Read(AsnCursor cursor, string path) => new(AsnValues.ReadOctetString(cursor, path).Value);
}

/// <summary>authorityKeyIdentifier (RFC 5280 4.2.1.1): any of keyIdentifier, authorityCertIssuer, serial.</summary>
public sealed record AuthorityKeyIdentifier(
    ReadOnlyMemory<byte>? KeyId,
    IReadOnlyList<GeneralName>? CertIssuer,
    ReadOnlyMemory<byte>? CertSerial) : ExtensionValue
{
    public static AuthorityKeyIdentifier Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out _, "AuthorityKeyIdentifier SEQUENCE");
        ReadOnlyMemory<byte>? keyId = null;
        IReadOnlyList<GeneralName>? issuer = null;
        ReadOnlyMemory<byte>? serial = null;
        if (seq.NextIs(AsnTags.Context(0, false)) || seq.NextIs(AsnTags.Context(0, true)))
        {
            keyId = AsnValues.ReadOctetString(seq, FieldPaths.Child(path, ".keyIdentifier"), AsnTags.Context(0, false)).Value;
        }
        if (seq.NextIs(AsnTags.Context(1, true)))
        {
            issuer = GeneralName.ReadSequence(seq, FieldPaths.Child(path, ".authorityCertIssuer"), AsnTags.Context(1, true));
        }
        if (seq.NextIs(AsnTags.Context(2, false)))
        {
            serial = AsnValues.ReadInteger(seq, FieldPaths.Child(path, ".authorityCertSerialNumber"), AsnTags.Context(2, false)).Raw;
        }
        seq.ExpectEnd("AuthorityKeyIdentifier");
        return new AuthorityKeyIdentifier(keyId, issuer, serial);
    }
}
