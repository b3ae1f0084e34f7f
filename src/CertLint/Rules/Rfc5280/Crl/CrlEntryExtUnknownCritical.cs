using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntryExtUnknownCritical : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.ext-unknown-critical",
        Title = "Critical CRL entry extension that RFC 5280 does not define",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.3",
        Description = "Reports a CRL entry extension marked critical whose OID is none of reasonCode, invalidityDate, certificateIssuer (RFC 5280 5.3) or holdInstructionCode (RFC 3280).",
        Rationale = "\"If a CRL contains a critical CRL entry extension that the application cannot process, then the application MUST NOT use that CRL to determine the status of any certificates.\" One such entry makes the whole CRL unusable for standard verifiers (OpenSSL: unhandled critical CRL extension).",
        Fix = "Mark private entry extensions non-critical, or leave them out.",
        Example = "Serial Number: 1001 ... 1.3.6.1.4.1.55555.2: critical",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        foreach (var entry in context.Crl.Revoked)
        {
            foreach (var extension in entry.Extensions)
            {
                if (extension.Critical && !CrlExtensionDecoders.IsKnownEntryExtension(extension.Oid))
                {
                    yield return Finding.At(Descriptor, $"entry {entry.Index} (serial {entry.SerialHex}) has critical entry extension {extension.Name}, which RFC 5280 does not define", extension.Location);
                }
            }
        }
    }
}
