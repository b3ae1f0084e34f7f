using System.Numerics;

namespace CertLint.Rules.Rfc5280;

public sealed class SerialPositive : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.serial.positive",
        Title = "Serial number must be a positive integer",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.2",
        Description = "Checks that the serialNumber INTEGER is greater than zero.",
        Rationale = "RFC 5280 requires a positive serial; negative or zero serials are rejected by strict parsers and break CRL and OCSP lookups that key on the serial.",
        Fix = "Re-issue the certificate with a positive serial number (e.g. 16 random bytes with the top bit cleared).",
        Example = "Serial Number: -1 (0xff)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var serial = context.Certificate.SerialNumber;
        if (serial.Sign <= 0)
        {
            findings.Add(Finding.At(Descriptor, $"serial number is {(serial.IsZero ? "zero" : "negative")} ({serial})", context.Certificate.SerialNumberLocation));
        }
    }
}
