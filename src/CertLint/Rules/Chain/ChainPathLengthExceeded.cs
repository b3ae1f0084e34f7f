using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Chain;

public sealed class ChainPathLengthExceeded : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.path-length-exceeded",
        Title = "Chain exceeds a CA's pathLenConstraint",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.9, 6.1.4 (l), (m)",
        Description = "Walks the stored chain (leaf first) upwards from this certificate: for each CA above it with a pathLenConstraint, counts the non-self-issued intermediate certificates between that CA and the leaf, this one included. Reported on the intermediate that is one too many, so each violated constraint gives one finding.",
        Rationale = "pathLenConstraint \"gives the maximum number of non-self-issued intermediate certificates that may follow this certificate in a valid certification path\". Relying parties enforce it (Mbed TLS: MBEDTLS_X509_BADCERT_NOT_TRUSTED via max_pathlen, OpenSSL: 'path length constraint exceeded'), so a chain with an extra intermediate level fails everywhere.",
        Fix = "Issue the leaf directly from a CA the constraint allows, or re-issue the constraining CA certificate with a larger pathLenConstraint (basicConstraints = critical, CA:TRUE, pathlen:1).",
        Example = "Root pathlen:0 -> Intermediate -> leaf: the intermediate is not allowed",
    };

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var chain = context.Chain;
        var index = context.ChainIndex;
        var cert = context.Certificate;
        // Only a certificate with something below it (not the leaf at index 0) is an intermediate, and self-issued
        // certificates never count against a pathLenConstraint.
        if (index < 1 || index >= chain.Count || cert.IsSelfIssued)
        {
            yield break;
        }
        var count = 1; // non-self-issued intermediates from this certificate up to (not including) chain[j]
        for (var j = index + 1; j < chain.Count; j++)
        {
            if (!NameComparison.Rfc5280Equal(chain[j - 1].Issuer, chain[j].Subject))
            {
                yield break; // the stored chain is not a path above this point (chain.out-of-order reports that)
            }
            // count == limit + 1: this certificate is the first one over the limit, so the constraint is reported once.
            if (chain[j].BasicConstraints is { IsCa: true, PathLength: { } limit } && count == limit + 1)
            {
                yield return Finding.At(Descriptor,
                    $"\"{ChainContext.Describe(chain[j])}\" has pathLenConstraint {limit} (at most {limit} non-self-issued intermediate(s) below it); this certificate is number {count}",
                    Location(cert));
            }
            if (!chain[j].IsSelfIssued)
            {
                count++;
            }
        }
    }

    private static FieldLocation Location(Certificate cert) =>
        cert.Extension(Oids.BasicConstraints)?.Location ?? cert.Issuer.Location;
}
