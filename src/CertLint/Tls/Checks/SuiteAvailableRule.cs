using CertLint.Rules;
namespace CertLint.Tls.Checks;

/// <summary>The target must offer the suite (its default ciphersuite list) and speak the TLS version it needs.</summary>
public sealed class SuiteAvailableRule : ITlsRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.suite.unavailable",
        Title = "The stack does not offer the ciphersuite, or not in a TLS version it speaks",
        DefaultSeverity = Severity.Error,
        Source = "CertLint",
        Citation = "rules/tls (each stack's default ciphersuite list and TLS versions)",
        Description = "Checks that the target stack's default ciphersuite list holds the suite and that the stack speaks a TLS version the suite is defined for.",
        Rationale = "A suite the stack does not offer is never negotiated, whatever the certificate: the server answers the ClientHello with a handshake_failure alert before any certificate is sent.",
        Fix = "Choose a suite the stack offers (see rules/tls), or build the stack with the suite enabled and name that configuration.",
        Example = "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 against a stack whose default list lacks it",
    };

    private string Id => Descriptor.Id;

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        var suite = context.Suite;
        var stack = context.Stack;
        if (stack.SuitesKey.Length > 0 && !suite.MbedTlsDefaultIn.Contains(stack.SuitesKey))
        {
            yield return context.Reason(Id, $"{stack.Title} does not offer {suite.IanaName} (not in its default ciphersuite list)",
                TlsRole.Server, "handshake_failure", HandshakeStage.Selection);
        }
        else if (!suite.Versions.Intersect(stack.Versions).Any())
        {
            yield return context.Reason(Id, $"{suite.IanaName} needs TLS {string.Join("/", suite.Versions)}; {stack.Title} speaks TLS {string.Join(", ", stack.Versions)}",
                TlsRole.Server, "handshake_failure", HandshakeStage.Selection);
        }
    }
}
