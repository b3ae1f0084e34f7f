using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// One extension as encoded: OID, the critical flag as written (and whether the BOOLEAN was present at all),
/// the extnValue octets, and the decoded value for the extensions CertLint understands. A malformed value leaves
/// <see cref="Decoded"/> null and says why in <see cref="DecodeError"/>.
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
}

/// <summary>Base of every decoded extension value.</summary>
public abstract record ExtensionValue;
