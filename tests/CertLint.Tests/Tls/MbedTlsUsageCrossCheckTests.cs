using CertLint.Targets.MbedTls;
using CertLint.Tls;
using CertLint.Tls.Checks;

namespace CertLint.Tests.Tls;

/// <summary>
/// tls-check's Mbed TLS rules against the Mbed TLS emulation's own usage check (MbedTlsTlsUsage, from the
/// mbedtls_ssl_check_cert_usage / ssl_pick_cert reading): two independent implementations of the same facts must
/// give the same keyUsage, extKeyUsage and server-selection verdicts on every fixture.
/// </summary>
public class MbedTlsUsageCrossCheckTests
{
    private static readonly string[] Certificates =
    [
        "server-ec.chain.pem", "client-ec.chain.pem", "server-rsa.chain.pem", "client-rsa.chain.pem", "rsa-keyencipherment.chain.pem",
        "ecdh-ec.chain.pem", "no-digsig-ec.chain.pem", "serverauth-only-ec.chain.pem", "no-eku-ec.chain.pem", "server-p384.chain.pem",
        "server-secp256k1.chain.pem", "server-brainpoolp256r1.chain.pem",
    ];

    public static TheoryData<string, string, string, TlsRole> Cases()
    {
        var data = new TheoryData<string, string, string, TlsRole>();
        var suites = new Dictionary<string, string[]>
        {
            ["mbedtls-2.28"] = ["0xC0AE", "0xC02F", "0x009C", "0xC004", "0x009E"],
            ["mbedtls-3.6"] = ["0xC0AE", "0xC02F", "0x009C", "0xC004", "0x1301"],
            ["mbedtls-4.0"] = ["0xC0AE", "0xC02F", "0x1301"],
        };
        foreach (var (target, list) in suites)
        {
            foreach (var suite in list)
            {
                foreach (var cert in Certificates)
                {
                    foreach (var role in new[] { TlsRole.Server, TlsRole.Client })
                    {
                        data.Add(cert, suite, target, role);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void UsageVerdictsAgreeWithTheEmulation(string cert, string suite, string target, TlsRole role)
    {
        var context = new TlsCase(cert, suite, role, target) { WithKey = false }.Context();
        var reasons = TlsChecker.Check(context).Reasons;
        var parsed = MbedTlsEmulator.Default(target).ParseDer(context.Leaf.Model.Encoded.ToArray());
        Assert.True(parsed.Accepted, parsed.Text);
        var usage = new MbedTlsTlsUsage(MbedTlsTarget.Load(target).DefaultConfig())
            .Check(parsed.Certificate!, suite, role == TlsRole.Server ? "server" : "client");

        Assert.Equal((usage.UsageFlags & 0x800) != 0, reasons.Any(r => r.RuleId == "tls.cert.key_usage"));
        Assert.Equal((usage.UsageFlags & 0x1000) != 0, reasons.Any(r => r.RuleId == "tls.cert.ext_key_usage"));
        if (usage.Selected is { } selected)
        {
            var refusedAtSelection = reasons.Any(r => r.Stage == HandshakeStage.Selection && r.RaisedBy == TlsRole.Server
                && r.RuleId is "tls.key.type" or "tls.key.curve" or "tls.cert.key_usage" or "tls.cert.ext_key_usage");
            Assert.Equal(!selected, refusedAtSelection);
        }
    }
}
