using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyRsaExponentNot65537 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.rsa-exponent-not-65537",
        Title = "RSA public exponent is not 65537",
        DefaultSeverity = Severity.Notice,
        Source = "NIST SP 800-89",
        Citation = "SP 800-89 5.3.1; CA/Browser Forum BR 6.1.6",
        Description = "Flags a valid (odd, >= 3) RSA public exponent other than 65537.",
        Rationale = "e = 3 has enabled real signature forgeries against verifiers with lax PKCS#1 padding checks (Bleichenbacher 2006, BERserk 2014), and NIST and the CA/Browser Forum require e > 65536 (in practice 65537). Huge exponents make verification slow, and hardware key stores commonly support only 65537.",
        Fix = "Generate the key with e = 65537 (the default of openssl genpkey and of every mainstream library) and re-issue.",
        Example = "Exponent: 3 (0x3)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Details is { Type: KeyType.Rsa or KeyType.RsaPss, RsaExponent: { } e } && !e.IsEven && e >= 3 && e != 65537)
        {
            findings.Add(Finding.At(Descriptor, $"RSA public exponent is {Asn1.AsnValues.Decimal(e)} (65537 recommended)", key.Location));
        }
    }
}
