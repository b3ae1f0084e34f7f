using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class SanIpAddressLength : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.ip-address-length",
        Title = "subjectAltName iPAddress not 4 or 16 octets",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.6",
        Description = "Checks that each iPAddress in subjectAltName is exactly 4 octets (IPv4) or 16 octets (IPv6).",
        Rationale = "For IP version 4 the OCTET STRING MUST contain exactly four octets, for version 6 exactly sixteen. Other lengths match no address: Mbed TLS 3.6 rejects the certificate while parsing (-0x2800) while 2.x accepts it, so the same certificate works on one device generation and not the next.",
        Fix = "Encode the address in network byte order with 4 or 16 octets (OpenSSL: 'IP:192.0.2.1', 'IP:2001:db8::1').",
        Example = "IP Address:<invalid> (5 octets C0000201FF)",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        AltNameChecks.SanEntries(findings, Descriptor, context.Certificate, GeneralNameKind.IpAddress);
}
