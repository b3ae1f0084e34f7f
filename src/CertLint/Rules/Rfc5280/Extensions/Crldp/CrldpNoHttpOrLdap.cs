using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class CrldpNoHttpOrLdap : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.crldp.no-http-or-ldap",
        Title = "CRL distribution point without an HTTP or LDAP URI",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.13",
        Description = "Checks that every distribution point with a fullName includes at least one http, https or ldap URI.",
        Rationale = "When the distributionPoint field is used, it SHOULD contain at least one LDAP or HTTP URI; only those schemes are retrievable by general-purpose relying parties. A point that names only a directory entry or another scheme is a revocation source nobody can fetch.",
        Fix = "Add 'URI:http://crl.example.com/ca.crl' to the distribution point.",
        Example = "X509v3 CRL Distribution Points: Full Name: DirName:/C=DE/O=Example/CN=CRL1",
    };

    private static readonly string[] DistributionPointExtensions = [Oids.CrlDistributionPoints, Oids.FreshestCrl];

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (extension, points) in ExtensionChecks.Decoded<CrlDistributionPoints>(context.Certificate, DistributionPointExtensions))
        {
            for (var i = 0; i < points.Points.Count; i++)
            {
                if (points.Points[i].FullName is { } names && !HasFetchableUri(names))
                {
                    var found = string.Join(", ", names.Select(n => n.ToString()));
                    findings.Add(Finding.At(Descriptor, $"{extension.Name} distribution point {i} has no http(s) or ldap URI ({found})", extension.ValueLocation));
                }
            }
        }
    }

    private static bool HasFetchableUri(IReadOnlyList<GeneralName> names)
    {
        foreach (var name in names)
        {
            if (name.Kind == GeneralNameKind.Uri && IsHttpOrLdap(name.Text))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool IsHttpOrLdap(string uri) =>
        uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || uri.StartsWith("ldap://", StringComparison.OrdinalIgnoreCase);
}
