using System.Text;
using System.Text.Json;
using CertLint.Input;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Hostile;

/// <summary>
/// Issue 10, the byte limit was not enough: 64 MiB of tiny objects (BEGIN lines without END, two-byte PKCS#7 items,
/// empty PEM blocks) are millions of objects and errors, and peaked at 1-12 GB. An input holds at most
/// <see cref="InputLimits.MaxObjects"/> objects, and keeps its first 1,000 errors about itself and its last.
/// </summary>
public sealed class ObjectLimitTests
{
    private static readonly byte[] Leaf = HostileKit.Certificate("limit");
    private static readonly InputOptions TenObjects = new() { MaxObjects = 10 };

    [Fact]
    public void PemBlocksPastTheLimitAreNotRead()
    {
        var pem = string.Concat(Enumerable.Repeat(HostileKit.Pem(Leaf), 15));
        var result = InputDecoder.Decode("many.pem", Encoding.ASCII.GetBytes(pem), TenObjects);
        Assert.Equal(10, result.Certificates.Count());
        var error = Assert.Single(result.Errors);
        var linesPerBlock = HostileKit.Pem(Leaf).Count(c => c == '\n');
        Assert.Equal($"PEM block 10 (CERTIFICATE, line {10 * linesPerBlock + 1}): more than 10 PEM blocks: the input is not read past here", error.Message);
        Assert.Equal(10 * HostileKit.Pem(Leaf).Length, error.Offset);
    }

    [Fact]
    public void Pkcs7ItemsPastTheLimitAreNotRead()
    {
        var p7b = HostileKit.Pkcs7(Enumerable.Repeat(Leaf, 15));
        var result = InputDecoder.Decode("many.p7b", p7b, TenObjects);
        // The PKCS#7 is an object too.
        Assert.Equal(9, result.Certificates.Count());
        var error = Assert.Single(result.Errors);
        Assert.Equal("more than 10 PKCS#7 items: the input is not read past here", error.Message);
        Assert.Equal(p7b.AsSpan().IndexOf(Leaf) + 9 * Leaf.Length, error.Offset);
    }

    [Fact]
    public void SkippedPkcs7ElementsCountAgainstTheLimit()
    {
        // Two-byte NULLs in the certificates set: 33 million of them fit in 64 MiB, each a note (9.4 GB before).
        var p7b = HostileKit.Pkcs7(Enumerable.Repeat(new byte[] { 0x05, 0x00 }, 50));
        var result = InputDecoder.Decode("nulls.p7b", p7b, TenObjects);
        Assert.Equal(9, Assert.Single(result.Objects).Notes.Count);
        Assert.Contains("more than 10 PKCS#7 items", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void DerObjectsBackToBackPastTheLimitAreNotRead()
    {
        var der = Enumerable.Repeat(Leaf, 15).SelectMany(b => b).ToArray();
        var result = InputDecoder.Decode("many.der", der, TenObjects);
        Assert.Equal(10, result.Certificates.Count());
        var error = Assert.Single(result.Errors);
        Assert.Equal("more than 10 DER objects back to back: the input is not read past here", error.Message);
        Assert.Equal(10 * Leaf.Length, error.Offset);
    }

    [Fact]
    public void TheLimitIsTheInputsWhateverContainersHoldTheObjects()
    {
        // PEM blocks each holding a PKCS#7 of five certificates: 3 blocks are 18 objects. The second PKCS#7 is read in
        // part (its items up to the limit), the third block not at all.
        var block = System.Security.Cryptography.PemEncoding.WriteString("PKCS7", HostileKit.Pkcs7(Enumerable.Repeat(Leaf, 5))) + "\n";
        var result = InputDecoder.Decode("nested.pem", Encoding.ASCII.GetBytes(block + block + block), TenObjects);
        Assert.Equal(10, result.Objects.Count);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("more than 10 PKCS#7 items: the input is not read past here", result.Errors[0].Message);
        Assert.EndsWith("more than 10 objects: the input is not read past here", result.Errors[1].Message);
        Assert.Equal(2 * block.Length, result.Errors[1].Offset);
    }

    private static byte[] BeginLines(int count) => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("-----BEGIN CERTIFICATE-----\n", count)));

    [Fact]
    public void AnInputKeepsItsFirstThousandErrorsAndItsLast()
    {
        var result = InputDecoder.Decode("noend.pem", BeginLines(1_500));
        Assert.Equal(1_002, result.Errors.Count);
        Assert.Equal(1_500, result.Errors.Sum(e => e.Weight));
        Assert.StartsWith("PEM block 999 ", result.Errors[999].Message);
        var counted = result.Errors[1_000];
        Assert.Equal(499, counted.NotKept);
        Assert.Equal("499 more error(s) not kept: an input keeps its first 1000 and its last", counted.Message);
        Assert.Equal(1_000 * 28, counted.Offset);
        Assert.StartsWith("PEM block 1499 ", result.Errors[^1].Message);
        Assert.Equal(1_499 * 28, result.Errors[^1].Offset);
    }

    [Fact]
    public void ErrorsAboutObjectsAreAllKept()
    {
        // One per undecodable certificate: bounded by the objects, and lint turns each into its certificate's finding.
        var pem = string.Concat(Enumerable.Repeat("-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n", 1_200));
        var result = InputDecoder.Decode("tiny.pem", Encoding.ASCII.GetBytes(pem));
        Assert.Equal(1_200, result.Errors.Count(e => e.ObjectIndex is not null));
        Assert.All(result.Errors, e => Assert.Equal(0, e.NotKept));
    }

    [Fact]
    public void ReportsCountTheErrorsThatWereNotKept()
    {
        var dir = Directory.CreateTempSubdirectory("certlint-limit-").FullName;
        try
        {
            var file = Path.Combine(dir, "noend.pem");
            File.WriteAllBytes(file, BeginLines(1_500));
            var text = CliRunner.Run("lint", file);
            Assert.Equal(2, text.ExitCode);
            Assert.Contains("... and 1480 more errors in this file", text.Stdout);
            Assert.Contains("... and 1480 more errors in this file", text.Stderr);
            var show = CliRunner.Run("show", file);
            Assert.Contains("... and 1480 more errors in this file", show.Stdout);

            using var json = JsonDocument.Parse(CliRunner.Run("lint", "--format", "json", file).Stdout);
            var errors = json.RootElement.GetProperty("files")[0].GetProperty("errors");
            Assert.Equal(1_002, errors.GetArrayLength());
            Assert.Equal(499, errors[1_000].GetProperty("notKept").GetInt32());
            Assert.False(errors[0].TryGetProperty("notKept", out _));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void PredictReportsAnInputItCouldNotReadToTheEnd()
    {
        // Predict looks past decoder errors when certificates were found (Mbed TLS gets what was found), but judging
        // the first 400,000 objects as the whole input would be a false verdict.
        var block = "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n";
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(block, InputLimits.MaxObjects + 1)));
        var errors = new List<InputError>();
        var input = CertLint.Targets.MbedTls.Predict.PredictInput.Read("many.pem", bytes, errors)!;
        Assert.Equal(InputLimits.MaxObjects, input.Certificates.Count);
        var error = Assert.Single(errors);
        Assert.True(InputLimits.StoppedReading(error), error.Message);
        Assert.Equal(InputLimits.MaxObjects * block.Length, error.Offset);
    }

    [Fact]
    public void ALongLabelIsAnErrorBlockShownCut()
    {
        // A 63 MiB label was repeated in three messages: 2.9 GB and 198 MB of output.
        var label = new string('A', 10_000);
        var pem = $"-----BEGIN {label}-----\nAAAA\n-----END {label}-----\n" + HostileKit.Pem(Leaf);
        var blocks = PemReader.Read(Encoding.ASCII.GetBytes(pem).AsMemory());
        Assert.Equal(2, blocks.Count);
        Assert.Equal(new string('A', PemReader.MaxLabel) + "...", blocks[0].Label);
        Assert.Equal("PEM label of 10000 characters (at most 256)", blocks[0].Error);
        var result = InputDecoder.Decode("label.pem", Encoding.ASCII.GetBytes(pem));
        Assert.Single(result.Certificates);
        Assert.True(Assert.Single(result.Errors).Message.Length < 400);
    }
}
