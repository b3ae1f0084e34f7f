using CertLint.Rules;

namespace CertLint.Tls.Checks;

/// <summary>
/// One TLS compatibility rule, with its descriptor like every other check (so `rules list/explain` and RULES.md
/// document it). Rules are listed in code (<see cref="TlsRules"/>), never discovered.
/// </summary>
public interface ITlsRule
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<TlsReason> Check(TlsCheckContext context);
}
