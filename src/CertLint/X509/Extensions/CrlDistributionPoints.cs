using CertLint.Asn1;

namespace CertLint.X509;

public sealed record DistributionPoint(
    IReadOnlyList<GeneralName>? FullName,
    ReadOnlyMemory<byte>? NameRelativeToCrlIssuer,
    BitStringValue? Reasons,
    IReadOnlyList<GeneralName>? CrlIssuer);

/// <summary>cRLDistributionPoints or freshestCRL (RFC 5280 4.2.1.13/15).</summary>
public sealed record CrlDistributionPoints(IReadOnlyList<DistributionPoint> Points) : ExtensionValue
{
    public static CrlDistributionPoints Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out _, "CRLDistributionPoints SEQUENCE");
        return new CrlDistributionPoints(ElementList.Read(seq, path, ReadPoint));
    }

    private static DistributionPoint ReadPoint(AsnCursor cursor, string pointPath)
    {
        {
            var dp = cursor.EnterSequence(pointPath, out _, "DistributionPoint SEQUENCE");
            IReadOnlyList<GeneralName>? fullName = null;
            ReadOnlyMemory<byte>? relative = null;
            BitStringValue? reasons = null;
            IReadOnlyList<GeneralName>? issuer = null;
            if (dp.NextIs(AsnTags.Context(0, true)))
            {
                var namePath = FieldPaths.Child(pointPath, ".distributionPoint");
                var nameTlv = dp.Read(namePath);
                var name = dp.Enter(nameTlv, namePath);
                if (name.NextIs(AsnTags.Context(0, true)))
                {
                    fullName = GeneralName.ReadSequence(name, FieldPaths.Child(pointPath, ".distributionPoint.fullName"), AsnTags.Context(0, true));
                }
                else
                {
                    var rel = name.Read(FieldPaths.Child(pointPath, ".distributionPoint.nameRelativeToCRLIssuer"), AsnTags.Context(1, true));
                    relative = name.Encoded(rel);
                }
                name.ExpectEnd("DistributionPointName");
            }
            if (dp.NextIs(AsnTags.Context(1, false)))
            {
                reasons = AsnValues.ReadNamedBitList(dp, FieldPaths.Child(pointPath, ".reasons"), AsnTags.Context(1, false));
            }
            if (dp.NextIs(AsnTags.Context(2, true)))
            {
                issuer = GeneralName.ReadSequence(dp, FieldPaths.Child(pointPath, ".cRLIssuer"), AsnTags.Context(2, true));
            }
            dp.ExpectEnd("DistributionPoint");
            return new DistributionPoint(fullName, relative, reasons, issuer);
        }
    }
}
