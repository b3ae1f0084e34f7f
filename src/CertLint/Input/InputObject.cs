using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Input;

/// <summary>
/// One object found in an input: its kind, where it came from, its encoding (byte-exact as found), and for
/// certificates the decoded model. <see cref="Notes"/> say what the container did (e.g. PKCS#7 inside
/// CERTIFICATE armour); <see cref="Diagnostics"/> are problems at that position.
/// </summary>
public sealed record InputObject(ObjectKind Kind, Origin Origin, ReadOnlyMemory<byte> Encoded)
{
    private readonly CertificateDecodeResult? _held;
    private readonly WeakReference<CertificateDecodeResult>? _onDemand;
    private readonly bool _decodesOnDemand;

    /// <summary>
    /// The decoded certificate. Held for the object's life, or (<see cref="CertificateResultOnDemand"/>) weakly and
    /// decoded again from <see cref="Encoded"/> when the collector took it: the same model, maybe not the same instance.
    /// </summary>
    public CertificateDecodeResult? CertificateResult
    {
        get
        {
            if (_onDemand is null)
            {
                return _held;
            }
            if (!_onDemand.TryGetTarget(out var result))
            {
                result = CertificateDecoder.Decode(Encoded);
                _onDemand.SetTarget(result);
            }
            return result;
        }
        init => _held = value;
    }

    /// <summary>Sets the decoded certificate, held weakly (<see cref="InputOptions.ModelsOnDemand"/>).</summary>
    public CertificateDecodeResult? CertificateResultOnDemand
    {
        init
        {
            _onDemand = value is null ? null : new WeakReference<CertificateDecodeResult>(value);
            _decodesOnDemand = value?.Certificate is not null;
        }
    }

    public Certificate? Certificate => CertificateResult?.Certificate;

    /// <summary>Whether <see cref="Certificate"/> is a decoded certificate, known without decoding it again.</summary>
    public bool HasCertificate => _onDemand is null ? _held?.Certificate is not null : _decodesOnDemand;
    /// <summary>For a CRL: the decoded model, or why it does not decode (a lint finding, not an input error).</summary>
    public CrlDecodeResult? CrlResult { get; init; }
    public CertificateList? Crl => CrlResult?.Crl;
    /// <summary>Index of the container object (e.g. the PKCS#7) in the same result, when nested.</summary>
    public int? ParentIndex { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<DecodeDiagnostic> Diagnostics { get; init; } = [];
}

/// <summary>
/// A problem with an input as a whole or at one place in it; always names the file and, where known, the byte
/// offset, and the index of the object it concerns (e.g. a certificate that does not decode) when there is one.
/// </summary>
public sealed record InputError(string File, string Message, long? Offset = null, int? ObjectIndex = null)
{
    /// <summary>The message with its place, as every command prints it after the file name: "what (at byte N)".</summary>
    public string Describe() => At(Message, Offset);

    public override string ToString() => $"{File}: {Describe()}";

    public static string At(string message, long? offset) => offset is { } o ? $"{message} (at byte {o})" : message;

    /// <summary>
    /// On the last error of an input that had more than <see cref="InputErrorList.KeptPerInput"/>: how many errors
    /// this one stands for (they were counted, not kept). 0 on every other error.
    /// </summary>
    public int NotKept { get; init; }

    /// <summary>How many errors this entry counts for in "... and N more" lines.</summary>
    public int Weight => WeightOf(NotKept);

    /// <summary>What <see cref="Weight"/> is for an error that carries <paramref name="notKept"/> (show's errors carry it too).</summary>
    public static int WeightOf(int notKept) => notKept > 0 ? notKept : 1;

    /// <summary>Text reports and error streams print this many errors per file, then <see cref="More"/>.</summary>
    public const int PrintedPerFile = 20;

    public static string More(long rest) => $"... and {rest} more error{(rest == 1 ? "" : "s")} in this file (not printed; --format json lists them, up to {InputErrorList.KeptPerInput} per input)";
}

/// <summary>Everything decoded from one input: objects in stored order, plus errors (which do not stop the rest).</summary>
public sealed record InputResult(string File, string Encoding, IReadOnlyList<InputObject> Objects, IReadOnlyList<InputError> Errors)
{
    public IEnumerable<InputObject> Certificates => Objects.Where(o => o.Kind == ObjectKind.Certificate);
}
