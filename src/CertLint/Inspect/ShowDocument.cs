using System.Text.Json.Nodes;

namespace CertLint.Inspect;

// The JSON schema of `certlint show --format json` (documented in README.md). Fields are promises: extend, never rename.

public sealed record ShowDocument(string Tool, string Version, IReadOnlyList<ShowFile> Files);

public sealed record ShowFile(string File, string Encoding, IReadOnlyList<ShowObject> Objects, IReadOnlyList<ShowError> Errors);

/// <param name="NotKept">As <see cref="Input.InputError.NotKept"/>: on an input's last error, the errors it counts that were not kept.</param>
public sealed record ShowError(string File, string Message, long? Offset,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)] int NotKept = 0);

public sealed record ShowOrigin(
    string Encoding, int FileOffset, int FileLength, int? PemBlock, string? PemLabel, int? LineStart, int? LineEnd,
    string? Container, int? IndexInContainer, int? InnerOffset, int? InnerLength);

public sealed record ShowDiagnostic(string Level, string Code, string Path, int Offset, string Message, string? Expected, string? Found);

public sealed record ShowObject(
    int Index, string Kind, string Description, ShowOrigin Origin, int? Parent, IReadOnlyList<string> Notes,
    IReadOnlyList<ShowDiagnostic> Diagnostics, ShowCertificate? Certificate, IReadOnlyList<ShowField>? PartialFields,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] ShowCrl? Crl = null);

/// <summary>A decoded CRL (RFC 5280 5.1); <c>error</c> says where a CRL that does not decode broke (then the other fields are null).</summary>
public sealed record ShowCrl(
    string Sha256, int? Version, ShowAlgorithm? SignatureAlgorithm, ShowAlgorithm? TbsSignatureAlgorithm, ShowName? Issuer,
    ShowTime? ThisUpdate, ShowTime? NextUpdate, ShowRevokedList Revoked, IReadOnlyList<ShowExtension> Extensions, int Length, string? Error);

public sealed record ShowRevoked(int Index, string Serial, string SerialHex, ShowTime RevocationDate, IReadOnlyList<ShowExtension> Extensions, int Offset);

public sealed record ShowField(string Path, int Offset, int Length, string Value);

public sealed record ShowAlgorithm(string Oid, string Name, string? Parameters);

public sealed record ShowAttribute(string Oid, string Name, string Type, string Value, int Offset);

public sealed record ShowName(string Text, IReadOnlyList<IReadOnlyList<ShowAttribute>> Rdns, int Offset, int Length);

public sealed record ShowTime(string Type, string Encoded, DateTimeOffset? Value, int Offset);

public sealed record ShowValidity(ShowTime NotBefore, ShowTime NotAfter);

public sealed record ShowKey(
    string Algorithm, string AlgorithmOid, string Type, int SizeBits, string? Curve, string? CurveOid, string? PointFormat,
    string? RsaExponent, string? Error, int Offset, int Length);

public sealed record ShowExtension(int Index, string Oid, string Name, bool Critical, bool CriticalEncoded, int Offset, int Length,
    string Path, int ValueOffset, string ValueHex, JsonNode? Value, string? Text, string? Error);

public sealed record ShowCertificate(
    string Sha256, int Version, string Serial, string SerialHex, ShowAlgorithm SignatureAlgorithm, ShowAlgorithm TbsSignatureAlgorithm,
    ShowName Issuer, ShowName Subject, ShowValidity Validity, ShowKey Key, string? IssuerUniqueId, string? SubjectUniqueId,
    IReadOnlyList<ShowExtension> Extensions, string SignatureValueHex, int Length);
