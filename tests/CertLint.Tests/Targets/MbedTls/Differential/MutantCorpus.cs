using System.Security.Cryptography;
using System.Text;

namespace CertLint.Tests.Targets.MbedTls.Differential;

/// <summary>
/// How a mutant is given to Mbed TLS. <see cref="Der"/>: the bytes are one DER object, run through parse_der as they
/// are, through parse_file as a .der file, and through parse_file as a PEM file (the bytes armoured); the PEM file is
/// then verified. <see cref="File"/>: the bytes are a whole file, run through parse_file and then verified.
/// </summary>
internal enum MutantForm
{
    Der,
    File,
}

internal sealed record Mutant(string Id, string Kind, MutantForm Form, byte[] Bytes)
{
    public string Sha8 => Convert.ToHexString(SHA256.HashData([(byte)Form, .. Bytes]))[..8].ToLowerInvariant();

    /// <summary>The file parse_file reads for the PEM column and for verification.</summary>
    public byte[] PemFile => Form == MutantForm.Der ? MutantCorpus.Armour(Bytes) : Bytes;
}

/// <summary>splitmix64: the same numbers on every platform and .NET version (System.Random promises nothing).</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 &lt;= result &lt; n.</summary>
    public int Below(int n) => n <= 0 ? 0 : (int)(Next() % (ulong)n);

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    public bool Chance(int percent) => Below(100) < percent;
}

/// <summary>
/// The differential corpus: mutants of the base certificates in fixtures/mbedtls/differential/mutants/bases,
/// generated deterministically from a seed. Each kind has its own stream (seed + kind number), so adding a kind
/// does not change the others. Mutants of one kind are distinct (by bytes and form).
/// </summary>
internal static class MutantCorpus
{
    public const ulong Seed = 20261206;

    /// <summary>Kinds and how many mutants of each; the recorded results hold exactly these.</summary>
    public static readonly (string Kind, int Count)[] Plan =
    [
        ("truncate", 2500),
        ("truncate-inner", 1500),
        ("length-plus-minus-one", 3000),
        ("tag-change", 2500),
        ("duplicate-tlv", 1800),
        ("delete-tlv", 1800),
        ("criticality-flip", 1500),
        ("byte-flip", 3000),
        ("explicit-ec-parameters", 1200),
        ("pem-damage", 2000),
        ("empty-and-one-byte", 257),
        ("chain-file", 600),
    ];

    public static string Dir(params string[] parts) => MbedTlsFixtures.Path(["differential", "mutants", .. parts]);

    public static IReadOnlyList<(string Name, byte[] Der)> Bases() =>
        [.. Directory.GetFiles(Dir("bases"), "*.der").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllBytes(f)))];

    /// <summary>Explicit (specifiedCurve) ECParameters per curve name, from ec-explicit-params.tsv.</summary>
    public static IReadOnlyList<(string Curve, byte[] Der)> ExplicitParameters() =>
        [.. File.ReadAllLines(Dir("ec-explicit-params.tsv")).Where(l => l.Length > 0)
            .Select(l => l.Split('\t')).Select(c => (c[0], Convert.FromHexString(c[1])))];

    public static List<Mutant> Generate()
    {
        var bases = Bases();
        var parameters = ExplicitParameters();
        var all = new List<Mutant>();
        for (var k = 0; k < Plan.Length; k++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var (kind, count) = Plan[k];
            var rng = new SplitMix64(Seed * 1000 + (ulong)k);
            var made = 0;
            var attempts = 0;
            var oneByte = 0;
            while (made < count)
            {
                if (++attempts > count * 50)
                {
                    throw new InvalidOperationException($"{kind}: only {made} distinct mutants");
                }

                var (form, bytes) = kind switch
                {
                    "empty-and-one-byte" => (MutantForm.Der, oneByte++ == 0 ? [] : new[] { (byte)(oneByte - 2) }),
                    "pem-damage" => (MutantForm.File, PemDamage(rng, rng.Pick(bases).Der)),
                    "chain-file" => (MutantForm.File, ChainFile(rng, bases)),
                    "explicit-ec-parameters" => (MutantForm.Der, ExplicitParams(rng, bases, parameters)),
                    _ => (MutantForm.Der, Mutate(kind, rng, rng.Pick(bases).Der)),
                };
                if (bytes is null)
                {
                    continue;
                }

                var mutant = new Mutant($"{kind}-{made:D5}", kind, form, bytes);
                if (!seen.Add(mutant.Sha8 + Convert.ToBase64String(bytes)))
                {
                    continue;
                }

                all.Add(mutant);
                made++;
            }
        }
        return all;
    }

    private static byte[]? Mutate(string kind, SplitMix64 rng, byte[] der)
    {
        var tree = DerNode.Parse(der);
        switch (kind)
        {
            case "truncate":
            {
                // Half anywhere, half in the last 16 bytes (where a file cut short usually ends).
                var cut = rng.Chance(50) ? rng.Below(der.Length) : der.Length - 1 - rng.Below(Math.Min(16, der.Length));
                return der[..cut];
            }
            case "truncate-inner":
            {
                // A primitive value loses the tail of its content; every enclosing length is kept consistent.
                var leaves = tree.Walk().Where(x => x.Node.Children is null && x.Node.Content.Length > 0).ToList();
                var node = rng.Pick(leaves).Node;
                node.Content = node.Content[..rng.Below(node.Content.Length)];
                return tree.Encode();
            }
            case "length-plus-minus-one":
            {
                var bytes = tree.Encode();
                var (_, offset, header) = rng.Pick(tree.Offsets());
                return ChangeLength(bytes, offset, header, rng.Chance(50) ? 1 : -1);
            }
            case "tag-change":
            {
                var bytes = tree.Encode();
                var (_, offset, _) = rng.Pick(tree.Offsets());
                byte[] tags = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0C, 0x13, 0x16, 0x17, 0x18, 0x1E, 0x30, 0x31, 0xA0, 0xA1, 0xA3, 0x80, 0x81, 0x82, 0x83, 0x86, 0x87, 0x88, 0x00, 0x1F];
                var tag = rng.Chance(80) ? rng.Pick(tags) : (byte)rng.Below(256);
                if (tag == bytes[offset])
                    {
                        return null;
                    }

                    bytes[offset] = tag;
                return bytes;
            }
            case "duplicate-tlv":
            {
                // A copy of a value next to it (a duplicated extension, name, field) or elsewhere among its siblings.
                var (node, parent) = rng.Pick(tree.Walk().Where(x => x.Parent is not null).ToList());
                var at = rng.Chance(60) ? parent!.Children!.IndexOf(node) + 1 : rng.Below(parent!.Children!.Count + 1);
                parent.Children.Insert(at, node.Clone());
                return tree.Encode();
            }
            case "delete-tlv":
            {
                // One value removed, or (three times in ten) two.
                var n = rng.Chance(70) ? 1 : 2;
                for (var i = 0; i < n; i++)
                {
                    var (node, parent) = rng.Pick(tree.Walk().Where(x => x.Parent is not null).ToList());
                    parent!.Children!.Remove(node);
                }
                return tree.Encode();
            }
            case "criticality-flip":
                return FlipCriticality(rng, tree);
            case "byte-flip":
            {
                var bytes = (byte[])der.Clone();
                var n = 1 + rng.Below(3);
                for (var i = 0; i < n; i++)
                {
                    var at = rng.Below(bytes.Length);
                    bytes[at] ^= rng.Chance(50) ? (byte)(1 << rng.Below(8)) : (byte)(1 + rng.Below(255));
                }
                return bytes;
            }
            default:
                throw new ArgumentException(kind);
        }
    }

    /// <summary>Rewrites the length field at <paramref name="offset"/> in place to length+delta, keeping its form.</summary>
    private static byte[]? ChangeLength(byte[] bytes, int offset, int header, int delta)
    {
        var first = bytes[offset + 1];
        if (first < 0x80)
        {
            var v = first + delta;
            if (v < 0)
            {
                v = first + 1;
            }

            bytes[offset + 1] = (byte)v;
            return bytes;
        }
        var n = first & 0x7F;
        var len = 0;
        for (var i = 0; i < n; i++)
        {
            len = (len << 8) | bytes[offset + 2 + i];
        }

        len += delta;
        if (len < 0 || len >= 1 << (8 * n))
        {
            return null;
        }

        for (var i = n - 1; i >= 0; i--, len >>= 8)
        {
            bytes[offset + 2 + i] = (byte)len;
        }

        return bytes;
    }

    private static List<DerNode> Extensions(DerNode cert)
    {
        var tbs = cert.Children?.FirstOrDefault();
        var wrapper = tbs?.Children?.FirstOrDefault(c => c.Tag == 0xA3);
        return wrapper?.Children?.FirstOrDefault()?.Children ?? [];
    }

    private static byte[]? FlipCriticality(SplitMix64 rng, DerNode tree)
    {
        var exts = Extensions(tree).Where(e => e.Children is { Count: >= 2 }).ToList();
        if (exts.Count == 0)
        {
            return null;
        }

        var targets = rng.Chance(15) ? exts : [rng.Pick(exts)];
        foreach (var ext in targets)
        {
            var hasBool = ext.Children![1].Tag == 0x01;
            switch (rng.Below(4))
            {
                case 0 or 1:
                    // Toggle: critical TRUE is removed, absent becomes TRUE.
                    if (hasBool)
                    {
                        ext.Children.RemoveAt(1);
                    }
                    else
                    {
                        ext.Children.Insert(1, new DerNode { Tag = 0x01, Content = [0xFF] });
                    }

                    break;
                case 2:
                    // An explicit FALSE (not DER, but seen in the wild) or a TRUE that is not 0xFF.
                    var value = rng.Chance(50) ? (byte)0x00 : (byte)(1 + rng.Below(254));
                    if (hasBool)
                    {
                        ext.Children[1].Content = [value];
                    }
                    else
                    {
                        ext.Children.Insert(1, new DerNode { Tag = 0x01, Content = [value] });
                    }

                    break;
                default:
                    // A malformed BOOLEAN: empty or two bytes.
                    var bad = new DerNode { Tag = 0x01, Content = rng.Chance(50) ? [] : [0xFF, 0xFF] };
                    if (hasBool)
                    {
                        ext.Children[1] = bad;
                    }
                    else
                    {
                        ext.Children.Insert(1, bad);
                    }

                    break;
            }
        }
        return tree.Encode();
    }

    private static readonly byte[] EcPublicKeyOid = [0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01];

    /// <summary>The SubjectPublicKeyInfo's AlgorithmIdentifier of an EC certificate (null otherwise).</summary>
    private static DerNode? EcAlgorithm(DerNode cert)
    {
        var tbs = cert.Children![0];
        var spki = tbs.Children!.FirstOrDefault(c => c.Tag == 0x30 && c.Children is [{ Tag: 0x30 } alg, { Tag: 0x03 }] && alg.Children is { Count: 2 } &&
                                                     alg.Children[0].Encode().AsSpan().SequenceEqual(EcPublicKeyOid));
        return spki?.Children![0];
    }

    /// <summary>
    /// An EC certificate whose key parameters become explicit: the key's own curve or another, with or without seed
    /// and cofactor, then (sometimes) one field of the parameters damaged.
    /// </summary>
    private static byte[]? ExplicitParams(SplitMix64 rng, IReadOnlyList<(string Name, byte[] Der)> bases, IReadOnlyList<(string Curve, byte[] Der)> parameters)
    {
        var (_, der) = rng.Pick(bases);
        var tree = DerNode.Parse(der);
        var alg = EcAlgorithm(tree);
        if (alg is null)
        {
            return null;
        }

        var named = alg.Children![1];
        DerNode p;
        if (named.Tag == 0x30)
        {
            p = named.Clone(); // already explicit (openssl-made base): damage it below
        }
        else
        {
            // Mostly the key's own curve (the point then is on it), sometimes a different one.
            var own = CurveOfOid(named.Content);
            var choice = own is not null && rng.Chance(70) ? parameters.First(x => x.Curve == own) : rng.Pick(parameters);
            p = DerNode.Parse(choice.Der);
        }
        var fields = p.Children!; // version, fieldID, curve, base, order, cofactor?
        switch (rng.Below(12))
        {
            case 0 or 1 or 2:
                break; // exact
            case 3:
                if (fields[2].Children!.Count == 3)
                {
                    fields[2].Children!.RemoveAt(2); // no seed
                }

                break;
            case 4:
                if (fields.Count == 6)
                {
                    fields.RemoveAt(5); // no cofactor
                }

                break;
            case 5:
                fields[0].Content = [(byte)(2 + rng.Below(3))]; // version 2..4
                break;
            case 6:
                Damage(rng, fields[2].Children![rng.Below(2)]); // a or b
                break;
            case 7:
                Damage(rng, fields[1].Children![1]); // the prime
                break;
            case 8:
                Damage(rng, fields[4]); // the order
                break;
            case 9:
            {
                // The generator compressed (02/03 + x) or hybrid (06/07).
                var g = fields[3].Content;
                var x = g[1..(1 + (g.Length - 1) / 2)];
                fields[3].Content = rng.Chance(70) ? [(byte)(2 + (g[^1] & 1)), .. x] : [(byte)(6 + (g[^1] & 1)), .. g[1..]];
                break;
            }
            case 10:
                fields[1].Children![0].Content = [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x01, 0x02]; // characteristic-two field
                break;
            default:
                if (fields.Count == 6)
                {
                    fields[5].Content = [(byte)(2 + rng.Below(7))]; // another cofactor
                }

                break;
        }
        alg.Children![1] = p;
        return tree.Encode();
    }

    private static void Damage(SplitMix64 rng, DerNode node)
    {
        if (node.Content.Length == 0)
        {
            return;
        }

        var c = (byte[])node.Content.Clone();
        c[rng.Below(c.Length)] ^= (byte)(1 + rng.Below(255));
        node.Content = c;
    }

    private static string? CurveOfOid(byte[] oidContent) => Convert.ToHexString(oidContent) switch
    {
        "2A8648CE3D030107" => "prime256v1",
        "2B81040022" => "secp384r1",
        "2B81040023" => "secp521r1",
        "2B8104000A" => "secp256k1",
        "2A8648CE3D030101" => "prime192v1",
        "2B2403030208010107" => "brainpoolP256r1",
        _ => null,
    };

    /// <summary>PEM armour as openssl writes it (64 columns, LF).</summary>
    public static byte[] Armour(byte[] der, string label = "CERTIFICATE", int width = 64, string eol = "\n")
    {
        var b64 = Convert.ToBase64String(der);
        var sb = new StringBuilder($"-----BEGIN {label}-----{eol}");
        for (var i = 0; i < b64.Length; i += width)
        {
            sb.Append(b64.AsSpan(i, Math.Min(width, b64.Length - i))).Append(eol);
        }

        sb.Append($"-----END {label}-----{eol}");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static byte[] PemDamage(SplitMix64 rng, byte[] der)
    {
        var width = rng.Chance(80) ? 64 : rng.Pick(new[] { 76, 16, 1000 });
        var eol = rng.Chance(80) ? "\n" : "\r\n";
        var text = Encoding.ASCII.GetString(Armour(der, "CERTIFICATE", width, eol));
        var bodyStart = text.IndexOf('\n') + 1;
        var bodyEnd = text.IndexOf("-----END", StringComparison.Ordinal);
        int Body() => bodyStart + rng.Below(Math.Max(1, bodyEnd - bodyStart));
        switch (rng.Below(18))
        {
            case 0: text = text.Remove(Body(), 1); break;
            case 1: text = text.Insert(Body(), rng.Pick(new[] { "!", "*", "=", " ", "\t", "\r", "-", "A", "==", "\n", "\u00e9", "\0", " \n" })); break;
            case 2: { var at = Body(); if (char.IsLetterOrDigit(text[at])) { text = text.Remove(at, 1).Insert(at, "="); } break; }
            case 3: text = text[..bodyEnd]; break; // no footer
            case 4: text = text[..(bodyEnd + rng.Below(text.Length - bodyEnd))]; break; // footer cut
            case 5: text = text.Replace("-----BEGIN CERTIFICATE-----", rng.Pick(new[] { "-----BEGIN X509 CERTIFICATE-----", "-----BEGIN TRUSTED CERTIFICATE-----", "-----BEGIN CERTIFICATE----", "-----BEGIN CERTIFICATE-----  ", "-----BEGIN certificate-----", "-----BEGIN CERTIFICATE-----\t" })); break;
            case 6: text = text.Replace("-----END CERTIFICATE-----", rng.Pick(new[] { "-----END X509 CERTIFICATE-----", "-----END CERTIFICATE----", "-----END CERTIFICATE-----  ", "----- END CERTIFICATE-----" })); break;
            case 7: text = text.TrimEnd('\n', '\r'); break; // no newline at the end
            case 8: text = rng.Pick(new[] { "subject=CN = x\nissuer=CN = y\n", "Certificate:\n    Data:\n", "\n\n", "\u00EF\u00BB\u00BF", " ", "-----BEGIN \n" }) + text; break;
            case 9: text += rng.Pick(new[] { "trailing text\n", "\0", "-----BEGIN CERTIFICATE-----\n", "\n\n\n", "-----END CERTIFICATE-----\n" }); break;
            case 10: text = "-----BEGIN CERTIFICATE-----" + eol + "-----END CERTIFICATE-----" + eol; break; // empty body
            case 11: text = text.Insert(bodyStart, "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n"); break;
            case 12: text = text.Replace(eol, rng.Chance(50) ? " " + eol : "\t" + eol); break; // spaces at line ends
            case 13: { var at = bodyStart + rng.Below(Math.Max(1, text.Length - bodyStart)); text = text.Insert(at, "\0"); break; } // a NUL
            case 14: text = text + text.Remove(Body(), 1); break; // a good block then a damaged one
            case 15: text = text.Remove(Body(), 1) + text; break; // a damaged block then a good one
            case 16:
                // The DER itself with PEM-looking text around it: pk_load_file's "-----BEGIN " test and the NUL in the DER decide.
                return [.. Encoding.ASCII.GetBytes(rng.Chance(50) ? "-----BEGIN CERTIFICATE-----\n" : ""), .. der, .. Encoding.ASCII.GetBytes("\n-----END CERTIFICATE-----\n")];
            default: text = text.Replace("=", ""); break; // padding removed
        }
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>A PEM file of 2-4 certificates, one or two of them mutated: partial loads, then verify of what loaded.</summary>
    private static byte[] ChainFile(SplitMix64 rng, IReadOnlyList<(string Name, byte[] Der)> bases)
    {
        var n = 2 + rng.Below(3);
        var parts = new List<byte>();
        var damaged = rng.Below(n);
        for (var i = 0; i < n; i++)
        {
            var der = rng.Pick(bases).Der;
            if (i == damaged || rng.Chance(15))
            {
                var kinds = new[] { "truncate", "length-plus-minus-one", "tag-change", "byte-flip", "criticality-flip", "delete-tlv" };
                der = Mutate(rng.Pick(kinds), rng, der) ?? der;
            }
            parts.AddRange(Armour(der));
        }
        return [.. parts];
    }
}
