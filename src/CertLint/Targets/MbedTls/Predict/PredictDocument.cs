using System.Text.Json.Serialization;

namespace CertLint.Targets.MbedTls.Predict;

// The JSON of `certlint predict` (schema documented in README.md, "Predicting Mbed TLS"). Field names are promises.

public sealed record PredictDocument(string Tool, string Version, IReadOnlyList<PredictTarget> Targets, IReadOnlyList<PredictFile> Files, PredictSummary Summary);

/// <summary>One modelled build: release, how its configuration differs from the default, callback, profile.</summary>
public sealed record PredictTarget(string Target, string Release, IReadOnlyList<string> ConfigChanges, string ExtCb, string Profile, IReadOnlyList<string> Notes);

public sealed record PredictFile(string File, IReadOnlyList<PredictFileParse> ParseFile, IReadOnlyList<PredictCertificate> Certificates);

/// <summary>mbedtls_x509_crt_parse_file on the whole file; <see cref="LoadedVerify"/> when it loaded some and failed others.</summary>
public sealed record PredictFileParse(string Target, string Code, string Text, string Format, int Loaded, int Failed, string? Note,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PredictLoadedVerify? LoadedVerify = null);

/// <summary>
/// A partial load (parse_file returned a positive count): what mbedtls_x509_crt_verify_with_profile says of the
/// certificates that did load, the first of them as the leaf, as an application that ignores the positive return does.
/// </summary>
public sealed record PredictLoadedVerify(int Certificates, string Code, string Flags, IReadOnlyList<PredictFlag> FlagTexts, string Note);

public sealed record PredictCertificate(int Index, string Subject, string Sha256, int Offset, int? PemBlock, IReadOnlyList<PredictStack> Stacks);

/// <summary>One certificate on one target.</summary>
public sealed record PredictStack(
    string Target,
    bool Accepted,
    string Code,
    string Text,
    PredictCause? Cause,
    IReadOnlyList<PredictFix> Fixes,
    PredictParsed? Parsed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? VerifyFlags = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? VerifyCode = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PredictFlag>? VerifyTexts = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PredictUsage? Usage = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Verify = null);

public sealed record PredictCause(string What, string Path, int Offset, string? Oid);

public sealed record PredictFix(string Kind, string Text, string? Warning);

public sealed record PredictFlag(string Flag, string Text);

/// <summary>What Mbed TLS keeps of an accepted certificate.</summary>
public sealed record PredictParsed(
    int Version, string Subject, string Issuer, string NotBefore, string NotAfter, string SigMd, string SigPk,
    string KeyType, int KeyBits, string? Curve, bool CompressedPoint, IReadOnlyList<string> Extensions,
    bool Ca, int? PathLen, string? KeyUsage, IReadOnlyList<string> ExtKeyUsage, IReadOnlyList<string> SubjectAltNames,
    IReadOnlyList<string> CertificatePolicies, IReadOnlyList<string> SkippedExtensions);

public sealed record PredictUsage(string Suite, string SuiteId, string KeyExchange, string Role, bool Ok, bool CertificateNeeded, bool? Selected,
    string Flags, IReadOnlyList<PredictFlag> FlagTexts, IReadOnlyList<string> Reasons);

public sealed record PredictSummary(int Certificates, int Rejected, int VerifyFailed, int UsageFailed);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PredictDocument))]
[JsonSerializable(typeof(List<PredictStack>))]
[JsonSerializable(typeof(IReadOnlyList<PredictTarget>))]
[JsonSerializable(typeof(IReadOnlyList<PredictFileParse>))]
[JsonSerializable(typeof(PredictCertificate))]
[JsonSerializable(typeof(PredictSummary))]
public sealed partial class PredictJsonContext : JsonSerializerContext;

// `predict --format jsonl` (schema version 1): one line per certificate, written as soon as its file is predicted.
// Fields as in PredictCertificate, plus the line's type ("certificate") and the file; an input problem is a line of
// type "error". No targets, no summary line: lines from many shards can be concatenated.

public sealed record PredictJsonlCertificate(string Type, string File, int Index, string Subject, string Sha256, int Offset, int? PemBlock, IReadOnlyList<PredictStack> Stacks);

public sealed record PredictJsonlError(string Type, string File, string Message, long? Offset);

[JsonSourceGenerationOptions(WriteIndented = false, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PredictJsonlCertificate))]
[JsonSerializable(typeof(PredictJsonlError))]
public sealed partial class PredictJsonlContext : JsonSerializerContext;
