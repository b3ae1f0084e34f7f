using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// Decodes CertificateList (RFC 5280 5.1) like <see cref="CertificateDecoder"/> decodes certificates: strict DER is
/// tried at every TLV, BER-only encodings are read and recorded as DER violations, every field keeps its path and byte
/// range. A break in a mandatory field returns the error instead of a model.
/// </summary>
public static class CrlDecoder
{
    private const string TbsPath = "tbsCertList";

    public static CrlDecodeResult Decode(ReadOnlyMemory<byte> encoded)
    {
        var diagnostics = new List<DecodeDiagnostic>();
        try
        {
            var top = new AsnCursor(encoded, "certificateList", diagnostics);
            var outerTlv = top.Read("certificateList", Asn1Tag.Sequence, "CertificateList SEQUENCE");
            if (top.HasData)
            {
                diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.Error, "x509.trailing-data", "certificateList", outerTlv.End,
                    $"{encoded.Length - outerTlv.End} byte(s) after the CRL", "end of data", "more bytes"));
            }
            var body = top.Enter(outerTlv, "certificateList");
            return new CrlDecodeResult(DecodeBody(encoded[..outerTlv.End], body, diagnostics), diagnostics);
        }
        catch (Asn1DecodeException ex)
        {
            diagnostics.Add(ex.ToDiagnostic());
            return new CrlDecodeResult(null, diagnostics);
        }
        catch (Exception ex) when (ex is AsnContentException or ArgumentException)
        {
            diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.Error, "asn1.decode", "certificateList", 0, "malformed ASN.1: " + ex.Message.TrimEnd('.')));
            return new CrlDecodeResult(null, diagnostics);
        }
    }

    private static CertificateList DecodeBody(ReadOnlyMemory<byte> encoded, AsnCursor body, List<DecodeDiagnostic> diagnostics)
    {
        var tbs = body.EnterSequence(TbsPath, out var tbsTlv, "TBSCertList SEQUENCE");
        int? version = null;
        FieldLocation? versionLocation = null;
        if (tbs.NextIs(Asn1Tag.Integer))
        {
            var start = tbs.Position;
            version = AsnValues.ReadSmallInteger(tbs, TbsPath + ".version");
            versionLocation = new FieldLocation(TbsPath + ".version", start, tbs.Position - start);
        }
        var tbsSignature = AlgorithmIdentifier.Read(tbs, TbsPath + ".signature");
        var issuer = DistinguishedName.Read(tbs, TbsPath + ".issuer");
        var thisUpdate = AsnTime.Read(tbs, TbsPath + ".thisUpdate");
        AsnTime? nextUpdate = null;
        if (tbs.PeekTag() is { TagClass: TagClass.Universal, TagValue: 23 or 24 })
        {
            nextUpdate = AsnTime.Read(tbs, TbsPath + ".nextUpdate");
        }
        var revoked = new List<RevokedCertificate>();
        var revokedEncoded = false;
        FieldLocation? revokedLocation = null;
        if (tbs.NextIs(Asn1Tag.Sequence))
        {
            revokedEncoded = true;
            var list = tbs.EnterSequence(TbsPath + ".revokedCertificates", out var listTlv, "revokedCertificates SEQUENCE");
            revokedLocation = listTlv.Locate(TbsPath + ".revokedCertificates");
            while (list.HasData)
            {
                revoked.Add(ReadEntry(list, revoked.Count, diagnostics));
            }
        }
        var (extensions, extensionsLocation) = CertificateDecoder.ReadExplicitExtensions(tbs, 0, TbsPath + ".crlExtensions", "crlExtensions",
            diagnostics, CrlExtensionDecoders.DecodeCrlExtension);
        var extensionsEncoded = extensionsLocation is not null;
        tbs.ExpectEnd("TBSCertList");
        var signatureAlgorithm = AlgorithmIdentifier.Read(body, "signatureAlgorithm");
        var signature = AsnValues.ReadBitString(body, "signatureValue");
        body.ExpectEnd("CertificateList");
        return new CertificateList(encoded)
        {
            TbsLocation = tbsTlv.Locate(TbsPath),
            TbsEncoded = body.Encoded(tbsTlv),
            Version = version,
            VersionLocation = versionLocation,
            TbsSignatureAlgorithm = tbsSignature,
            Issuer = issuer,
            ThisUpdate = thisUpdate,
            NextUpdate = nextUpdate,
            RevokedEncoded = revokedEncoded,
            RevokedLocation = revokedLocation,
            Revoked = revoked,
            ExtensionsEncoded = extensionsEncoded,
            ExtensionsLocation = extensionsLocation,
            Extensions = extensions,
            SignatureAlgorithm = signatureAlgorithm,
            Signature = signature,
            Diagnostics = diagnostics,
        };
    }

    private static RevokedCertificate ReadEntry(AsnCursor list, int index, List<DecodeDiagnostic> diagnostics)
    {
        var path = FieldPaths.Item(TbsPath + ".revokedCertificates", index);
        var entry = list.EnterSequence(path, out var tlv, "revoked certificate SEQUENCE");
        var serialStart = entry.Position;
        var serialPath = FieldPaths.Child(path, ".userCertificate");
        var (serial, raw) = AsnValues.ReadInteger(entry, serialPath);
        var serialLocation = new FieldLocation(serialPath, serialStart, entry.Position - serialStart);
        var date = AsnTime.Read(entry, FieldPaths.Child(path, ".revocationDate"));
        var extensions = new List<X509Extension>();
        var extensionsEncoded = false;
        FieldLocation? extensionsLocation = null;
        if (entry.NextIs(Asn1Tag.Sequence))
        {
            extensionsEncoded = true;
            var extensionsPath = FieldPaths.Child(path, ".crlEntryExtensions");
            var extList = entry.EnterSequence(extensionsPath, out var extTlv, "Extensions SEQUENCE");
            extensionsLocation = extTlv.Locate(extensionsPath);
            extensions = CertificateDecoder.ReadExtensions(extList, extensionsPath, diagnostics, CrlExtensionDecoders.DecodeEntryExtension);
        }
        entry.ExpectEnd("revoked certificate");
        return new RevokedCertificate(index, serial, raw, serialLocation, date, extensionsEncoded, extensionsLocation, extensions, tlv.Locate(path));
    }
}
