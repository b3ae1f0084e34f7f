using CertLint.Asn1;

namespace CertLint.Rules;

/// <summary>
/// One thing a rule found: the rule, its effective severity, a message with the concrete values, and where
/// (field path and byte offset within the certificate). The certificate is identified by the report around it.
/// </summary>
public sealed record Finding(string RuleId, Severity Severity, string Message, string? Path, int? Offset)
{
    /// <summary>Pooled: the certificates of a bundle mostly repeat the same findings (see <see cref="StringPool.Messages"/>).</summary>
    public string Message { get; init; } = StringPool.Messages.Intern(Message);

    /// <summary>For a finding about one TLS stack: its target name (mbedtls-3.6), so baselines and scripts can tell targets apart.</summary>
    public string? Target { get; init; }

    /// <summary>The stack's error code (-0x2562), when the finding is one.</summary>
    public string? Code { get; init; }

    /// <summary>The verify flags (0x00000008) of a verification finding.</summary>
    public string? VerifyFlags { get; init; }

    /// <summary>
    /// For long findings, the first line for people (the verdict) and the lines to print indented below it (cause,
    /// fixes, warnings); <see cref="Message"/> keeps the whole text on one line for JSON, SARIF and JUnit.
    /// </summary>
    public string? Headline { get; init; }

    public IReadOnlyList<string> Details { get; init; } = [];

    public static Finding At(RuleDescriptor rule, string message, FieldLocation? location) =>
        new(rule.Id, rule.DefaultSeverity, message, location?.Path, location?.Offset);

    public static Finding At(RuleDescriptor rule, string message, string path, int offset) =>
        new(rule.Id, rule.DefaultSeverity, message, path, offset);
}
