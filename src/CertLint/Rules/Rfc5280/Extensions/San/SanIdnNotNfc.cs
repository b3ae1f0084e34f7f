using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SanIdnNotNfc : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.idn-not-nfc",
        Title = "Internationalized dNSName whose U-label is not in NFC",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "7.2 (as updated by RFC 9549); RFC 5891 5.2, RFC 5890 2.3.2.1",
        Description = "Decodes every 'xn--' label (A-label) of a subjectAltName dNSName and flags the labels whose Unicode form is not in normalization form C.",
        Rationale = "IDNA 2008 requires a U-label to be in NFC before it is encoded; an A-label of a decomposed string ('e' + U+0301) is a different name from the one users type ('é'), so it never matches, and IDNA-aware verifiers reject it as an invalid A-label.",
        Fix = "Normalize the Unicode name to NFC before converting it to A-labels (IDNA 2008 libraries such as 'idn2' do this) and re-issue.",
        Example = "DNS:xn--caf-dma.example.test (good) vs DNS:xn--cafe-yvc.example.test (e + U+0301)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (name, label, unicode) in IdnLabels.OfSan(context.Certificate))
        {
            if (unicode is not null && !UnicodeNfc.IsNormalized(unicode))
            {
                findings.Add(Finding.At(Descriptor, $"subjectAltName dNSName '{name.Text}': label '{label}' decodes to a string not in NFC", name.Location));
            }
        }
    }
}
