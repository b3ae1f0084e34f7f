using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.Input;

/// <summary>A certificate or CRL inside a PKCS#7, located within the container's bytes.</summary>
public sealed record Pkcs7Item(ObjectKind Kind, int Index, int Offset, int Length);

/// <param name="UnreadFrom">Where reading stopped because the sets held more items than allowed (see <see cref="InputLimits"/>), or null.</param>
public sealed record Pkcs7Contents(string ContentType, IReadOnlyList<Pkcs7Item> Items, IReadOnlyList<string> Notes, int? UnreadFrom = null);

/// <summary>
/// Reads the certificates and CRLs of a PKCS#7/CMS SignedData (RFC 5652) in stored order, DER or BER (indefinite
/// lengths as macOS and Windows write them). The items are located, never re-encoded.
/// </summary>
public static class Pkcs7Reader
{
    /// <param name="maxItems">Items and skipped elements read at most; the rest of the sets is left unread.</param>
    public static Pkcs7Contents Read(ReadOnlyMemory<byte> encoded, List<DecodeDiagnostic> diagnostics, int maxItems = InputLimits.MaxObjects)
    {
        var top = new AsnCursor(encoded, "contentInfo", diagnostics, ElementBudget.Unlimited);
        var contentInfo = top.EnterSequence("contentInfo", out _, "ContentInfo SEQUENCE");
        var (contentType, _) = AsnValues.ReadOid(contentInfo, "contentInfo.contentType");
        if (contentType != Oids.Pkcs7SignedData)
        {
            return new Pkcs7Contents(contentType, [], [$"content type {Oids.Name(contentType)} carries no certificates"]);
        }
        if (!contentInfo.HasData)
        {
            return new Pkcs7Contents(contentType, [], ["SignedData content is absent"]);
        }
        var explicitTlv = contentInfo.Read("contentInfo.content", AsnTags.Context(0, true), "[0] EXPLICIT content");
        var wrapper = contentInfo.Enter(explicitTlv, "contentInfo.content");
        var signedData = wrapper.EnterSequence("signedData", out _, "SignedData SEQUENCE");
        AsnValues.ReadInteger(signedData, "signedData.version");
        signedData.Read("signedData.digestAlgorithms", Asn1Tag.SetOf, "SET OF DigestAlgorithmIdentifier");
        signedData.Read("signedData.encapContentInfo", Asn1Tag.Sequence, "EncapsulatedContentInfo SEQUENCE");
        var items = new List<Pkcs7Item>();
        var notes = new List<string>();
        int? unreadFrom = null;
        if (signedData.NextIs(AsnTags.Context(0, true)))
        {
            unreadFrom = ReadSet(signedData, "signedData.certificates", 0, ObjectKind.Certificate, items, notes, maxItems);
        }
        if (unreadFrom is null && signedData.NextIs(AsnTags.Context(1, true)))
        {
            unreadFrom = ReadSet(signedData, "signedData.crls", 1, ObjectKind.Crl, items, notes, maxItems);
        }
        return new Pkcs7Contents(contentType, items, notes, unreadFrom);
    }

    /// <summary>Reads one set's items; returns where it stopped when the items and notes reached <paramref name="maxItems"/> first.</summary>
    private static int? ReadSet(AsnCursor signedData, string path, int tag, ObjectKind kind, List<Pkcs7Item> items, List<string> notes, int maxItems)
    {
        var setTlv = signedData.Read(path, AsnTags.Context(tag, true));
        var set = signedData.Enter(setTlv, path);
        var index = 0;
        while (set.HasData)
        {
            if (items.Count + notes.Count == maxItems)
            {
                return set.Position;
            }
            var itemPath = $"{path}[{index}]";
            var tlv = set.Read(itemPath);
            if (tlv.Tag == Asn1Tag.Sequence)
            {
                items.Add(new Pkcs7Item(kind, index, tlv.Offset, tlv.TotalLength));
            }
            else
            {
                notes.Add($"{itemPath}: skipped {AsnTags.Describe(tlv.Tag)} (attribute or other certificate format, not X.509)");
            }
            index++;
        }
        return null;
    }
}
