namespace CertLint.Rules.Iot;

public sealed class IotLeafSubjectSerialNumberType : IRule
{
    private const string SerialNumberAttribute = "2.5.4.5";
    private const int PrintableString = 19;

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.leaf.subject-serial-number-type",
        Title = "Device serial number not a PrintableString X520SerialNumber",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("End Entity Certificate / Subject") + "; RFC 5280 Appendix A.1",
        Description = "Checks that each serialNumber attribute (2.5.4.5) in an end-entity subject is a PrintableString with only PrintableString characters.",
        Rationale = "A manufacturer-assigned device serial number in the subject MUST be encoded in the X520SerialNumber attribute, which RFC 5280 defines as PrintableString. Onboarding protocols (BRSKI, RFC 8995) extract it from the IDevID and compare it byte for byte, so a UTF8String or invalid characters break voucher processing.",
        Fix = "Encode the serial number as PrintableString (OpenSSL does so for serialNumber when the value uses only PrintableString characters: A-Z a-z 0-9 space ' ( ) + , - . / : = ?).",
        Example = "Subject: CN = device-0001, serialNumber = SN0001-A   (UTF8String)",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var rdn in context.Certificate.Subject.Rdns)
        {
            foreach (var attribute in rdn.Attributes)
            {
                if (attribute.Oid != SerialNumberAttribute)
                {
                    continue;
                }
                if (attribute.Value is not { TagNumber: PrintableString, IsValidForType: true } value)
                {
                    var type = attribute.Value is { } v ? (v.TagNumber == PrintableString ? "PrintableString with invalid characters" : v.TypeName) : "a non-string value";
                    findings.Add(Finding.At(Descriptor, $"subject serialNumber '{attribute.Text}' is encoded as {type} (PrintableString required)", attribute.Location));
                }
            }
        }
    }
}
