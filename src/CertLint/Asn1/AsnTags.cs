using System.Formats.Asn1;

namespace CertLint.Asn1;

public static class AsnTags
{
    public static Asn1Tag Context(int number, bool constructed) => new(TagClass.ContextSpecific, number, constructed);

    /// <summary>Readable tag name for error messages: "SEQUENCE", "[3] constructed", "UTF8String".</summary>
    public static string Describe(Asn1Tag tag)
    {
        if (tag.TagClass == TagClass.Universal)
        {
            var name = tag.TagValue switch
            {
                16 => "SEQUENCE",
                17 => "SET",
                // Tags with two enum names: the JIT and Native AOT builds print different ones ("InstanceOf" and
                // "ISO646String" against "External" and "VisibleString"), so messages would depend on the build.
                8 => "External",
                _ when AsnStrings.IsStringTag(tag) => AsnStrings.TypeName(tag.TagValue),
                _ => ((UniversalTagNumber)tag.TagValue).ToString(),
            };
            return tag.IsConstructed && tag.TagValue is not (16 or 17) ? name + " (constructed)" : name;
        }
        var cls = tag.TagClass switch
        {
            TagClass.ContextSpecific => "",
            TagClass.Application => "APPLICATION ",
            _ => "PRIVATE ",
        };
        return $"[{cls}{tag.TagValue}]{(tag.IsConstructed ? " constructed" : "")}";
    }
}
