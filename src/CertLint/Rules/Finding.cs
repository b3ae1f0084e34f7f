using CertLint.Asn1;

namespace CertLint.Rules;

/// <summary>
/// One thing a rule found: the rule, its effective severity, a message with the concrete values, and where
/// (field path and byte offset within the certificate). The certificate is identified by the report around it.
/// </summary>
public sealed record Finding(string RuleId, Severity Severity, string Message, string? Path, int? Offset)
{
    public static Finding At(RuleDescriptor rule, string message, FieldLocation? location) =>
        new(rule.Id, rule.DefaultSeverity, message, location?.Path, location?.Offset);

    public static Finding At(RuleDescriptor rule, string message, string path, int offset) =>
        new(rule.Id, rule.DefaultSeverity, message, path, offset);
}
