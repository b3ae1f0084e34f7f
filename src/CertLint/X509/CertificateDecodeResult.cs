using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>A field the decoder read before a structure broke, for showing what was decoded (rendered only when asked).</summary>
public sealed record DecodedField(FieldLocation Location, Func<string> Render)
{
    public string Value => Render();
}

/// <summary>
/// The outcome of decoding one certificate: the model when every mandatory field decoded, otherwise the fields
/// read before the break and the error (path, offset, expected, found).
/// </summary>
public sealed record CertificateDecodeResult(Certificate? Certificate, IReadOnlyList<DecodedField> PartialFields, IReadOnlyList<DecodeDiagnostic> Diagnostics)
{
    public DecodeDiagnostic? Error => Diagnostics.FirstOrDefault(d => d.Level == DiagnosticLevel.Error && Certificate is null);
}
