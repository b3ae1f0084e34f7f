using System.Runtime.CompilerServices;
using CertLint.Asn1;
using CertLint.X509;

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

/// <summary>
/// The attribute table of rules/rfc5280/name-attributes.yaml, precompiled into NameAttributeSpecs.g.cs (no YAML is
/// read at start-up; a test fails when the generated file no longer matches the YAML).
/// </summary>
public static partial class NameAttributeSpecs
{
    /// <summary>The YAML the table is generated from (embedded; read by the test that checks the generated file).</summary>
    public const string Source = "rfc5280/name-attributes.yaml";

    public static NameAttributeSpec? For(string oid)
    {
        // A small per-thread cache by the OID's reference: the name rules look up every attribute of both names of every
        // certificate, and a decoded OID is one pooled string, so the table's string hashing is done once per OID.
        var cache = _recent ??= new (string?, NameAttributeSpec?)[16];
        ref var slot = ref cache[RuntimeHelpers.GetHashCode(oid) & 15];
        if (!ReferenceEquals(slot.Oid, oid))
        {
            slot = (oid, Lookup.Table.GetValueOrDefault(oid));
        }
        return slot.Spec;
    }

    [ThreadStatic]
    private static (string? Oid, NameAttributeSpec? Spec)[]? _recent;

    private static class Lookup
    {
        public static readonly Dictionary<string, NameAttributeSpec> Table = Build();

        private static Dictionary<string, NameAttributeSpec> Build()
        {
            var table = new Dictionary<string, NameAttributeSpec>(StringComparer.Ordinal);
            foreach (var spec in Generated())
            {
                table.Add(spec.Oid, spec);
            }
            return table;
        }
    }

    /// <summary>Length in characters (Unicode scalar values), as the ASN.1 SIZE constraints count.</summary>
    public static int CharacterCount(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            // No surrogates (nearly every name): one character per UTF-16 unit.
            return text.Length;
        }
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }
}

/// <summary>Walks the attributes of a certificate's subject (and issuer where asked) without allocating.</summary>
public static class NameWalk
{
    public static NameAttributes Subject(Certificate certificate) => new("subject", certificate.Subject, null, null);

    public static NameAttributes Issuer(Certificate certificate) => new("issuer", certificate.Issuer, null, null);

    public static NameAttributes SubjectAndIssuer(Certificate certificate) => new("subject", certificate.Subject, "issuer", certificate.Issuer);

    /// <summary>The location of the attribute's value (falls back to the whole attribute).</summary>
    public static FieldLocation ValueLocation(NameAttribute attribute) => attribute.Value?.Location ?? attribute.Location;
}

/// <summary>
/// The attributes of one name, then of a second, each with the field it is in. A struct with a struct enumerator:
/// the name rules walk both names of every certificate, and an iterator (with LINQ's Concat) per walk was a tenth of
/// what their lint allocated.
/// </summary>
public readonly struct NameAttributes(string field, DistinguishedName name, string? nextField, DistinguishedName? next)
{
    public Enumerator GetEnumerator() => new(field, name, nextField, next);

    public struct Enumerator(string field, DistinguishedName name, string? nextField, DistinguishedName? next)
    {
        private string _field = field;
        private DistinguishedName _name = name;
        private string? _nextField = nextField;
        private DistinguishedName? _next = next;
        private int _rdn;
        private int _attribute = -1;

        public readonly (string Field, NameAttribute Attribute) Current => (_field, _name.Rdns[_rdn].Attributes[_attribute]);

        public bool MoveNext()
        {
            while (true)
            {
                var rdns = _name.Rdns;
                if (_rdn < rdns.Count)
                {
                    if (++_attribute < rdns[_rdn].Attributes.Count)
                    {
                        return true;
                    }
                    _rdn++;
                    _attribute = -1;
                    continue;
                }
                if (_next is null)
                {
                    return false;
                }
                (_field, _name, _next, _rdn, _attribute) = (_nextField!, _next, null, 0, -1);
            }
        }
    }
}
