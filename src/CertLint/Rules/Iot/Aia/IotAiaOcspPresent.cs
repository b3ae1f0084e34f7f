using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Iot;

public sealed class IotAiaOcspPresent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.aia.ocsp-present",
        Title = "OCSP responder location in an IoT certificate",
        DefaultSeverity = Severity.Warning,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("All Certificates / Certificate Revocation Checks"),
        Description = "Checks that authorityInfoAccess carries no id-ad-ocsp access description (id-ad-caIssuers is allowed).",
        Rationale = "Devices do not query OCSP during the handshake, so the AIA extension for OCSP SHOULD NOT be included. The caIssuers method MAY stay, for peers with the resources to fetch missing chain certificates.",
        Fix = "Remove the OCSP entry from authorityInfoAccess (keep caIssuers if wanted).",
        Example = "Authority Information Access: OCSP - URI:http://ocsp.iot.example.test",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.ExtensionValue<InfoAccess>(Oids.AuthorityInfoAccess) is not { } access)
        {
            return;
        }
        foreach (var description in access.Descriptions)
        {
            if (description.Method == Oids.AccessOcsp)
            {
                findings.Add(Finding.At(Descriptor, $"authorityInfoAccess has an OCSP location {description.Location} (the IoT profile says it SHOULD NOT)", description.Location.Location));
            }
        }
    }
}
