using System.Formats.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

/// <summary>Small pieces the extension rules share, so each rule file states only its requirement.</summary>
internal static class ExtensionChecks
{
    /// <summary>
    /// A finding at the extension when it is present and its critical flag differs from <paramref name="wantCritical"/>;
    /// <paramref name="requirement"/> completes the message ("MUST be non-critical").
    /// </summary>
    public static void Criticality(List<Finding> findings, RuleDescriptor rule, Certificate certificate, string oid, bool wantCritical, string requirement,
        string source = "RFC 5280")
    {
        var extension = certificate.Extension(oid);
        if (extension is null || extension.Critical == wantCritical)
        {
            return;
        }
        var state = extension.Critical ? "marked critical" : "not marked critical";
        findings.Add(Finding.At(rule, $"{extension.Name} extension is {state}; {source} says it {requirement}", extension.Location));
    }

    /// <summary>
    /// A finding at extnValue when the extension is present and its value is a SEQUENCE with no elements (<c>30 00</c>,
    /// or its BER forms) although its type is <c>SEQUENCE SIZE (1..MAX)</c>. Read from the raw bytes, so it also works
    /// for extensions CertLint does not decode and is never fooled by a list whose elements were all malformed.
    /// </summary>
    public static void EmptySequence(List<Finding> findings, RuleDescriptor rule, Certificate certificate, string oid, string what)
    {
        var extension = certificate.Extension(oid);
        if (extension is not null && IsEmptySequence(extension.Value.Span))
        {
            findings.Add(Finding.At(rule, $"{extension.Name} is an empty SEQUENCE (at least one {what} required)", extension.ValueLocation));
        }
    }

    private static bool IsEmptySequence(ReadOnlySpan<byte> value)
    {
        try
        {
            var tag = Asn1Tag.Decode(value, out _);
            if (!tag.HasSameClassAndValue(Asn1Tag.Sequence))
            {
                return false;
            }
            AsnDecoder.ReadEncodedValue(value, AsnEncodingRules.BER, out _, out var contentLength, out var consumed);
            return contentLength == 0 && consumed == value.Length;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    /// <summary>A finding at the extension when a CA-only extension appears in an end-entity certificate.</summary>
    public static void PresentOutsideCa(List<Finding> findings, RuleDescriptor rule, Certificate certificate, string oid)
    {
        var extension = certificate.Extension(oid);
        if (extension is not null && !certificate.IsCa)
        {
            findings.Add(Finding.At(rule, $"{extension.Name} extension in a certificate that is not a CA (basicConstraints cA is not TRUE)", extension.Location));
        }
    }

    /// <summary>Each present, decoded extension among <paramref name="oids"/> (e.g. cRLDistributionPoints and freshestCRL).</summary>
    public static IEnumerable<(X509Extension Extension, T Value)> Decoded<T>(Certificate certificate, string[] oids) where T : ExtensionValue
    {
        foreach (var oid in oids)
        {
            if (certificate.Extension(oid) is { Readable: T value } extension)
            {
                yield return (extension, value);
            }
        }
    }

    /// <summary>Every subtree of nameConstraints with the list it is in ("permitted" or "excluded").</summary>
    public static IEnumerable<(string List, GeneralSubtree Subtree)> NameConstraintSubtrees(Certificate certificate)
    {
        if (certificate.ReadableValue<NameConstraints>(Asn1.Oids.NameConstraints) is not { } constraints)
        {
            yield break;
        }
        foreach (var subtree in constraints.Permitted ?? [])
        {
            yield return ("permitted", subtree);
        }
        foreach (var subtree in constraints.Excluded ?? [])
        {
            yield return ("excluded", subtree);
        }
    }
}
