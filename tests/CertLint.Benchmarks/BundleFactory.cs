using System.Text;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace CertLint.Benchmarks;

/// <summary>
/// Makes a realistic bundle for benchmarks: an EC P-256 CA and <c>count</c> leaves with the usual extensions
/// (basicConstraints, keyUsage, EKU, SAN, SKI, AKI, certificatePolicies, CRLDP, AIA). Deterministic by seed; cached
/// on disk so repeated runs time the same bytes.
/// </summary>
public static class BundleFactory
{
    public static string PemBundlePath(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"certlint-bench-{count}.pem");
        if (!File.Exists(path))
        {
            var temp = path + ".tmp";
            File.WriteAllText(temp, ToPem(Create(count)));
            File.Move(temp, path, overwrite: true);
        }
        return path;
    }

    /// <summary>The bundle of <see cref="PemBundlePath"/> as one DER file per certificate, in name order (cached on disk).</summary>
    public static string[] SeparateDerFiles(int count)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"certlint-bench-files-{count}");
        if (!Directory.Exists(dir))
        {
            var path = PemBundlePath(count);
            var temp = dir + ".tmp";
            Directory.CreateDirectory(temp);
            var i = 0;
            foreach (var o in CertLint.Input.InputDecoder.Decode(path, File.ReadAllBytes(path)).Certificates)
            {
                File.WriteAllBytes(Path.Combine(temp, $"{i++:D6}.der"), o.Encoded.ToArray());
            }
            Directory.Move(temp, dir);
        }
        return [.. Directory.GetFiles(dir).Order(StringComparer.Ordinal)];
    }

    public static List<byte[]> Create(int count)
    {
        var random = new SecureRandom(new Org.BouncyCastle.Crypto.Prng.DigestRandomGenerator(new Org.BouncyCastle.Crypto.Digests.Sha256Digest()));
        random.SetSeed(20261128);
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Org.BouncyCastle.Asn1.X9.X9ObjectIdentifiers.Prime256v1, random));
        var caKeys = generator.GenerateKeyPair();
        var leafKeys = Enumerable.Range(0, 16).Select(_ => generator.GenerateKeyPair()).ToArray();
        var signer = new Asn1SignatureFactory("SHA256WITHECDSA", caKeys.Private, random);
        var caName = new X509Name("C=DE, O=CertLint Bench, CN=Bench CA");
        var notBefore = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var notAfter = new DateTime(2035, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var caSki = new SubjectKeyIdentifier(SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(caKeys.Public).PublicKey.GetBytes()[..20]);

        var list = new List<byte[]>(count + 1);
        var ca = new X509V3CertificateGenerator();
        ca.SetSerialNumber(BigInteger.One);
        ca.SetIssuerDN(caName);
        ca.SetSubjectDN(caName);
        ca.SetNotBefore(notBefore);
        ca.SetNotAfter(notAfter);
        ca.SetPublicKey(caKeys.Public);
        ca.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(true));
        ca.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.KeyCertSign | KeyUsage.CrlSign));
        ca.AddExtension(X509Extensions.SubjectKeyIdentifier, false, caSki);
        list.Add(ca.Generate(signer).GetEncoded());

        for (var i = 0; i < count - 1; i++)
        {
            var keys = leafKeys[i % leafKeys.Length];
            var leaf = new X509V3CertificateGenerator();
            leaf.SetSerialNumber(new BigInteger(1, BitConverter.GetBytes(0x1000_0000_0000L + i).Reverse().ToArray()));
            leaf.SetIssuerDN(caName);
            leaf.SetSubjectDN(new X509Name($"C=DE, O=CertLint Bench, OU=Devices, CN=device-{i:D6}.example.com"));
            leaf.SetNotBefore(notBefore);
            leaf.SetNotAfter(notAfter);
            leaf.SetPublicKey(keys.Public);
            leaf.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
            leaf.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.DigitalSignature));
            leaf.AddExtension(X509Extensions.ExtendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeID.id_kp_serverAuth, KeyPurposeID.id_kp_clientAuth));
            leaf.AddExtension(X509Extensions.SubjectAlternativeName, false, new GeneralNames([
                new GeneralName(GeneralName.DnsName, $"device-{i:D6}.example.com"),
                new GeneralName(GeneralName.IPAddress, $"10.{i / 65536 % 256}.{i / 256 % 256}.{i % 256}"),
            ]));
            leaf.AddExtension(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(keys.Public).PublicKey.GetBytes()[..20]));
            leaf.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(caSki.GetKeyIdentifier()));
            leaf.AddExtension(X509Extensions.CertificatePolicies, false, new CertificatePolicies(new PolicyInformation(new Org.BouncyCastle.Asn1.DerObjectIdentifier("2.23.140.1.2.2"))));
            leaf.AddExtension(X509Extensions.CrlDistributionPoints, false, new CrlDistPoint([
                new DistributionPoint(new DistributionPointName(new GeneralNames(new GeneralName(GeneralName.UniformResourceIdentifier, "http://crl.example.com/ca.crl"))), null, null),
            ]));
            leaf.AddExtension(X509Extensions.AuthorityInfoAccess, false, new AuthorityInformationAccess(
                new AccessDescription(AccessDescription.IdADOcsp, new GeneralName(GeneralName.UniformResourceIdentifier, "http://ocsp.example.com"))));
            list.Add(leaf.Generate(signer).GetEncoded());
        }
        return list;
    }

    public static string ToPem(IEnumerable<byte[]> certificates)
    {
        var sb = new StringBuilder();
        foreach (var der in certificates)
        {
            CertLint.Conversion.PemWriter.AppendBlock(sb, "CERTIFICATE", der);
        }
        return sb.ToString();
    }
}
