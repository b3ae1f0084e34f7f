using System.Numerics;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// A CRL (RFC 5280 5.1, CertificateList) exactly as encoded: every field with its path and byte range (relative to the
/// first byte of <see cref="Encoded"/>), the revoked entries, the decoder's diagnostics. What every CRL rule reads.
/// </summary>
public sealed class CertificateList
{
    private readonly Lazy<string> _sha256;

    internal CertificateList(ReadOnlyMemory<byte> encoded)
    {
        Encoded = encoded;
        _sha256 = new Lazy<string>(() => Fingerprint.Sha256Hex(Encoded.Span));
    }

    public ReadOnlyMemory<byte> Encoded { get; }
    /// <summary>Lowercase hex SHA-256 of <see cref="Encoded"/>.</summary>
    public string Sha256 => _sha256.Value;

    public required FieldLocation TbsLocation { get; init; }
    public required ReadOnlyMemory<byte> TbsEncoded { get; init; }
    /// <summary>The version INTEGER's value when present (1 for v2), null when the field is absent (v1).</summary>
    public int? Version { get; init; }
    public FieldLocation? VersionLocation { get; init; }
    public int DisplayVersion => (Version ?? 0) + 1;
    public required AlgorithmIdentifier TbsSignatureAlgorithm { get; init; }
    public required DistinguishedName Issuer { get; init; }
    public required AsnTime ThisUpdate { get; init; }
    public AsnTime? NextUpdate { get; init; }
    /// <summary>True when the revokedCertificates SEQUENCE is present (even if empty).</summary>
    public required bool RevokedEncoded { get; init; }
    public FieldLocation? RevokedLocation { get; init; }
    /// <summary>The entries, read from the encoding when accessed (held once read when the input's budget allows; see <see cref="RevokedEntries"/>).</summary>
    public required IReadOnlyList<RevokedCertificate> Revoked { get; init; }
    /// <summary>How many entries <see cref="Revoked"/> keeps once read (all or none; <see cref="RevokedEntries.EntriesHeld"/>).</summary>
    internal int EntriesHeld => (Revoked as RevokedEntries)?.Held ?? 0;
    /// <summary>True when any entry has its crlEntryExtensions field (known without reading the entries again).</summary>
    public bool EntryExtensionsEncoded { get; init; }
    /// <summary>True when the [0] crlExtensions field is present (even if its SEQUENCE is empty).</summary>
    public required bool ExtensionsEncoded { get; init; }
    public FieldLocation? ExtensionsLocation { get; init; }
    public required IReadOnlyList<X509Extension> Extensions { get; init; }
    public required AlgorithmIdentifier SignatureAlgorithm { get; init; }
    public required BitStringValue Signature { get; init; }
    public required IReadOnlyList<DecodeDiagnostic> Diagnostics { get; init; }

    public SignedData Signed => new(SignatureAlgorithm, TbsEncoded, Signature);

    public X509Extension? Extension(string oid) => Extensions.FirstOrDefault(e => e.Oid == oid);
    public T? ExtensionValue<T>(string oid) where T : ExtensionValue => Extension(oid)?.Decoded as T;

    public CrlNumber? CrlNumber => ExtensionValue<CrlNumber>(Oids.CrlNumber);
    public CrlNumber? DeltaCrlIndicator => ExtensionValue<CrlNumber>(Oids.DeltaCrlIndicator);
    public IssuingDistributionPoint? IssuingDistributionPoint => ExtensionValue<IssuingDistributionPoint>(Oids.IssuingDistributionPoint);
    public AuthorityKeyIdentifier? AuthorityKeyIdentifier => ExtensionValue<AuthorityKeyIdentifier>(Oids.AuthorityKeyIdentifier);

    /// <summary>A delta CRL (deltaCRLIndicator present).</summary>
    public bool IsDelta => Extension(Oids.DeltaCrlIndicator) is not null;

    /// <summary>Any extension at all, on the CRL or an entry (RFC 5280 5.1.2.1: then the version must be v2).</summary>
    public bool HasAnyExtension => ExtensionsEncoded || EntryExtensionsEncoded;

    public override string ToString() => $"CRL of {Issuer} (sha256 {Sha256[..16]}…)";
}

/// <summary>A CRL or decode failure: the model, or the error (path, offset, expected, found) and what was read before it.</summary>
public sealed record CrlDecodeResult(CertificateList? Crl, IReadOnlyList<DecodeDiagnostic> Diagnostics)
{
    public DecodeDiagnostic? Error => Crl is null ? Diagnostics.FirstOrDefault(d => d.Level == DiagnosticLevel.Error) : null;
}
