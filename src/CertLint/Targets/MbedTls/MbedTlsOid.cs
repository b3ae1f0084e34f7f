using System.Text;

namespace CertLint.Targets.MbedTls;

/// <summary>Mbed TLS compares OIDs as raw content octets; these helpers convert to and from dotted text.</summary>
public static class MbedTlsOid
{
    public static byte[] Encode(string dotted)
    {
        var arcs = dotted.Split('.').Select(ulong.Parse).ToArray();
        var bytes = new List<byte>();
        AppendBase128(bytes, arcs[0] * 40 + arcs[1]);
        foreach (var arc in arcs.Skip(2))
        {
            AppendBase128(bytes, arc);
        }

        return [.. bytes];
    }

    /// <summary>Dotted form for messages; never throws (malformed content is shown in hex).</summary>
    public static string Decode(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return "(empty OID)";
        }

        var sb = new StringBuilder();
        ulong value = 0;
        var first = true;
        foreach (var b in content)
        {
            if (value > (ulong.MaxValue >> 7))
            {
                return "0x" + Convert.ToHexString(content);
            }

            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) != 0)
            {
                continue;
            }

            if (first)
            {
                var top = value >= 80 ? 2UL : value / 40;
                sb.Append(top).Append('.').Append(value - top * 40);
                first = false;
            }
            else
            {
                sb.Append('.').Append(value);
            }
            value = 0;
        }
        return (content[^1] & 0x80) != 0 ? "0x" + Convert.ToHexString(content) : sb.ToString();
    }

    private static void AppendBase128(List<byte> bytes, ulong value)
    {
        var stack = new Stack<byte>();
        stack.Push((byte)(value & 0x7F));
        while ((value >>= 7) != 0)
        {
            stack.Push((byte)(0x80 | (value & 0x7F)));
        }

        bytes.AddRange(stack);
    }
}
