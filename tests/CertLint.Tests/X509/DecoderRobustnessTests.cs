using CertLint.Input;
using CertLint.Inspect;

namespace CertLint.Tests.X509;

/// <summary>Hostile input never throws: every truncation and every single-bit flip of a real certificate decodes to objects or errors.</summary>
public class DecoderRobustnessTests
{
    private static readonly byte[] Sample = Samples.EcLeaf;

    private static void DecodeFully(byte[] data)
    {
        var result = InputDecoder.Decode("fuzz.der", data);
        foreach (var o in result.Objects)
        {
            _ = o.Certificate?.PublicKey.Details;
        }
        _ = ShowDocumentBuilder.File(result);
    }

    [Fact]
    public void EveryTruncationIsHandled()
    {
        for (var length = 0; length < Sample.Length; length++)
        {
            var result = InputDecoder.Decode("t.der", Sample[..length]);
            Assert.NotEmpty(result.Errors);
            DecodeFully(Sample[..length]);
        }
    }

    [Fact]
    public void EveryBitFlipIsHandled()
    {
        for (var bit = 0; bit < Sample.Length * 8; bit++)
        {
            var copy = (byte[])Sample.Clone();
            copy[bit / 8] ^= (byte)(0x80 >> (bit % 8));
            DecodeFully(copy);
        }
    }

    [Fact]
    public void RandomGarbageIsHandled()
    {
        var random = new Random(20261128);
        for (var i = 0; i < 2000; i++)
        {
            var data = new byte[random.Next(0, 600)];
            random.NextBytes(data);
            if (data.Length > 0 && i % 2 == 0)
            {
                data[0] = 0x30;
            }
            DecodeFully(data);
        }
    }

    [Fact]
    public void DeepNestingIsRefusedNotOverflowed()
    {
        var data = new List<byte>();
        for (var i = 0; i < 10000; i++)
        {
            data.Add(0x30);
            data.Add(0x80);
        }
        DecodeFully([.. data]);
    }
}
