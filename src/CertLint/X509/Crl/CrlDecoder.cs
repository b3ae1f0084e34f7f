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
    internal const string RevokedPath = TbsPath + ".revokedCertificates";

    /// <summary>Diagnostics kept from revoked entries; past these they are counted by code (a CRL may have a million entries).</summary>
    internal const int EntryDiagnosticsKept = 1_000;

    public static CrlDecodeResult Decode(ReadOnlyMemory<byte> encoded) => Decode(encoded, RevokedEntries.EntriesHeld);

    /// <param name="mayHold">The CRL keeps its entries once read when it has at most this many (see <see cref="RevokedEntries.EntriesHeld"/>).</param>
    internal static CrlDecodeResult Decode(ReadOnlyMemory<byte> encoded, int mayHold)
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
            return new CrlDecodeResult(DecodeBody(encoded[..outerTlv.End], body, diagnostics, mayHold), diagnostics);
        }
        catch (Asn1DecodeException ex)
        {
            diagnostics.Add(ex.ToDiagnostic());
            return new CrlDecodeResult(null, diagnostics);
        }
        catch (ElementLimitException ex)
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

    private static CertificateList DecodeBody(ReadOnlyMemory<byte> encoded, AsnCursor body, List<DecodeDiagnostic> diagnostics, int mayHold)
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
        var revoked = RevokedEntries.None;
        var revokedEncoded = false;
        var entryExtensions = false;
        FieldLocation? revokedLocation = null;
        if (tbs.NextIs(Asn1Tag.Sequence))
        {
            revokedEncoded = true;
            var list = tbs.EnterSequence(RevokedPath, out var listTlv, "revokedCertificates SEQUENCE");
            revokedLocation = listTlv.Locate(RevokedPath);
            (revoked, entryExtensions) = ReadEntries(encoded, list, listTlv, diagnostics, mayHold);
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
            EntryExtensionsEncoded = entryExtensions,
            ExtensionsEncoded = extensionsEncoded,
            ExtensionsLocation = extensionsLocation,
            Extensions = extensions,
            SignatureAlgorithm = signatureAlgorithm,
            Signature = signature,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// Reads every entry once, for its diagnostics and to find where it starts, and keeps only that offset
    /// (<see cref="RevokedEntries"/>). Each entry has a budget of its own, so a long list is not one object's excess.
    /// </summary>
    private static (RevokedEntries Entries, bool AnyExtensions) ReadEntries(ReadOnlyMemory<byte> encoded, AsnCursor list, Tlv listTlv, List<DecodeDiagnostic> diagnostics, int mayHold)
    {
        var offsets = new List<int>();
        var anyExtensions = false;
        var scratch = new List<DecodeDiagnostic>();
        var kept = 0;
        var dropped = new Dictionary<string, (DecodeDiagnostic First, int Count)>(StringComparer.Ordinal);
        var listEnd = listTlv.ContentOffset + listTlv.ContentLength;
        // The same walk as the list's cursor, with the entries' diagnostics collected apart to be capped.
        var entries = AsnCursor.Resume(encoded, list.Position, listEnd, RevokedPath, scratch, list.Depth, ElementBudget.Unlimited);
        while (entries.HasData)
        {
            offsets.Add(entries.Position);
            scratch.Clear();
            try
            {
                anyExtensions |= CheckEntry(entries, offsets.Count - 1, scratch);
            }
            finally
            {
                // Also when the entry breaks: what it noticed before the break is the CRL's, as when entries were held.
                foreach (var diagnostic in scratch)
                {
                    if (kept < EntryDiagnosticsKept)
                    {
                        diagnostics.Add(diagnostic);
                        kept++;
                    }
                    else
                    {
                        dropped[diagnostic.Code] = dropped.TryGetValue(diagnostic.Code, out var seen) ? (seen.First, seen.Count + 1) : (diagnostic, 1);
                    }
                }
            }
        }
        foreach (var (first, count) in dropped.Values)
        {
            diagnostics.Add(first with
            {
                Message = $"{first.Message}; this and {count - 1} more like it in later entries are not listed one by one",
            });
        }
        return (offsets.Count == 0 ? RevokedEntries.None : new RevokedEntries(encoded, offsets, listEnd, list.Depth, offsets.Count <= mayHold), anyExtensions);
    }

    /// <summary>Decodes one entry for its diagnostics (a break throws); returns whether it has crlEntryExtensions.</summary>
    private static bool CheckEntry(AsnCursor list, int index, List<DecodeDiagnostic> diagnostics)
    {
        var path = FieldPaths.Item(RevokedPath, index);
        var entry = list.EnterSequence(path, out _, "revoked certificate SEQUENCE", new ElementBudget(ElementBudget.PerCrlEntry));
        var serialPath = FieldPaths.Child(path, ".userCertificate");
        AsnValues.ReadInteger(entry, serialPath);
        AsnTime.Read(entry, FieldPaths.Child(path, ".revocationDate"));
        var extensionsEncoded = false;
        if (entry.NextIs(Asn1Tag.Sequence))
        {
            extensionsEncoded = true;
            var extensionsPath = FieldPaths.Child(path, ".crlEntryExtensions");
            var extList = entry.EnterSequence(extensionsPath, out _, "Extensions SEQUENCE");
            CertificateDecoder.ReadExtensions(extList, extensionsPath, diagnostics, CrlExtensionDecoders.DecodeEntryExtension);
        }
        entry.ExpectEnd("revoked certificate");
        return extensionsEncoded;
    }
}
