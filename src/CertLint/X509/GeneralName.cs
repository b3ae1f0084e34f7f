using System.Formats.Asn1;
using System.Net;
using System.Text;
using CertLint.Asn1;

namespace CertLint.X509;

public enum GeneralNameKind
{
    OtherName = 0,
    Rfc822Name = 1,
    DnsName = 2,
    X400Address = 3,
    DirectoryName = 4,
    EdiPartyName = 5,
    Uri = 6,
    IpAddress = 7,
    RegisteredId = 8,
}

/// <summary>
/// One GeneralName as encoded. <see cref="Raw"/> is the content octets (for IA5 kinds, the string bytes; for
/// iPAddress, the address bytes); <see cref="Text"/> is a readable rendering.
/// </summary>
public sealed record GeneralName(GeneralNameKind Kind, ReadOnlyMemory<byte> Raw, string Text, FieldLocation Location)
{
    public DistinguishedName? DirectoryName { get; init; }
    public string? OtherNameTypeOid { get; init; }
    public string? RegisteredIdOid { get; init; }

    public string KindName => Kind switch
    {
        GeneralNameKind.Rfc822Name => "email",
        GeneralNameKind.DnsName => "DNS",
        GeneralNameKind.Uri => "URI",
        GeneralNameKind.IpAddress => "IP",
        GeneralNameKind.DirectoryName => "DirName",
        GeneralNameKind.RegisteredId => "RID",
        GeneralNameKind.OtherName => "othername",
        GeneralNameKind.X400Address => "X400",
        _ => "EdiPartyName",
    };

    public override string ToString() => $"{KindName}:{Text}";

    public static GeneralName Read(AsnCursor cursor, string path)
    {
        var tag = cursor.PeekTag();
        if (tag is not { TagClass: TagClass.ContextSpecific } t || t.TagValue > 8)
        {
            var found = tag is { } x ? AsnTags.Describe(x) : "end of data";
            throw new Asn1DecodeException(path, cursor.Position, "invalid GeneralName", "[0]..[8]", found);
        }
        var kind = (GeneralNameKind)t.TagValue;
        var tlv = cursor.Read(path);
        var content = cursor.Content(tlv);
        var location = tlv.Locate(path);
        switch (kind)
        {
            case GeneralNameKind.Rfc822Name or GeneralNameKind.DnsName or GeneralNameKind.Uri:
                return new GeneralName(kind, content, Encoding.Latin1.GetString(content.Span), location);
            case GeneralNameKind.IpAddress:
                return new GeneralName(kind, content, IpText(content.Span), location);
            case GeneralNameKind.DirectoryName:
            {
                var inner = cursor.Enter(tlv, path);
                var name = DistinguishedName.Read(inner, FieldPaths.Child(path, ".directoryName"));
                inner.ExpectEnd("directoryName");
                return new GeneralName(kind, content, name.ToString(), location) { DirectoryName = name };
            }
            case GeneralNameKind.RegisteredId:
            {
                var oid = AsnDecoder.ReadObjectIdentifier(cursor.Encoded(tlv).Span, AsnEncodingRules.BER, out _, t);
                return new GeneralName(kind, content, oid, location) { RegisteredIdOid = oid };
            }
            case GeneralNameKind.OtherName:
            {
                var inner = cursor.Enter(tlv, path);
                var (oid, _) = AsnValues.ReadOid(inner, FieldPaths.Child(path, ".typeId"));
                var valuePath = FieldPaths.Child(path, ".value");
                var valueTlv = inner.Read(valuePath, AsnTags.Context(0, true), "[0] EXPLICIT value");
                inner.ExpectEnd("otherName");
                var valueCursor = inner.Enter(valueTlv, valuePath);
                var text = valueCursor.PeekTag() is { } vt && AsnStrings.IsStringTag(vt)
                    ? AsnStrings.Read(valueCursor, valuePath).Text
                    : Convert.ToHexString(inner.Content(valueTlv).Span);
                return new GeneralName(kind, content, $"{Oids.Name(oid)};{text}", location) { OtherNameTypeOid = oid };
            }
            default:
                return new GeneralName(kind, content, Convert.ToHexString(content.Span), location);
        }
    }

    private static string IpText(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        4 or 16 => new IPAddress(bytes).ToString(),
        8 => $"{new IPAddress(bytes[..4])}/{new IPAddress(bytes[4..])}",
        32 => $"{new IPAddress(bytes[..16])}/{new IPAddress(bytes[16..])}",
        _ => "invalid:" + Convert.ToHexString(bytes),
    };

    public static IReadOnlyList<GeneralName> ReadSequence(AsnCursor cursor, string path, Asn1Tag? tag = null)
    {
        var tlv = cursor.Read(path, tag ?? Asn1Tag.Sequence, "GeneralNames SEQUENCE");
        var inner = cursor.Enter(tlv, path);
        return ElementList.Read(inner, path, Read);
    }
}
