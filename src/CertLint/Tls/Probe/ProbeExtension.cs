using System.Buffers.Binary;
using System.Text;

namespace CertLint.Tls.Probe;

/// <summary>One ClientHello extension a probe can offer or leave out, with the value it carries.</summary>
public sealed record ProbeExtension(string Name, int Code, int? Value = null)
{
    public const int ServerName = 0;
    public const int MaxFragmentLength = 1;
    public const int SupportedGroups = 10;
    public const int EcPointFormats = 11;
    public const int SignatureAlgorithms = 13;
    public const int Padding = 21;
    public const int EncryptThenMac = 22;
    public const int ExtendedMasterSecret = 23;
    public const int RecordSizeLimit = 28;
    public const int SessionTicket = 35;
    public const int SupportedVersions = 43;
    public const int PskKeyExchangeModes = 45;
    public const int KeyShare = 51;
    public const int RenegotiationInfo = 0xFF01;

    private static readonly (string Name, int Code)[] Known =
    [
        ("server_name", ServerName), ("max_fragment_length", MaxFragmentLength), ("supported_groups", SupportedGroups),
        ("ec_point_formats", EcPointFormats), ("signature_algorithms", SignatureAlgorithms), ("padding", Padding),
        ("encrypt_then_mac", EncryptThenMac), ("extended_master_secret", ExtendedMasterSecret),
        ("record_size_limit", RecordSizeLimit), ("session_ticket", SessionTicket), ("supported_versions", SupportedVersions),
        ("psk_key_exchange_modes", PskKeyExchangeModes), ("key_share", KeyShare), ("renegotiation_info", RenegotiationInfo),
        ("status_request", 5), ("truncated_hmac", 4), ("application_layer_protocol_negotiation", 16),
        ("signed_certificate_timestamp", 18), ("pre_shared_key", 41), ("early_data", 42), ("cookie", 44),
        ("signature_algorithms_cert", 50), ("compress_certificate", 27),
    ];

    public static ProbeExtension Named(string name, int? value = null)
    {
        var known = Known.FirstOrDefault(k => k.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known.Name is null)
        {
            throw new FormatException($"unknown extension '{name}'; known: {string.Join(", ", Known.Select(k => k.Name))}");
        }

        return new ProbeExtension(known.Name, known.Code, value);
    }

    /// <summary>The extension's registered name, or "extension_N" for one CertLint does not name.</summary>
    public static string NameOf(int code) => Known.FirstOrDefault(k => k.Code == code).Name ?? $"extension_{code}";

    /// <summary>max_fragment_length codes (RFC 6066): 1 = 512 ... 4 = 4096 bytes.</summary>
    public static int MaxFragmentCode(int bytes) => bytes switch
    {
        512 => 1,
        1024 => 2,
        2048 => 3,
        4096 => 4,
        _ => throw new FormatException($"max_fragment_length must be 512, 1024, 2048 or 4096, not {bytes}"),
    };

    public static int MaxFragmentBytes(int code) => 256 << code;

    /// <summary>How the extension reads in a listing: "max_fragment_length=512".</summary>
    public override string ToString() => Code switch
    {
        MaxFragmentLength when Value is { } code => $"{Name}={MaxFragmentBytes(code)}",
        _ when Value is { } v => $"{Name}={v}",
        _ => Name,
    };

    /// <summary>The extension_data bytes for the extensions the probe writes itself.</summary>
    internal byte[] Encode(string? sni)
    {
        switch (Code)
        {
            case ServerName:
                var host = Encoding.ASCII.GetBytes(sni ?? "");
                var data = new byte[5 + host.Length];
                BinaryPrimitives.WriteUInt16BigEndian(data, (ushort)(3 + host.Length));
                data[2] = 0;
                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(3), (ushort)host.Length);
                host.CopyTo(data, 5);
                return data;
            case MaxFragmentLength:
                return [(byte)(Value ?? 1)];
            case RecordSizeLimit:
                var limit = new byte[2];
                BinaryPrimitives.WriteUInt16BigEndian(limit, (ushort)(Value ?? 16384));
                return limit;
            case EcPointFormats:
                return [1, 0];
            case PskKeyExchangeModes:
                // psk_dhe_ke (1) then psk_ke (0), as Mbed TLS 3.6 writes them with all modes enabled.
                return [2, 1, 0];
            case Padding:
                return new byte[Value ?? 0];
            default:
                return [];
        }
    }
}
