namespace CertLint.Rules.Engine;

/// <summary>Findings the engine itself raises, when a certificate cannot be linted or a rule fails.</summary>
public static class EngineRules
{
    public static readonly RuleDescriptor CertificateMalformed = new()
    {
        Id = "certlint.decode.certificate-malformed",
        Title = "Certificate does not decode",
        DefaultSeverity = Severity.Error,
        Source = "CertLint",
        Citation = "RFC 5280 4.1",
        Description = "Reports a certificate object whose mandatory fields could not be decoded; no other rule can look at it.",
        Rationale = "Every TLS stack rejects a certificate it cannot parse, usually with an unhelpful error far from the cause.",
        Fix = "Re-export the certificate from its source (the CA or key store); if it was edited or transferred as text, check for truncation or corruption.",
        Example = "-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----",
    };

    public static readonly RuleDescriptor RuleFailed = new()
    {
        Id = "certlint.engine.rule-failed",
        Title = "A rule failed while checking the certificate",
        DefaultSeverity = Severity.Error,
        Source = "CertLint",
        Citation = "engine",
        Description = "Reports a rule that threw an exception instead of returning findings, naming the rule and the error.",
        Rationale = "A rule that fails has not checked the certificate; passing silently would hide a possible problem.",
        Fix = "Report the certificate and message to the CertLint maintainers; exclude the named rule in a profile to continue meanwhile.",
        Example = "rule rfc5280.san.dns-syntax failed: IndexOutOfRangeException",
    };

    public static readonly RuleDescriptor CrlMalformed = new()
    {
        Id = "certlint.decode.crl-malformed",
        Title = "CRL does not decode",
        DefaultSeverity = Severity.Error,
        Source = "CertLint",
        Citation = "RFC 5280 5.1",
        Description = "Reports a CRL object (PEM X509 CRL block, DER CRL, or a CRL in a PKCS#7's crls) whose mandatory fields could not be decoded, with the path, offset and what was expected; no CRL rule can look at it.",
        Rationale = "Relying parties that cannot parse a CRL either fail closed (OpenSSL: 'unable to load CRL', every certificate of the CA rejected when CRL checking is on) or skip revocation checking; either way the CRL does not do its job.",
        Fix = "Re-download or re-export the CRL from the CA; if it was edited or transferred as text, check for truncation or corruption; otherwise fix the CA's CRL generation.",
        Example = "-----BEGIN X509 CRL-----\nMAMCAQE=\n-----END X509 CRL-----",
        ForCrls = true,
    };

    public static IReadOnlyList<RuleDescriptor> All { get; } = [CertificateMalformed, CrlMalformed, RuleFailed];
}
