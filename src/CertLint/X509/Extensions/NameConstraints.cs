using System.Numerics;
using CertLint.Asn1;

namespace CertLint.X509;

public sealed record GeneralSubtree(GeneralName Base, BigInteger Minimum, bool MinimumEncoded, BigInteger? Maximum);

/// <summary>nameConstraints (RFC 5280 4.2.1.10). A subtree list that is absent is null; one that is present but empty is empty.</summary>
public sealed record NameConstraints(IReadOnlyList<GeneralSubtree>? Permitted, IReadOnlyList<GeneralSubtree>? Excluded) : ExtensionValue
{
    public static NameConstraints Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out _, "NameConstraints SEQUENCE");
        IReadOnlyList<GeneralSubtree>? permitted = null;
        IReadOnlyList<GeneralSubtree>? excluded = null;
        if (seq.NextIs(AsnTags.Context(0, true)))
        {
            permitted = ReadSubtrees(seq, FieldPaths.Child(path, ".permittedSubtrees"), 0);
        }
        if (seq.NextIs(AsnTags.Context(1, true)))
        {
            excluded = ReadSubtrees(seq, FieldPaths.Child(path, ".excludedSubtrees"), 1);
        }
        seq.ExpectEnd("NameConstraints");
        return new NameConstraints(permitted, excluded);
    }

    private static IReadOnlyList<GeneralSubtree> ReadSubtrees(AsnCursor cursor, string path, int tag)
    {
        var tlv = cursor.Read(path, AsnTags.Context(tag, true));
        var list = cursor.Enter(tlv, path);
        return ElementList.Read(list, path, ReadSubtree);
    }

    private static GeneralSubtree ReadSubtree(AsnCursor cursor, string itemPath)
    {
        {
            var subtree = cursor.EnterSequence(itemPath, out _, "GeneralSubtree SEQUENCE");
            var name = GeneralName.Read(subtree, FieldPaths.Child(itemPath, ".base"));
            BigInteger minimum = 0;
            var minimumEncoded = false;
            BigInteger? maximum = null;
            if (subtree.NextIs(AsnTags.Context(0, false)))
            {
                minimumEncoded = true;
                var minimumOffset = subtree.Position;
                minimum = AsnValues.ReadInteger(subtree, FieldPaths.Child(itemPath, ".minimum"), AsnTags.Context(0, false)).Value;
                if (minimum.IsZero)
                {
                    subtree.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.default-encoded", FieldPaths.Child(itemPath, ".minimum"), minimumOffset,
                        "GeneralSubtree minimum 0 is the DEFAULT and must be omitted in DER"));
                }
            }
            if (subtree.NextIs(AsnTags.Context(1, false)))
            {
                maximum = AsnValues.ReadInteger(subtree, FieldPaths.Child(itemPath, ".maximum"), AsnTags.Context(1, false)).Value;
            }
            subtree.ExpectEnd("GeneralSubtree");
            return new GeneralSubtree(name, minimum, minimumEncoded, maximum);
        }
    }
}
