using System.Formats.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotValidityNoExpiryValue : IRule
{
    public const string NoExpiry = "99991231235959Z";

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.validity.no-expiry-value",
        Title = "Unlimited lifetime not written as 99991231235959Z",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("All Certificates / Validity") + "; RFC 5280 4.1.2.5",
        Description = "Checks that a notAfter in the year 9999 is exactly the GeneralizedTime 99991231235959Z, the value that means 'no well-defined expiration date'.",
        Rationale = "IDevIDs are often issued without expiry, and the special GeneralizedTime 99991231235959Z is the one value defined for it. Any other far-future date is just a date: verifiers compare it normally, and tooling that recognizes the no-expiry value (renewal monitors, IEEE 802.1AR checks) does not.",
        Fix = "Set notAfter to exactly 99991231235959Z (openssl ca -enddate 99991231235959Z), or to a real expiry date.",
        Example = "Not After : Jan  1 00:00:00 9999 GMT",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var notAfter = context.Certificate.NotAfter;
        if (notAfter.Value is { Year: 9999 } && (notAfter.Type != UniversalTagNumber.GeneralizedTime || notAfter.Encoded != NoExpiry))
        {
            findings.Add(Finding.At(Descriptor, $"notAfter is {notAfter.Encoded} in year 9999 but not the no-expiry value {NoExpiry}", notAfter.Location));
        }
    }
}
