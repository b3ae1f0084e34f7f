namespace CertLint.Rules.Rfc5280;

public sealed class CrlDeltaBaseNotBelowNumber : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.delta.base-not-below-number",
        Title = "Delta CRL's BaseCRLNumber is not below its cRLNumber",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.4, 5.2.3",
        Description = "Checks that a delta CRL's BaseCRLNumber (deltaCRLIndicator) is smaller than the delta CRL's own cRLNumber.",
        Rationale = "The BaseCRLNumber names the complete CRL the delta CRL updates, and CRL numbers increase monotonically for a CRL scope, so the base must have a smaller number than the delta. Otherwise the delta claims to update a CRL issued after it, and verifiers that combine base and delta (OpenSSL with use_deltas, Windows) refuse the pair.",
        Fix = "Issue the delta CRL with the number of its base CRL in deltaCRLIndicator and a newer number in cRLNumber.",
        Example = "X509v3 Delta CRL Indicator: critical 42, X509v3 CRL Number: 42",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.DeltaCrlIndicator is { } baseNumber && context.Crl.CrlNumber is { } number && baseNumber.Value >= number.Value)
        {
            yield return Finding.At(Descriptor, $"BaseCRLNumber {baseNumber.Value} is not below cRLNumber {number.Value}", baseNumber.Location);
        }
    }
}
