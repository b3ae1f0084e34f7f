using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class NameConstraintsUriNotHost : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.name-constraints.uri-not-host",
        Title = "nameConstraints URI constraint is not a host or domain",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.10",
        Description = "Checks that uniformResourceIdentifier subtrees in nameConstraints are a fully qualified host or domain (optionally with a leading '.'), not a URI and not a single-label host such as 'localhost'.",
        Rationale = "For URIs the constraint applies to the host part of the name and MUST be specified as a fully qualified domain name (a host, or a domain with a leading period). A constraint written as 'https://example.com/' matches no host, so the intended restriction silently does not apply.",
        Fix = "Write the constraint as 'permitted;URI:.example.com' (any host in the domain) or 'URI:host.example.com'.",
        Example = "X509v3 Name Constraints: Permitted: URI:https://example.test/",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (_, subtree) in ExtensionChecks.NameConstraintSubtrees(context.Certificate))
        {
            var name = subtree.Base;
            if (name.Kind != GeneralNameKind.Uri)
            {
                continue;
            }
            var host = name.Text.StartsWith('.') ? name.Text[1..] : name.Text;
            if (GeneralNameSyntax.DnsNameProblem(host, allowWildcard: false) is { } problem)
            {
                findings.Add(Finding.At(Descriptor, $"URI constraint '{name.Text}' is not a host or domain: '{host}' {problem}", name.Location));
            }
            else if (!name.Text.StartsWith('.') && !host.Contains('.'))
            {
                // A host constraint must be fully qualified; a domain constraint ('.internal') names a domain on purpose.
                findings.Add(Finding.At(Descriptor, $"URI constraint '{name.Text}' is a single label, not a fully qualified host name", name.Location));
            }
        }
    }
}
