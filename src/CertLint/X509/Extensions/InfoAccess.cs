using CertLint.Asn1;

namespace CertLint.X509;

public sealed record AccessDescription(string Method, GeneralName Location)
{
    public string MethodName => Oids.Name(Method);
}

/// <summary>authorityInfoAccess or subjectInfoAccess (RFC 5280 4.2.2.1/2).</summary>
public sealed record InfoAccess(IReadOnlyList<AccessDescription> Descriptions) : ExtensionValue
{
    public static InfoAccess Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out _, "AuthorityInfoAccessSyntax SEQUENCE");
        return new InfoAccess(ElementList.Read(seq, path, (one, itemPath) =>
        {
            var ad = one.EnterSequence(itemPath, out _, "AccessDescription SEQUENCE");
            var (method, _) = AsnValues.ReadOid(ad, FieldPaths.Child(itemPath, ".accessMethod"));
            var location = GeneralName.Read(ad, FieldPaths.Child(itemPath, ".accessLocation"));
            ad.ExpectEnd("AccessDescription");
            return new AccessDescription(method, location);
        }));
    }
}
