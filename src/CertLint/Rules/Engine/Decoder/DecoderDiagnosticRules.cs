namespace CertLint.Rules.Engine.Decoder;

/// <summary>
/// The decoder diagnostic rules: one descriptor per diagnostic code the certificate decoder records
/// (src/CertLint/Asn1, src/CertLint/X509). Codes without a rule of their own are reported by
/// <c>certlint.decode.other</c>, so a new decoder check is never silently dropped. A code that a pack rule already
/// reports (a malformed extension: <c>rfc5280.ext.malformed</c>) is left to that rule, so it is reported once.
/// </summary>
public static class DecoderDiagnosticRules
{
    private const string DerCitation = "4.1 (DER, ITU-T X.690 clause 10)";
    private const string DerRationale = "RFC 5280 requires the signed part of a certificate to be DER. Strict parsers (Mbed TLS, Go crypto/x509, BoringSSL) reject BER forms, and re-encoding to DER changes the bytes the signature covers, so the signature no longer verifies.";
    private const string DerFix = "Re-issue the certificate with a CA that encodes DER; the defect is in the issuing software, not the request.";

    private static DecoderDiagnosticRule Der(string code, string title, string description, string example) => new(new RuleDescriptor
    {
        Id = "rfc5280." + code,
        Title = title,
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = DerCitation,
        Description = description,
        Rationale = DerRationale,
        Fix = DerFix,
        Example = example,
    }, code);

    private static readonly DecoderDiagnosticRule[] Specific =
    [
        Der("der.indefinite-length", "Indefinite length (BER) in the certificate",
            "Reports every element encoded with an indefinite length (0x80 ... 00 00).", "30 80 ... 00 00"),
        Der("der.length-not-minimal", "Length not minimally encoded",
            "Reports every element whose length uses more octets than needed (e.g. 81 05 for 5).", "30 82 00 05 ..."),
        Der("der.integer-not-minimal", "INTEGER not minimally encoded",
            "Reports INTEGERs with redundant leading 00 or FF octets (serial numbers, RSA moduli, pathLenConstraint).", "02 02 00 01"),
        Der("der.boolean-not-ff", "BOOLEAN TRUE not encoded as FF",
            "Reports BOOLEAN values whose TRUE octet is not 0xFF (e.g. the critical flag or cA).", "01 01 01"),
        Der("der.constructed-string", "Constructed string (BER) in the certificate",
            "Reports OCTET STRING, BIT STRING or character strings split into constructed segments.", "24 80 04 02 ... 00 00"),
        Der("der.bitstring-padding", "BIT STRING unused bits not zero",
            "Reports BIT STRINGs whose unused trailing bits are not zero or whose unused-bits count is invalid.", "03 02 07 81"),
        Der("der.default-encoded", "DEFAULT value encoded",
            "Reports fields encoded with their DEFAULT value, which DER requires to be omitted (X.690 11.5): version v1, an extension's critical FALSE, basicConstraints cA FALSE, a GeneralSubtree's minimum 0.", "basicConstraints: 30 03 01 01 00 (cA FALSE written out)"),
        Der("der.named-bit-list", "Named bit list with trailing zero bits",
            "Reports a named bit list (keyUsage, nsCertType, the reasons of a CRL distribution point) whose last encoded bit is 0: a wrong unused-bits count or a trailing zero octet (X.690 11.2.2 requires trailing 0 bits to be removed).", "keyUsage: 03 02 05 80 (digitalSignature with 5 unused bits; DER is 03 02 07 80)"),
        new(new RuleDescriptor
        {
            Id = "certlint.decode.extension-malformed",
            Title = "Extension value does not decode",
            DefaultSeverity = Severity.Error,
            Source = "CertLint",
            Citation = "RFC 5280 4.2",
            Description = "Reports an extension whose extnValue is not the structure its OID defines; rules about that extension cannot check it.",
            Rationale = "Stacks that understand the extension reject the certificate (Mbed TLS: MBEDTLS_ERR_X509_INVALID_EXTENSIONS); others may ignore a critical extension they cannot parse.",
            Fix = "Correct the extension in the CA configuration (wrong syntax in an openssl config value is the usual cause) and re-issue.",
            Example = "X509v3 Basic Constraints: <unparsable>",
        }, "x509.extension-malformed"),
        new(new RuleDescriptor
        {
            Id = "certlint.decode.trailing-data",
            Title = "Bytes after the certificate structure",
            DefaultSeverity = Severity.Error,
            Source = "CertLint",
            Citation = "RFC 5280 4.1",
            Description = "Reports data after the end of the Certificate SEQUENCE inside the same object.",
            Rationale = "Parsers differ: some ignore trailing bytes, Mbed TLS reports a length mismatch, so the same file is accepted by one stack and rejected by another.",
            Fix = "Strip the bytes after the certificate (re-export it), and find the tool that appended them.",
            Example = "30 82 01 0a ... <certificate> 00 00",
        }, "x509.trailing-data"),
    ];

    /// <summary>Decoder codes that pack rules report themselves, by the ID of that rule.</summary>
    public static readonly IReadOnlyDictionary<string, string> ReportedByPackRules = new Dictionary<string, string>
    {
        ["x509.extension-malformed"] = "rfc5280.ext.malformed",
    };

    private static RuleDescriptor OtherDescriptor { get; } = new()
    {
        Id = "certlint.decode.other",
        Title = "Other decoder diagnostic",
        DefaultSeverity = Severity.Error,
        Source = "CertLint",
        Citation = "RFC 5280 4.1",
        Description = "Reports any decoder diagnostic that has no rule of its own, with the decoder's code in the message.",
        Rationale = "A structure the decoder had to tolerate is one that a stricter stack may reject.",
        Fix = "Follow the message; re-issue the certificate with a DER-conformant CA.",
        Example = "asn1.decode at tbsCertificate.subject",
    };

    /// <summary>The decoder rules for a catalog whose pack rules are <paramref name="packRuleIds"/>.</summary>
    public static IReadOnlyList<IRule> For(IReadOnlySet<string> packRuleIds)
    {
        // Plain loops: this runs at every start of `lint` (issue 15).
        var deferred = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, ruleId) in ReportedByPackRules)
        {
            if (packRuleIds.Contains(ruleId))
            {
                deferred.Add(code);
            }
        }
        var own = new List<DecoderDiagnosticRule>(Specific.Length);
        foreach (var rule in Specific)
        {
            if (!deferred.Any(rule.Matches))
            {
                own.Add(rule);
            }
        }
        var other = new DecoderDiagnosticRule(OtherDescriptor, code => !deferred.Contains(code) && own.All(r => !r.Matches(code)), namesCode: true);
        return [.. own, other];
    }
}
