using System.Collections.Concurrent;
using System.Formats.Asn1;
using CertLint.Asn1;
using CertLint.IO;
using CertLint.X509;

namespace CertLint.Input;

public sealed record InputOptions
{
    /// <summary>Inputs larger than this are refused: reading stops at this byte (hostile or mistaken input).</summary>
    public long MaxBytes { get; init; } = BoundedReader.DefaultMaxBytes;

    /// <summary>
    /// Certificate models are held weakly and decoded again if the collector took them (see
    /// <see cref="InputObject.CertificateResult"/>): for commands that visit each certificate once (show, predict), so
    /// a bundle of 100,000 distinct certificates is never in memory as 100,000 models.
    /// </summary>
    public bool ModelsOnDemand { get; init; }

    /// <summary>
    /// Without <see cref="ModelsOnDemand"/>, the models of this many certificates per input are held and the rest
    /// weakly, as with models on demand: an input of 327,000 distinct certificates held 570 MB of models while lint
    /// built its chains and judged it. Commands that keep a certificate's model past its own turn (lint's issuer
    /// index, convert) read it through <see cref="InputObject.Certificate"/>, which decodes it again when needed.
    /// </summary>
    public int ModelsHeld { get; init; } = LargeInput.ModelsHeld;

    /// <summary>Objects one input may hold (see <see cref="InputLimits"/>); reading stops with an error past them.</summary>
    public int MaxObjects { get; init; } = InputLimits.MaxObjects;

    public static InputOptions Default { get; } = new();
    public static InputOptions OnDemand { get; } = new() { ModelsOnDemand = true };
}

/// <summary>
/// Finds every object in a file or stream by content, never by name: PEM (any labels, junk around blocks, CRLF,
/// BOMs, UTF-16), DER, BER, bare base64, PKCS#7 (and its certificates and CRLs), and reports each with its origin.
/// </summary>
public static class InputDecoder
{
    public static InputResult DecodeFile(string path, InputOptions? options = null) => DecodeRead(path, ReadFile(path, options), options);

    public static InputResult DecodeStream(string name, Stream stream, InputOptions? options = null) => DecodeRead(name, ReadStream(name, stream, options), options);

    /// <summary>What <see cref="ReadFile"/> or <see cref="ReadStream"/> gave, decoded (or its read error), for callers that look at the size first.</summary>
    public static InputResult DecodeRead(string name, (byte[]? Bytes, InputError? Error) read, InputOptions? options = null) =>
        read.Error is { } error ? new InputResult(error.File, "unreadable", [], [error]) : Decode(name, read.Bytes!, options);

    /// <summary>A file's bytes through the shared <see cref="BoundedReader"/>; callers that need the raw bytes use this too.</summary>
    public static (byte[]? Bytes, InputError? Error) ReadFile(string path, InputOptions? options = null)
    {
        options ??= InputOptions.Default;
        try
        {
            return (BoundedReader.ReadFile(path, options.MaxBytes), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, ReadError(path, ex));
        }
    }

    /// <summary>A stream's bytes, stopping with an error as soon as it passes the size limit (stdin can be endless).</summary>
    public static (byte[]? Bytes, InputError? Error) ReadStream(string name, Stream stream, InputOptions? options = null)
    {
        options ??= InputOptions.Default;
        try
        {
            return (BoundedReader.ReadStream(stream, options.MaxBytes), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, ReadError(name, ex));
        }
    }

    /// <summary>The one-line error for a file that could not be read, as every command reports it.</summary>
    public static InputError ReadError(string name, Exception ex) => ex switch
    {
        InputTooLargeException big => new InputError(name, big.Message, big.Limit),
        InputIsDirectoryException => new InputError(name, "is a directory"),
        FileNotFoundException or DirectoryNotFoundException => new InputError(name, "no such file"),
        _ => new InputError(name, IoProblems.Describe(ex)),
    };

    public static InputResult Decode(string name, ReadOnlyMemory<byte> data, InputOptions? options = null)
    {
        var settings = options ?? InputOptions.Default;
        var context = new DecodeContext(name, settings.ModelsOnDemand ? DecodeContext.SharedModels : settings.ModelsHeld, settings.MaxObjects);
        if (data.IsEmpty)
        {
            context.Errors.Add(new InputError(name, "empty input", 0));
            return context.Result("empty");
        }
        if (data.Span[0] is 0x30 or 0x06 && !TextDecoding.LooksLikeText(data.Span))
        {
            DecodeBinary(context, data, "DER", baseOffset: 0);
            return context.Result(context.SawBer ? "BER" : "DER");
        }
        var (encoding, prefix, unit) = TextDecoding.Layout(data.Span);
        if (unit == 1 && PemReader.ContainsPem(data.Span[prefix..]))
        {
            // Read in place, one character per byte: no string of the whole file.
            var latin1 = data[prefix..];
            DecodePem(context, PemReader.Read(latin1, context.MaxObjects), () => PemReader.FirstBegin(latin1.Span), prefix, unit);
            return context.Result("PEM (" + encoding + ")");
        }
        var (text, _, _, _) = TextDecoding.Decode(data.Span);
        if (unit == 2 && PemReader.ContainsPem(text))
        {
            DecodePem(context, PemReader.Read(text, context.MaxObjects), () => PemReader.FirstBegin(text), prefix, unit);
            return context.Result("PEM (" + encoding + ")");
        }
        if (TextDecoding.IsBareBase64(text) && TextDecoding.TryBase64(text) is { Length: > 0 } decoded)
        {
            DecodeBinary(context, decoded, "base64", baseOffset: 0, wholeFile: data.Length);
            return context.Result("base64");
        }
        context.Errors.Add(new InputError(name, "not a certificate container: no PEM armour, not DER/BER, not base64", 0));
        return context.Result("unknown");
    }

    private static void DecodePem(DecodeContext context, List<PemBlock> blocks, Func<int> firstBegin, int prefix, int unit)
    {
        var window = new PemObject[DecodeContext.AheadWindow];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i % DecodeContext.AheadWindow == 0)
            {
                context.DecodeAhead(Classify(blocks, i, Math.Min(blocks.Count, i + DecodeContext.AheadWindow), window));
            }
            var block = blocks[i];
            var fileOffset = prefix + block.Offset * unit;
            if (block.Data is not null && context.Remaining <= 0)
            {
                // Containers in earlier blocks used up the input's objects.
                context.Errors.Add(new InputError(context.Name, $"PEM block {block.Index} ({block.Label}, line {block.LineStart}): {InputLimits.ObjectsExceeded(context.MaxObjects, "objects")}", fileOffset));
                break;
            }
            var origin = new Origin(context.Name, "PEM", fileOffset, block.Length * unit, block.Index, block.Label, block.LineStart, block.LineEnd);
            if (block.Data is null)
            {
                context.Errors.Add(new InputError(context.Name, $"PEM block {block.Index} ({block.Label}, line {block.LineStart}): {block.Error}", prefix + (block.ErrorOffset ?? block.Offset) * unit));
                continue;
            }
            if (block.Data.Length == 0)
            {
                context.Errors.Add(new InputError(context.Name, $"PEM block {block.Index} ({block.Label}, line {block.LineStart}) is empty", fileOffset));
                continue;
            }
            AddPemObject(context, block, origin, window[i % DecodeContext.AheadWindow]);
        }
        if (blocks.Count == 0)
        {
            context.Errors.Add(new InputError(context.Name, "'-----BEGIN ' found but no complete PEM header line", prefix + firstBegin() * unit));
        }
    }

    /// <summary>What a block's armour and content say it holds: the label's kind unless the content says otherwise.</summary>
    private readonly record struct PemObject(ObjectKind Kind, ObjectKind Labelled, ObjectKind Sniffed, ReadOnlyMemory<byte> Encoded, int? First);

    /// <summary>Classifies the blocks with data in [from, to) into <paramref name="window"/>; returns the certificates among them, as <see cref="AddPemObject"/> will add them.</summary>
    private static List<ReadOnlyMemory<byte>> Classify(List<PemBlock> blocks, int from, int to, PemObject[] window)
    {
        var certificates = new List<ReadOnlyMemory<byte>>(to - from);
        for (var i = from; i < to; i++)
        {
            if (blocks[i].Data is not { Length: > 0 })
            {
                continue;
            }
            var pem = window[i - from] = PemObjectOf(blocks[i]);
            if (pem.Kind == ObjectKind.Certificate)
            {
                certificates.Add(pem.Encoded);
            }
        }
        return certificates;
    }

    private static PemObject PemObjectOf(PemBlock block)
    {
        var data = (ReadOnlyMemory<byte>)block.Data!;
        var labelled = ObjectKinds.FromPemLabel(block.Label);
        var first = FirstTlvLength(data.Span);
        var encoded = first is { } len ? data[..len] : data;
        var sniffed = ObjectSniffer.Classify(encoded);
        var kind = sniffed == ObjectKind.Pkcs7 && labelled == ObjectKind.Certificate ? ObjectKind.Pkcs7
            : labelled == ObjectKind.Unknown && sniffed != ObjectKind.Unknown ? sniffed
            : labelled;
        return new PemObject(kind, labelled, sniffed, encoded, first);
    }

    private static void AddPemObject(DecodeContext context, PemBlock block, Origin origin, PemObject pem)
    {
        var data = (ReadOnlyMemory<byte>)block.Data!;
        var (kind, labelled, sniffed, encoded, first) = pem;
        var notes = new List<string>();
        if (kind == ObjectKind.Pkcs7 && labelled == ObjectKind.Certificate)
        {
            notes.Add($"PKCS#7 inside '{block.Label}' armour: read as PKCS#7");
        }
        else if (labelled == ObjectKind.Unknown && sniffed != ObjectKind.Unknown)
        {
            notes.Add($"unknown PEM label '{block.Label}': content is a {ObjectKinds.Describe(sniffed)}");
        }
        else if (labelled == ObjectKind.Unknown)
        {
            notes.Add($"unknown PEM label '{block.Label}'");
        }
        if (block.HasHeaders)
        {
            notes.Add("PEM headers present (legacy encrypted PEM: Proc-Type/DEK-Info)");
            if (labelled is ObjectKind.RsaPrivateKey or ObjectKind.EcPrivateKey)
            {
                encoded = data;
            }
        }
        if (first is { } used && used < data.Length && !block.HasHeaders)
        {
            if (block.Label == "TRUSTED CERTIFICATE")
            {
                notes.Add($"{data.Length - used} byte(s) of OpenSSL trust settings after the certificate ignored");
            }
            else
            {
                context.Errors.Add(new InputError(context.Name, $"PEM block {block.Index} ({block.Label}, line {block.LineStart}): {data.Length - used} byte(s) after the object", origin.FileOffset));
            }
        }
        var innerOrigin = origin with { InnerOffset = 0, InnerLength = encoded.Length };
        context.Add(kind, encoded, innerOrigin, notes);
    }

    private static int? FirstTlvLength(ReadOnlySpan<byte> data)
    {
        try
        {
            AsnDecoder.ReadEncodedValue(data, AsnEncodingRules.BER, out _, out _, out var consumed);
            return consumed;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    /// <summary>DER/BER objects back to back (one file may hold several concatenated certificates).</summary>
    private static void DecodeBinary(DecodeContext context, ReadOnlyMemory<byte> data, string encoding, int baseOffset, int? wholeFile = null)
    {
        var position = 0;
        while (position < data.Length)
        {
            if (context.Remaining <= 0)
            {
                context.Errors.Add(new InputError(context.Name, InputLimits.ObjectsExceeded(context.MaxObjects, "DER objects back to back"), baseOffset + position));
                return;
            }
            var rest = data[position..];
            int consumed;
            try
            {
                AsnDecoder.ReadEncodedValue(rest.Span, AsnEncodingRules.BER, out _, out _, out consumed);
            }
            catch (AsnContentException)
            {
                if (position > 0 && IsPadding(rest.Span))
                {
                    // A newline or NULs after the last object (editors, some exports): openssl ignores them too.
                    return;
                }
                var what = position == 0
                    ? "not DER/BER: the outer element's length is invalid or runs past the end (truncated?)"
                    : $"{data.Length - position} byte(s) after the last object are not DER/BER";
                context.Errors.Add(new InputError(context.Name, what, baseOffset + position));
                return;
            }
            var encoded = rest[..consumed];
            var kind = ObjectSniffer.Classify(encoded);
            var origin = encoding == "base64"
                ? new Origin(context.Name, encoding, 0, wholeFile ?? data.Length, InnerOffset: position, InnerLength: consumed)
                : new Origin(context.Name, encoding, baseOffset + position, consumed);
            context.Add(kind, encoded, origin, []);
            if (kind == ObjectKind.Unknown)
            {
                // One error for the input, not one per chunk: garbage that happens to parse as TLVs is still garbage.
                var unread = data.Length - position - consumed;
                var tail = unread > 0 ? $"; the {unread} byte(s) after it were not read" : "";
                context.Errors.Add(new InputError(context.Name, $"unrecognised DER object (not a certificate, PKCS#7, CRL, CSR, key or PKCS#12){tail}", baseOffset + position));
                return;
            }
            position += consumed;
        }
    }

    private static bool IsBerOnly(DecodeDiagnostic d) => d.Code is "der.indefinite-length" or "der.length-not-minimal" or "der.constructed-string";

    /// <summary>A binary object whose own encoding needs BER is labelled BER (its offsets are still file offsets).</summary>
    private static Origin Relabel(Origin origin, bool ber) => ber && origin.Encoding == "DER" ? origin with { Encoding = "BER" } : origin;

    /// <summary>Objects read straight from a binary file: their offsets are offsets in that file.</summary>
    private static bool IsBinaryFile(Origin origin) => origin.Encoding is "DER" or "BER";

    private static bool IsPadding(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not (0x00 or 0x0A or 0x0D or 0x20 or 0x09))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Accumulates objects and errors for one input and expands containers.</summary>
    private sealed class DecodeContext(string name, int modelsHeld, int maxObjects)
    {
        public string Name { get; } = name;
        public int MaxObjects { get; } = maxObjects;

        /// <summary>PKCS#7 elements skipped with a note so far: they count against <see cref="MaxObjects"/> like objects.</summary>
        private int _skippedItems;
        private int _crlEntriesHoldable = RevokedEntries.EntriesHeld;

        /// <summary>How many more objects this input may hold: the limit is the input's, whatever containers hold them.</summary>
        public int Remaining => MaxObjects - Objects.Count - _skippedItems;
        public List<InputObject> Objects { get; } = [];
        public InputErrorList Errors { get; } = new(name);
        public bool SawBer { get; private set; }

        /// <summary>Certificates added so far, counted as they come (counting Objects per error was quadratic).</summary>
        private int _certificates;

        /// <summary>
        /// Decoded certificates by their exact bytes: a bundle repeating one certificate (160,000 copies fit in 64 MiB)
        /// decodes it once and shares the model, which is immutable, so memory follows distinct certificates only.
        /// </summary>
        private readonly Dictionary<ReadOnlyMemory<byte>, CertificateDecodeResult> _decoded = new(EncodedBytesComparer.Instance);

        /// <summary>Parts equal between this input's certificates (issuer names, algorithms, extensions) decoded once.</summary>
        private readonly DecodedParts _parts = new();

        /// <summary>The next certificates are decoded on every core this many at a time, then added in input order.</summary>
        public const int AheadWindow = 1024;

        /// <summary>Certificates decoded ahead (<see cref="DecodeAhead"/>), by the very slice that will be added (not by content).</summary>
        private readonly Dictionary<ReadOnlyMemory<byte>, CertificateDecodeResult> _ahead = [];

        /// <summary>The parts tables of the workers that decode ahead (a table is not thread-safe): each shares within itself.</summary>
        private readonly ConcurrentBag<DecodedParts> _workerParts = [];

        /// <summary>With models on demand: this many are held and shared as usual, the rest weakly. Past the held models, the copy table keeps at most this many.</summary>
        public const int SharedModels = 1024;

        public InputResult Result(string encoding) => new(Name, encoding, Objects, Errors.ToList());

        public void Add(ObjectKind kind, ReadOnlyMemory<byte> encoded, Origin origin, IReadOnlyList<string> notes)
        {
            switch (kind)
            {
                case ObjectKind.Certificate:
                    AddCertificate(encoded, origin, notes, null);
                    break;
                case ObjectKind.Pkcs7:
                    AddPkcs7(encoded, origin, notes);
                    break;
                case ObjectKind.Crl:
                    AddCrl(encoded, origin, notes, null);
                    break;
                default:
                    Objects.Add(new InputObject(kind, origin, encoded) { Notes = notes });
                    break;
            }
        }

        /// <summary>
        /// Decodes the distinct ones of these certificates, which are about to be added in this order, on every core:
        /// decoding was 40% of lint's single-threaded start on a 10,000-certificate bundle. What is added and reported
        /// does not change: a model depends only on the certificate's bytes, and one whose decoding throws is left to
        /// the in-order path, which fails as it always did.
        /// </summary>
        public void DecodeAhead(List<ReadOnlyMemory<byte>> certificates)
        {
            _ahead.Clear();
            if (!Work.InParallel(certificates.Count))
            {
                return;
            }
            var seen = new HashSet<ReadOnlyMemory<byte>>(EncodedBytesComparer.Instance);
            var distinct = certificates.FindAll(c => !_decoded.ContainsKey(c) && seen.Add(c));
            var results = new CertificateDecodeResult?[distinct.Count];
            Work.For(distinct.Count, () => _workerParts.TryTake(out var parts) ? parts : new DecodedParts(), (i, parts) =>
            {
                try
                {
                    results[i] = CertificateDecoder.Decode(distinct[i], parts);
                }
                catch (Exception)
                {
                    results[i] = null;
                }
            }, _workerParts.Add);
            for (var i = 0; i < distinct.Count; i++)
            {
                if (results[i] is { } result)
                {
                    _ahead[distinct[i]] = result;
                }
            }
        }

        private void AddCertificate(ReadOnlyMemory<byte> encoded, Origin origin, IReadOnlyList<string> notes, int? parent)
        {
            if (!_decoded.TryGetValue(encoded, out var result))
            {
                result = _ahead.Remove(encoded, out var early) ? early : CertificateDecoder.Decode(encoded, _parts);
                if (_certificates >= modelsHeld && _decoded.Count >= SharedModels)
                {
                    // Held weakly, the models must not all stay reachable from here either.
                    _decoded.Clear();
                }
                _decoded.Add(encoded, result);
            }
            var ber = result.Diagnostics.Any(IsBerOnly);
            SawBer |= ber;
            origin = Relabel(origin, ber);
            if (result.Certificate is null && result.Diagnostics.FirstOrDefault(d => d.Level == DiagnosticLevel.Error) is { } error)
            {
                var at = IsBinaryFile(origin) ? origin.FileOffset + error.Offset : (long?)null;
                var where = at is null ? $" (offset {error.Offset} in the certificate)" : "";
                Errors.Add(new InputError(Name, $"certificate {_certificates} is malformed: {error}{where}", at ?? origin.FileOffset, Objects.Count));
            }
            var weakly = _certificates >= modelsHeld;
            Objects.Add(new InputObject(ObjectKind.Certificate, origin, encoded)
            {
                CertificateResult = weakly ? null : result, CertificateResultOnDemand = weakly ? result : null,
                Notes = notes, ParentIndex = parent, Diagnostics = result.Diagnostics,
            });
            _certificates++;
        }

        /// <summary>A CRL is decoded for lint; one that does not decode is lint's finding, not an input error (other commands only carry CRLs).</summary>
        private void AddCrl(ReadOnlyMemory<byte> encoded, Origin origin, IReadOnlyList<string> notes, int? parent)
        {
            // One budget of held entries for the whole input: its CRLs all stay decoded until the input is done.
            var result = CrlDecoder.Decode(encoded, _crlEntriesHoldable);
            _crlEntriesHoldable -= result.Crl?.EntriesHeld ?? 0;
            Objects.Add(new InputObject(ObjectKind.Crl, origin, encoded) { CrlResult = result, Notes = notes, ParentIndex = parent });
        }

        private void AddPkcs7(ReadOnlyMemory<byte> encoded, Origin origin, IReadOnlyList<string> notes)
        {
            var diagnostics = new List<DecodeDiagnostic>();
            Pkcs7Contents contents;
            try
            {
                contents = Pkcs7Reader.Read(encoded, diagnostics, Math.Max(0, Remaining - 1));
            }
            catch (Exception ex) when (ex is AsnContentException or ArgumentException)
            {
                Errors.Add(new InputError(Name, $"PKCS#7 is malformed: {ex.Message.TrimEnd('.')}", origin.FileOffset));
                Objects.Add(new InputObject(ObjectKind.Pkcs7, origin, encoded) { Notes = notes });
                return;
            }
            catch (Asn1DecodeException ex)
            {
                Errors.Add(new InputError(Name, $"PKCS#7 is malformed: {ex.ToDiagnostic()}", IsBinaryFile(origin) ? origin.FileOffset + ex.Offset : origin.FileOffset));
                Objects.Add(new InputObject(ObjectKind.Pkcs7, origin, encoded) { Notes = notes, Diagnostics = [ex.ToDiagnostic()] });
                return;
            }
            SawBer |= diagnostics.Count > 0;
            origin = Relabel(origin, diagnostics.Any(IsBerOnly));
            var parent = Objects.Count;
            Objects.Add(new InputObject(ObjectKind.Pkcs7, origin, encoded) { Notes = [.. notes, .. contents.Notes], Diagnostics = diagnostics });
            _skippedItems += contents.Notes.Count;
            if (contents.UnreadFrom is { } unread)
            {
                Errors.Add(new InputError(Name, InputLimits.ObjectsExceeded(MaxObjects, "PKCS#7 items"), IsBinaryFile(origin) ? origin.FileOffset + unread : origin.FileOffset));
            }
            for (var i = 0; i < contents.Items.Count; i++)
            {
                if (i % AheadWindow == 0)
                {
                    DecodeAhead([.. contents.Items.Skip(i).Take(AheadWindow).Where(c => c.Kind == ObjectKind.Certificate).Select(c => encoded.Slice(c.Offset, c.Length))]);
                }
                var item = contents.Items[i];
                var itemBytes = encoded.Slice(item.Offset, item.Length);
                var itemOrigin = origin with
                {
                    Container = "PKCS#7",
                    IndexInContainer = item.Index,
                    InnerOffset = (origin.InnerOffset ?? 0) + item.Offset,
                    InnerLength = item.Length,
                    Encoding = IsBinaryFile(origin) ? "DER" : origin.Encoding,
                    FileOffset = IsBinaryFile(origin) ? origin.FileOffset + item.Offset : origin.FileOffset,
                    FileLength = IsBinaryFile(origin) ? item.Length : origin.FileLength,
                };
                if (item.Kind == ObjectKind.Certificate)
                {
                    AddCertificate(itemBytes, itemOrigin, [], parent);
                }
                else if (item.Kind == ObjectKind.Crl)
                {
                    AddCrl(itemBytes, itemOrigin, [], parent);
                }
                else
                {
                    Objects.Add(new InputObject(item.Kind, itemOrigin, itemBytes) { ParentIndex = parent });
                }
            }
        }
    }
}
