namespace CertLint.Rules.Chain;

public sealed class ChainIssuerValidityNotCovering : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.issuer-validity-not-covering",
        Title = "Issuer's validity period does not cover the certificate's",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "6.1.3 (a)(2); 4.1.2.5",
        Description = "Checks that the issuing certificate's notBefore is not after this certificate's notBefore and its notAfter is not before this certificate's notAfter (a self-signed certificate judged against itself is skipped).",
        Rationale = "Path validation checks every certificate in the chain against the current time, so the chain stops working when the issuer expires, however long the leaf's own validity says. Issuing beyond the issuer's lifetime promises a validity nobody can honour and causes outages at the issuer's expiry (the 2020 AddTrust and 2021 DST Root CA X3 expiries broke clients that still built their paths through those CAs).",
        Fix = "Issue certificates whose notAfter is no later than the CA certificate's notAfter (openssl ca -enddate / -days accordingly), or renew the CA certificate first.",
        Example = "Not After: 2035-01-01, issuer's Not After: 2030-01-01",
        NeedsIssuer = true,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (ChainContext.DistinctIssuer(context) is not { } issuer)
        {
            return;
        }
        if (cert.NotBefore.Value is { } nb && issuer.NotBefore.Value is { } inb && inb > nb)
        {
            findings.Add(Finding.At(Descriptor, $"notBefore {nb:yyyy-MM-ddTHH:mm:ssZ} is before the issuer's notBefore {inb:yyyy-MM-ddTHH:mm:ssZ}", cert.NotBefore.Location));
        }
        if (cert.NotAfter.Value is { } na && issuer.NotAfter.Value is { } ina && ina < na)
        {
            findings.Add(Finding.At(Descriptor, $"notAfter {na:yyyy-MM-ddTHH:mm:ssZ} is after the issuer's notAfter {ina:yyyy-MM-ddTHH:mm:ssZ}", cert.NotAfter.Location));
        }
    }
}
