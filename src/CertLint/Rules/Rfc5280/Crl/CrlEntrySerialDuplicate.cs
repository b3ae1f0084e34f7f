namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntrySerialDuplicate : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.serial-duplicate",
        Title = "CRL lists a serial number twice",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "5.1.2.6",
        Description = "Reports a revoked serial number that appears in more than one entry (for a CRL without indirectCRL, where every entry names a certificate of the same issuer).",
        Rationale = "Each entry identifies one revoked certificate; a second entry with another date or reason leaves the revocation ambiguous, and verifiers disagree on which one counts (OpenSSL takes the first, others the last), so the reported reason and invalidity date depend on the stack.",
        Fix = "Keep one entry per revoked certificate in the CA database (openssl ca: index.txt) and re-issue the CRL.",
        Example = "Serial Number: 1001 (twice)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.IssuingDistributionPoint is { IndirectCrl: true })
        {
            yield break;
        }
        var seen = new Dictionary<System.Numerics.BigInteger, int>();
        foreach (var entry in context.Crl.Revoked)
        {
            if (!seen.TryAdd(entry.SerialNumber, entry.Index))
            {
                yield return Finding.At(Descriptor, $"entry {entry.Index} revokes serial {entry.SerialHex} again (first in entry {seen[entry.SerialNumber]})", entry.SerialNumberLocation);
            }
        }
    }
}
