using CertLint.Cli;
using CertLint.IO;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Hostile;

/// <summary>
/// Issue 10: every input is read as a stream bounded by the 64 MiB limit, never by the length the file system reports
/// (0 for /dev/zero and pipes). Before, `show /dev/zero` grew to 4 GB and aborted.
/// </summary>
public sealed class BoundedInputTests
{
    private const string Limit = "exceeds the 67108864-byte limit";

    /// <summary>An endless stdin ('yes | certlint show -'), counting what was read.</summary>
    private sealed class Endless : Stream
    {
        public long Served { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'y');
            Served += count;
            return count;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static (int Code, string Stderr, long Served) RunOnEndlessStdin(params string[] args)
    {
        var stdin = new Endless();
        var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext
        {
            Stdout = TextWriter.Null,
            Stderr = stderr,
            OpenStdin = () => stdin,
            OpenStdoutBinary = () => Stream.Null,
            Clock = new FixedClock(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero)),
        };
        var code = CliApp.Run(args, context);
        return (code, stderr.ToString(), stdin.Served);
    }

    [Theory]
    [InlineData("show", "-")]
    [InlineData("lint", "-")]
    [InlineData("convert", "-", "--to", "pem", "-o", "-")]
    [InlineData("predict", "-")]
    public void EndlessStdinStopsAtTheLimitWithOneLineAndExit2(params string[] args)
    {
        var (code, stderr, served) = RunOnEndlessStdin(args);
        Assert.Equal(ExitCodes.UsageOrInput, code);
        Assert.Contains(Limit, stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        // Reading stops just past the limit (one read of at most 1.25 MiB beyond it): before, it read until out of memory.
        Assert.InRange(served, BoundedReader.DefaultMaxBytes, BoundedReader.DefaultMaxBytes + 2 * 1024 * 1024);
    }

    public static TheoryData<string[]> DevZeroCommands => new()
    {
        { new[] { "show", "/dev/zero" } },
        { new[] { "show", "--format", "json", "/dev/zero" } },
        { new[] { "lint", "/dev/zero" } },
        { new[] { "convert", "/dev/zero", "--to", "pem", "-o", "-" } },
        { new[] { "predict", "/dev/zero" } },
        { new[] { "tls-check", "--cert", "/dev/zero", "--suite", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" } },
        { new[] { "lint", "--baseline", "/dev/zero", "/dev/null" } },
    };

    [Theory]
    [MemberData(nameof(DevZeroCommands))]
    public void DevZeroIsRefusedAtTheLimitInEveryCommand(string[] args)
    {
        // Before: the file length (0) was trusted and the read ran until the process aborted out of memory.
        var result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.UsageOrInput, result.ExitCode);
        Assert.Contains("67108864", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
    }

    [Fact]
    public void AConfigHeaderOverTheLimitOrADirectorySaysWhatIsWrong()
    {
        // Before: both were "cannot read (I/O error)", without the limit or the byte.
        var leaf = Path.Combine(Fixtures.RepoRoot, "fixtures", "verdicts", "devices.pem");
        var device = CliRunner.Run("predict", leaf, "--mbedtls-config", "/dev/zero");
        Assert.Equal(ExitCodes.UsageOrInput, device.ExitCode);
        Assert.Contains("/dev/zero: input exceeds the 67108864-byte limit (at byte 67108864)", device.Stderr);
        var folder = CliRunner.Run("predict", leaf, "--mbedtls-config", Path.GetTempPath());
        Assert.Equal(ExitCodes.UsageOrInput, folder.ExitCode);
        Assert.Contains(": is a directory", folder.Stderr);
    }

    [Fact]
    public void RegularFileOverTheLimitIsRefusedBeforeReading()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var f = File.OpenWrite(path))
            {
                f.SetLength(BoundedReader.DefaultMaxBytes + 1);
            }
            var result = CliRunner.Run("show", path);
            Assert.Equal(ExitCodes.UsageOrInput, result.ExitCode);
            Assert.Contains($"file is {BoundedReader.DefaultMaxBytes + 1} bytes, over the 67108864-byte limit", result.Stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void StreamReaderReturnsExactlyWhatArrives()
    {
        var data = new byte[300_000];
        Random.Shared.NextBytes(data);
        Assert.Equal(data, BoundedReader.ReadStream(new MemoryStream(data), maxBytes: data.Length));
        Assert.Throws<InputTooLargeException>(() => BoundedReader.ReadStream(new MemoryStream(data), maxBytes: data.Length - 1));
        Assert.Empty(BoundedReader.ReadStream(new MemoryStream()));
    }
}
