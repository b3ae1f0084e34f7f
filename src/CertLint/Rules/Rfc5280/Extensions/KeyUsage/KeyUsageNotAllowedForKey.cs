using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageNotAllowedForKey : IRule
{
    private const KeyUsageFlags NotForEc = KeyUsageFlags.KeyEncipherment | KeyUsageFlags.DataEncipherment;
    private const KeyUsageFlags NotForRsa = KeyUsageFlags.KeyAgreement | KeyUsageFlags.EncipherOnly | KeyUsageFlags.DecipherOnly;

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.not-allowed-for-key",
        Title = "keyUsage bit the public key type cannot perform",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5480",
        Citation = "RFC 5480 section 3; RFC 3279 2.3.1",
        Description = "Checks keyUsage against the key type: an id-ecPublicKey key must not assert keyEncipherment or dataEncipherment; an RSA key must not assert keyAgreement, encipherOnly or decipherOnly.",
        Rationale = "An EC key cannot encrypt (RFC 5480: keyEncipherment and dataEncipherment MUST NOT be asserted for id-ecPublicKey) and an RSA key cannot do key agreement (RFC 3279 lists only signature and encipherment usages). The usual cause is an RSA-era template reused for EC keys; linters used by public CAs (zlint) reject it, and it shows the issuing profile was never reviewed for the key type; the advertised usage is one the key can never perform.",
        Fix = "For EC keys use 'keyUsage = critical, digitalSignature' (plus keyAgreement for ECDH); for RSA keys drop keyAgreement/encipherOnly/decipherOnly.",
        Example = "Public Key Algorithm: id-ecPublicKey; X509v3 Key Usage: critical Digital Signature, Key Encipherment",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        if (certificate.KeyUsage is not { } keyUsage)
        {
            return;
        }
        var (forbidden, keyName) = certificate.PublicKey.Algorithm.Oid switch
        {
            Asn1.Oids.EcPublicKey => (NotForEc, "EC"),
            Asn1.Oids.RsaEncryption => (NotForRsa, "RSA"),
            _ => (KeyUsageFlags.None, ""),
        };
        var wrong = keyUsage.Flags & forbidden;
        if (wrong != KeyUsageFlags.None)
        {
            findings.Add(Finding.At(Descriptor, $"keyUsage asserts {KeyUsage.Describe(wrong)}, which an {keyName} key cannot perform", keyUsage.Bits.Location));
        }
    }
}
