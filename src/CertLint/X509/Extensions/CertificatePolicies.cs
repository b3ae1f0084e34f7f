using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>A policy qualifier: CPS URI, user notice, or any other qualifier kept as raw bytes.</summary>
public sealed record PolicyQualifier(string Oid, string? CpsUri, UserNotice? Notice, ReadOnlyMemory<byte> Encoded, FieldLocation Location);

/// <summary>UserNotice: optional noticeRef (organization + numbers) and explicitText, with string types kept.</summary>
public sealed record UserNotice(AsnString? Organization, IReadOnlyList<int> NoticeNumbers, AsnString? ExplicitText);

public sealed record PolicyInformation(string PolicyOid, IReadOnlyList<PolicyQualifier> Qualifiers, FieldLocation Location);

/// <summary>certificatePolicies (RFC 5280 4.2.1.4).</summary>
public sealed record CertificatePolicies(IReadOnlyList<PolicyInformation> Policies) : ExtensionValue
{
    public static CertificatePolicies Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out _, "certificatePolicies SEQUENCE");
        return new CertificatePolicies(ElementList.Read(seq, path, ReadPolicy));
    }

    private static PolicyInformation ReadPolicy(AsnCursor cursor, string infoPath)
    {
        var info = cursor.EnterSequence(infoPath, out var infoTlv, "PolicyInformation SEQUENCE");
        var (oid, _) = AsnValues.ReadOid(info, FieldPaths.Child(infoPath, ".policyIdentifier"));
        IReadOnlyList<PolicyQualifier> qualifiers = [];
        if (info.HasData)
        {
            var qualPath = FieldPaths.Child(infoPath, ".policyQualifiers");
            var quals = info.EnterSequence(qualPath, out _, "policyQualifiers SEQUENCE");
            qualifiers = ElementList.Read(quals, qualPath, ReadQualifier);
        }
        info.ExpectEnd("PolicyInformation");
        return new PolicyInformation(oid, qualifiers, infoTlv.Locate(infoPath));
    }

    private static PolicyQualifier ReadQualifier(AsnCursor cursor, string path)
    {
        var q = cursor.EnterSequence(path, out var tlv, "PolicyQualifierInfo SEQUENCE");
        var (oid, _) = AsnValues.ReadOid(q, FieldPaths.Child(path, ".policyQualifierId"));
        string? cps = null;
        UserNotice? notice = null;
        if (oid == Oids.QualifierCps)
        {
            cps = AsnStrings.Read(q, FieldPaths.Child(path, ".cPSuri")).Text;
        }
        else if (oid == Oids.QualifierUserNotice && q.HasData)
        {
            notice = ReadUserNotice(q, FieldPaths.Child(path, ".userNotice"));
        }
        else if (q.HasData)
        {
            q.Read(FieldPaths.Child(path, ".qualifier"));
        }
        q.ExpectEnd("PolicyQualifierInfo");
        return new PolicyQualifier(oid, cps, notice, cursor.Encoded(tlv), tlv.Locate(path));
    }

    private static UserNotice ReadUserNotice(AsnCursor cursor, string path)
    {
        var un = cursor.EnterSequence(path, out _, "UserNotice SEQUENCE");
        AsnString? organization = null;
        var numbers = new List<int>();
        if (un.NextIs(Asn1Tag.Sequence))
        {
            var reference = un.EnterSequence(FieldPaths.Child(path, ".noticeRef"), out _);
            organization = AsnStrings.Read(reference, FieldPaths.Child(path, ".noticeRef.organization"));
            var nums = reference.EnterSequence(FieldPaths.Child(path, ".noticeRef.noticeNumbers"), out _);
            while (nums.HasData)
            {
                numbers.Add(AsnValues.ReadSmallInteger(nums, FieldPaths.Item(FieldPaths.Child(path, ".noticeRef.noticeNumbers"), numbers.Count)));
            }
            reference.ExpectEnd("NoticeReference");
        }
        AsnString? text = un.HasData ? AsnStrings.Read(un, FieldPaths.Child(path, ".explicitText")) : null;
        un.ExpectEnd("UserNotice");
        return new UserNotice(organization, numbers, text);
    }
}
