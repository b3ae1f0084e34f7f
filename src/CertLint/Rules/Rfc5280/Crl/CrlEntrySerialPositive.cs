namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntrySerialPositive : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.serial-positive",
        Title = "Revoked serial number must be positive",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.2.6, 4.1.2.2",
        Description = "Checks that every revokedCertificates userCertificate is a positive INTEGER (CertificateSerialNumber, RFC 5280 4.1.2.2).",
        Rationale = "Certificates carry positive serials, so a zero or negative serial in a CRL revokes nothing that a conforming CA issued; it is usually an unsigned serial written without its leading 00 octet, in which case the certificate meant is not revoked in OpenSSL's or Go's eyes.",
        Fix = "Write the revoked serial exactly as in the certificate (with a leading 00 octet when its top bit is set).",
        Example = "Serial Number: -7F (02 01 81)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        foreach (var entry in context.Crl.Revoked)
        {
            if (entry.SerialNumber.Sign <= 0)
            {
                yield return Finding.At(Descriptor, $"entry {entry.Index} revokes serial {entry.SerialNumber} (encoded {entry.SerialHex}), not a positive integer", entry.SerialNumberLocation);
            }
        }
    }
}
