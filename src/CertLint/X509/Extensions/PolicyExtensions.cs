using System.Numerics;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>policyConstraints (RFC 5280 4.2.1.11).</summary>
public sealed record PolicyConstraints(BigInteger? RequireExplicitPolicy, BigInteger? InhibitPolicyMapping) : ExtensionValue
{
    public static PolicyConstraints Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out _, "PolicyConstraints SEQUENCE");
        BigInteger? require = null;
        BigInteger? inhibit = null;
        if (seq.NextIs(AsnTags.Context(0, false)))
        {
            require = AsnValues.ReadInteger(seq, FieldPaths.Child(path, ".requireExplicitPolicy"), AsnTags.Context(0, false)).Value;
        }
        if (seq.NextIs(AsnTags.Context(1, false)))
        {
            inhibit = AsnValues.ReadInteger(seq, FieldPaths.Child(path, ".inhibitPolicyMapping"), AsnTags.Context(1, false)).Value;
        }
        seq.ExpectEnd("PolicyConstraints");
        return new PolicyConstraints(require, inhibit);
    }
}

public sealed record PolicyMapping(string IssuerDomainPolicy, string SubjectDomainPolicy);

/// <summary>policyMappings (RFC 5280 4.2.1.5).</summary>
public sealed record PolicyMappings(IReadOnlyList<PolicyMapping> Mappings) : ExtensionValue
{
    public static PolicyMappings Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out _, "PolicyMappings SEQUENCE");
        return new PolicyMappings(ElementList.Read(seq, path, (one, itemPath) =>
        {
            var m = one.EnterSequence(itemPath, out _);
            var issuer = AsnValues.ReadOid(m, FieldPaths.Child(itemPath, ".issuerDomainPolicy")).Oid;
            var subject = AsnValues.ReadOid(m, FieldPaths.Child(itemPath, ".subjectDomainPolicy")).Oid;
            m.ExpectEnd("PolicyMapping");
            return new PolicyMapping(issuer, subject);
        }));
    }
}

/// <summary>inhibitAnyPolicy (RFC 5280 4.2.1.14).</summary>
public sealed record InhibitAnyPolicy(BigInteger SkipCerts) : ExtensionValue
{
    public static InhibitAnyPolicy Read(AsnCursor cursor, string path) => new(AsnValues.ReadInteger(cursor, path).Value);
}
