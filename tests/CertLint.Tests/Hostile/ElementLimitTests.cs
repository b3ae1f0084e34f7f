using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using CertLint.Asn1;
using CertLint.Input;
using CertLint.Inspect;
using CertLint.Tests.Cli;
using CertLint.X509;

namespace CertLint.Tests.Hostile;

/// <summary>
/// Issue 10, millions of elements inside one object: a 64 MiB certificate with 1.8 million RDNs or 3.5 million
/// dNSNames decoded to 3-8 GB, and a 43 MB CRL of 1.2 million entries crashed `show --format json` (5.7 GB). An object
/// holds at most <see cref="ElementBudget.PerObject"/> elements; a CRL's entries are each an object of their own, are
/// held as offsets and read again on access; a rule reports at most 1,000 findings per object and counts the rest.
/// </summary>
public sealed class ElementLimitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("certlint-elements-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] WithDnsNames(int count) => HostileKit.Certificate("names", Enumerable.Range(0, count).Select(i => $"h{i}.example"));

    [Fact]
    public void ACertificatePastTheBudgetIsAnErrorAtTheFirstElementPast()
    {
        var der = WithDnsNames(120_000);
        var result = CertificateDecoder.Decode(der);
        Assert.Null(result.Certificate);
        var error = Assert.Single(result.Diagnostics, d => d.Level == DiagnosticLevel.Error);
        Assert.Equal(ElementLimitException.Code, error.Code);
        Assert.StartsWith("more than 100000 ASN.1 elements in one object", error.Message);
        // The 100,001st element read is one of the dNSNames ([2] IA5String).
        Assert.Equal(0x82, der[error.Offset]);
        Assert.Contains("extnValue", error.Path);
    }

    [Fact]
    public void ACertificateUnderTheBudgetDecodesWhole()
    {
        var result = CertificateDecoder.Decode(WithDnsNames(90_000));
        var certificate = result.Certificate;
        Assert.True(certificate is not null, string.Join("; ", result.Diagnostics));
        Assert.Equal(90_000, certificate.ExtensionValue<AltName>(Oids.SubjectAltName)!.Names.Count);
    }

    [Fact]
    public void TheRecoveryPointsInsideAnObjectDoNotReadOnPastTheLimit()
    {
        // 40,000 extensions of 3 elements each (an unknown value is not read): a broken extension is recovered from, the limit is not.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=extensions", key, HashAlgorithmName.SHA256);
        for (var i = 0; i < 40_000; i++)
        {
            request.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509Extension($"1.2.3.{i}", [0x05, 0x00], false));
        }
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var result = CertificateDecoder.Decode(certificate.RawData);
        Assert.Null(result.Certificate);
        Assert.Equal(ElementLimitException.Code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void ACrlOfManyEntriesReadsEntryByEntry()
    {
        // 150,000 entries of 7 elements each: past one object's budget, but every entry has its own.
        var crl = CrlDecoder.Decode(HostileKit.Crl(Enumerable.Range(0, 150_000).Select(i => HostileKit.CrlEntry(i, reason: (byte)(i % 3 == 0 ? 1 : 4))))).Crl;
        Assert.NotNull(crl);
        Assert.Equal(150_000, crl.Revoked.Count);
        Assert.True(crl.EntryExtensionsEncoded);
        var last = crl.Revoked[149_999];
        Assert.Equal("000249EF", last.SerialHex);
        Assert.Equal(149_999, (int)last.SerialNumber);
        Assert.Equal("tbsCertList.revokedCertificates[149999].userCertificate", last.SerialNumberLocation.Path);
        Assert.Equal(0x02, crl.Encoded.Span[last.SerialNumberLocation.Offset]);
        Assert.Equal("keyCompromise", crl.Revoked[3].Reason!.Name);
        Assert.Equal("superseded", crl.Revoked[4].Reason!.Name);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), crl.Revoked[77].RevocationDate.Value);
        Assert.Equal(150_000, crl.Revoked.Count(r => r.Index >= 0));
        // Past 50,000 entries each access reads the entry again; up to that, an entry is read once and held.
        Assert.NotSame(crl.Revoked[5], crl.Revoked[5]);
        var small = CrlDecoder.Decode(HostileKit.Crl(Enumerable.Range(0, 10).Select(i => HostileKit.CrlEntry(i)))).Crl!;
        Assert.Same(small.Revoked[5], small.Revoked[5]);
    }

    [Fact]
    public void TheCrlsOfOneInputShareOneBudgetOfHeldEntries()
    {
        // Every CRL of an input stays decoded until the input is done: 34 CRLs of 50,000 entries, each holding its
        // entries, took 2.1-2.8 GB. 30,000 + 30,000 + 10,000 entries: the first and the third fit the 50,000.
        var crl = (int entries) => HostileKit.Crl(Enumerable.Range(0, entries).Select(i => HostileKit.CrlEntry(i)));
        byte[] bytes = [.. crl(30_000), .. crl(30_000), .. crl(10_000)];
        var input = InputDecoder.Decode("crls.der", bytes);
        var held = input.Objects.Select(o => o.Crl!.EntriesHeld).ToList();
        Assert.Equal([30_000, 0, 10_000], held);
        Assert.Same(input.Objects[0].Crl!.Revoked[7], input.Objects[0].Crl!.Revoked[7]);
        Assert.NotSame(input.Objects[1].Crl!.Revoked[7], input.Objects[1].Crl!.Revoked[7]);
    }

    [Fact]
    public void ACrlEntryPastItsOwnBudgetIsAnError()
    {
        var extension = HostileKit.Der(0x30, [0x06, 0x03, 0x2A, 0x03, 0x04], HostileKit.Der(0x04, [0x05, 0x00]));
        var entry = HostileKit.Der(0x30, [0x02, 0x01, 0x07], HostileKit.Der(0x17, "250101000000Z"u8.ToArray()),
            HostileKit.Der(0x30, [.. Enumerable.Repeat(extension, 1_500).SelectMany(e => e)]));
        var result = CrlDecoder.Decode(HostileKit.Crl([HostileKit.CrlEntry(1), entry]));
        Assert.Null(result.Crl);
        Assert.Equal(ElementLimitException.Code, result.Error!.Code);
        Assert.StartsWith("tbsCertList.revokedCertificates[1].crlEntryExtensions", result.Error.Path);
    }

    [Fact]
    public void EntryDiagnosticsPastTheFirstThousandAreCountedByCode()
    {
        // A serial with a needless leading zero octet in each of 1,500 entries.
        var entries = Enumerable.Range(0, 1_500).Select(_ => HostileKit.Der(0x30, [0x02, 0x02, 0x00, 0x05], HostileKit.Der(0x17, "250101000000Z"u8.ToArray())));
        var crl = CrlDecoder.Decode(HostileKit.Crl(entries)).Crl!;
        var notMinimal = crl.Diagnostics.Where(d => d.Code == "der.integer-not-minimal").ToList();
        Assert.Equal(1_001, notMinimal.Count);
        Assert.Equal("tbsCertList.revokedCertificates[1000].userCertificate", notMinimal[^1].Path);
        Assert.EndsWith("; this and 499 more like it in later entries are not listed one by one", notMinimal[^1].Message);
    }

    [Fact]
    public void WhatABreakingEntryNoticedBeforeItsBreakIsKept()
    {
        // A needless leading zero in the serial, then no revocationDate: the CRL does not decode, and both are said.
        var broken = HostileKit.Der(0x30, [0x02, 0x02, 0x00, 0x05]);
        var result = CrlDecoder.Decode(HostileKit.Crl([HostileKit.CrlEntry(1), broken]));
        Assert.Null(result.Crl);
        Assert.Contains(result.Diagnostics, d => d.Code == "der.integer-not-minimal" && d.Path == "tbsCertList.revokedCertificates[1].userCertificate");
        Assert.Equal("tbsCertList.revokedCertificates[1].revocationDate", result.Error!.Path);
    }

    [Fact]
    public void ARuleReportsAThousandFindingsPerObjectAndCountsTheRest()
    {
        var path = Path.Combine(_dir, "unspecified.crl");
        File.WriteAllBytes(path, HostileKit.Crl(Enumerable.Range(0, 1_500).Select(i => HostileKit.CrlEntry(i, reason: 0))));
        var r = CliRunner.Run("lint", "--format", "json", path);
        Assert.Equal(1, r.ExitCode);
        var findings = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("files")[0].GetProperty("crls")[0].GetProperty("findings")
            .EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "rfc5280.crl.entry.reason-unspecified").ToList();
        Assert.Equal(1_001, findings.Count);
        Assert.Contains("entry 1000 ", findings[^1].GetProperty("message").GetString());
        Assert.EndsWith("(this and 499 more findings of rfc5280.crl.entry.reason-unspecified on this object are not listed one by one; the first 1000 are)",
            findings[^1].GetProperty("message").GetString());
    }

    [Fact]
    public void ShowJsonWritesALongCrlAsTheWholeDocumentWould()
    {
        // More entries than one batch of the streaming writer, so the output is moved out part-way through the CRL.
        var bytes = HostileKit.Crl(Enumerable.Range(0, 3 * ShowRevokedListConverter.Batch + 5).Select(i => HostileKit.CrlEntry(i, reason: 1)));
        var input = InputDecoder.Decode("long.crl", bytes);
        var streamed = new StringWriter();
        var writer = new ShowJsonWriter(streamed, "test");
        writer.Write(input);
        writer.End();
        var document = new ShowDocument("certlint", "test", [ShowDocumentBuilder.File(input)]);
        Assert.Equal(JsonSerializer.Serialize(document, ShowJsonContext.Readable.ShowDocument) + "\n", streamed.ToString().ReplaceLineEndings("\n"));
        Assert.Contains("\"index\": 3076", streamed.ToString());
    }

    [Fact]
    public void PredictRefusesAnInputItCannotReadWhole()
    {
        var big = Path.Combine(_dir, "big.der");
        File.WriteAllBytes(big, WithDnsNames(120_000));
        var small = Path.Combine(_dir, "small.der");
        File.WriteAllBytes(small, HostileKit.Certificate("small"));
        foreach (var args in new[] { new[] { "predict", big }, ["predict", small, "--ca", big], ["predict", small, "--chain", big] })
        {
            var r = CliRunner.Run(args);
            Assert.Equal(2, r.ExitCode);
            var line = Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
            Assert.Contains("big.der: certificate 0 is malformed: ", line);
            Assert.Contains("more than 100000 ASN.1 elements in one object (CertLint's limit for hostile input): not decoded past here; the input is not judged", line);
        }
    }
}
