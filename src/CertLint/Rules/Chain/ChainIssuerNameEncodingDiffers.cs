namespace CertLint.Rules.Chain;

public sealed class ChainIssuerNameEncodingDiffers : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.issuer-name-encoding-differs",
        Title = "Issuer name matches the issuer's subject only after normalisation",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "7.1, 4.1.2.4",
        Description = "Flags a certificate whose issuer name equals the issuing certificate's subject under RFC 5280 7.1 comparison (case, whitespace, string type) but not byte for byte. The issuing certificate is the one the engine found or, failing that, the chain or trust-anchor certificate with a 7.1-equal subject.",
        Rationale = "RFC 5280 lets relying parties use 7.1 comparison, but many stacks compare more strictly. Mbed TLS (x509_name_cmp / x509_string_cmp) accepts only two differences: UTF8String versus PrintableString, and ASCII case, both with equal length; so a changed space count or a BMPString breaks the chain there, and byte-exact matchers in embedded stacks fail on any difference. RFC 5280 4.1.2.6 asks the CA's subject to match the issuer field of everything it issues, which in practice means copying it byte for byte.",
        Fix = "Re-issue with the issuer name copied byte for byte from the CA certificate's subject (openssl ca does this; hand-built or re-typed names do not).",
        Example = "Issuer: CN=certlint chain  intermediate (PrintableString) vs CA subject CN=CertLint Chain Intermediate (UTF8String)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (ChainContext.LikelyIssuer(context) is { } issuer && !NameComparison.ByteEqual(cert.Issuer, issuer.Subject) && NameComparison.Rfc5280Equal(cert.Issuer, issuer.Subject))
        {
            findings.Add(Finding.At(Descriptor,
                $"issuer \"{cert.Issuer}\" equals the issuing certificate's subject \"{issuer.Subject}\" only after normalisation (the encodings differ)",
                cert.Issuer.Location));
        }
    }
}
