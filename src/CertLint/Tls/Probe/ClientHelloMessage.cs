using System.Buffers.Binary;

namespace CertLint.Tls.Probe;

/// <summary>A ClientHello as it went over the wire: what the probe really sent, and what test servers read.</summary>
public sealed record ClientHelloMessage(int LegacyVersion, IReadOnlyList<int> Suites, IReadOnlyList<(int Type, byte[] Data)> Extensions)
{
    public bool Has(int extension) => Extensions.Any(e => e.Type == extension);

    public byte[]? Data(int extension) => Extensions.FirstOrDefault(e => e.Type == extension).Data;

    /// <summary>The groups of supported_groups, in order (empty when absent).</summary>
    public IReadOnlyList<int> Groups => List16(Data(ProbeExtension.SupportedGroups));

    public IReadOnlyList<int> SigAlgs => List16(Data(ProbeExtension.SignatureAlgorithms));

    /// <summary>Parses a handshake message (4-byte header included) of type client_hello; null when it is not one.</summary>
    public static ClientHelloMessage? Parse(ReadOnlySpan<byte> message)
    {
        try
        {
            if (message.Length < 4 || message[0] != 1)
            {
                return null;
            }

            var body = message[4..];
            var version = BinaryPrimitives.ReadUInt16BigEndian(body);
            var p = 2 + 32;
            p += 1 + body[p];
            var suitesLength = BinaryPrimitives.ReadUInt16BigEndian(body[p..]);
            var suites = new List<int>();
            for (var i = 0; i < suitesLength; i += 2)
            {
                suites.Add(BinaryPrimitives.ReadUInt16BigEndian(body[(p + 2 + i)..]));
            }

            p += 2 + suitesLength;
            p += 1 + body[p];
            return new ClientHelloMessage(version, suites, ReadExtensions(body, p));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The extensions block of a hello starting at <paramref name="p"/> (absent: none); throws ArgumentOutOfRangeException when cut short.</summary>
    internal static List<(int Type, byte[] Data)> ReadExtensions(ReadOnlySpan<byte> body, int p)
    {
        var extensions = new List<(int, byte[])>();
        if (p + 2 > body.Length)
        {
            return extensions;
        }

        var end = p + 2 + BinaryPrimitives.ReadUInt16BigEndian(body[p..]);
        p += 2;
        while (p + 4 <= end)
        {
            var type = BinaryPrimitives.ReadUInt16BigEndian(body[p..]);
            var len = BinaryPrimitives.ReadUInt16BigEndian(body[(p + 2)..]);
            extensions.Add((type, body.Slice(p + 4, len).ToArray()));
            p += 4 + len;
        }
        return extensions;
    }

    private static List<int> List16(byte[]? data)
    {
        var list = new List<int>();
        if (data is null || data.Length < 2)
        {
            return list;
        }

        var length = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(data), data.Length - 2);
        for (var i = 0; i + 1 < length; i += 2)
        {
            list.Add(BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(2 + i)));
        }

        return list;
    }
}
