using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CertLint.Tls.Checks;
using CertLint.Tls.Material;
using CertLint.Tls.Stacks;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tls.Handshake;

/// <summary>
/// The handshake against the system's OpenSSL on 127.0.0.1: `openssl s_client` checks a server certificate,
/// `openssl s_server -Verify 1` a client certificate. Bounded in time; the process is always stopped.
/// </summary>
public static class OpenSslHandshake
{
    private const string PeerName = "openssl";

    public static bool IsAvailable() => FindOpenSsl() is not null;

    public static HandshakeResult Run(TlsCheckContext check, TimeSpan? timeout = null)
    {
        var openssl = FindOpenSsl();
        if (openssl is null)
        {
            return HandshakeResult.Skipped("openssl is not installed: the --peer openssl handshake was skipped", PeerName);
        }

        var why = InMemoryHandshake.WhyNotRun(check) ?? (check.Suite.OpenSslName is null ? "OpenSSL does not implement this suite" : null);
        if (why is not null)
        {
            return HandshakeResult.Skipped(why, PeerName);
        }

        var limit = timeout ?? InMemoryHandshake.DefaultTimeout;
        var directory = Directory.CreateTempSubdirectory("certlint-tls-");
        // The folder holds the peer's generated private key: tracked so that SIGINT/SIGTERM removes it as well.
        using var tracking = CertLint.IO.TemporaryFiles.Track(directory.FullName, directory: true);
        try
        {
            return check.Role == TlsRole.Server
                ? AgainstClient(openssl, check, directory.FullName, limit)
                : AgainstServer(openssl, check, directory.FullName, limit);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The certificate is a server's: CertLint serves it, openssl s_client connects and verifies.</summary>
    private static HandshakeResult AgainstClient(string openssl, TlsCheckContext check, string directory, TimeSpan limit)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var watch = Stopwatch.StartNew();
        var args = new List<string> { "s_client", "-connect", $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}" };
        args.AddRange(CommonArgs(check, forClientCertificates: false));
        if (check.Material.Trusted.Count > 0)
        {
            args.AddRange(["-CAfile", WritePem(directory, "ca.pem", check.Material.Trusted), "-verify_return_error"]);
        }

        using var process = Start(openssl, args);
        try
        {
            using var cancel = new CancellationTokenSource(limit);
            using var socket = listener.AcceptSocketAsync(cancel.Token).AsTask().GetAwaiter().GetResult();
            var server = new PresentingServer(new BcTlsCrypto(new SecureRandom()), check);
            return Drive(socket, limit, watch, TlsRole.Server, stream => new TlsServerProtocol(stream).Accept(server), process, check.IsTls13 ? "1.3" : "1.2");
        }
        catch (OperationCanceledException)
        {
            return Failed(null, "timeout", $"openssl s_client did not connect within {limit.TotalSeconds:0.#} s: {Tail(process)}", watch);
        }
        finally
        {
            listener.Stop();
            Stop(process);
        }
    }

    /// <summary>The certificate is a client's: openssl s_server -Verify 1 requires it, CertLint connects with it.</summary>
    private static HandshakeResult AgainstServer(string openssl, TlsCheckContext check, string directory, TimeSpan limit)
    {
        var identity = PeerIdentity.For(check.Suite.KeyExchange);
        var watch = Stopwatch.StartNew();
        var files = new List<string>
        {
            "-cert", WritePem(directory, "peer.pem", [identity.Certificate]),
            "-key", WriteKey(directory, "peer.key", identity.PrivateKey),
        };
        files.AddRange(CommonArgs(check, forClientCertificates: true));
        files.AddRange(check.Material.Trusted.Count > 0
            ? ["-Verify", "1", "-verify_return_error", "-CAfile", WritePem(directory, "ca.pem", check.Material.Trusted)]
            : ["-verify", "1"]);
        // The free port is found by binding and releasing it; another process may take it in between, so retry.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            using var process = Start(openssl, ["s_server", "-accept", $"127.0.0.1:{port}", "-naccept", "1", .. files]);
            try
            {
                if (!WaitForAccept(process, limit))
                {
                    if (process.HasExited && attempt < 3 && watch.Elapsed < limit)
                    {
                        continue;
                    }

                    return Failed(null, "timeout", $"openssl s_server did not start: {Tail(process)}", watch);
                }
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Connect(IPAddress.Loopback, port);
                var client = new PresentingClient(new BcTlsCrypto(new SecureRandom()), check);
                return Drive(socket, limit, watch, TlsRole.Client, stream => new TlsClientProtocol(stream).Connect(client), process, check.IsTls13 ? "1.3" : "1.2");
            }
            finally
            {
                Stop(process);
            }
        }
    }

    private static HandshakeResult Drive(Socket socket, TimeSpan limit, Stopwatch watch, TlsRole us, Action<NetworkStream> handshake, Process process, string versionName)
    {
        socket.NoDelay = true;
        socket.ReceiveTimeout = socket.SendTimeout = (int)limit.TotalMilliseconds;
        using var stream = new NetworkStream(socket, ownsSocket: false);
        var them = us == TlsRole.Server ? TlsRole.Client : TlsRole.Server;
        try
        {
            handshake(stream);
            return new HandshakeResult { Ok = true, Peer = PeerName, Version = versionName, Milliseconds = watch.Elapsed.TotalMilliseconds };
        }
        catch (TlsFatalAlertReceived received)
        {
            return Failed(them, AlertDescription.GetName(received.AlertDescription), $"openssl: {Tail(process)}", watch);
        }
        catch (TlsFatalAlert alert)
        {
            return Failed(us, AlertDescription.GetName(alert.AlertDescription), alert.Message, watch);
        }
        catch (IOException ex)
        {
            return Failed(them, "connection closed", $"{ex.Message.TrimEnd('.')}; openssl: {Tail(process)}", watch);
        }
    }

    private static HandshakeResult Failed(TlsRole? side, string alert, string detail, Stopwatch watch) =>
        new() { Ok = false, Alert = alert, RaisedBy = side, Detail = detail, Peer = PeerName, Milliseconds = watch.Elapsed.TotalMilliseconds };

    private static IEnumerable<string> CommonArgs(TlsCheckContext check, bool forClientCertificates)
    {
        yield return check.IsTls13 ? "-tls1_3" : "-tls1_2";
        yield return check.IsTls13 ? "-ciphersuites" : "-cipher";
        yield return check.Suite.OpenSslName!;
        var groups = check.Groups.Select(g => g.Aliases.FirstOrDefault(a => a.StartsWith("P-", StringComparison.Ordinal) || a.StartsWith('X')) ?? g.Name);
        yield return "-groups";
        yield return string.Join(':', groups);
        var sigAlgs = check.SigAlgs.Select(OpenSslSigAlg).OfType<string>().ToList();
        if (sigAlgs.Count > 0)
        {
            yield return forClientCertificates ? "-client_sigalgs" : "-sigalgs";
            yield return string.Join(':', sigAlgs);
        }
    }

    // OpenSSL 3.0 names TLS 1.2 pairs HASH+SIG, and knows the TLS 1.3 names for PSS and EdDSA.
    private static string? OpenSslSigAlg(Stacks.SignatureScheme scheme) => scheme.Signature switch
    {
        "rsa" => $"RSA+{scheme.Hash.ToUpperInvariant()}",
        "ecdsa" when scheme.Curve is null or "secp256r1" or "secp384r1" or "secp521r1" => $"ECDSA+{scheme.Hash.ToUpperInvariant()}",
        "dsa" => $"DSA+{scheme.Hash.ToUpperInvariant()}",
        "rsa_pss_rsae" or "rsa_pss_pss" or "ed25519" or "ed448" => scheme.Name,
        _ => null,
    };

    private static string WritePem(string directory, string name, IEnumerable<CertificateFacts> certificates)
    {
        var text = new StringBuilder();
        foreach (var c in certificates)
        {
            CertLint.Conversion.PemWriter.AppendBlock(text, "CERTIFICATE", c.Model.Encoded.Span);
        }
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string WriteKey(string directory, string name, Org.BouncyCastle.Crypto.AsymmetricKeyParameter key)
    {
        var path = Path.Combine(directory, name);
        using var writer = new StreamWriter(path);
        new Org.BouncyCastle.OpenSsl.PemWriter(writer).WriteObject(new Org.BouncyCastle.OpenSsl.Pkcs8Generator(key));
        return path;
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static Process Start(string openssl, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(openssl)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var output = new OutputTail();
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        Tails[process] = output;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static bool WaitForAccept(Process process, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (Tails.TryGetValue(process, out var tail) && tail.Contains("ACCEPT"))
            {
                return true;
            }

            if (process.HasExited)
            {
                return false;
            }

            Thread.Sleep(5);
        }
        return false;
    }

    private static void Stop(Process process)
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(500))
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(2000);
        }
        catch (InvalidOperationException)
        {
            // It already exited.
        }
        finally
        {
            Tails.Remove(process, out _);
        }
    }

    private static string Tail(Process process) => Tails.TryGetValue(process, out var tail) ? tail.Errors() : "";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Process, OutputTail> Tails = new();

    /// <summary>The last lines openssl printed, to explain a failure in one line.</summary>
    private sealed class OutputTail
    {
        private readonly List<string> _lines = [];

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Add(line);
            }
        }

        public bool Contains(string text)
        {
            lock (_lines)
            {
                return _lines.Any(l => l.Contains(text, StringComparison.Ordinal));
            }
        }

        public string Errors()
        {
            lock (_lines)
            {
                var interesting = _lines.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("alert", StringComparison.OrdinalIgnoreCase)).TakeLast(2).ToList();
                return interesting.Count > 0 ? string.Join(" | ", interesting) : "(no error printed)";
            }
        }
    }

    private static string? FindOpenSsl()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "openssl.exe" : "openssl"))
            .FirstOrDefault(File.Exists);
    }
}
