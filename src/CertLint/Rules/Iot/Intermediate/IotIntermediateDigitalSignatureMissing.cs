using CertLint.X509;

namespace CertLint.Rules.Iot;

public sealed class IotIntermediateDigitalSignatureMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.intermediate.digital-signature-missing",
        Title = "Subordinate CA keyUsage without digitalSignature",
        DefaultSeverity = Severity.Warning,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Subordinate CA Certificate / Key Usage"),
        Description = "Checks that a subordinate CA's keyUsage asserts digitalSignature.",
        Rationale = "For subordinate CAs the digitalSignature purpose SHOULD be set, so the CA key can also sign OCSP responses and other objects used in device management without a second key.",
        Fix = "Issue the subordinate CA with 'keyUsage = critical, digitalSignature, keyCertSign, cRLSign'.",
        Example = "X509v3 Key Usage: critical Certificate Sign, CRL Sign",
        AppliesTo = CertificateRoles.Intermediate,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.KeyUsage is { } keyUsage && !keyUsage.Has(KeyUsageFlags.DigitalSignature))
        {
            findings.Add(Finding.At(Descriptor, $"subordinate CA keyUsage is {KeyUsage.Describe(keyUsage.Flags)}, without digitalSignature", keyUsage.Bits.Location));
        }
    }
}
