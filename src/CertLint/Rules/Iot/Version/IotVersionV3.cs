namespace CertLint.Rules.Iot;

public sealed class IotVersionV3 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.version.v3",
        Title = "IoT certificates must be X.509 v3",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("All Certificates / Version"),
        Description = "Checks that the certificate is version 3.",
        Rationale = "Certificates MUST be of type X.509 v3. The profile's requirements (keyUsage, basicConstraints, key identifiers) all live in extensions, which only v3 carries; Mbed TLS 3.x also rejects v1/v2 certificates with extensions.",
        Fix = "Issue a v3 certificate (OpenSSL does so whenever an extension section is given).",
        Example = "Version: 1 (0x0)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        if (certificate.Version != 2)
        {
            findings.Add(Finding.At(Descriptor, $"certificate is version {certificate.DisplayVersion} (v3 required)",
                certificate.VersionLocation ?? certificate.SerialNumberLocation));
        }
    }
}
