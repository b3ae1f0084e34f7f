using CertLint.Targets.MbedTls;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>
/// Issue 10: lint --target --ca verifies each leaf against the parents its issuer names (<see cref="MbedTlsParentIndex"/>)
/// instead of a chain of the whole input, and must come to exactly the verdict of the whole chain.
/// </summary>
public class ParentIndexTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly MbedTlsConfig Build = MbedTlsTarget.Load("mbedtls-3.6").DefaultConfig();
    private static readonly SeededKeys Keys = new(10);
    private static readonly SecureRandom Random = Keys.Random;

    private static readonly AsymmetricCipherKeyPair RootKey = Keys.Next(), CaKey = Keys.Next(), DeviceKey = Keys.Next();

    /// <summary>Writes every name attribute as a PrintableString (BouncyCastle writes UTF8String by default).</summary>
    private sealed class Printable : X509NameEntryConverter
    {
        public override Asn1Object GetConvertedValue(DerObjectIdentifier oid, string value) => new DerPrintableString(value);
    }

    private static int _serial = 100;

    private static MbedTlsCertificate Make(string subject, string issuer, AsymmetricCipherKeyPair key, AsymmetricCipherKeyPair signer,
        bool ca, int fromYear = 2025, int toYear = 2035, bool printableIssuer = false)
    {
        var g = new X509V3CertificateGenerator();
        g.SetSerialNumber(BigInteger.ValueOf(_serial++));
        g.SetIssuerDN(printableIssuer ? new X509Name(false, issuer, new Printable()) : new X509Name(issuer));
        g.SetSubjectDN(new X509Name(subject));
        g.SetNotBefore(new DateTime(fromYear, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        g.SetNotAfter(new DateTime(toYear, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        g.SetPublicKey(key.Public);
        g.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(ca));
        g.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(ca ? KeyUsage.KeyCertSign : KeyUsage.DigitalSignature));
        var der = g.Generate(new Asn1SignatureFactory("SHA256WITHECDSA", signer.Private, Random)).GetEncoded();
        var parsed = new MbedTlsEmulator(Build).ParseDer(der);
        Assert.True(parsed.Accepted, parsed.Text);
        return parsed.Certificate!;
    }

    [Fact]
    public void EveryCertificateVerifiesAsWithTheWholeInputAsItsChain()
    {
        var root = Make("CN=Root", "CN=Root", RootKey, RootKey, ca: true);
        List<MbedTlsCertificate> input =
        [
            Make("CN=Devices CA", "CN=Devices CA", CaKey, CaKey, ca: true),                           // self-issued: never its own parent
            Make("CN=Devices CA", "CN=Root", DeviceKey, RootKey, ca: true),                           // valid, but the wrong key
            Make("CN=Devices CA", "CN=Root", CaKey, RootKey, ca: false),                              // named like the CA, cannot sign
            Make("CN=device 1", "CN=devices ca", DeviceKey, CaKey, ca: false),                        // issuer in another case
            Make("CN=Devices CA", "CN=Root", CaKey, RootKey, ca: true, fromYear: 2020, toYear: 2021), // expired: only a fallback
            Make("CN=device 2", "CN=Devices CA", DeviceKey, CaKey, ca: false, printableIssuer: true),  // PrintableString issuer
            Make("CN=DEVICES CA", "CN=Root", CaKey, RootKey, ca: true, fromYear: 2030),               // not yet valid
            Make("CN=device 3", "CN=Devices CA", DeviceKey, RootKey, ca: false),                      // signed by the wrong key
            Make("CN=sub CA", "CN=Devices CA", CaKey, CaKey, ca: true),                               // a CA that issued nothing here
            Make("CN=Devices CA", "CN=Root", CaKey, RootKey, ca: true),                               // the valid CA, late in the file
            Make("CN=device 4", "CN=sub CA", DeviceKey, CaKey, ca: false),                            // its CA's parent is after it

            Make("CN=device 5", "CN=Other CA", DeviceKey, CaKey, ca: false),                          // issuer only in --chain
        ];
        List<MbedTlsCertificate> extra = [Make("CN=Other CA", "CN=Root", CaKey, RootKey, ca: true)];
        List<MbedTlsCertificate> positioned = [.. input, .. extra];
        var index = new MbedTlsParentIndex(position => positioned[position - 1]);
        for (var k = 0; k < input.Count; k++)
        {
            index.Add(input[k], k + 1);
        }
        index.Add(extra[0], input.Count + 1);

        var verifier = new MbedTlsVerifier(Build);
        var verified = 0;
        for (var i = 0; i < input.Count; i++)
        {
            List<MbedTlsCertificate> whole = [input[i], .. input.Where((_, k) => k != i), .. extra];
            var expected = verifier.Verify(whole, [root], "default", Now);
            var actual = verifier.Verify(index.For(input[i], i + 1), [root], "default", Now);
            Assert.Equal(expected.Code, actual.Code);
            Assert.Equal(expected.Flags, actual.Flags);
            Assert.Equal(expected.Chain, actual.Chain);
            verified += expected.Verified ? 1 : 0;
        }
        // The cases above differ: some verify (through the valid CA, the sub CA, --chain), some do not.
        Assert.InRange(verified, 3, input.Count - 2);
    }

    [Fact]
    public void EachLeafOfAFleetIsShownOnlyTheParentsItsIssuerNames()
    {
        var ca = Make("CN=Fleet CA", "CN=Root", CaKey, RootKey, ca: true);
        var leaves = Enumerable.Range(0, 50).Select(i => Make($"CN=device {i}", "CN=Fleet CA", DeviceKey, CaKey, ca: false)).ToList();
        List<MbedTlsCertificate> input = [.. leaves, ca];
        var loaded = 0;
        var index = new MbedTlsParentIndex(position =>
        {
            loaded++;
            return input[position - 1];
        });
        for (var k = 0; k < input.Count; k++)
        {
            index.Add(input[k], k + 1);
        }
        // The whole input as the chain shows every leaf the 50 others (2,500 candidates); the index shows one each.
        var shown = leaves.Select((leaf, i) => index.For(leaf, i + 1).After(0, leaf.Issuer).Count()).Sum();
        Assert.Equal(leaves.Count, shown);
        Assert.Equal(leaves.Count, loaded);
        Assert.Empty(index.For(ca, input.Count).After(0, ca.Issuer));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(ca, 3));
    }

    [Theory]
    [InlineData(0x0C, "Devices CA", 0x13, "DEVICES ca", true)]   // UTF8String and PrintableString, case folded
    [InlineData(0x16, "Devices CA", 0x16, "Devices CA", true)]   // the same bytes and tag
    [InlineData(0x16, "Devices CA", 0x16, "DEVICES CA", false)]  // IA5String is compared byte for byte
    [InlineData(0x0C, "Devices CA", 0x16, "Devices CA", false)]  // different tags, one not caseless
    [InlineData(0x0C, "a[b", 0x0C, "a{b", false)]                // differ by 32 but not letters
    public void NamesMbedTlsCallsEqualShareASearchKey(int tagA, string a, int tagB, string b, bool equal)
    {
        static List<MbedTlsNameAttribute> Name(int tag, string value) =>
            [new("2.5.4.3", [0x55, 0x04, 0x03], tag, System.Text.Encoding.ASCII.GetBytes(value), false)];
        Assert.Equal(equal, MbedTlsNames.Equal(Name(tagA, a), Name(tagB, b)));
        Assert.Equal(equal, MbedTlsNames.SearchKey(Name(tagA, a)) == MbedTlsNames.SearchKey(Name(tagB, b)));
    }
}
