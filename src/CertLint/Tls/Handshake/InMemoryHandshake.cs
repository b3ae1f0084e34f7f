using System.Diagnostics;
using CertLint.Tls.Checks;
using CertLint.Tls.Suites;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tls.Handshake;

/// <summary>
/// A real TLS handshake between two BouncyCastle endpoints in this process, over BouncyCastle's in-memory
/// (non-blocking) transport: no sockets, no threads, bounded in time.
/// </summary>
public static class InMemoryHandshake
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static HandshakeResult Run(TlsCheckContext check, TimeSpan? timeout = null)
    {
        var notRun = WhyNotRun(check);
        if (notRun is not null)
        {
            return HandshakeResult.Skipped(notRun);
        }

        var crypto = new BcTlsCrypto(new SecureRandom());
        TlsClient client = check.Role == TlsRole.Server ? new PeerClient(crypto, check) : new PresentingClient(crypto, check);
        TlsServer server = check.Role == TlsRole.Server ? new PresentingServer(crypto, check) : new PeerServer(crypto, check);
        var clientProtocol = new TlsClientProtocol();
        var serverProtocol = new TlsServerProtocol();
        var watch = Stopwatch.StartNew();
        var limit = timeout ?? DefaultTimeout;
        try
        {
            var failure = Step(TlsRole.Client, () => clientProtocol.Connect(client))
                ?? Step(TlsRole.Server, () => serverProtocol.Accept(server));
            var buffer = new byte[1 << 16];
            while (failure is null && (clientProtocol.IsHandshaking || serverProtocol.IsHandshaking))
            {
                if (watch.Elapsed > limit)
                {
                    return Failed(null, "timeout", $"the handshake did not finish within {limit.TotalSeconds:0.#} s", watch);
                }

                var toServer = Drain(clientProtocol, buffer);
                if (toServer.Length > 0)
                {
                    failure = Step(TlsRole.Server, () => serverProtocol.OfferInput(toServer));
                }

                if (failure is not null)
                {
                    break;
                }

                var toClient = Drain(serverProtocol, buffer);
                if (toClient.Length > 0)
                {
                    failure = Step(TlsRole.Client, () => clientProtocol.OfferInput(toClient));
                }

                if (toServer.Length == 0 && toClient.Length == 0 && failure is null)
                {
                    return Failed(null, "stalled", "neither side had anything more to send", watch);
                }
            }
            if (failure is not null)
            {
                return Failed(failure.Value.Side, failure.Value.Alert, failure.Value.Detail, watch);
            }
            // Each side offered exactly one version, so success means that version.
            return new HandshakeResult { Ok = true, Version = check.IsTls13 ? "1.3" : "1.2", Milliseconds = watch.Elapsed.TotalMilliseconds };
        }
        finally
        {
            Close(clientProtocol);
            Close(serverProtocol);
        }
    }

    /// <summary>Why a handshake cannot say anything for this suite and material, or null when it can run.</summary>
    public static string? WhyNotRun(TlsCheckContext check)
    {
        var kx = check.Suite.KeyExchange;
        if (!kx.UsesCertificate() || (check.Role == TlsRole.Client && kx == KeyExchange.RsaPsk))
        {
            return "no certificate is used with this suite";
        }

        if (check.Material.KeyProblem is not null)
        {
            return $"the private key cannot be read: {check.Material.KeyProblem}";
        }

        if (check.Material.PrivateKey is null)
        {
            return "a handshake needs the private key: give --key";
        }

        if (kx is KeyExchange.EcdhEcdsa or KeyExchange.EcdhRsa)
        {
            return "BouncyCastle runs ECDH_* suites only with fixed-ECDH client authentication, which it fails to complete (2.7.0); checked statically only";
        }

        if (kx is KeyExchange.RsaPsk)
        {
            return "RSA_PSK needs a pre-shared key as well; the certificate part is checked statically only";
        }

        if (!IsSupportedByEngine(check.Suite.Code))
        {
            return "BouncyCastle's TLS does not implement this suite";
        }

        return null;
    }

    private static bool IsSupportedByEngine(int code)
    {
        var crypto = new BcTlsCrypto(new SecureRandom());
        return TlsUtilities.GetSupportedCipherSuites(crypto, [code]).Length == 1;
    }

    private static HandshakeResult Failed(TlsRole? side, string alert, string? detail, Stopwatch watch) =>
        new() { Ok = false, Alert = alert, RaisedBy = side, Detail = detail, Milliseconds = watch.Elapsed.TotalMilliseconds };

    private static byte[] Drain(TlsProtocol protocol, byte[] buffer)
    {
        var available = protocol.GetAvailableOutputBytes();
        if (available == 0)
        {
            return [];
        }

        using var collected = new MemoryStream();
        while ((available = protocol.GetAvailableOutputBytes()) > 0)
        {
            var read = protocol.ReadOutput(buffer, 0, Math.Min(available, buffer.Length));
            collected.Write(buffer, 0, read);
        }
        return collected.ToArray();
    }

    /// <summary>Runs one side's step; a fatal alert it raises, or one it receives, becomes the result.</summary>
    private static (TlsRole Side, string Alert, string? Detail)? Step(TlsRole side, Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (TlsFatalAlertReceived received)
        {
            return (Other(side), AlertDescription.GetName(received.AlertDescription), "alert received");
        }
        catch (TlsFatalAlert alert)
        {
            var cause = alert.InnerException is { } inner ? $" ({inner.GetType().Name}: {inner.Message})" : "";
            return (side, AlertDescription.GetName(alert.AlertDescription), alert.Message + cause);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException or InvalidCastException or NullReferenceException
            or Org.BouncyCastle.Crypto.CryptoException)
        {
            return (side, "internal_error", $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static TlsRole Other(TlsRole side) => side == TlsRole.Client ? TlsRole.Server : TlsRole.Client;

    private static void Close(TlsProtocol protocol)
    {
        try
        {
            protocol.Close();
        }
        catch (IOException)
        {
            // Closing after a fatal alert has nothing left to say.
        }
    }
}
