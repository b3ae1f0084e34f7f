namespace CertLint.Rules.Chain;

public sealed class ChainIssuerMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.issuer-missing",
        Title = "Issuer missing from the chain",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5246",
        Citation = "RFC 5246 7.4.2; RFC 8446 4.4.2; RFC 5280 6.1",
        Description = "For a certificate that is followed by other certificates in a stored chain holding at least one CA certificate (a bundle of unrelated leaves is not a chain) and is not self-issued, checks that its issuer (by RFC 5280 7.1 name, or by subjectKeyIdentifier = authorityKeyIdentifier) is in the chain or among the trust anchors. The last certificate and the top CA of each chain in the input (one that issued other certificates of it) are exempt: leaving out the root is normal.",
        Rationale = "A server must send every intermediate up to (optionally excluding) the root; the client does not have them. A chain with a gap works in browsers that fetch the missing CA via AIA or cache it, and fails in Mbed TLS, OpenSSL, Java, curl and IoT clients ('unable to get local issuer certificate', MBEDTLS_X509_BADCERT_NOT_TRUSTED), the classic 'works in my browser' outage.",
        Fix = "Add the missing intermediate CA certificate after this one (download it from the CA or the certificate's AIA caIssuers URL) and keep the chain leaf first.",
        Example = "chain.pem: leaf (issuer CN=Issuing CA 2), root; CN=Issuing CA 2 is missing",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var chain = context.Chain;
        var index = context.ChainIndex;
        var cert = context.Certificate;
        // The top of a chain (a CA that issued certificates of the input) may leave out its issuer like the last
        // certificate of a stored chain: leaving out the root is normal, in a set of chains too.
        var chains = context.ChainsOrSingle;
        if (index < 0 || index + 1 >= chain.Count || cert.IsSelfIssued || !chains.AnyCa || chains.IssuedSomething(index) || ChainContext.LikelyIssuer(context) is not null)
        {
            return;
        }
        findings.Add(Finding.At(Descriptor,
            $"issuer \"{cert.Issuer}\" is neither in the chain ({chain.Count} certificates) nor among the trust anchors", cert.Issuer.Location));
    }
}
