using System.Text;
using System.Text.Json;
using CertLint.Input;
using CertLint.Inspect;

namespace CertLint.Tests.Input;

/// <summary>
/// Damaged containers never throw, never hang, and always yield something to report, through the decoder and the
/// `show` text and JSON renderers: truncation at every offset (also inside a consistent outer header), single-bit
/// flips of an RSA and a BER certificate, seeded mutations of PKCS#7 and PEM text, garbage shaped like
/// BER, nesting. (X509/DecoderRobustnessTests does the same for one EC certificate in DER.) Seeds are fixed.
/// </summary>
public class DecoderFuzzTests
{
    [Theory]
    [InlineData("p7b-ber-indefinite.p7b")]
    [InlineData("ber-cert-constructed.der")]
    [InlineData("cms-signed-stream.p7s")]
    public void EveryTruncationOfABinaryObjectIsAnErrorNotAnException(string file)
    {
        var bytes = ContainerFixtures.Bytes(file);
        for (var length = 0; length < bytes.Length; length++)
        {
            var result = DecodeSafely(bytes.AsMemory(0, length), $"{file} cut to {length} bytes");
            Assert.True(result.Errors.Count > 0, $"{file} cut to {length} bytes decoded without error");
        }
    }

    [Theory]
    [InlineData("der-ec.der")]
    [InlineData("der-rsa.der")]
    public void EveryTruncationInsideAConsistentOuterHeaderIsAnError(string file)
    {
        // The outer SEQUENCE is re-headed to the bytes that remain, so the certificate decoder itself meets the cut.
        var bytes = ContainerFixtures.Bytes(file);
        for (var length = 4; length < bytes.Length; length++)
        {
            var content = bytes.AsSpan(4, length - 4);
            var cut = new byte[] { 0x30, 0x82, (byte)(content.Length >> 8), (byte)content.Length }.Concat(content.ToArray()).ToArray();
            var result = DecodeSafely(cut, $"{file} cut to {length} bytes inside its outer header");
            Assert.True(result.Errors.Count > 0 || result.Certificates.All(c => c.Certificate is null), $"{file} cut to {length} bytes decoded as a whole certificate");
        }
    }

    [Theory]
    [InlineData("pem-single.pem")]
    [InlineData("pem-utf16le.pem")]
    [InlineData("p7b-chain-pem.p7b")]
    public void EveryTruncationOfAPemFileIsHandled(string file)
    {
        var bytes = ContainerFixtures.Bytes(file);
        for (var length = 0; length < bytes.Length; length++)
        {
            DecodeSafely(bytes.AsMemory(0, length), $"{file} cut to {length} bytes");
        }
    }

    // Every bit of every byte for the RSA certificate; every bit of every third byte for the BER one, whose EC key
    // makes each decode slower (the whole sweep would take ~10 s of a 2-core CI machine for little more coverage).
    [Theory]
    [InlineData("der-rsa.der", 1)]
    [InlineData("ber-cert-constructed.der", 3)]
    public void SingleBitFlipsAreHandled(string file, int byteStride)
    {
        var original = ContainerFixtures.Bytes(file);
        for (var at = 0; at < original.Length; at += byteStride)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var flipped = (byte[])original.Clone();
                flipped[at] ^= (byte)(0x80 >> bit);
                DecodeSafely(flipped, $"{file} with bit {bit} of byte {at} flipped");
            }
        }
    }

    [Fact]
    public void SeededGarbageShapedLikeBerIsHandled()
    {
        var random = new Random(20260115);
        for (var i = 0; i < 1500; i++)
        {
            var buffer = new byte[random.Next(0, 700)];
            random.NextBytes(buffer);
            if (buffer.Length > 2)
            {
                // An indefinite or two-byte length after SEQUENCE, so the structured decoders run, not only the sniffer.
                buffer[0] = 0x30;
                buffer[1] = (byte)(i % 2 == 0 ? 0x80 : 0x82);
            }
            DecodeSafely(buffer, $"random buffer {i} ({buffer.Length} bytes)");
        }
    }

    [Fact]
    public void SeededMutationsOfAPkcs7AreHandled()
    {
        var original = ContainerFixtures.Bytes("p7b-ber-with-crls.p7b");
        var random = new Random(5652);
        for (var i = 0; i < 2000; i++)
        {
            var mutated = (byte[])original.Clone();
            for (var n = random.Next(1, 8); n > 0; n--)
            {
                mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            }
            DecodeSafely(mutated, $"p7b-ber-with-crls.p7b mutation {i}");
        }
    }

    [Fact]
    public void SeededMutationsOfPemTextAreHandled()
    {
        var original = Encoding.ASCII.GetString(ContainerFixtures.Bytes("pem-print-certs.pem"));
        const string alphabet = "-=+/ \r\nABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!";
        var random = new Random(1421);
        for (var i = 0; i < 1000; i++)
        {
            var text = new StringBuilder(original);
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                text[random.Next(text.Length)] = alphabet[random.Next(alphabet.Length)];
            }
            DecodeSafely(Encoding.ASCII.GetBytes(text.ToString()), $"pem-print-certs.pem mutation {i}");
        }
    }

    [Theory]
    [InlineData(0x30, 0x00)]   // 50,000 empty SEQUENCEs back to back
    [InlineData(0xA0, 0x80)]   // [0] constructed, indefinite, nested 50,000 deep
    public void ManyOrDeeplyNestedHeadersAreHandled(byte tag, byte length)
    {
        const int depth = 50_000;
        var buffer = new byte[depth * 4];
        for (var i = 0; i < depth; i++)
        {
            buffer[2 * i] = tag;
            buffer[2 * i + 1] = length;
        }
        DecodeSafely(buffer, $"{depth} nested {tag:X2} {length:X2} headers");
    }

    private static InputResult DecodeSafely(ReadOnlyMemory<byte> data, string what)
    {
        InputResult result;
        try
        {
            result = InputDecoder.Decode("fuzz.bin", data);
            var shown = ShowDocumentBuilder.File(result);
            ShowTextWriter.Write(shown, TextWriter.Null);
            _ = JsonSerializer.Serialize(shown, ShowJsonContext.Default.ShowFile);
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"{what}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
        }
        Assert.True(result.Objects.Count + result.Errors.Count > 0, $"{what}: neither an object nor an error");
        foreach (var error in result.Errors)
        {
            Assert.Equal("fuzz.bin", error.File);
            Assert.True(error.Offset is null || (error.Offset >= 0 && error.Offset <= data.Length), $"{what}: error offset {error.Offset} outside the input");
        }
        return result;
    }
}
