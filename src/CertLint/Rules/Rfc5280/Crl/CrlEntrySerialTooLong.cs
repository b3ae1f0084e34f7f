namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntrySerialTooLong : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.serial-too-long",
        Title = "Revoked serial number longer than 20 octets",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.2.6, 4.1.2.2",
        Description = "Checks that every revoked serial number takes at most 20 content octets.",
        Rationale = "Conforming CAs \"MUST NOT use serialNumber values longer than 20 octets\", so a longer serial in a CRL matches no conforming certificate; relying parties that cap serials (Mbed TLS, Go) reject the CRL or truncate the serial and revoke the wrong certificate.",
        Fix = "List the serial exactly as in the revoked certificate; a serial longer than 20 octets means the CRL entry was built wrongly.",
        Example = "Serial Number: 21 octets",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        var max = context.IntParameter("max_octets", 20);
        foreach (var entry in context.Crl.Revoked)
        {
            if (entry.SerialNumberRaw.Length > max)
            {
                yield return Finding.At(Descriptor, $"entry {entry.Index} serial is {entry.SerialNumberRaw.Length} octets (max {max})", entry.SerialNumberLocation);
            }
        }
    }
}
