using System.Numerics;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// An X.509 certificate exactly as encoded: every field with its path and byte range (relative to the first byte
/// of <see cref="Encoded"/>), raw bytes where the encoding matters, and the decoder's diagnostics. This is what
/// every rule reads.
/// </summary>
public sealed class Certificate
{
    private string? _sha256;

    internal Certificate(ReadOnlyMemory<byte> encoded)
    {
        Encoded = encoded;
    }

    public ReadOnlyMemory<byte> Encoded { get; }
    /// <summary>Lowercase hex SHA-256 of <see cref="Encoded"/> (the certificate's fingerprint).</summary>
    public string Sha256 => _sha256 ??= Fingerprint.Sha256Hex(Encoded.Span);

    public required FieldLocation TbsLocation { get; init; }
    public required ReadOnlyMemory<byte> TbsEncoded { get; init; }
    /// <summary>The version INTEGER's value: 0 for v1, 1 for v2, 2 for v3 (as encoded; other values are kept).</summary>
    public required int Version { get; init; }
    public required bool VersionEncoded { get; init; }
    public FieldLocation? VersionLocation { get; init; }
    public int DisplayVersion => Version + 1;
    /// <summary>Read from <see cref="SerialNumberRaw"/> when asked: a serial over 32 bits held as a BigInteger is an array per certificate.</summary>
    public BigInteger SerialNumber => new(SerialNumberRaw.Span, isUnsigned: false, isBigEndian: true);
    /// <summary>The serial INTEGER's content octets, exactly as encoded (sign and leading zeros included).</summary>
    public required ReadOnlyMemory<byte> SerialNumberRaw { get; init; }
    public required FieldLocation SerialNumberLocation { get; init; }
    public required AlgorithmIdentifier TbsSignatureAlgorithm { get; init; }
    public required DistinguishedName Issuer { get; init; }
    public required AsnTime NotBefore { get; init; }
    public required AsnTime NotAfter { get; init; }
    public required FieldLocation ValidityLocation { get; init; }
    public required DistinguishedName Subject { get; init; }
    public required SubjectPublicKeyInfo PublicKey { get; init; }
    public BitStringValue? IssuerUniqueId { get; init; }
    public BitStringValue? SubjectUniqueId { get; init; }
    /// <summary>True when the [3] extensions field is present (even if its SEQUENCE is empty).</summary>
    public required bool ExtensionsEncoded { get; init; }
    public FieldLocation? ExtensionsLocation { get; init; }
    public required IReadOnlyList<X509Extension> Extensions { get; init; }
    public required AlgorithmIdentifier SignatureAlgorithm { get; init; }
    public required BitStringValue Signature { get; init; }
    public required IReadOnlyList<DecodeDiagnostic> Diagnostics { get; init; }

    /// <summary>The first extension with this OID, or null. A plain loop: every rule calls this, so no closure or enumerator.</summary>
    public X509Extension? Extension(string oid)
    {
        // The decoder's array (or a list) read as a span: no interface call per element (rules ask this some 40 times
        // per certificate). Any other list is copied first.
        ReadOnlySpan<X509Extension> extensions = Extensions switch
        {
            X509Extension[] array => array,
            List<X509Extension> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
            var other => [.. other],
        };
        foreach (var extension in extensions)
        {
            if (extension.Oid == oid)
            {
                return extension;
            }
        }
        return null;
    }

    public T? ExtensionValue<T>(string oid) where T : ExtensionValue => Extension(oid)?.Decoded as T;

    /// <summary>The decoded value, or the partially decoded one when some list elements were malformed (lint rules read this).</summary>
    public T? ReadableValue<T>(string oid) where T : ExtensionValue => Extension(oid)?.Readable as T;

    public BasicConstraints? BasicConstraints => ExtensionValue<BasicConstraints>(Oids.BasicConstraints);
    public KeyUsage? KeyUsage => ExtensionValue<KeyUsage>(Oids.KeyUsage);
    public ExtendedKeyUsage? ExtendedKeyUsage => ExtensionValue<ExtendedKeyUsage>(Oids.ExtKeyUsage);
    public AltName? SubjectAltName => ExtensionValue<AltName>(Oids.SubjectAltName);
    public SubjectKeyIdentifier? SubjectKeyIdentifier => ExtensionValue<SubjectKeyIdentifier>(Oids.SubjectKeyIdentifier);
    public AuthorityKeyIdentifier? AuthorityKeyIdentifier => ExtensionValue<AuthorityKeyIdentifier>(Oids.AuthorityKeyIdentifier);

    /// <summary>basicConstraints says cA TRUE.</summary>
    public bool IsCa => BasicConstraints?.IsCa == true;

    /// <summary>Issuer and subject are the same name (RFC 5280 6.1: self-issued).</summary>
    public bool IsSelfIssued => Issuer.EncodingEquals(Subject) || (!Issuer.IsEmpty && Issuer.TextEquals(Subject));

    public override string ToString() => $"{Subject} (sha256 {Sha256[..16]}…)";
}
