namespace CertLint.Tests.Targets.MbedTls.Differential;

/// <summary>
/// A mutable tree of DER tag-length-values for building mutants: constructed values, and OCTET/BIT STRINGs whose
/// content is itself DER (extension values, RSA keys, ECDSA signatures), have children; everything else is bytes.
/// Lengths are recomputed on <see cref="Encode"/>, so structural edits keep every enclosing length consistent.
/// </summary>
internal sealed class DerNode
{
    public byte Tag;
    /// <summary>For a BIT STRING with children: the unused-bits byte before them.</summary>
    public byte? BitStringPrefix;
    public byte[] Content = [];
    public List<DerNode>? Children;

    public DerNode Clone() => new()
    {
        Tag = Tag, BitStringPrefix = BitStringPrefix, Content = Content,
        Children = Children?.Select(c => c.Clone()).ToList(),
    };

    public static DerNode Parse(ReadOnlySpan<byte> der)
    {
        var pos = 0;
        var node = ReadOne(der, ref pos) ?? throw new FormatException("not DER");
        if (pos != der.Length)
        {
            throw new FormatException("bytes after the value");
        }

        return node;
    }

    private static DerNode? ReadOne(ReadOnlySpan<byte> d, ref int pos)
    {
        if (pos + 2 > d.Length)
        {
            return null;
        }

        var tag = d[pos];
        if ((tag & 0x1F) == 0x1F)
        {
            return null;
        }

        var len = (int)d[pos + 1];
        var at = pos + 2;
        if (len == 0x80)
        {
            return null;
        }

        if (len > 0x80)
        {
            var n = len & 0x7F;
            if (n > 3 || at + n > d.Length)
            {
                return null;
            }

            len = 0;
            for (var i = 0; i < n; i++)
            {
                len = (len << 8) | d[at + i];
            }

            at += n;
        }
        if (at + len > d.Length)
        {
            return null;
        }

        var content = d.Slice(at, len);
        pos = at + len;
        var node = new DerNode { Tag = tag, Content = content.ToArray() };
        if ((tag & 0x20) != 0)
        {
            node.Children = ReadAll(content);
            if (node.Children is null)
            {
                return null;
            }
        }
        else if (tag == 0x04 && content.Length > 1 && ReadAll(content) is { } inner)
        {
            node.Children = inner;
        }
        else if (tag == 0x03 && content.Length > 2 && content[0] == 0 && ReadAll(content[1..]) is { } bits)
        {
            node.BitStringPrefix = 0;
            node.Children = bits;
        }
        return node;
    }

    private static List<DerNode>? ReadAll(ReadOnlySpan<byte> d)
    {
        var list = new List<DerNode>();
        var pos = 0;
        while (pos < d.Length)
        {
            var n = ReadOne(d, ref pos);
            if (n is null)
            {
                return null;
            }

            list.Add(n);
        }
        return list;
    }

    public byte[] Encode()
    {
        var body = BodyBytes();
        return [Tag, .. Length(body.Length), .. body];
    }

    public byte[] BodyBytes()
    {
        if (Children is null)
        {
            return Content;
        }

        var inner = Children.SelectMany(c => c.Encode());
        return BitStringPrefix is { } b ? [b, .. inner] : [.. inner];
    }

    public static byte[] Length(int n) => n switch
    {
        < 0x80 => [(byte)n],
        < 0x100 => [0x81, (byte)n],
        < 0x10000 => [0x82, (byte)(n >> 8), (byte)n],
        _ => [0x83, (byte)(n >> 16), (byte)(n >> 8), (byte)n],
    };

    /// <summary>Every node with its parent (null for the root), depth-first in encoding order.</summary>
    public IEnumerable<(DerNode Node, DerNode? Parent)> Walk(DerNode? parent = null)
    {
        yield return (this, parent);
        if (Children is null)
        {
            yield break;
        }

        foreach (var c in Children)
        {
            foreach (var x in c.Walk(this))
            {
                yield return x;
            }
        }
    }

    /// <summary>Offsets (in <see cref="Encode"/>'s output) of every node's tag byte, in walk order.</summary>
    public List<(DerNode Node, int Offset, int HeaderLength)> Offsets()
    {
        var list = new List<(DerNode, int, int)>();
        Collect(0, list);
        return list;
    }

    private int Collect(int offset, List<(DerNode, int, int)> list)
    {
        var body = BodyBytes();
        var header = 1 + Length(body.Length).Length;
        list.Add((this, offset, header));
        if (Children is not null)
        {
            var at = offset + header + (BitStringPrefix is null ? 0 : 1);
            foreach (var c in Children)
            {
                at = c.Collect(at, list);
            }
        }
        return offset + header + body.Length;
    }
}
