using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class AkiIssuerSerialPair : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.aki.issuer-serial-pair",
        Title = "authorityKeyIdentifier with only one of authorityCertIssuer and authorityCertSerialNumber",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "Appendix A.2 (AuthorityKeyIdentifier: the two fields MUST both be present or both be absent); X.509 9.2.2.1",
        Description = "Checks that authorityKeyIdentifier has both authorityCertIssuer and authorityCertSerialNumber, or neither.",
        Rationale = "The pair names the issuer's certificate (its issuer and serial number); one without the other identifies nothing. Path builders that use the pair (Windows CryptoAPI, NSS) cannot match it, and strict decoders reject the extension.",
        Fix = "Write only keyIdentifier (openssl: authorityKeyIdentifier = keyid), or keyid plus both issuer and serial (keyid, issuer:always).",
        Example = "X509v3 Authority Key Identifier: DirName:/C=DE/O=CertLint Fixtures/CN=CertLint Ext Test CA (no serial)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.AuthorityKeyIdentifier);
        if (extension?.Decoded is not AuthorityKeyIdentifier aki || (aki.CertIssuer is null) == (aki.CertSerial is null))
        {
            return;
        }
        var present = aki.CertIssuer is null ? "authorityCertSerialNumber" : "authorityCertIssuer";
        var missing = aki.CertIssuer is null ? "authorityCertIssuer" : "authorityCertSerialNumber";
        findings.Add(Finding.At(Descriptor, $"authorityKeyIdentifier has {present} without {missing}", extension.ValueLocation));
    }
}
