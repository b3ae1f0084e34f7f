namespace CertLint.Tls.Checks;

/// <summary>The target must offer the suite (its default ciphersuite list) and speak the TLS version it needs.</summary>
public sealed class SuiteAvailableRule : ITlsRule
{
    public string Id => "tls.suite.unavailable";

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        var suite = context.Suite;
        var stack = context.Stack;
        if (stack.SuitesKey.Length > 0 && !suite.MbedTlsDefaultIn.Contains(stack.SuitesKey))
            yield return context.Reason(Id, $"{stack.Title} does not offer {suite.IanaName} (not in its default ciphersuite list)",
                TlsRole.Server, "handshake_failure", HandshakeStage.Selection);
        else if (!suite.Versions.Intersect(stack.Versions).Any())
            yield return context.Reason(Id, $"{suite.IanaName} needs TLS {string.Join("/", suite.Versions)}; {stack.Title} speaks TLS {string.Join(", ", stack.Versions)}",
                TlsRole.Server, "handshake_failure", HandshakeStage.Selection);
    }
}
