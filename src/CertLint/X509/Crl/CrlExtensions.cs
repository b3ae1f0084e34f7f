using System.Formats.Asn1;
using System.Numerics;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>cRLNumber (RFC 5280 5.2.3) or deltaCRLIndicator's BaseCRLNumber (5.2.4): an INTEGER as encoded.</summary>
public sealed record CrlNumber(BigInteger Value, ReadOnlyMemory<byte> Raw, FieldLocation Location) : ExtensionValue
{
    public static CrlNumber Read(AsnCursor cursor, string path)
    {
        var start = cursor.Position;
        var (value, raw) = AsnValues.ReadInteger(cursor, path);
        return new CrlNumber(value, raw, new FieldLocation(path, start, cursor.Position - start));
    }
}

/// <summary>reasonCode (RFC 5280 5.3.1): the ENUMERATED value as encoded.</summary>
public sealed record CrlReason(BigInteger Value, FieldLocation Location) : ExtensionValue
{
    /// <summary>The defined values: 0-6, 8-10 (7 is not used).</summary>
    public bool IsDefined => Value >= 0 && Value <= 10 && Value != 7;

    public string Name => (int)BigInteger.Clamp(Value, -1, 11) switch
    {
        0 => "unspecified", 1 => "keyCompromise", 2 => "cACompromise", 3 => "affiliationChanged", 4 => "superseded",
        5 => "cessationOfOperation", 6 => "certificateHold", 8 => "removeFromCRL", 9 => "privilegeWithdrawn", 10 => "aACompromise",
        _ => $"undefined value {Value}",
    };

    public static CrlReason Read(AsnCursor cursor, string path)
    {
        var start = cursor.Position;
        var (value, _) = AsnValues.ReadInteger(cursor, path, Asn1Tag.Enumerated);
        return new CrlReason(value, new FieldLocation(path, start, cursor.Position - start));
    }
}

/// <summary>invalidityDate (RFC 5280 5.3.2): a GeneralizedTime (the time as encoded, whatever its type).</summary>
public sealed record InvalidityDate(AsnTime Time) : ExtensionValue
{
    public static InvalidityDate Read(AsnCursor cursor, string path) => new(AsnTime.Read(cursor, path));
}

/// <summary>issuingDistributionPoint (RFC 5280 5.2.5), with which of its fields were encoded.</summary>
public sealed record IssuingDistributionPoint(
    IReadOnlyList<GeneralName>? FullName,
    ReadOnlyMemory<byte>? NameRelativeToCrlIssuer,
    bool OnlyContainsUserCerts,
    bool OnlyContainsCaCerts,
    BitStringValue? OnlySomeReasons,
    bool IndirectCrl,
    bool OnlyContainsAttributeCerts,
    FieldLocation Location) : ExtensionValue
{
    /// <summary>The SEQUENCE holds no field at all (RFC 5280 5.2.5 forbids an empty one).</summary>
    public bool IsEmpty => FullName is null && NameRelativeToCrlIssuer is null && !OnlyContainsUserCerts && !OnlyContainsCaCerts
        && OnlySomeReasons is null && !IndirectCrl && !OnlyContainsAttributeCerts && !HasFalseFlags;

    /// <summary>A BOOLEAN encoded FALSE (its DEFAULT): the SEQUENCE is not empty, though it says nothing.</summary>
    public bool HasFalseFlags { get; init; }

    public static IssuingDistributionPoint Read(AsnCursor cursor, string path)
    {
        var seq = cursor.EnterSequence(path, out var tlv, "IssuingDistributionPoint SEQUENCE");
        IReadOnlyList<GeneralName>? fullName = null;
        ReadOnlyMemory<byte>? relative = null;
        if (seq.NextIs(AsnTags.Context(0, true)))
        {
            var namePath = FieldPaths.Child(path, ".distributionPoint");
            var nameTlv = seq.Read(namePath);
            var name = seq.Enter(nameTlv, namePath);
            if (name.NextIs(AsnTags.Context(0, true)))
            {
                fullName = GeneralName.ReadSequence(name, FieldPaths.Child(path, ".distributionPoint.fullName"), AsnTags.Context(0, true));
            }
            else
            {
                var rel = name.Read(FieldPaths.Child(path, ".distributionPoint.nameRelativeToCRLIssuer"), AsnTags.Context(1, true));
                relative = name.Encoded(rel);
            }
            name.ExpectEnd("DistributionPointName");
        }
        var falseFlags = false;
        bool Flag(int tag, string field)
        {
            if (!seq.NextIs(AsnTags.Context(tag, false)))
            {
                return false;
            }
            var at = seq.Position;
            var flagPath = path + "." + field;
            var flagTlv = seq.Read(flagPath);
            var content = seq.Content(flagTlv).Span;
            if (content.Length != 1)
            {
                throw new Asn1DecodeException(flagPath, at, "BOOLEAN must be one octet", "1 octet", $"{content.Length} octets");
            }
            if (content[0] == 0)
            {
                falseFlags = true;
                seq.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.default-encoded", flagPath, at,
                    $"{field} FALSE is the DEFAULT and must be omitted in DER"));
            }
            else if (content[0] != 0xFF)
            {
                seq.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.boolean-not-ff", flagPath, at,
                    $"BOOLEAN TRUE encoded as 0x{content[0]:X2}, DER requires 0xFF"));
            }
            return content[0] != 0;
        }
        var onlyUser = Flag(1, "onlyContainsUserCerts");
        var onlyCa = Flag(2, "onlyContainsCACerts");
        BitStringValue? reasons = null;
        if (seq.NextIs(AsnTags.Context(3, false)))
        {
            reasons = AsnValues.ReadNamedBitList(seq, FieldPaths.Child(path, ".onlySomeReasons"), AsnTags.Context(3, false));
        }
        var indirect = Flag(4, "indirectCRL");
        var onlyAttribute = Flag(5, "onlyContainsAttributeCerts");
        seq.ExpectEnd("IssuingDistributionPoint");
        return new IssuingDistributionPoint(fullName, relative, onlyUser, onlyCa, reasons, indirect, onlyAttribute, tlv.Locate(path))
        {
            HasFalseFlags = falseFlags,
        };
    }
}

/// <summary>The CRL and CRL entry extensions CertLint decodes (RFC 5280 5.2, 5.3), by OID.</summary>
public static class CrlExtensionDecoders
{
    private static readonly Dictionary<string, Func<AsnCursor, string, ExtensionValue>> CrlDecoders = new(StringComparer.Ordinal)
    {
        [Oids.AuthorityKeyIdentifier] = AuthorityKeyIdentifier.Read,
        [Oids.IssuerAltName] = AltName.Read,
        [Oids.CrlNumber] = CrlNumber.Read,
        [Oids.DeltaCrlIndicator] = CrlNumber.Read,
        [Oids.IssuingDistributionPoint] = IssuingDistributionPoint.Read,
        [Oids.FreshestCrl] = CrlDistributionPoints.Read,
        [Oids.AuthorityInfoAccess] = InfoAccess.Read,
    };

    private static readonly Dictionary<string, Func<AsnCursor, string, ExtensionValue>> EntryDecoders = new(StringComparer.Ordinal)
    {
        [Oids.CrlReason] = CrlReason.Read,
        [Oids.InvalidityDate] = InvalidityDate.Read,
        [Oids.CertificateIssuer] = AltName.Read,
    };

    /// <summary>CRL extensions RFC 5280 5.2 defines (a critical one of these is understood).</summary>
    public static bool IsKnownCrlExtension(string oid) => CrlDecoders.ContainsKey(oid);

    /// <summary>CRL entry extensions RFC 5280 5.3 defines, plus holdInstructionCode (RFC 3280 5.3.2).</summary>
    public static bool IsKnownEntryExtension(string oid) => EntryDecoders.ContainsKey(oid) || oid == Oids.HoldInstructionCode;

    public static ExtensionValue? DecodeCrlExtension(string oid, AsnCursor content, string path) => Decode(CrlDecoders, oid, content, path);

    public static ExtensionValue? DecodeEntryExtension(string oid, AsnCursor content, string path) => Decode(EntryDecoders, oid, content, path);

    private static ExtensionValue? Decode(Dictionary<string, Func<AsnCursor, string, ExtensionValue>> decoders, string oid, AsnCursor content, string path)
    {
        if (!decoders.TryGetValue(oid, out var decode))
        {
            return null;
        }
        var value = decode(content, path);
        content.ExpectEnd(Oids.Name(oid));
        return value;
    }
}
