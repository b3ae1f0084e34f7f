using CertLint.Asn1;

namespace CertLint.X509;

[Flags]
public enum KeyUsageFlags
{
    None = 0,
    DigitalSignature = 1 << 0,
    NonRepudiation = 1 << 1,
    KeyEncipherment = 1 << 2,
    DataEncipherment = 1 << 3,
    KeyAgreement = 1 << 4,
    KeyCertSign = 1 << 5,
    CrlSign = 1 << 6,
    EncipherOnly = 1 << 7,
    DecipherOnly = 1 << 8,
}

/// <summary>keyUsage (RFC 5280 4.2.1.3): the flags (bit n of the BIT STRING is flag 1 &lt;&lt; n) and the raw bits.</summary>
public sealed record KeyUsage(KeyUsageFlags Flags, BitStringValue Bits) : ExtensionValue
{
    public bool Has(KeyUsageFlags flag) => (Flags & flag) == flag;

    /// <summary>A bit beyond decipherOnly (bit 8) is set.</summary>
    public bool HasUndefinedBits => Enumerable.Range(9, Math.Max(0, Bits.BitLength - 9)).Any(Bits.IsSet);

    public static KeyUsage Read(AsnCursor cursor, string path)
    {
        var bits = AsnValues.ReadNamedBitList(cursor, path);
        var flags = KeyUsageFlags.None;
        for (var i = 0; i < 9; i++)
        {
            if (bits.IsSet(i))
            {
                flags |= (KeyUsageFlags)(1 << i);
            }
        }
        return new KeyUsage(flags, bits);
    }

    public static string Describe(KeyUsageFlags flags) => flags == KeyUsageFlags.None
        ? "(none)"
        : string.Join(", ", Enum.GetValues<KeyUsageFlags>().Where(f => f != KeyUsageFlags.None && flags.HasFlag(f)).Select(NameOf));

    public static string NameOf(KeyUsageFlags flag) => flag switch
    {
        KeyUsageFlags.DigitalSignature => "digitalSignature",
        KeyUsageFlags.NonRepudiation => "nonRepudiation",
        KeyUsageFlags.KeyEncipherment => "keyEncipherment",
        KeyUsageFlags.DataEncipherment => "dataEncipherment",
        KeyUsageFlags.KeyAgreement => "keyAgreement",
        KeyUsageFlags.KeyCertSign => "keyCertSign",
        KeyUsageFlags.CrlSign => "cRLSign",
        KeyUsageFlags.EncipherOnly => "encipherOnly",
        KeyUsageFlags.DecipherOnly => "decipherOnly",
        _ => flag.ToString(),
    };
}
