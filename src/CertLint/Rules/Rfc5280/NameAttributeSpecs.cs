using CertLint.Asn1;
using CertLint.Data;
using CertLint.X509;
using CertLint.Yaml;

namespace CertLint.Rules.Rfc5280;

/// <summary>One attribute type's allowed string types and upper bound (rules/rfc5280/name-attributes.yaml).</summary>
public sealed class NameAttributeSpec
{
    public string Oid { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>directory-string, printable-string or ia5-string.</summary>
    public string Syntax { get; set; } = "";
    /// <summary>Upper bound in characters; 0 when none is checked.</summary>
    public int MaxLength { get; set; }

    public bool Allows(int tagNumber) => Syntax switch
    {
        "printable-string" => tagNumber == (int)System.Formats.Asn1.UniversalTagNumber.PrintableString,
        "ia5-string" => tagNumber == (int)System.Formats.Asn1.UniversalTagNumber.IA5String,
        _ => tagNumber is 12 or 19 or 20 or 28 or 30,
    };

    public string AllowedTypes => Syntax switch
    {
        "printable-string" => "PrintableString",
        "ia5-string" => "IA5String",
        _ => "DirectoryString (UTF8String, PrintableString, TeletexString, UniversalString, BMPString)",
    };
}

public sealed class NameAttributeSpecDocument
{
    public List<NameAttributeSpec> Attributes { get; set; } = [];
}

/// <summary>The attribute table, read once from the embedded YAML.</summary>
public static class NameAttributeSpecs
{
    private static readonly Lazy<Dictionary<string, NameAttributeSpec>> Table = new(() =>
    {
        var document = CertLintYamlContext.Deserializer().Deserialize<NameAttributeSpecDocument>(EmbeddedData.ReadText("rfc5280/name-attributes.yaml"));
        return document.Attributes.ToDictionary(a => a.Oid, StringComparer.Ordinal);
    });

    public static NameAttributeSpec? For(string oid) => Table.Value.GetValueOrDefault(oid);

    /// <summary>Length in characters (Unicode scalar values), as the ASN.1 SIZE constraints count.</summary>
    public static int CharacterCount(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }
}

/// <summary>Walks the attributes of a certificate's subject (and issuer where asked) without LINQ allocations.</summary>
public static class NameWalk
{
    public static IEnumerable<(string Field, NameAttribute Attribute)> Subject(Certificate certificate) => Of("subject", certificate.Subject);

    public static IEnumerable<(string Field, NameAttribute Attribute)> SubjectAndIssuer(Certificate certificate)
    {
        foreach (var item in Of("subject", certificate.Subject))
        {
            yield return item;
        }
        foreach (var item in Of("issuer", certificate.Issuer))
        {
            yield return item;
        }
    }

    private static IEnumerable<(string, NameAttribute)> Of(string field, DistinguishedName name)
    {
        foreach (var rdn in name.Rdns)
        {
            foreach (var attribute in rdn.Attributes)
            {
                yield return (field, attribute);
            }
        }
    }

    /// <summary>The location of the attribute's value (falls back to the whole attribute).</summary>
    public static FieldLocation ValueLocation(NameAttribute attribute) => attribute.Value?.Location ?? attribute.Location;
}
