using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.Input;

/// <summary>A certificate or CRL inside a PKCS#7, located within the container's bytes.</summary>
public sealed record Pkcs7Item(ObjectKind Kind, int Index, int Offset, int Length);

public sealed record Pkcs7Contents(string ContentType, IReadOnlyList<Pkcs7Item> Items, IReadOnlyList<string> Notes);

/// <summary>
/// Reads the certificates and CRLs of a PKCS#7/CMS SignedData (RFC 5652) in stored order, DER or BER (indefinite
/// lengths as macOS and Windows write them). The items are located, never re-encoded.
/// </summary>
public static class Pkcs7Reader
{
    public static Pkcs7Contents Read(ReadOnlyMemory<byte> encoded, List<DecodeDiagnostic> diagnostics)
    {
        var top = new AsnCursor(encoded, "contentInfo", diagnostics);
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
        if (signedData.NextIs(AsnTags.Context(0, true)))
        {
            ReadSet(signedData, "signedData.certificates", 0, ObjectKind.Certificate, items, notes);
        }
        if (signedData.NextIs(AsnTags.Context(1, true)))
        {
            ReadSet(signedData, "signedData.crls", 1, ObjectKind.Crl, items, notes);
        }
        return new Pkcs7Contents(contentType, items, notes);
    }

    private static void ReadSet(AsnCursor signedData, string path, int tag, ObjectKind kind, List<Pkcs7Item> items, List<string> notes)
    {
        var setTlv = signedData.Read(path, AsnTags.Context(tag, true));
        var set = signedData.Enter(setTlv, path);
        var index = 0;
        while (set.HasData)
        {
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
    }
}
