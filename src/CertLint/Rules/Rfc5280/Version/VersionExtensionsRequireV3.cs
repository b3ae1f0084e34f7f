namespace CertLint.Rules.Rfc5280;

public sealed class VersionExtensionsRequireV3 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.version.extensions-require-v3",
        Title = "A certificate with extensions must be version 3",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.1, 4.1.2.9",
        Description = "Checks that the version field says v3 (value 2) whenever the [3] extensions field is present.",
        Rationale = "Extensions exist only in v3 (\"This field MUST only appear if the version is 3\"). Mbed TLS 2.16 to 4.0 reject a v1/v2 certificate that carries extensions (-0x21E6, unless 2.x was built with MBEDTLS_X509_ALLOW_EXTENSIONS_NON_V3), while lenient parsers may ignore basicConstraints and keyUsage, so the same certificate loads in one stack and not in another.",
        Fix = "Re-issue as v3: with openssl, give any -extfile/-extensions (openssl then writes v3); in other tools set version = 3.",
        Example = "Version: 1 (0x0) ... X509v3 extensions: X509v3 Basic Constraints: critical CA:TRUE",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (cert.ExtensionsEncoded && cert.Version < 2)
        {
            findings.Add(Finding.At(Descriptor, $"version is v{cert.DisplayVersion} but {cert.Extensions.Count} extension(s) are present (extensions need v3)",
                cert.VersionLocation ?? cert.ExtensionsLocation));
        }
    }
}
