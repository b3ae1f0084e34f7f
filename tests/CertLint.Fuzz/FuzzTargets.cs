using System.Formats.Asn1;
using System.Text;
using CertLint.Asn1;
using CertLint.Input;
using CertLint.Inspect;
using CertLint.Rules.Engine.Profiles;
using CertLint.Targets.MbedTls;
using CertLint.X509;

namespace CertLint.Fuzz;

/// <summary>
/// One fuzz entry point per reader of hostile input. Each takes the raw bytes of one input and drives the library
/// exactly as the commands do; the only exceptions allowed out are the reader's documented error type (the
/// commands turn it into a one-line input error). Anything else escaping is a crash. The regression test
/// (FuzzCrasherTests) runs every committed crasher through these same methods.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The targets by the name given on the command line and used as the folder name under fixtures/fuzz/.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["sniffer"] = Sniffer,
        ["pem"] = Pem,
        ["decoder"] = Decoder,
        ["pkcs7"] = Pkcs7,
        ["mbedtls"] = MbedTls,
        ["profile"] = Profile,
        ["config"] = ConfigHeader,
    };

    /// <summary>Input sniffing by content (PEM/DER/BER/base64/UTF-16/PKCS#7) and everything InputDecoder expands; never throws.</summary>
    public static void Sniffer(byte[] data)
    {
        var result = InputDecoder.Decode("fuzz", data);
        foreach (var error in result.Errors)
        {
            _ = error.ToString();
        }
        _ = ShowDocumentBuilder.File(result);
    }

    /// <summary>
    /// The PEM reader on the input as text (after the same BOM/UTF-16 detection the decoder does); never throws. For
    /// files of one byte per character it also reads the bytes in place, as the decoder does, and the two readings
    /// must agree block for block (a difference is thrown, so it is a crash).
    /// </summary>
    public static void Pem(byte[] data)
    {
        var (text, _, prefix, unit) = TextDecoding.Decode(data);
        var blocks = PemReader.Read(text);
        foreach (var block in blocks)
        {
            _ = block.Data?.Length;
        }
        if (unit == 1)
        {
            var inPlace = PemReader.Read(data.AsMemory(prefix));
            var same = inPlace.Count == blocks.Count && blocks.Zip(inPlace).All(p =>
                p.First with { Data = null } == p.Second with { Data = null } && (p.First.Data ?? []).AsSpan().SequenceEqual(p.Second.Data ?? []) && (p.First.Data is null) == (p.Second.Data is null));
            if (!same)
            {
                throw new InvalidOperationException("PEM read from bytes differs from PEM read from the Latin-1 text");
            }
        }
    }

    /// <summary>The X.509 decoder on one object, including rendering of partly decoded fields and the show model; never throws.</summary>
    public static void Decoder(byte[] data)
    {
        var result = CertificateDecoder.Decode(data);
        foreach (var field in result.PartialFields)
        {
            _ = field.Value;
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            _ = diagnostic.ToString();
        }
        if (result.Certificate is { } certificate)
        {
            _ = ShowDocumentBuilder.Certificate(certificate);
        }
    }

    /// <summary>The PKCS#7 reader; its documented failures are the ASN.1 exceptions InputDecoder turns into an input error.</summary>
    public static void Pkcs7(byte[] data)
    {
        try
        {
            var contents = Pkcs7Reader.Read(data, []);
            foreach (var item in contents.Items)
            {
                _ = data.AsMemory(item.Offset, item.Length);
            }
        }
        catch (Exception ex) when (ex is AsnContentException or ArgumentException or Asn1DecodeException)
        {
            // The documented error path (see InputDecoder.AddPkcs7).
        }
    }

    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The Mbed TLS emulator as predict drives it: mbedtls_x509_crt_parse on the whole buffer (PEM or DER) on the
    /// release picked by the first byte, the parsed fields as text, and verification of what parsed against itself.
    /// </summary>
    public static void MbedTls(byte[] data)
    {
        var target = MbedTlsTarget.Names[data.Length == 0 ? 0 : data[0] % MbedTlsTarget.Names.Count];
        var config = MbedTlsTarget.Load(target).DefaultConfig();
        var emulator = new MbedTlsEmulator(config);
        var whole = emulator.ParseFile(data);
        var parsed = whole.Entries.Where(e => e.Parse?.Accepted == true).Select(e => e.Parse!.Certificate!).ToList();
        foreach (var c in parsed)
        {
            _ = c.SubjectText + c.IssuerText + string.Join(",", c.ExtTypeNames());
        }
        if (parsed.Count > 0)
        {
            _ = new MbedTlsVerifier(config).Verify(parsed, parsed, "default", Now);
        }
    }

    /// <summary>The YAML profile reader (--profile FILE); its documented failure is ProfileException (line and column).</summary>
    public static void Profile(byte[] data)
    {
        try
        {
            _ = ProfileParser.Parse("fuzz.yaml", Encoding.UTF8.GetString(data));
        }
        catch (ProfileException)
        {
        }
    }

    /// <summary>The Mbed TLS config header reader (--config FILE) on the release picked by the first byte; its documented failure is MbedTlsConfigException.</summary>
    public static void ConfigHeader(byte[] data)
    {
        var target = MbedTlsTarget.Load(MbedTlsTarget.Names[data.Length == 0 ? 0 : data[0] % MbedTlsTarget.Names.Count]);
        try
        {
            var config = MbedTlsConfig.ParseConfigHeader(target, Encoding.UTF8.GetString(data), "fuzz.h");
            _ = config.ChangesFromDefault().Count();
        }
        catch (MbedTlsConfigException)
        {
        }
    }
}
