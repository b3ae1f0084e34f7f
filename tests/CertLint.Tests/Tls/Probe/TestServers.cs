using System.Net;
using System.Net.Sockets;
using CertLint.Tls.Handshake;
using CertLint.Tls.Material;
using CertLint.Tls.Probe;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tests.Tls.Probe;

/// <summary>A listener on 127.0.0.1 that serves connections on a background thread until disposed.</summary>
public abstract class LoopbackServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Thread _thread;
    private volatile bool _stopped;

    protected LoopbackServer()
    {
        _listener.Start();
        _thread = new Thread(Loop) { IsBackground = true, Name = GetType().Name };
        _thread.Start();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Address => $"127.0.0.1:{Port}";

    private void Loop()
    {
        while (!_stopped)
        {
            Socket socket;
            try
            {
                socket = _listener.AcceptSocket();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            new Thread(() =>
            {
                try
                {
                    // Generous: under load the probe's next bytes can take seconds; a hung test still ends with the probe's timeout.
                    socket.ReceiveTimeout = 15000;
                    socket.SendTimeout = 15000;
                    Serve(socket);
                }
                catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or TlsException or InvalidOperationException)
                {
                    // The probe hung up or the handshake failed: nothing to serve any more.
                }
                finally
                {
                    socket.Dispose();
                }
            }) { IsBackground = true }.Start();
        }
    }

    protected abstract void Serve(Socket socket);

    public void Dispose()
    {
        _stopped = true;
        _listener.Stop();
        Stopped();
        GC.SuppressFinalize(this);
    }

    protected virtual void Stopped()
    {
    }
}

/// <summary>A real BouncyCastle TLS 1.2/1.3 server with a throwaway ECDSA P-256 certificate, or the given ECDSA chain and key;
/// <paramref name="groups"/> limits the groups it accepts (TLS 1.3: a HelloRetryRequest when the client's key share is another).</summary>
public sealed class BcTestServer(TlsMaterial? material = null, int[]? groups = null) : LoopbackServer
{
    protected override void Serve(Socket socket)
    {
        using var stream = new NetworkStream(socket, ownsSocket: false);
        var protocol = new TlsServerProtocol(stream);
        protocol.Accept(new EcdsaServer(new BcTlsCrypto(new SecureRandom()), material, groups));
        protocol.Close();
    }

    private sealed class EcdsaServer(BcTlsCrypto crypto, TlsMaterial? material, int[]? groups) : AbstractTlsServer(crypto)
    {
        public override int[] GetSupportedGroups() => groups ?? base.GetSupportedGroups();

        private static readonly int[] Suites = [0x1301, 0x1302, 0x1303, 0xC02B, 0xC02C, 0xCCA9, 0xC0AE, 0xC0AC, 0xC023, 0xC009];

        protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.TLSv13.DownTo(ProtocolVersion.TLSv12);

        protected override int[] GetSupportedCipherSuites() => TlsUtilities.GetSupportedCipherSuites(Crypto, Suites);

        public override TlsCredentials GetCredentials()
        {
            var tls13 = TlsUtilities.IsTlsV13(m_context.ServerVersion);
            var clientSigAlgs = m_context.SecurityParameters.ClientSigAlgs;
            var offered = clientSigAlgs is null ? CertLint.Tls.Stacks.SignatureSchemes.All : WireContext.Schemes(clientSigAlgs);
            if (material is { PrivateKey: { } key })
            {
                return Credentials.Signer(m_context, crypto, key, Credentials.Chain(crypto, material.SentChain, tls13), material.Leaf, offered, tls13);
            }
            var identity = PeerIdentity.For(CertLint.Tls.Suites.KeyExchange.EcdheEcdsa);
            var chain = Credentials.Chain(crypto, [identity.Certificate], tls13);
            return Credentials.Signer(m_context, crypto, identity.PrivateKey, chain, identity.Certificate, offered, tls13);
        }
    }
}

/// <summary>What an intolerant server does with a ClientHello.</summary>
public enum Reaction
{
    /// <summary>Hand the connection to a real TLS server.</summary>
    Serve,
    /// <summary>Close (FIN) with no alert.</summary>
    Close,
    /// <summary>Reset (RST).</summary>
    Reset,
    /// <summary>Send a fatal handshake_failure alert, then close.</summary>
    Alert,
    /// <summary>Say nothing and keep the connection open.</summary>
    Hang,
}

/// <summary>
/// Reads the ClientHello, decides from it (an extension, its size, its groups), and then closes, resets, sends an
/// alert or hangs; a ClientHello it tolerates is passed on to a BouncyCastle server.
/// </summary>
public sealed class IntolerantServer(Func<ClientHelloMessage, int, Reaction> decide) : LoopbackServer
{
    private readonly BcTestServer _backend = new();

    /// <summary>The ClientHellos seen, in order.</summary>
    public List<ClientHelloMessage> Seen { get; } = [];

    /// <summary>The ClientHellos seen once at least <paramref name="count"/> have arrived (or 10 s passed): the server
    /// thread records a hello before it reacts, but reads of the list are not otherwise ordered with the probe.</summary>
    public List<ClientHelloMessage> WaitForHellos(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            lock (Seen)
            {
                if (Seen.Count >= count || DateTime.UtcNow > deadline)
                {
                    return [.. Seen];
                }
            }
            Thread.Sleep(20);
        }
    }

    protected override void Serve(Socket socket)
    {
        var record = ReadRecord(socket);
        if (record is null)
        {
            return;
        }

        var message = record.AsSpan(5).ToArray();
        var hello = ClientHelloMessage.Parse(message);
        if (hello is null)
        {
            return;
        }

        lock (Seen)
        {
            Seen.Add(hello);
        }

        switch (decide(hello, message.Length))
        {
            case Reaction.Close:
                socket.Shutdown(SocketShutdown.Both);
                socket.Close();
                return;
            case Reaction.Reset:
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
                return;
            case Reaction.Alert:
                socket.Send([21, 3, 3, 0, 2, 2, 40]);
                // Half-close and drain what the client still sends: closing with unread bytes makes the kernel send
                // a reset, which can reach the client before the alert and turn the alert into a hang-up.
                socket.Shutdown(SocketShutdown.Send);
                Drain(socket);
                return;
            case Reaction.Hang:
                Thread.Sleep(3000);
                return;
            default:
                Proxy(socket, record);
                return;
        }
    }

    private static byte[]? ReadRecord(Socket socket)
    {
        var header = ReadExactly(socket, 5);
        if (header is null || header[0] != 22)
        {
            return null;
        }

        var body = ReadExactly(socket, (header[3] << 8) | header[4]);
        return body is null ? null : [.. header, .. body];
    }

    private static byte[]? ReadExactly(Socket socket, int count)
    {
        var buffer = new byte[count];
        var got = 0;
        while (got < count)
        {
            var n = socket.Receive(buffer, got, count - got, SocketFlags.None);
            if (n == 0)
            {
                return null;
            }

            got += n;
        }
        return buffer;
    }

    private void Proxy(Socket client, byte[] first)
    {
        using var backend = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        backend.Connect(IPAddress.Loopback, _backend.Port);
        backend.Send(first);
        var toClient = new Thread(() => Pump(backend, client)) { IsBackground = true };
        toClient.Start();
        Pump(client, backend);
        toClient.Join(5000);
    }

    private static void Pump(Socket from, Socket to)
    {
        var buffer = new byte[16384];
        try
        {
            int n;
            while ((n = from.Receive(buffer)) > 0)
            {
                to.Send(buffer, n, SocketFlags.None);
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // One side is gone; the other notices on its own.
        }
    }

    protected override void Stopped() => _backend.Dispose();

    private static void Drain(Socket socket)
    {
        socket.ReceiveTimeout = 2000;
        var buffer = new byte[4096];
        try
        {
            while (socket.Receive(buffer) > 0)
            {
            }
        }
        catch (SocketException)
        {
        }
    }
}
