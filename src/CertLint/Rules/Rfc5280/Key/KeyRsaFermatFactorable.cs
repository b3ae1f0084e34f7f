using System.Numerics;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyRsaFermatFactorable : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.rsa-fermat-factorable",
        Title = "RSA modulus factors by Fermat's method (primes too close)",
        DefaultSeverity = Severity.Error,
        Source = "CVE-2022-26320",
        Citation = "Fermat factorization; FIPS 186-5 A.1.3 (p and q at least 2^(nlen/2 - 100) apart); zlint community e_rsa_fermat_factorization",
        Description = "Runs a bounded number of rounds (parameter rounds, default 100) of Fermat's factorization on the RSA modulus: when p and q are close, n = a^2 - b^2 for an a just above sqrt(n), and the key falls apart.",
        Rationale = "Key generators that pick q as the next prime after p (found in 2022 in Rambus' SafeZone library and in Fujifilm and Canon printers, CVE-2022-26320) produce keys anyone can factor in seconds, then impersonate the holder or decrypt its traffic. The modulus looks normal to every TLS stack, so only a check like this finds it.",
        Fix = "Treat the private key as compromised: revoke the certificate, fix or replace the key generator (FIPS 186-5 requires p and q at least 2^(nlen/2 - 100) apart), generate a new key and re-issue.",
        Example = "Modulus: 2048 bits, p and q differ by 1,234",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Details is not { Type: KeyType.Rsa or KeyType.RsaPss, RsaModulus: { } n } || n.Sign <= 0 || n.IsEven)
        {
            return;
        }
        var rounds = context.IntParameter("rounds", 100);
        if (TryFactor(n, rounds) is { } round)
        {
            findings.Add(Finding.At(Descriptor, $"RSA modulus ({n.GetBitLength()} bits) factors by Fermat's method after {round + 1} round(s): its primes are too close", key.Location));
        }
    }

    /// <summary>
    /// The round k in which b^2 = (a0 + k)^2 - n is a perfect square, or null. Residues of a and b^2 modulo small
    /// numbers are advanced with int arithmetic, so a BigInteger square root is only taken for the ~1 % of rounds
    /// that pass all four quadratic-residue filters.
    /// </summary>
    private static int? TryFactor(BigInteger n, int rounds)
    {
        var a0 = IntegerSqrt(n);
        if (a0 * a0 < n)
        {
            a0 += 1;
        }
        var b0 = a0 * a0 - n;
        Span<int> a = stackalloc int[Moduli.Length];
        Span<int> b = stackalloc int[Moduli.Length];
        for (var m = 0; m < Moduli.Length; m++)
        {
            a[m] = (int)(a0 % Moduli[m]);
            b[m] = (int)(b0 % Moduli[m]);
        }
        for (var k = 0; k < rounds; k++)
        {
            var candidate = true;
            for (var m = 0; m < Moduli.Length && candidate; m++)
            {
                candidate = SquareResidues[m][b[m]];
            }
            if (candidate)
            {
                var b2 = b0 + k * (2 * a0 + k); // (a0 + k)^2 - n
                var root = IntegerSqrt(b2);
                if (root * root == b2)
                {
                    return k;
                }
            }
            for (var m = 0; m < Moduli.Length; m++)
            {
                b[m] = (b[m] + 2 * a[m] + 1) % Moduli[m]; // (a + 1)^2 - n = a^2 - n + 2a + 1
                a[m] = (a[m] + 1) % Moduli[m];
            }
        }
        return null;
    }

    private static readonly int[] Moduli = [64, 63, 65, 11];

    private static readonly bool[][] SquareResidues = Moduli.Select(m =>
    {
        var squares = new bool[m];
        for (var x = 0; x < m; x++)
        {
            squares[x * x % m] = true;
        }
        return squares;
    }).ToArray();

    private static BigInteger IntegerSqrt(BigInteger value)
    {
        if (value < 2)
        {
            return value;
        }
        // Start just above the root from a double estimate of the top bits, so Newton needs a handful of steps.
        var shift = (int)Math.Max(0, (value.GetBitLength() - 100) & ~1L);
        var x = new BigInteger(Math.Sqrt((double)(value >> shift)) + 2) << (shift / 2);
        while (true)
        {
            var y = (x + value / x) >> 1;
            if (y >= x)
            {
                return x;
            }
            x = y;
        }
    }
}
