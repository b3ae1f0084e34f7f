using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class SanUriInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.uri-invalid",
        Title = "subjectAltName URI not an absolute URI",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.6 (RFC 3986)",
        Description = "Checks that each uniformResourceIdentifier in subjectAltName has a scheme and a scheme-specific part, contains no character that must be percent-encoded, and (for http, https, ldap, ftp) has a host.",
        Rationale = "The name MUST NOT be a relative URI and MUST include both a scheme and a scheme-specific part; name constraints on URIs compare the host, which a relative or malformed URI does not have, and identity checks (e.g. SPIFFE IDs, device URNs) fail.",
        Fix = "Write the full URI, e.g. 'URI:https://device.example.com/id/42' or 'URI:urn:dev:ops:32473-Refrigerator-5002'.",
        Example = "URI:/device/42",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        AltNameChecks.SanEntries(findings, Descriptor, context.Certificate, GeneralNameKind.Uri);
}
