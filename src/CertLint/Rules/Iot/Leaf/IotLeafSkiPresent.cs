using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotLeafSkiPresent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.leaf.ski-present",
        Title = "End-entity certificate with subjectKeyIdentifier",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("End Entity Certificate / Subject Key Identifier"),
        Description = "Checks that an end-entity certificate has no subjectKeyIdentifier.",
        Rationale = "The Subject Key Identifier MUST NOT be included in end-entity certificates: it can be computed from the public key, end-entity certificates are not used in path construction, and the bytes cost flash and handshake size on constrained devices. (This deliberately overrides RFC 5280's SHOULD.)",
        Fix = "Remove 'subjectKeyIdentifier' from the device certificate profile.",
        Example = "X509v3 Subject Key Identifier: 5A:13:...   (in a device certificate)",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        IotChecks.Present(findings, Descriptor, context.Certificate, Oids.SubjectKeyIdentifier, "end-entity certificate", "MUST NOT be included");
}
