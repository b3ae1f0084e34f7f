using CertLint.Input;

namespace CertLint.Rules.Engine;

/// <summary>A finding as reported: the engine's effective severity; <see cref="Suppression"/> set when a baseline accepts it.</summary>
public sealed record ReportedFinding(string Rule, Severity Severity, string Message, string? Path, int? Offset)
{
    public string? Suppression { get; init; }
    public bool IsSuppressed => Suppression is not null;
    /// <summary>See <see cref="Rules.Finding.Target"/>, <see cref="Rules.Finding.Code"/>, <see cref="Rules.Finding.VerifyFlags"/>.</summary>
    public string? Target { get; init; }
    public string? Code { get; init; }
    public string? VerifyFlags { get; init; }
    /// <summary>See <see cref="Rules.Finding.Headline"/>: text output prints it and the details below instead of the message.</summary>
    public string? Headline { get; init; }
    public IReadOnlyList<string> Details { get; init; } = [];
}

/// <summary>One certificate of a file and what the rules found in it.</summary>
public sealed class CertificateReport
{
    /// <summary>0-based position among the file's certificates (PKCS#7 contents included, in stored order).</summary>
    public required int Index { get; init; }
    /// <summary>0-based index of the object in the file (containers count as objects).</summary>
    public required int ObjectIndex { get; init; }
    public required string Sha256 { get; init; }
    /// <summary>Readable subject; null when the certificate did not decode.</summary>
    public string? Subject { get; init; }
    public string? Issuer { get; init; }
    /// <summary>root, intermediate, leaf, or unknown (did not decode).</summary>
    public required string Role { get; init; }
    /// <summary>1-based line of the certificate's BEGIN line (1 for binary input).</summary>
    public required int Line { get; init; }
    /// <summary>Byte offset of the object in the file.</summary>
    public required int FileOffset { get; init; }
    /// <summary>sha256 of the issuer the engine associated (same file, --chain or --ca), or null.</summary>
    public string? IssuerSha256 { get; init; }
    /// <summary>Findings that count, worst first, then by rule ID and offset.</summary>
    public required IReadOnlyList<ReportedFinding> Findings { get; init; }
    /// <summary>Findings a baseline accepted.</summary>
    public IReadOnlyList<ReportedFinding> Suppressed { get; init; } = [];
    /// <summary>Rule IDs that looked at this certificate (for JUnit, one testcase each).</summary>
    public IReadOnlyList<string> RulesRun { get; init; } = [];
    /// <summary>
    /// Extra per-certificate results a finding source attached, by name: "stacks" (JSON text, the same array as
    /// predict's), "verify" (e.g. "not run (no --ca)").
    /// </summary>
    public IReadOnlyDictionary<string, string> Attachments { get; init; } = new Dictionary<string, string>();
}

/// <summary>One CRL of a file and what the CRL rules found in it.</summary>
public sealed class CrlReport
{
    /// <summary>0-based position among the file's CRLs (PKCS#7 contents included, in stored order).</summary>
    public required int Index { get; init; }
    /// <summary>0-based index of the object in the file (containers count as objects).</summary>
    public required int ObjectIndex { get; init; }
    public required string Sha256 { get; init; }
    /// <summary>Readable issuer name; null when the CRL did not decode.</summary>
    public string? Issuer { get; init; }
    /// <summary>thisUpdate and nextUpdate exactly as encoded (nextUpdate null when absent).</summary>
    public string? ThisUpdate { get; init; }
    public string? NextUpdate { get; init; }
    /// <summary>cRLNumber in decimal, when present and decoded.</summary>
    public string? CrlNumber { get; init; }
    /// <summary>The BaseCRLNumber of a delta CRL (deltaCRLIndicator), in decimal; null for a complete CRL.</summary>
    public string? DeltaBase { get; init; }
    /// <summary>Number of revoked certificate entries.</summary>
    public int Revoked { get; init; }
    /// <summary>1-based line of the CRL's BEGIN line (1 for binary input).</summary>
    public required int Line { get; init; }
    /// <summary>Byte offset of the object in the file.</summary>
    public required int FileOffset { get; init; }
    /// <summary>sha256 of the CA certificate whose key verified the CRL (or that could not be checked), or null.</summary>
    public string? IssuerSha256 { get; init; }
    public required IReadOnlyList<ReportedFinding> Findings { get; init; }
    public IReadOnlyList<ReportedFinding> Suppressed { get; init; } = [];
    /// <summary>Rule IDs that looked at this CRL (for JUnit, one testcase each).</summary>
    public IReadOnlyList<string> RulesRun { get; init; } = [];
}

/// <summary>Everything lint found in one input file. <see cref="Errors"/> are input problems (exit code 2).</summary>
public sealed class FileReport
{
    public required string File { get; init; }
    public required string Encoding { get; init; }
    public required IReadOnlyList<CertificateReport> Certificates { get; init; }
    /// <summary>The file's CRLs (RFC 5280 section 5 rules), in stored order; empty for most files.</summary>
    public IReadOnlyList<CrlReport> Crls { get; init; } = [];
    public IReadOnlyList<InputError> Errors { get; init; } = [];
    /// <summary>
    /// For a file found in a directory walk that holds keys (or a keystore) and no certificate: what it holds. Such a
    /// file is counted in the summary, not listed as "0 certificates".
    /// </summary>
    public string? KeyMaterial { get; init; }
}
