namespace CertLint.Targets.MbedTls;

/// <summary>What made Mbed TLS refuse something: a sentence, the field path, the byte offset, the OID involved.</summary>
public sealed record MbedTlsCause(string What, string Path, int Offset, string? Oid = null)
{
    public override string ToString() => Oid is null ? $"{What} at {Path} (offset {Offset})" : $"{What} at {Path} (offset {Offset}, OID {Oid})";
}

/// <summary>State shared by the parts of one certificate parse: the bytes, the release, the build, the first cause.</summary>
internal sealed class MbedTlsParseContext(MbedTlsTarget target, MbedTlsConfig config, byte[] bytes)
{
    public MbedTlsTarget Target { get; } = target;
    public MbedTlsConfig Config { get; } = config;
    public MbedTlsBehaviour Behaviour => Target.Behaviour;
    public byte[] B { get; } = bytes;
    public MbedTlsAsn1 Asn1 { get; } = new(target.Behaviour);
    public MbedTlsCause? Cause { get; private set; }

    /// <summary>Records the innermost cause (the first one reported) and passes the code through.</summary>
    public int Fail(int code, string what, string path, int offset, string? oid = null)
    {
        if (code != 0)
        {
            Cause ??= new MbedTlsCause(what, path, offset, oid);
        }

        return code;
    }

    /// <summary>MBEDTLS_ERROR_ADD of the release, recording a cause when the inner step had none.</summary>
    public int Add(int high, int low, string what, string path, int offset, string? oid = null) =>
        Fail(Target.Add(high, low), what, path, offset, oid);

    public static string Describe(int asn1Code) => asn1Code switch
    {
        MbedTlsErrorCodes.Asn1OutOfData => "data ends early (length runs past the enclosing element, or an element is missing)",
        MbedTlsErrorCodes.Asn1UnexpectedTag => "unexpected tag",
        MbedTlsErrorCodes.Asn1InvalidLength => "invalid length",
        MbedTlsErrorCodes.Asn1LengthMismatch => "length mismatch (bytes left over)",
        MbedTlsErrorCodes.Asn1InvalidData => "invalid data",
        _ => $"error {MbedTlsErrorCodes.ToHex(asn1Code)}",
    };

    public string OidText(Asn1Buf oid) => MbedTlsOid.Decode(oid.Span(B));
}
