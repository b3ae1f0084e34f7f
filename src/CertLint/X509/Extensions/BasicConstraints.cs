using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>basicConstraints (RFC 5280 4.2.1.9). <see cref="CaEncoded"/> says whether the cA BOOLEAN was written.</summary>
public sealed record BasicConstraints(bool IsCa, bool CaEncoded, System.Numerics.BigInteger? PathLength, FieldLocation? PathLengthLocation) : ExtensionValue
{
    public static BasicConstraints Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out _, "BasicConstraints SEQUENCE");
        var ca = false;
        var caEncoded = false;
        if (seq.NextIs(Asn1Tag.Boolean))
        {
            caEncoded = true;
            var caOffset = seq.Position;
            ca = AsnValues.ReadBoolean(seq, FieldPaths.Child(path, ".cA"));
            if (!ca)
            {
                seq.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.default-encoded", FieldPaths.Child(path, ".cA"), caOffset,
                    "cA FALSE is the DEFAULT and must be omitted in DER"));
            }
        }
        System.Numerics.BigInteger? pathLen = null;
        FieldLocation? pathLenLocation = null;
        if (seq.HasData)
        {
            var start = seq.Position;
            var pathLenPath = FieldPaths.Child(path, ".pathLenConstraint");
            pathLen = AsnValues.ReadInteger(seq, pathLenPath).Value;
            pathLenLocation = new FieldLocation(pathLenPath, start, seq.Position - start);
        }
        seq.ExpectEnd("BasicConstraints");
        return new BasicConstraints(ca, caEncoded, pathLen, pathLenLocation);
    }
}
