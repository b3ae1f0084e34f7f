namespace CertLint.Rules.Rfc5280;

public sealed class VersionOutOfRange : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.version.out-of-range",
        Title = "Version must be v1, v2 or v3",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.1",
        Description = "Checks that the version INTEGER is 0, 1 or 2 (v1, v2, v3); anything else is not a defined X.509 version.",
        Rationale = "Version ::= INTEGER { v1(0), v2(1), v3(2) }. Mbed TLS rejects other values (-0x2580, MBEDTLS_ERR_X509_UNKNOWN_VERSION; in a handshake the peer gets an unsupported_certificate alert), so the certificate does not load at all.",
        Fix = "Re-issue with version v3 (value 2). A 'version 4' usually comes from a tool that wrote the display number (3) instead of the encoded value (2).",
        Example = "Version: 4 (0x3)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (cert.Version is < 0 or > 2)
        {
            findings.Add(Finding.At(Descriptor, $"version value is {cert.Version} (v{cert.DisplayVersion}); only 0..2 (v1..v3) are defined", cert.VersionLocation));
        }
    }
}
