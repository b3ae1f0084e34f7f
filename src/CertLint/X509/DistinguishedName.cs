using System.Formats.Asn1;
using System.Text;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>One AttributeTypeAndValue: type OID, value as encoded (string type, raw bytes, text).</summary>
public sealed record NameAttribute(string Oid, AsnString? Value, ReadOnlyMemory<byte> EncodedValue, FieldLocation Location)
{
    public string ShortName => Oids.Name(Oid);
    /// <summary>The text; for a non-string value, '#' and the hex of its encoding (RFC 4514).</summary>
    public string Text => Value?.Text ?? "#" + Convert.ToHexString(EncodedValue.Span).ToLowerInvariant();
}

public sealed record RelativeDistinguishedName(IReadOnlyList<NameAttribute> Attributes, FieldLocation Location);

/// <summary>An X.501 Name (RDNSequence) with every RDN and attribute, and the exact encoding for comparisons.</summary>
public sealed record DistinguishedName(IReadOnlyList<RelativeDistinguishedName> Rdns, ReadOnlyMemory<byte> Encoded, FieldLocation Location)
{
    public bool IsEmpty => Rdns.Count == 0;

    public IEnumerable<NameAttribute> Attributes => Rdns.SelectMany(r => r.Attributes);

    public IEnumerable<NameAttribute> Find(string oid) => Attributes.Where(a => a.Oid == oid);

    public string? CommonName => Find("2.5.4.3").LastOrDefault()?.Text;

    public bool EncodingEquals(DistinguishedName other) => Encoded.Span.SequenceEqual(other.Encoded.Span);

    /// <summary>
    /// Same RDNs with the same attribute types and texts in the same order (string types may differ). What
    /// comparing the ToString() forms meant, without building the strings (role detection runs for every certificate).
    /// </summary>
    public bool TextEquals(DistinguishedName other)
    {
        if (Rdns.Count != other.Rdns.Count)
        {
            return false;
        }
        for (var i = 0; i < Rdns.Count; i++)
        {
            var mine = Rdns[i].Attributes;
            var theirs = other.Rdns[i].Attributes;
            if (mine.Count != theirs.Count)
            {
                return false;
            }
            for (var j = 0; j < mine.Count; j++)
            {
                if (mine[j].Oid != theirs[j].Oid || mine[j].Text != theirs[j].Text)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>OpenSSL-like one-line form, most significant RDN first: "C=US, O=Example, CN=leaf".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var rdn in Rdns)
        {
            if (sb.Length > 0)
            {
                sb.Append(", ");
            }
            sb.AppendJoin(" + ", rdn.Attributes.Select(a => $"{a.ShortName}={a.Text}"));
        }
        return sb.ToString();
    }

    public static DistinguishedName Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out var tlv, "Name (RDNSequence)");
        var rdns = new List<RelativeDistinguishedName>();
        while (seq.HasData)
        {
            var rdnPath = FieldPaths.Item(FieldPaths.Child(path, ".rdn"), rdns.Count);
            var setTlv = seq.Read(rdnPath, Asn1Tag.SetOf, "SET OF AttributeTypeAndValue");
            var set = seq.Enter(setTlv, rdnPath);
            var attributes = new List<NameAttribute>();
            while (set.HasData)
            {
                var attrPath = FieldPaths.Item(FieldPaths.Child(rdnPath, ".attribute"), attributes.Count);
                var atv = set.EnterSequence(attrPath, out var atvTlv, "AttributeTypeAndValue SEQUENCE");
                var (oid, _) = AsnValues.ReadOid(atv, FieldPaths.Child(attrPath, ".type"));
                var valueTag = atv.PeekTag();
                var valueStart = atv.Position;
                AsnString? value = null;
                if (valueTag is { } vt && AsnStrings.IsStringTag(vt))
                {
                    value = AsnStrings.Read(atv, FieldPaths.Child(attrPath, ".value"));
                }
                else
                {
                    atv.Read(FieldPaths.Child(attrPath, ".value"));
                }
                var encodedValue = atv.Buffer[valueStart..atv.Position];
                atv.ExpectEnd("AttributeTypeAndValue");
                attributes.Add(new NameAttribute(oid, value, encodedValue, atvTlv.Locate(attrPath)));
            }
            // Plain arrays (no list, no read-only wrapper): a name is kept for every certificate of a bundle.
            rdns.Add(new RelativeDistinguishedName(attributes.ToArray(), setTlv.Locate(rdnPath)));
        }
        return new DistinguishedName(rdns.ToArray(), cursor.Encoded(tlv), tlv.Locate(path));
    }
}
