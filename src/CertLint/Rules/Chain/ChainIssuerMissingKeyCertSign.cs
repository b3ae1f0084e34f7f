using CertLint.X509;

namespace CertLint.Rules.Chain;

public sealed class ChainIssuerMissingKeyCertSign : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.issuer-missing-key-cert-sign",
        Title = "Issuing certificate's keyUsage lacks keyCertSign",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "6.1.4 (n), 4.2.1.3",
        Description = "When the issuing certificate has a keyUsage extension, checks that keyCertSign is set (a self-signed certificate judged against itself is skipped).",
        Rationale = "\"If a key usage extension is present, verify that the keyCertSign bit is set.\" A CA key restricted to, say, digitalSignature may not sign certificates: Mbed TLS's x509_crt_check_parent rejects such a parent (in 2.x when MBEDTLS_X509_CHECK_KEY_USAGE is set, the default; always in 3.x) and reports the chain as not trusted; OpenSSL says 'key usage does not include certificate signing'.",
        Fix = "Re-issue the CA certificate with keyUsage = critical, keyCertSign, cRLSign (plus digitalSignature if it also signs OCSP responses).",
        Example = "Issuer keyUsage: Digital Signature",
        NeedsIssuer = true,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (ChainContext.DistinctIssuer(context) is { KeyUsage: { } usage } issuer && !usage.Has(KeyUsageFlags.KeyCertSign))
        {
            findings.Add(Finding.At(Descriptor,
                $"issuing certificate \"{ChainContext.Describe(issuer)}\" has keyUsage {KeyUsage.Describe(usage.Flags)} without keyCertSign", context.Certificate.Issuer.Location));
        }
    }
}
