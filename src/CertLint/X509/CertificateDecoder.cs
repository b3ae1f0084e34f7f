using System.Formats.Asn1;
using System.Numerics;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// Decodes Certificate (RFC 5280 4.1) from its encoding. Strict DER is tried at every TLV; BER-only encodings are
/// read and recorded as DER violations. A break part-way returns the fields decoded so far plus the error.
/// </summary>
public static class CertificateDecoder
{
    public static CertificateDecodeResult Decode(ReadOnlyMemory<byte> encoded) => Decode(encoded, null);

    /// <summary>Decodes with the parts of earlier certificates of the same input shared where equal (<see cref="DecodedParts"/>).</summary>
    internal static CertificateDecodeResult Decode(ReadOnlyMemory<byte> encoded, DecodedParts? parts)
    {
        var diagnostics = new List<DecodeDiagnostic>();
        var progress = new DecodeProgress();
        try
        {
            var top = new AsnCursor(encoded, "certificate", diagnostics);
            var outerTlv = top.Read("certificate", Asn1Tag.Sequence, "Certificate SEQUENCE");
            if (top.HasData)
            {
                diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.Error, "x509.trailing-data", "certificate", outerTlv.End,
                    $"{encoded.Length - outerTlv.End} byte(s) after the certificate", "end of data", "more bytes"));
            }
            var body = top.Enter(outerTlv, "certificate");
            var certificate = DecodeBody(encoded[..outerTlv.End], body, diagnostics, progress, parts);
            return new CertificateDecodeResult(certificate, [], certificate.Diagnostics);
        }
        catch (Asn1DecodeException ex)
        {
            diagnostics.Add(ex.ToDiagnostic());
            return new CertificateDecodeResult(null, progress.Fields(), diagnostics);
        }
        catch (ElementLimitException ex)
        {
            diagnostics.Add(ex.ToDiagnostic());
            return new CertificateDecodeResult(null, progress.Fields(), diagnostics);
        }
        catch (Exception ex) when (ex is AsnContentException or ArgumentException)
        {
            var partial = progress.Fields();
            var at = partial.Count > 0 ? partial[^1].Location : new FieldLocation("certificate", 0, encoded.Length);
            diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.Error, "asn1.decode", at.Path, at.Offset, "malformed ASN.1: " + ex.Message.TrimEnd('.')));
            return new CertificateDecodeResult(null, partial, diagnostics);
        }
    }

    /// <summary>Shared by every certificate that decodes cleanly, instead of an empty list each.</summary>
    private static readonly IReadOnlyList<DecodeDiagnostic> NoDiagnostics = [];

    private static Certificate DecodeBody(ReadOnlyMemory<byte> encoded, AsnCursor body, List<DecodeDiagnostic> diagnostics, DecodeProgress progress, DecodedParts? parts)
    {
        const string tbsPath = "tbsCertificate";
        var tbs = body.EnterSequence(tbsPath, out var tbsTlv, "TBSCertificate SEQUENCE");

        var version = 0;
        var versionEncoded = false;
        FieldLocation? versionLocation = null;
        if (tbs.NextIs(AsnTags.Context(0, true)))
        {
            var explicitTlv = tbs.Read(tbsPath + ".version");
            var inner = tbs.Enter(explicitTlv, tbsPath + ".version");
            version = AsnValues.ReadSmallInteger(inner, tbsPath + ".version");
            inner.ExpectEnd("version");
            versionEncoded = true;
            versionLocation = explicitTlv.Locate(tbsPath + ".version");
            if (version == 0)
            {
                diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.default-encoded", tbsPath + ".version", explicitTlv.Offset,
                    "version v1 is the DEFAULT and must be omitted in DER"));
            }
            progress.Version = (versionLocation.Value, version);
        }

        var serialStart = tbs.Position;
        Asn1Tag? serialTag = null;
        if (tbs.NextIs(AsnTags.Context(2, false)))
        {
            // Mbed TLS (x509_get_serial) also takes a [2] primitive serial; decode it and say so.
            serialTag = AsnTags.Context(2, false);
            diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "x509.serial-tag", tbsPath + ".serialNumber", serialStart,
                "serialNumber encoded with tag [2] instead of INTEGER", "INTEGER", "[2]"));
        }
        var (_, serialRaw) = AsnValues.ReadInteger(tbs, tbsPath + ".serialNumber", serialTag);
        var serialLocation = new FieldLocation(tbsPath + ".serialNumber", serialStart, tbs.Position - serialStart);
        progress.Serial = (serialLocation, serialRaw);

        var tbsSignature = Part(parts, tbs, tbsPath + ".signature", AlgorithmIdentifier.Read);
        progress.TbsSignature = tbsSignature;
        var issuer = Part(parts, tbs, tbsPath + ".issuer", DistinguishedName.Read);
        progress.Issuer = issuer;

        var validity = tbs.EnterSequence(tbsPath + ".validity", out var validityTlv, "Validity SEQUENCE");
        var notBefore = Part(parts, validity, tbsPath + ".validity.notBefore", AsnTime.Read);
        var notAfter = Part(parts, validity, tbsPath + ".validity.notAfter", AsnTime.Read);
        validity.ExpectEnd("Validity");
        progress.Validity = (validityTlv.Locate(tbsPath + ".validity"), notBefore, notAfter);

        var subject = Part(parts, tbs, tbsPath + ".subject", DistinguishedName.Read);
        progress.Subject = subject;

        var spki = Part(parts, tbs, tbsPath + ".subjectPublicKeyInfo", ReadPublicKey);
        progress.PublicKey = spki;

        BitStringValue? issuerUid = null;
        BitStringValue? subjectUid = null;
        if (tbs.NextIs(AsnTags.Context(1, false)) || tbs.NextIs(AsnTags.Context(1, true)))
        {
            issuerUid = AsnValues.ReadBitString(tbs, tbsPath + ".issuerUniqueID", AsnTags.Context(1, false));
        }
        if (tbs.NextIs(AsnTags.Context(2, false)) || tbs.NextIs(AsnTags.Context(2, true)))
        {
            subjectUid = AsnValues.ReadBitString(tbs, tbsPath + ".subjectUniqueID", AsnTags.Context(2, false));
        }

        var (extensions, extensionsLocation) = ReadExplicitExtensions(tbs, 3, tbsPath + ".extensions", "extensions", diagnostics, parts: parts);
        var extensionsEncoded = extensionsLocation is not null;
        tbs.ExpectEnd("TBSCertificate");

        var signatureAlgorithm = Part(parts, body, "signatureAlgorithm", AlgorithmIdentifier.Read);
        var signature = AsnValues.ReadBitString(body, "signatureValue");
        body.ExpectEnd("Certificate");

        return new Certificate(encoded)
        {
            TbsLocation = tbsTlv.Locate(tbsPath),
            TbsEncoded = body.Encoded(tbsTlv),
            Version = version,
            VersionEncoded = versionEncoded,
            VersionLocation = versionLocation,
            SerialNumberRaw = serialRaw,
            SerialNumberLocation = serialLocation,
            TbsSignatureAlgorithm = tbsSignature,
            Issuer = issuer,
            NotBefore = notBefore,
            NotAfter = notAfter,
            ValidityLocation = validityTlv.Locate(tbsPath + ".validity"),
            Subject = subject,
            PublicKey = spki,
            IssuerUniqueId = issuerUid,
            SubjectUniqueId = subjectUid,
            ExtensionsEncoded = extensionsEncoded,
            ExtensionsLocation = extensionsLocation,
            Extensions = extensions.ToArray(),
            SignatureAlgorithm = signatureAlgorithm,
            Signature = signature,
            Diagnostics = diagnostics.Count == 0 ? NoDiagnostics : diagnostics,
        };
    }

    private static T Part<T>(DecodedParts? parts, AsnCursor cursor, string path, Func<AsnCursor, string, T> read) where T : class =>
        parts is null ? read(cursor, path) : parts.Share(cursor, path, read);

    private static SubjectPublicKeyInfo ReadPublicKey(AsnCursor tbs, string path)
    {
        var spki = tbs.EnterSequence(path, out var tlv, "SubjectPublicKeyInfo SEQUENCE");
        var algorithm = AlgorithmIdentifier.Read(spki, FieldPaths.Child(path, ".algorithm"));
        var keyBits = AsnValues.ReadBitString(spki, FieldPaths.Child(path, ".subjectPublicKey"));
        spki.ExpectEnd("SubjectPublicKeyInfo");
        return new SubjectPublicKeyInfo(algorithm, keyBits, tbs.Encoded(tlv), tlv.Locate(path));
    }

    /// <summary>Every Extension left in <paramref name="list"/>, each at <c>path[i]</c>.</summary>
    /// <summary>
    /// An optional <c>[tag] EXPLICIT Extensions</c> field (a certificate's [3], a CRL's [0]): the extensions and the
    /// field's location, or an empty list and null when the field is absent.
    /// </summary>
    internal static (List<X509Extension> Extensions, FieldLocation? Location) ReadExplicitExtensions(AsnCursor tbs, int tag, string path, string name,
        List<DecodeDiagnostic> diagnostics, Func<string, AsnCursor, string, ExtensionValue?>? decode = null, DecodedParts? parts = null)
    {
        if (!tbs.NextIs(AsnTags.Context(tag, true)))
        {
            return ([], null);
        }
        var explicitTlv = tbs.Read(path);
        var wrapper = tbs.Enter(explicitTlv, path);
        var list = wrapper.EnterSequence(path, out _, "Extensions SEQUENCE");
        wrapper.ExpectEnd(name);
        return (ReadExtensions(list, path, diagnostics, decode, parts), explicitTlv.Locate(path));
    }

    internal static List<X509Extension> ReadExtensions(AsnCursor list, string path, List<DecodeDiagnostic> diagnostics,
        Func<string, AsnCursor, string, ExtensionValue?>? decode = null, DecodedParts? parts = null)
    {
        var extensions = new List<X509Extension>();
        while (list.HasData)
        {
            var index = extensions.Count;
            var extensionPath = FieldPaths.Item(path, index);
            extensions.Add(parts is null
                ? ReadExtension(list, index, extensionPath, diagnostics, decode)
                : parts.Share(list, extensionPath, (index, diagnostics, decode),
                    static (cursor, at, state) => ReadExtension(cursor, state.index, at, state.diagnostics, state.decode)));
        }
        return extensions;
    }

    /// <summary>One Extension; <paramref name="decode"/> decodes the value (default: the certificate extensions of <see cref="ExtensionDecoders"/>; CRLs pass theirs).</summary>
    internal static X509Extension ReadExtension(AsnCursor list, int index, string path, List<DecodeDiagnostic> diagnostics,
        Func<string, AsnCursor, string, ExtensionValue?>? decode = null)
    {
        var ext = list.EnterSequence(path, out var tlv, "Extension SEQUENCE");
        var (oid, _) = AsnValues.ReadOid(ext, FieldPaths.Child(path, ".extnID"));
        var critical = false;
        var criticalEncoded = false;
        if (ext.NextIs(Asn1Tag.Boolean))
        {
            var criticalOffset = ext.Position;
            critical = AsnValues.ReadBoolean(ext, FieldPaths.Child(path, ".critical"));
            criticalEncoded = true;
            if (!critical)
            {
                diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.default-encoded", FieldPaths.Child(path, ".critical"), criticalOffset,
                    "critical FALSE is the DEFAULT and must be omitted in DER"));
            }
        }
        var valuePath = FieldPaths.Child(path, ".extnValue");
        var valueStart = ext.Position;
        var constructedValue = ext.PeekTag() is { IsConstructed: true };
        var (value, valueTlv) = AsnValues.ReadOctetString(ext, valuePath);
        ext.ExpectEnd("Extension");
        ExtensionValue? decoded = null;
        var before = diagnostics.Count;
        try
        {
            // A primitive OCTET STRING is walked in place so offsets stay absolute; a BER constructed one is reassembled.
            var content = constructedValue
                ? ext.Over(value, valuePath)
                : ext.Enter(valueTlv, valuePath);
            decoded = (decode ?? ExtensionDecoders.Decode)(oid, content, valuePath);
        }
        catch (Asn1DecodeException ex)
        {
            diagnostics.Add(ex.ToDiagnostic(ElementList.MalformedCode));
        }
        catch (Exception ex) when (ex is AsnContentException or ArgumentException)
        {
            diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.Error, ElementList.MalformedCode, valuePath, valueStart, "malformed ASN.1: " + ex.Message.TrimEnd('.')));
        }
        // Errors in list elements that ElementList skipped, then the error that stopped decoding (if any).
        List<DecodeDiagnostic> errors = [];
        for (var i = before; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Code == ElementList.MalformedCode)
            {
                errors.Add(diagnostics[i]);
            }
        }
        var partial = errors.Count > 0 ? decoded : null;
        return new X509Extension(index, oid, critical, criticalEncoded, value, tlv.Locate(path),
            new FieldLocation(valuePath, valueStart, valueTlv.TotalLength), errors.Count > 0 ? null : decoded, errors.FirstOrDefault())
        {
            Partial = partial,
            DecodeErrors = errors.Count > 0 ? errors : [],
        };
    }

    /// <summary>
    /// The mandatory fields read so far. Only a decode that breaks turns them into <see cref="DecodedField"/>s, so a
    /// certificate that decodes pays for one small object, not a list of summaries.
    /// </summary>
    private sealed class DecodeProgress
    {
        public (FieldLocation Location, int Value)? Version;
        public (FieldLocation Location, ReadOnlyMemory<byte> Raw)? Serial;
        public AlgorithmIdentifier? TbsSignature;
        public DistinguishedName? Issuer;
        public (FieldLocation Location, AsnTime NotBefore, AsnTime NotAfter)? Validity;
        public DistinguishedName? Subject;
        public SubjectPublicKeyInfo? PublicKey;

        public List<DecodedField> Fields()
        {
            var fields = new List<DecodedField>();
            if (Version is { } v)
            {
                fields.Add(new DecodedField(v.Location, () => $"v{v.Value + 1}"));
            }
            if (Serial is { } serial)
            {
                fields.Add(new DecodedField(serial.Location, () => Convert.ToHexString(serial.Raw.Span)));
            }
            if (TbsSignature is { } signature)
            {
                fields.Add(new DecodedField(signature.Location, () => signature.Name));
            }
            if (Issuer is { } issuer)
            {
                fields.Add(new DecodedField(issuer.Location, issuer.ToString));
            }
            if (Validity is { } validity)
            {
                fields.Add(new DecodedField(validity.Location, () => $"{validity.NotBefore.Encoded} - {validity.NotAfter.Encoded}"));
            }
            if (Subject is { } subject)
            {
                fields.Add(new DecodedField(subject.Location, subject.ToString));
            }
            if (PublicKey is { } key)
            {
                fields.Add(new DecodedField(key.Location, () => key.Algorithm.Name));
            }
            return fields;
        }
    }
}
