namespace CertLint.Rules.Chain;

public sealed class ChainIssuerNameMismatch : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.issuer-name-mismatch",
        Title = "Issuer name does not match the issuing certificate's subject",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "6.1.3 (a)(4), 7.1",
        Description = "Compares the certificate's issuer name with the subject name of its issuing certificate, using RFC 5280 7.1 name comparison. When the engine found no issuer (its lookup is by name), the chain or trust-anchor certificate whose subjectKeyIdentifier equals this certificate's authorityKeyIdentifier is taken as the issuer, so a certificate whose issuer name is wrong is still explained.",
        Rationale = "Path building finds a certificate's issuer by name; \"the certificate issuer name is the working_issuer_name\" is a condition of path validation. When the names differ, every stack (Mbed TLS, OpenSSL, browsers) reports an unknown issuer or a broken chain, even if the signature would verify.",
        Fix = "Re-issue the certificate with the issuing CA's exact subject as issuer (issue it from that CA's certificate with openssl ca -cert), or supply the right intermediate in the chain.",
        Example = "Issuer: C=DE, O=CertLint Chain Fixtures, CN=Somebody Else; issuer's Subject: ... CN=CertLint Chain Intermediate",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (ChainContext.LikelyIssuer(context) is { } issuer && !NameComparison.Rfc5280Equal(cert.Issuer, issuer.Subject))
        {
            findings.Add(Finding.At(Descriptor, $"issuer is \"{cert.Issuer}\" but the issuing certificate's subject is \"{issuer.Subject}\"", cert.Issuer.Location));
        }
    }
}
