using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class EkuDuplicate : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.eku.duplicate",
        Title = "extKeyUsage lists a purpose twice",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.12",
        Description = "Checks that no KeyPurposeId appears more than once in extKeyUsage.",
        Rationale = "A repeated purpose adds nothing and points at a broken issuing template (two profiles merged); some policy engines treat duplicate entries in what is meant as a set as malformed.",
        Fix = "Re-issue with each purpose listed once.",
        Example = "X509v3 Extended Key Usage: TLS Web Server Authentication, TLS Web Client Authentication, TLS Web Server Authentication",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.ExtKeyUsage);
        if (extension?.Readable is not ExtendedKeyUsage eku)
        {
            return;
        }
        var purposes = eku.Purposes;
        foreach (var (i, j) in Duplicates.Of(purposes, p => p, StringComparer.Ordinal))
        {
            findings.Add(Finding.At(Descriptor, $"extKeyUsage lists {Oids.Name(purposes[i])} again at position {i} (first at {j})", extension.ValueLocation));
        }
    }
}
