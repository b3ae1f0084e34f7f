namespace CertLint.Tls.Checks;

/// <summary>One TLS compatibility rule. Rules are listed in code (<see cref="TlsRules"/>), never discovered.</summary>
public interface ITlsRule
{
    string Id { get; }

    IEnumerable<TlsReason> Check(TlsCheckContext context);
}
