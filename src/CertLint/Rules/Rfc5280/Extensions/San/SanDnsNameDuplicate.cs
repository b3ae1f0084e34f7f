using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class SanDnsNameDuplicate : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.dns-name-duplicate",
        Title = "subjectAltName repeats a dNSName",
        DefaultSeverity = Severity.Notice,
        Source = "CertLint",
        Citation = "RFC 5280 4.2.1.6 (zlint community lint)",
        Description = "Notes a dNSName that appears more than once in subjectAltName (compared case-insensitively, as DNS names are).",
        Rationale = "A repeated name is harmless to matching but wastes bytes in every handshake (which matters on constrained links) and usually means the CSR-to-certificate pipeline merges name lists without de-duplicating.",
        Fix = "List each DNS name once.",
        Example = "DNS:www.example.com, DNS:WWW.example.com",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.ReadableValue<AltName>(Oids.SubjectAltName) is not { } san)
        {
            return;
        }
        var names = san.Names;
        foreach (var (i, j) in Duplicates.Of(names, n => n.Kind == GeneralNameKind.DnsName ? n.Text : null, StringComparer.OrdinalIgnoreCase))
        {
            findings.Add(Finding.At(Descriptor, $"dNSName '{names[i].Text}' repeats entry {j} ('{names[j].Text}')", names[i].Location));
        }
    }
}
