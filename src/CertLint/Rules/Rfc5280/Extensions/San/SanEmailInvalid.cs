using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class SanEmailInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.email-invalid",
        Title = "subjectAltName rfc822Name not a mailbox",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.6 (RFC 5322 3.4.1 addr-spec)",
        Description = "Checks that each rfc822Name in subjectAltName is local-part@domain, with a non-empty local part and a domain in DNS preferred name syntax.",
        Rationale = "rfc822Name MUST be a Mailbox as defined in RFC 2821/5321 (no display name, no angle brackets). S/MIME clients compare it with the sender address; a malformed value never matches and name constraints on e-mail cannot be evaluated.",
        Fix = "Use the bare address, e.g. 'email:admin@example.com', not 'Admin <admin@example.com>' or a host name.",
        Example = "email:admin.example.test",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        AltNameChecks.SanEntries(findings, Descriptor, context.Certificate, GeneralNameKind.Rfc822Name);
}
