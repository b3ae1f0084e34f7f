namespace CertLint.Input;

/// <summary>
/// How many objects (PEM blocks, DER objects back to back, PKCS#7 items) one input may hold. The byte limit alone did
/// not bound memory: 64 MiB of 28-byte BEGIN lines without END are 2.4 million blocks and as many errors (2-12 GB in
/// every command), 33 million two-byte items in a PKCS#7 set were 9.4 GB of notes. The most real certificates 64 MiB
/// holds is about 330,000 (made-up 205-byte Ed25519 ones, the memory benchmark's `varied`), so no real input is cut.
/// </summary>
public static class InputLimits
{
    public const int MaxObjects = 400_000;

    private const string NotReadPastHere = ": the input is not read past here";

    /// <summary>The error at the first object past the limit (reading stops there).</summary>
    public static string ObjectsExceeded(int max, string what) => $"more than {max} {what}{NotReadPastHere}";

    /// <summary>
    /// Whether this error says the input was not read to its end: a command that otherwise looks past decoder errors
    /// (predict hands Mbed TLS what it finds) must still report it, or it would judge part of the input as the whole.
    /// </summary>
    public static bool StoppedReading(InputError error) => error.Message.EndsWith(NotReadPastHere, StringComparison.Ordinal);
}
