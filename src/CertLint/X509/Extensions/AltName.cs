using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>subjectAltName or issuerAltName (RFC 5280 4.2.1.6/7): the GeneralNames in encoded order.</summary>
public sealed record AltName(IReadOnlyList<GeneralName> Names) : ExtensionValue
{
    public IEnumerable<GeneralName> OfKind(GeneralNameKind kind) => Names.Where(n => n.Kind == kind);

    public static AltName Read(AsnCursor cursor, string path) => new(GeneralName.ReadSequence(cursor, path));
}
