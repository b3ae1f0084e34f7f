namespace CertLint.Targets.MbedTls;

/// <summary>A change that would make Mbed TLS accept the certificate, with the risk it carries when there is one.</summary>
public sealed record MbedTlsFix(string Kind, string Text, string? Warning = null);

/// <summary>What mbedtls_x509_crt_parse_der returns for one certificate, why, and how to fix it.</summary>
public sealed class MbedTlsParseResult
{
    public required string Target { get; init; }
    public required int Code { get; init; }
    public string CodeHex => MbedTlsErrorCodes.ToHex(Code);
    /// <summary>mbedtls_strerror of the release for <see cref="Code"/> (empty for 0).</summary>
    public required string Text { get; init; }
    public bool Accepted => Code == 0;
    public MbedTlsCause? Cause { get; init; }
    public MbedTlsCertificate? Certificate { get; init; }
    public IReadOnlyList<MbedTlsFix> Fixes { get; init; } = [];
}

/// <summary>One certificate found in a buffer given to mbedtls_x509_crt_parse.</summary>
public sealed record MbedTlsFileEntry(int Index, int? PemBlockOffset, MbedTlsParseResult? Parse, int? PemError, string? PemErrorText);

/// <summary>What mbedtls_x509_crt_parse / _parse_file returns for a whole buffer, and each certificate's own result.</summary>
public sealed class MbedTlsFileParseResult
{
    public required string Target { get; init; }
    /// <summary>0, a negative error, or the positive number of certificates that failed when at least one parsed.</summary>
    public required int Code { get; init; }
    public string CodeHex => MbedTlsErrorCodes.ToHex(Code);
    public required string Text { get; init; }
    /// <summary>"der" or "pem": how mbedtls_x509_crt_parse read the buffer.</summary>
    public required string Format { get; init; }
    public required IReadOnlyList<MbedTlsFileEntry> Entries { get; init; }
    public int Loaded => Entries.Count(e => e.Parse?.Accepted == true);
    /// <summary>Explains the result when it needs explaining (positive counts, PEM that is read as DER, ...).</summary>
    public string? Note { get; init; }
}
