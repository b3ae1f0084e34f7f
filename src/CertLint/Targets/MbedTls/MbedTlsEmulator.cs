namespace CertLint.Targets.MbedTls;

/// <summary>
/// The entry point: what one Mbed TLS build (release + configuration) does with certificate bytes.
/// Parse follows x509_crt.c; verify and usage live in their own classes and take parsed certificates.
/// </summary>
public sealed class MbedTlsEmulator(MbedTlsConfig config)
{
    public MbedTlsConfig Config { get; } = config;
    public MbedTlsTarget Target => Config.Target;

    public static MbedTlsEmulator Default(string target) => new(MbedTlsTarget.Load(target).DefaultConfig());

    /// <summary>mbedtls_x509_crt_parse_der (or _with_ext_cb when the config has a callback) on one DER certificate.</summary>
    public MbedTlsParseResult ParseDer(byte[] der)
    {
        var context = new MbedTlsParseContext(Target, Config, der);
        int code;
        MbedTlsCertificate? crt;
        try
        {
            code = new MbedTlsCrtParser(context).Parse(out crt);
        }
        catch (IndexOutOfRangeException)
        {
            // A walk that would read past the buffer is a bug in the emulation, not a verdict: say so.
            throw new InvalidOperationException("internal error: the Mbed TLS emulation read past the end of the certificate");
        }
        return new MbedTlsParseResult
        {
            Target = Target.Name,
            Code = code,
            Text = code == 0 ? "" : Target.Strerror.Text(code),
            Cause = code == 0 ? null : context.Cause,
            Certificate = code == 0 ? crt : null,
            Fixes = code == 0 ? [] : MbedTlsFixAdvisor.For(Config, code, context.Cause),
        };
    }

    /// <summary>
    /// mbedtls_x509_crt_parse_file on a file's bytes. mbedtls_pk_load_file reads the file into a buffer one byte
    /// longer, sets that byte to NUL, and counts it in the length only when strstr finds "-----BEGIN " (which stops
    /// at the first NUL). So a DER file is parsed with its exact length, and a PEM file with the NUL counted.
    /// </summary>
    public MbedTlsFileParseResult ParseFile(byte[] file)
    {
        var loaded = new byte[file.Length + 1];
        file.CopyTo(loaded, 0);
        var stringEnd = Array.IndexOf(file, (byte)0);
        var text = stringEnd < 0 ? file.AsSpan() : file.AsSpan(0, stringEnd);
        var length = text.IndexOf("-----BEGIN "u8) >= 0 ? file.Length + 1 : file.Length;
        return ParseBuffer(length == loaded.Length ? loaded : file);
    }

    /// <summary>
    /// mbedtls_x509_crt_parse on a buffer, with the buffer's length. PEM only when the buffer ends in NUL and holds
    /// "-----BEGIN CERTIFICATE-----" before its first NUL; otherwise the whole buffer is one DER certificate.
    /// </summary>
    public MbedTlsFileParseResult ParseBuffer(byte[] buf)
    {
        var stringEnd = Array.IndexOf(buf, (byte)0);
        if (stringEnd < 0)
        {
            stringEnd = buf.Length;
        }

        var isPem = Config.IsDefined("MBEDTLS_PEM_PARSE_C") && buf.Length != 0 && buf[^1] == 0 &&
                    buf.AsSpan(0, stringEnd).IndexOf(System.Text.Encoding.ASCII.GetBytes(MbedTlsPemReader.Header)) >= 0;
        if (!isPem)
        {
            var one = ParseDer(buf);
            string? note = null;
            if (!one.Accepted && buf.AsSpan().IndexOf("-----BEGIN"u8) >= 0)
            {
                note = Config.IsDefined("MBEDTLS_PEM_PARSE_C")
                    ? "the buffer holds PEM but no \"-----BEGIN CERTIFICATE-----\" label (or is not NUL-terminated), so Mbed TLS reads it as DER"
                    : "MBEDTLS_PEM_PARSE_C is not defined, so Mbed TLS reads PEM as DER";
            }

            return new MbedTlsFileParseResult
            {
                Target = Target.Name, Code = one.Code, Text = one.Text, Format = "der", Note = note,
                Entries = [new MbedTlsFileEntry(0, null, one, null, null)],
            };
        }

        var entries = new List<MbedTlsFileEntry>();
        // A PEM file repeating one certificate parses it once: the result is immutable and only the bytes decide it.
        var parsedBefore = new Dictionary<ReadOnlyMemory<byte>, MbedTlsParseResult>(Input.EncodedBytesComparer.Instance);
        int firstError = 0, totalFailed = 0, pos = 0, remaining = buf.Length;
        var success = false;
        while (remaining > 1)
        {
            var ret = MbedTlsPemReader.Read(Target, buf, pos, stringEnd, out var der, out var useLen, out var blockAt);
            if (ret == MbedTlsPemReader.BadInput(Target))
            {
                entries.Add(new MbedTlsFileEntry(entries.Count, blockAt, null, ret, Target.Strerror.Text(ret)));
                return new MbedTlsFileParseResult
                {
                    Target = Target.Name, Code = ret, Text = Target.Strerror.Text(ret), Format = "pem", Entries = entries,
                    Note = "an empty PEM block stops mbedtls_x509_crt_parse at once",
                };
            }
            if (ret == MbedTlsErrorCodes.PemNoHeaderFooterPresent)
            {
                break;
            }

            pos += useLen;
            remaining -= useLen;
            if (ret != 0)
            {
                if (firstError == 0)
                {
                    firstError = ret;
                }

                totalFailed++;
                entries.Add(new MbedTlsFileEntry(entries.Count, blockAt, null, ret, Target.Strerror.Text(ret)));
                continue;
            }
            if (!parsedBefore.TryGetValue(der!, out var parsed))
            {
                parsed = ParseDer(der!);
                parsedBefore.Add(der!, parsed);
            }
            entries.Add(new MbedTlsFileEntry(entries.Count, blockAt, parsed, null, null));
            if (!parsed.Accepted)
            {
                if (firstError == 0)
                {
                    firstError = parsed.Code;
                }

                totalFailed++;
                continue;
            }
            success = true;
        }
        var code = success ? totalFailed : firstError != 0 ? firstError : MbedTlsErrorCodes.X509CertUnknownFormat;
        string? why = null;
        if (success && totalFailed > 0)
        {
            why = $"{totalFailed} certificate(s) failed and at least one parsed, so mbedtls_x509_crt_parse returns the positive count {totalFailed}; " +
                  $"mbedtls_strerror({totalFailed}) prints \"{Target.Strerror.Text(totalFailed)}\", which has nothing to do with the failure";
        }
        else if (!success && firstError == 0)
        {
            why = "no complete \"-----BEGIN CERTIFICATE-----\" ... \"-----END CERTIFICATE-----\" block was found (missing footer?)";
        }

        return new MbedTlsFileParseResult
        {
            Target = Target.Name, Code = code, Text = code == 0 ? "" : Target.Strerror.Text(code), Format = "pem", Entries = entries, Note = why,
        };
    }
}
