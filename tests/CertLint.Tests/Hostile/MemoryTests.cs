using System.Formats.Asn1;

namespace CertLint.Tests.Hostile;

/// <summary>
/// Issue 10: at most 1 GiB for any command on any input within the 64 MiB limit. A 63 MiB PKCS#7 with 160,000 copies
/// of one certificate peaked at 5.9 GB in `show --format json` (the whole document was one string). Here the CLI runs
/// as a child process on a quarter-size bundle and its peak resident memory (VmHWM) is read; JSON output now streams.
/// </summary>
public sealed class MemoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("certlint-mem-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Bundle(int copies)
    {
        var certificate = HostileKit.Certificate("copy");
        var w = new AsnWriter(AsnEncodingRules.DER);
        using (w.PushSequence())
        {
            w.WriteObjectIdentifier("1.2.840.113549.1.7.2");
            using (w.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0)))
            using (w.PushSequence())
            {
                w.WriteInteger(1);
                using (w.PushSetOf())
                {
                }
                using (w.PushSequence())
                {
                    w.WriteObjectIdentifier("1.2.840.113549.1.7.1");
                }
                using (w.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0)))
                {
                    for (var i = 0; i < copies; i++)
                    {
                        w.WriteEncodedValue(certificate);
                    }
                }
                using (w.PushSetOf())
                {
                }
            }
        }
        var path = Path.Combine(_dir, "bundle.p7b");
        File.WriteAllBytes(path, w.Encode());
        return path;
    }

    [Fact]
    public void ShowJsonOfALargeBundleStaysSmall()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return; // VmHWM is Linux's; the limit is measured there.
        }
        var bundle = Bundle(20_000);
        var (code, peak, stderr) = HostileKit.RunCliMeasured(_dir, "show", "--format", "json", bundle);
        Assert.True(code == 0, stderr);
        // 20,000 certificates (a eighth of the bundle): before, about 750 MB; the budget for 8x is 1 GiB.
        Assert.True(peak < 256L * 1024 * 1024, $"peak resident memory {peak / 1048576} MiB");
    }
}
