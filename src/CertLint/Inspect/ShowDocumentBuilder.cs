using CertLint.Asn1;
using CertLint.Input;
using CertLint.X509;

namespace CertLint.Inspect;

/// <summary>Maps decoded inputs onto the `show` schema. Private keys are reported by kind only, never their bytes.</summary>
public static class ShowDocumentBuilder
{
    public static ShowDocument Build(IEnumerable<InputResult> inputs, string version) =>
        new("certlint", version, inputs.Select(File).ToList());

    public static ShowFile File(InputResult input) => new(
        input.File,
        input.Encoding,
        Objects(input).ToList(),
        input.Errors.Select(Error).ToList());

    /// <summary>The objects one at a time, for writers that stream (a 63 MiB bundle holds 200,000 certificates).</summary>
    public static IEnumerable<ShowObject> Objects(InputResult input) => input.Objects.Select((o, i) => Object(o, i));

    public static ShowError Error(InputError e) => new(e.File, e.Message, e.Offset, e.NotKept);

    private static ShowObject Object(InputObject o, int index)
    {
        var origin = o.Origin;
        var result = o.CertificateResult;
        return new ShowObject(
            index,
            KindName(o.Kind),
            ObjectKinds.Describe(o.Kind),
            new ShowOrigin(origin.Encoding, origin.FileOffset, origin.FileLength, origin.PemBlockIndex, origin.PemLabel, origin.LineStart, origin.LineEnd,
                origin.Container, origin.IndexInContainer, origin.InnerOffset, origin.InnerLength),
            o.ParentIndex,
            o.Notes,
            o.Diagnostics.Select(Diagnostic).ToList(),
            result?.Certificate is { } cert ? Certificate(cert) : null,
            result is { Certificate: null } ? result.PartialFields.Select(f => new ShowField(f.Location.Path, f.Location.Offset, f.Location.Length, f.Value)).ToList() : null,
            o.CrlResult is { } crl ? Crl(crl, o.Encoded) : null);
    }

    public static ShowCrl Crl(CrlDecodeResult result, ReadOnlyMemory<byte> encoded)
    {
        if (result.Crl is not { } c)
        {
            var sha = CertLint.X509.Fingerprint.Sha256Hex(encoded.Span);
            return new ShowCrl(sha, null, null, null, null, null, null, ShowRevokedList.Empty, [], encoded.Length, result.Error?.ToString() ?? "does not decode");
        }
        return new ShowCrl(
            c.Sha256,
            c.DisplayVersion,
            Algorithm(c.SignatureAlgorithm),
            Algorithm(c.TbsSignatureAlgorithm),
            Name(c.Issuer),
            Time(c.ThisUpdate),
            c.NextUpdate is { } next ? Time(next) : null,
            new ShowRevokedList(new CertLint.IO.Projected<RevokedCertificate, ShowRevoked>(c.Revoked, r => new ShowRevoked(r.Index, r.SerialNumber.ToString(),
                Convert.ToHexStringLower(r.SerialNumberRaw.Span), Time(r.RevocationDate), [.. r.Extensions.Select(Extension)], r.Location.Offset))),
            [.. c.Extensions.Select(Extension)],
            c.Encoded.Length,
            null);
    }

    public static string KindName(ObjectKind kind) => kind switch
    {
        ObjectKind.Certificate => "certificate",
        ObjectKind.Pkcs7 => "pkcs7",
        ObjectKind.Crl => "crl",
        ObjectKind.CertificateRequest => "csr",
        ObjectKind.PrivateKey => "private-key",
        ObjectKind.RsaPrivateKey => "rsa-private-key",
        ObjectKind.EcPrivateKey => "ec-private-key",
        ObjectKind.EncryptedPrivateKey => "encrypted-private-key",
        ObjectKind.EcParameters => "ec-parameters",
        ObjectKind.PublicKey => "public-key",
        ObjectKind.Pkcs12 => "pkcs12",
        _ => "unknown",
    };

    private static ShowDiagnostic Diagnostic(DecodeDiagnostic d) =>
        new(d.Level == DiagnosticLevel.Error ? "error" : "der-violation", d.Code, d.Path, d.Offset, d.Message, d.Expected, d.Found);

    public static ShowCertificate Certificate(Certificate c)
    {
        var key = c.PublicKey.Details;
        return new ShowCertificate(
            c.Sha256,
            c.DisplayVersion,
            c.SerialNumber.ToString(),
            Convert.ToHexStringLower(c.SerialNumberRaw.Span),
            Algorithm(c.SignatureAlgorithm),
            Algorithm(c.TbsSignatureAlgorithm),
            Name(c.Issuer),
            Name(c.Subject),
            new ShowValidity(Time(c.NotBefore), Time(c.NotAfter)),
            new ShowKey(c.PublicKey.Algorithm.Name, c.PublicKey.Algorithm.Oid, key.Type.ToString(), key.SizeBits, key.CurveName, key.CurveOid,
                key.PointFormat == EcPointFormat.None ? null : key.PointFormat.ToString().ToLowerInvariant(), (key.RsaExponent is { } exponent ? Asn1.AsnValues.Decimal(exponent) : null), key.Error,
                c.PublicKey.Location.Offset, c.PublicKey.Location.Length),
            c.IssuerUniqueId is { } iu ? Convert.ToHexStringLower(iu.Bytes.Span) : null,
            c.SubjectUniqueId is { } su ? Convert.ToHexStringLower(su.Bytes.Span) : null,
            c.Extensions.Select(Extension).ToList(),
            Convert.ToHexStringLower(c.Signature.Bytes.Span),
            c.Encoded.Length);
    }

    private static ShowAlgorithm Algorithm(AlgorithmIdentifier a) =>
        new(a.Oid, a.Name, a.Parameters is { } p ? Convert.ToHexStringLower(p.Span) : null);

    private static ShowName Name(DistinguishedName n) => new(
        n.ToString(),
        n.Rdns.Select(r => (IReadOnlyList<ShowAttribute>)r.Attributes.Select(a => new ShowAttribute(a.Oid, a.ShortName, a.Value?.TypeName ?? "non-string", a.Text, a.Location.Offset)).ToList()).ToList(),
        n.Location.Offset,
        n.Location.Length);

    private static ShowTime Time(AsnTime t) => new(t.IsUtcTime ? "UTCTime" : "GeneralizedTime", t.Encoded, t.Value, t.Location.Offset);

    private static ShowExtension Extension(X509Extension e) => new(
        e.Index, e.Oid, e.Name, e.Critical, e.CriticalEncoded, e.Location.Offset, e.Location.Length, e.Location.Path,
        e.ValueLocation.Offset, Convert.ToHexStringLower(e.Value.Span), ExtensionJson.From(e.Decoded), ExtensionText.Describe(e.Decoded), e.DecodeError?.ToString());
}
