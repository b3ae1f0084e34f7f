using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class AiaEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.aia.empty",
        Title = "authorityInfoAccess without any access description",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.2.1 (AuthorityInfoAccessSyntax ::= SEQUENCE SIZE (1..MAX))",
        Description = "Checks that authorityInfoAccess contains at least one AccessDescription.",
        Rationale = "The syntax is SEQUENCE SIZE (1..MAX) OF AccessDescription, so an empty list is not a valid value of the extension. Strict decoders (Go crypto/x509, Mbed TLS) reject it; lenient ones find no OCSP responder and no caIssuers URI, so revocation checking and AIA chasing silently do nothing.",
        Fix = "List the OCSP responder and/or caIssuers URIs, or omit the extension.",
        Example = "Authority Information Access: (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.EmptySequence(findings, Descriptor, context.Certificate, Oids.AuthorityInfoAccess, "access description");
}
