using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// One extension as encoded: OID, the critical flag as written (and whether the BOOLEAN was present at all),
/// the extnValue octets, and the decoded value for the extensions CertLint understands. A malformed value leaves
/// <see cref="Decoded"/> null and says why in <see cref="DecodeError"/>. When only some elements of a list are
/// malformed, <see cref="Partial"/> holds the value made of the well-formed ones and <see cref="DecodeErrors"/> says
/// which were left out; <see cref="Readable"/> is what the lint rules read.
/// </summary>
public sealed record X509Extension(
    int Index,
    string Oid,
    bool Critical,
    bool CriticalEncoded,
    ReadOnlyMemory<byte> Value,
    FieldLocation Location,
    FieldLocation ValueLocation,
    ExtensionValue? Decoded,
    DecodeDiagnostic? DecodeError)
{
    public string Name => Oids.Name(Oid);
    public bool IsKnown => ExtensionDecoders.IsDecoded(Oid);
    public T? As<T>() where T : ExtensionValue => Decoded as T;

    /// <summary>
    /// The value decoded from the well-formed elements when some elements of a list were malformed (then
    /// <see cref="Decoded"/> is null, so consumers that need the whole extension see it as undecodable); null otherwise.
    /// </summary>
    public ExtensionValue? Partial { get; init; }

    /// <summary>Every decoding error, in order; the first is <see cref="DecodeError"/>. Empty when the value decoded.</summary>
    public IReadOnlyList<DecodeDiagnostic> DecodeErrors { get; init; } = DecodeError is null ? [] : [DecodeError];

    /// <summary>What the lint rules check: the decoded value, or else the partially decoded one.</summary>
    public ExtensionValue? Readable => Decoded ?? Partial;
}

/// <summary>Base of every decoded extension value.</summary>
public abstract record ExtensionValue;
