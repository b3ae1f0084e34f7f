using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class SanEmptyName : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.empty-name",
        Title = "subjectAltName entry with an empty value",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.6",
        Description = "Checks that no dNSName, rfc822Name, uniformResourceIdentifier or iPAddress in subjectAltName is zero-length, and no directoryName is an empty Name.",
        Rationale = "RFC 5280 defines each name form as a non-empty value (for dNSName it explicitly forbids \" \" and empty names, and a zero-length URI or e-mail is not a URI or mailbox). An empty entry is a template bug; some verifiers treat it as a match-anything name in name-constraint processing, others reject the certificate.",
        Fix = "Remove the empty entry from subjectAltName.",
        Example = "X509v3 Subject Alternative Name: DNS:leaf.example.test, DNS:",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.ReadableValue<AltName>(Oids.SubjectAltName) is not { } san)
        {
            return;
        }
        foreach (var name in san.Names)
        {
            if (AltNameChecks.IsEmptyEntry(name))
            {
                findings.Add(Finding.At(Descriptor, $"subjectAltName has an empty {name.KindName} entry", name.Location));
            }
        }
    }
}
