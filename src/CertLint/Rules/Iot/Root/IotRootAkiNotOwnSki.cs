using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotRootAkiNotOwnSki : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.root.aki-not-own-ski",
        Title = "Root CA authorityKeyIdentifier differs from its subjectKeyIdentifier",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Root CA Certificate / Authority Key Identifier"),
        Description = "Checks that a root CA's authorityKeyIdentifier, when present, has a keyIdentifier equal to the root's own subjectKeyIdentifier.",
        Rationale = "If set, the AKI MUST contain the subjectKeyIdentifier of this certificate: a root signs itself. A different key identifier makes path builders look for a parent that does not exist, and the root is not recognized as self-signed by key-identifier matching.",
        Fix = "Re-issue the root with 'authorityKeyIdentifier = keyid' and 'subjectKeyIdentifier = hash' from the same key.",
        Example = "X509v3 Authority Key Identifier: 70:DF:...   (Subject Key Identifier: 1B:4C:...)",
        AppliesTo = CertificateRoles.Root,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        var extension = certificate.Extension(Oids.AuthorityKeyIdentifier);
        if (extension is null || certificate.AuthorityKeyIdentifier is not { } aki)
        {
            return;
        }
        var ski = certificate.SubjectKeyIdentifier?.KeyId;
        if (aki.KeyId is not { } keyId)
        {
            findings.Add(Finding.At(Descriptor, "root authorityKeyIdentifier has no keyIdentifier", extension.Location));
        }
        else if (ski is null || !keyId.Span.SequenceEqual(ski.Value.Span))
        {
            var own = ski is null ? "there is no subjectKeyIdentifier" : $"subjectKeyIdentifier is {Convert.ToHexString(ski.Value.Span)}";
            findings.Add(Finding.At(Descriptor, $"root authorityKeyIdentifier is {Convert.ToHexString(keyId.Span)} but {own}", extension.Location));
        }
    }
}
