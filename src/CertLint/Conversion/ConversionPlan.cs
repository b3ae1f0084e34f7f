namespace CertLint.Conversion;

/// <summary>What to write, in order (certificate and CRL bytes exactly as read), and the report about it.</summary>
public sealed record ConversionPlan(
    IReadOnlyList<BundleCertificate> Certificates,
    IReadOnlyList<BundleCrl> Crls,
    ConversionReport Report);
