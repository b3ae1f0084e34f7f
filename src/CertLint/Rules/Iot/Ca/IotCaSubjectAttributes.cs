namespace CertLint.Rules.Iot;

public sealed class IotCaSubjectAttributes : IRule
{
    private const string CommonName = "2.5.4.3";
    private const string Organization = "2.5.4.10";
    private const string Country = "2.5.4.6";

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.ca.subject-attributes",
        Title = "CA subject must contain commonName, organizationName and countryName",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Root CA Certificate / Subject; Subordinate CA Certificate / Subject"),
        Description = "Checks that the subject of a root or subordinate CA certificate contains CN, O and C attributes.",
        Rationale = "The subject field MUST contain the commonName, the organizationName and the countryName attribute (organizationalUnitName MAY be added). A CA's subject becomes the issuer of every certificate below it, and devices and operators identify the CA by it.",
        Fix = "Re-issue the CA certificate with a subject like 'C=DE, O=Example Devices GmbH, CN=Example Device CA'.",
        Example = "Subject: C = DE, CN = CertLint IoT Device CA   (no O)",
        AppliesTo = CertificateRoles.Ca,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var subject = context.Certificate.Subject;
        bool cn = false, o = false, c = false;
        foreach (var rdn in subject.Rdns)
        {
            foreach (var attribute in rdn.Attributes)
            {
                cn |= attribute.Oid == CommonName;
                o |= attribute.Oid == Organization;
                c |= attribute.Oid == Country;
            }
        }
        if (!(cn && o && c))
        {
            var missing = string.Join(", ", new[] { (cn, "commonName"), (o, "organizationName"), (c, "countryName") }.Where(x => !x.Item1).Select(x => x.Item2));
            findings.Add(Finding.At(Descriptor, $"CA subject '{subject}' lacks {missing}", subject.Location));
        }
    }
}
