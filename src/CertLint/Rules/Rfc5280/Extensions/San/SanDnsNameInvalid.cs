using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class SanDnsNameInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.dns-name-invalid",
        Title = "subjectAltName dNSName not in preferred name syntax",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.6 (RFC 1034 3.5, RFC 1123 2.1)",
        Description = "Checks every dNSName in subjectAltName: letters, digits and hyphens only; no empty label, no label over 63 or name over 253 characters, no label starting or ending with a hyphen, no trailing dot, no space, and '*' only as the whole leftmost label.",
        Rationale = "dNSName MUST be in the preferred name syntax. A malformed name never matches a real host name, so TLS clients report a hostname mismatch; a wildcard in the wrong place is matched by some clients and not others, and underscores or spaces are rejected by strict ones.",
        Fix = "Correct the name in the certificate request (e.g. 'www.example.com', '*.example.com'); put IP addresses in iPAddress entries, not dNSName.",
        Example = "DNS:bad name.example.test, DNS:www.*.example.test, DNS:under_score.example.test",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        AltNameChecks.SanEntries(findings, Descriptor, context.Certificate, GeneralNameKind.DnsName);
}
