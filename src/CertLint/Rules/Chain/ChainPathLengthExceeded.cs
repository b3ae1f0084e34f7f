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
        Description = "Walks the issuer links (as the issuer matcher built them, not the file order) upwards from this certificate, which must have issued another certificate of the input: for each CA above it with a pathLenConstraint, counts the non-self-issued intermediate certificates between that CA and the leaf, this one included. Reported on the intermediate that is one too many, so each violated constraint gives one finding.",
        Rationale = "pathLenConstraint \"gives the maximum number of non-self-issued intermediate certificates that may follow this certificate in a valid certification path\". Relying parties enforce it (Mbed TLS: MBEDTLS_X509_BADCERT_NOT_TRUSTED via max_pathlen, OpenSSL: 'path length constraint exceeded'), so a chain with an extra intermediate level fails everywhere.",
        Fix = "Issue the leaf directly from a CA the constraint allows, or re-issue the constraining CA certificate with a larger pathLenConstraint (basicConstraints = critical, CA:TRUE, pathlen:1).",
        Example = "Root pathlen:0 -> Intermediate -> leaf: the intermediate is not allowed",
    };

    /// <summary>The walk up the issuer links stops after this many CAs (Mbed TLS allows 8 intermediates; loops end too).</summary>
    public const int MaxDepth = 64;

    public void Check(RuleContext context, List<Finding> findings)
    {
        var index = context.ChainIndex;
        var cert = context.Certificate;
        var chains = context.ChainsOrSingle;
        // Only a certificate that issued something in the input is an intermediate of a path, and self-issued
        // certificates never count against a pathLenConstraint.
        if (index < 0 || index >= chains.Stored.Count || cert.IsSelfIssued || !chains.IssuedSomething(index))
        {
            return;
        }
        var count = 1; // non-self-issued intermediates from this certificate up to (not including) the current CA
        var current = cert;
        var seen = new HashSet<string>(StringComparer.Ordinal) { cert.Sha256 };
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            if (chains.Matcher.Match(current).Issuer is not { } issuer || !seen.Add(issuer.Sha256))
            {
                return;
            }
            // count == limit + 1: this certificate is the first one over the limit, so the constraint is reported once.
            if (issuer.BasicConstraints is { IsCa: true, PathLength: { } limit } && count == limit + 1)
            {
                findings.Add(Finding.At(Descriptor,
                    $"\"{ChainContext.Describe(issuer)}\" has pathLenConstraint {limit} (at most {limit} non-self-issued intermediate(s) below it); this certificate is number {count}",
                    Location(cert)));
            }
            if (!issuer.IsSelfIssued)
            {
                count++;
            }
            current = issuer;
        }
    }

    private static FieldLocation Location(Certificate cert) =>
        cert.Extension(Oids.BasicConstraints)?.Location ?? cert.Issuer.Location;
}
