using System.Formats.Asn1;

namespace CertLint.Asn1;

/// <summary>
/// Walks TLVs in a buffer, keeping absolute offsets and a readable path. Reads strict DER first; where only BER
/// reads a header, it continues and records a <see cref="DiagnosticLevel.DerViolation"/> at that offset.
/// Errors are <see cref="Asn1DecodeException"/>s naming the path, the offset, what was expected and what was found.
/// </summary>
public sealed class AsnCursor
{
    public const int MaxDepth = 64;

    private readonly ReadOnlyMemory<byte> _buffer;
    private readonly int _end;
    private readonly int _depth;
    private readonly ElementBudget _budget;
    private int _position;

    /// <param name="budget">The elements this object may hold; a fresh <see cref="ElementBudget"/> when not given.</param>
    public AsnCursor(ReadOnlyMemory<byte> buffer, string path, List<DecodeDiagnostic> diagnostics, ElementBudget? budget = null)
        : this(buffer, 0, buffer.Length, path, diagnostics, 0, budget ?? new ElementBudget())
    {
    }

    private AsnCursor(ReadOnlyMemory<byte> buffer, int start, int end, string path, List<DecodeDiagnostic> diagnostics, int depth, ElementBudget budget)
    {
        if (depth > MaxDepth)
        {
            throw new Asn1DecodeException(path, start, $"nesting deeper than {MaxDepth} levels");
        }
        _buffer = buffer;
        _position = start;
        _end = end;
        Path = path;
        Diagnostics = diagnostics;
        _depth = depth;
        _budget = budget;
    }

    /// <summary>
    /// A cursor over part of <paramref name="buffer"/> at a given depth, as <see cref="Enter"/> made it when the part
    /// was first read: for reading an element again later, on its own budget (a CRL's revoked entries).
    /// </summary>
    public static AsnCursor Resume(ReadOnlyMemory<byte> buffer, int start, int end, string path, List<DecodeDiagnostic> diagnostics, int depth, ElementBudget budget) =>
        new(buffer, start, end, path, diagnostics, depth, budget);

    public string Path { get; }
    public List<DecodeDiagnostic> Diagnostics { get; }
    public int Depth => _depth;
    public ReadOnlyMemory<byte> Buffer => _buffer;
    public int Position => _position;
    public bool HasData => _position < _end;

    public Asn1Tag? PeekTag()
    {
        if (!HasData)
        {
            return null;
        }
        return Asn1Tag.TryDecode(_buffer.Span[_position.._end], out var tag, out _) ? tag : null;
    }

    public bool NextIs(Asn1Tag tag) => PeekTag() is { } next && next.HasSameClassAndValue(tag) && next.IsConstructed == tag.IsConstructed;

    /// <summary>Reads the next TLV, which must carry <paramref name="expected"/> (when given).</summary>
    public Tlv Read(string path, Asn1Tag? expected = null, string? expectedName = null) => Read(path, expected, expectedName, _budget);

    private Tlv Read(string path, Asn1Tag? expected, string? expectedName, ElementBudget budget)
    {
        if (!HasData)
        {
            throw new Asn1DecodeException(path, _position, "missing element", expectedName ?? (expected is { } e ? AsnTags.Describe(e) : "an element"), "end of data");
        }
        var span = _buffer.Span[_position.._end];
        if (!Asn1Tag.TryDecode(span, out var tag, out _))
        {
            throw new Asn1DecodeException(path, _position, "invalid tag", expectedName ?? "a tag", $"byte 0x{span[0]:X2}");
        }
        if (expected is { } want && !(tag.HasSameClassAndValue(want) && tag.IsConstructed == want.IsConstructed))
        {
            throw new Asn1DecodeException(path, _position, "unexpected tag", expectedName ?? AsnTags.Describe(want), AsnTags.Describe(tag));
        }
        budget.Spend(path, _position);
        var tlv = ReadHeader(span, tag, path);
        _position = tlv.End;
        return tlv;
    }

    /// <summary>The next element when its tag and length are strict DER, without moving or recording anything.</summary>
    public bool TryPeekDer(out Tlv tlv)
    {
        tlv = default;
        if (!HasData || !Asn1Tag.TryDecode(_buffer.Span[_position.._end], out var tag, out _))
        {
            return false;
        }
        if (!AsnDecoder.TryReadEncodedValue(_buffer.Span[_position.._end], AsnEncodingRules.DER, out _, out var contentOffset, out var contentLength, out var consumed))
        {
            return false;
        }
        tlv = new Tlv(tag, _position, _position + contentOffset, contentLength, consumed, false);
        return true;
    }

    private Tlv ReadHeader(ReadOnlySpan<byte> span, Asn1Tag tag, string path)
    {
        try
        {
            AsnDecoder.ReadEncodedValue(span, AsnEncodingRules.DER, out var contentOffset, out var contentLength, out var consumed);
            return new Tlv(tag, _position, _position + contentOffset, contentLength, consumed, false);
        }
        catch (AsnContentException)
        {
            // Not DER; BER may still read it (indefinite or non-minimal lengths).
        }
        try
        {
            AsnDecoder.ReadEncodedValue(span, AsnEncodingRules.BER, out var contentOffset, out var contentLength, out var consumed);
            var indefinite = consumed != contentOffset + contentLength;
            Diagnostics.Add(new DecodeDiagnostic(
                DiagnosticLevel.DerViolation,
                indefinite ? "der.indefinite-length" : "der.length-not-minimal",
                path,
                _position,
                indefinite ? "indefinite length (BER), DER requires a definite length" : "length not minimally encoded (BER), DER requires the shortest form"));
            return new Tlv(tag, _position, _position + contentOffset, contentLength, consumed, indefinite);
        }
        catch (AsnContentException ex)
        {
            throw new Asn1DecodeException(path, _position, LengthProblem(span, ex), "a length within the enclosing element", $"{_end - _position} byte(s) available");
        }
    }

    private static string LengthProblem(ReadOnlySpan<byte> span, AsnContentException ex) =>
        span.Length < 2 ? "truncated: no length" : $"bad or overlong length ({ex.Message.TrimEnd('.')})";

    /// <summary>A cursor over the content of a constructed TLV (excluding a BER end-of-contents marker).</summary>
    public AsnCursor Enter(Tlv tlv, string path) => Enter(tlv, path, _budget);

    private AsnCursor Enter(Tlv tlv, string path, ElementBudget budget) =>
        new(_buffer, tlv.ContentOffset, tlv.ContentOffset + tlv.ContentLength, path, Diagnostics, _depth + 1, budget);

    /// <summary>A reassembled value (a BER constructed OCTET STRING) read as a new buffer, on this object's budget.</summary>
    public AsnCursor Over(ReadOnlyMemory<byte> value, string path) => new(value, 0, value.Length, path, Diagnostics, 0, _budget);

    /// <summary>
    /// A cursor over one TLV already read from this cursor, header included, so a decoder can read that element on
    /// its own and a failure inside it leaves this cursor positioned after it (partial decoding of lists).
    /// </summary>
    public AsnCursor Isolate(Tlv tlv, string path)
    {
        // The element is read again from the new cursor: counted once, not twice.
        _budget.Refund();
        return new(_buffer, tlv.Offset, tlv.End, path, Diagnostics, _depth + 1, _budget);
    }

    public ReadOnlyMemory<byte> Content(Tlv tlv) => _buffer.Slice(tlv.ContentOffset, tlv.ContentLength);

    public ReadOnlyMemory<byte> Encoded(Tlv tlv) => _buffer.Slice(tlv.Offset, tlv.TotalLength);

    /// <summary>Fails when bytes remain: DER structures have no room for extras.</summary>
    public void ExpectEnd(string what)
    {
        if (HasData)
        {
            var found = PeekTag() is { } t ? AsnTags.Describe(t) : $"byte 0x{_buffer.Span[_position]:X2}";
            throw new Asn1DecodeException(Path, _position, $"unexpected data after {what}", "end of " + what, found);
        }
    }

    public AsnCursor EnterSequence(string path, out Tlv tlv, string? expectedName = null)
    {
        tlv = Read(path, Asn1Tag.Sequence, expectedName ?? "SEQUENCE");
        return Enter(tlv, path);
    }

    /// <summary>Like <see cref="EnterSequence(string, out Tlv, string?)"/>, but the SEQUENCE and all within it count against <paramref name="budget"/>.</summary>
    public AsnCursor EnterSequence(string path, out Tlv tlv, string expectedName, ElementBudget budget)
    {
        tlv = Read(path, Asn1Tag.Sequence, expectedName, budget);
        return Enter(tlv, path, budget);
    }
}
