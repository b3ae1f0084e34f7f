using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CertLint.Tests.Cli;
using CertLint.Tls.Handshake;

namespace CertLint.Tests.Tls.Probe;

/// <summary>`certlint probe` against `openssl s_server` on 127.0.0.1 (CI installs openssl; without it these only return).</summary>
public class OpenSslServerProbeTests
{
    [Fact]
    public void ProbesOpenSslAsTheSeedDeviceAndAsMbedTls36()
    {
        if (!OpenSslHandshake.IsAvailable())
        {
            return;
        }

        using var server = OpenSslServer.Start(accepts: 2, "-cipher", "ECDHE-ECDSA-AES128-CCM8");
        var seed = CliRunner.Run("probe", server.Address, "--as", "mbedtls-2.16", "--suite", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "--tls", "1.2", "--format", "json", "--timeout", "10");
        Assert.True(seed.ExitCode == 0, seed.Stdout + seed.Stderr);
        var handshake = JsonDocument.Parse(seed.Stdout).RootElement.GetProperty("handshake");
        Assert.Equal("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", handshake.GetProperty("suite").GetString());
        Assert.Equal("CN=CertLint handshake peer", handshake.GetProperty("chain")[0].GetProperty("subject").GetString());
        var tls13 = CliRunner.Run("probe", server.Address, "--as", "mbedtls-3.6", "--format", "json", "--timeout", "10");
        Assert.True(tls13.ExitCode == 0, tls13.Stdout + tls13.Stderr);
        Assert.Equal("1.3", JsonDocument.Parse(tls13.Stdout).RootElement.GetProperty("handshake").GetProperty("version").GetString());
    }

    [Fact]
    public void OpenSslWithoutASharedSuiteAnswersWithAnAlertAfterTheClientHello()
    {
        if (!OpenSslHandshake.IsAvailable())
        {
            return;
        }

        using var server = OpenSslServer.Start(accepts: 1, "-cipher", "ECDHE-ECDSA-AES256-GCM-SHA384", "-no_tls1_3");
        var result = CliRunner.Run("probe", server.Address, "--tls", "1.2", "--suite", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "--format", "json", "--timeout", "10");
        Assert.Equal(1, result.ExitCode);
        var attempt = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("attempts")[0];
        Assert.Equal("alert", attempt.GetProperty("outcome").GetString());
        Assert.Equal("handshake_failure", attempt.GetProperty("alert").GetProperty("name").GetString());
        Assert.Equal("ClientHello", attempt.GetProperty("alert").GetProperty("after").GetString());
    }

    private sealed class OpenSslServer : IDisposable
    {
        private readonly Process _process;
        private readonly DirectoryInfo _dir;
        private readonly StringBuilder _output = new();

        private OpenSslServer(Process process, DirectoryInfo dir, int port)
        {
            _process = process;
            _dir = dir;
            Address = $"127.0.0.1:{port}";
        }

        public string Address { get; }

        public static OpenSslServer Start(int accepts, params string[] extra)
        {
            var dir = Directory.CreateTempSubdirectory("certlint-probe-");
            var identity = PeerIdentity.For(CertLint.Tls.Suites.KeyExchange.EcdheEcdsa);
            var pem = new StringBuilder();
            CertLint.Conversion.PemWriter.AppendBlock(pem, "CERTIFICATE", identity.Certificate.Model.Encoded.Span);
            File.WriteAllText(Path.Combine(dir.FullName, "cert.pem"), pem.ToString());
            using (var writer = new StreamWriter(Path.Combine(dir.FullName, "key.pem")))
            {
                new Org.BouncyCastle.OpenSsl.PemWriter(writer).WriteObject(new Org.BouncyCastle.OpenSsl.Pkcs8Generator(identity.PrivateKey));
            }
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var info = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
            foreach (var arg in new[] { "s_server", "-accept", $"127.0.0.1:{port}", "-cert", Path.Combine(dir.FullName, "cert.pem"),
                "-key", Path.Combine(dir.FullName, "key.pem"), "-naccept", $"{accepts}" }.Concat(extra))
            {
                info.ArgumentList.Add(arg);
            }
            var process = Process.Start(info)!;
            var server = new OpenSslServer(process, dir, port);
            process.OutputDataReceived += (_, e) => { lock (server._output) { server._output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (server._output) { server._output.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(10))
            {
                lock (server._output)
                {
                    if (server._output.ToString().Contains("ACCEPT"))
                    {
                        return server;
                    }
                }
                if (process.HasExited)
                {
                    break;
                }

                Thread.Sleep(10);
            }
            server.Dispose();
            throw new InvalidOperationException("openssl s_server did not start: " + server._output);
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill();
                }

                _process.WaitForExit(2000);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            _process.Dispose();
            _dir.Delete(recursive: true);
        }
    }
}
