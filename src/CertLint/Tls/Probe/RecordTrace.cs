using System.Buffers.Binary;

namespace CertLint.Tls.Probe;

/// <summary>
/// Follows the TLS records of one connection in both directions and names the handshake messages while they are
/// readable (before ChangeCipherSpec in TLS 1.2, up to ServerHello in TLS 1.3), plus plaintext alerts. Gives the
/// exact ClientHello bytes sent and what the ServerHello chose.
/// </summary>
internal sealed class RecordTrace
{
    private readonly Direction _out = new();
    private readonly Direction _in = new();
    private readonly List<string> _events = [];

    /// <summary>"sent ClientHello", "received ServerHello", "received alert handshake_failure" ... in order.</summary>
    public IReadOnlyList<string> Events => _events;

    /// <summary>The ClientHello handshake message (header included) as sent.</summary>
    public byte[]? ClientHello { get; private set; }

    /// <summary>The size of the TLS record(s) that carried the ClientHello, record headers included.</summary>
    public int ClientHelloRecordBytes { get; private set; }

    public ServerHelloFacts? ServerHello { get; private set; }

    /// <summary>The first plaintext alert received: (level, description).</summary>
    public (int Level, int Description)? AlertReceived { get; private set; }

    public void Sent(ReadOnlySpan<byte> bytes) => Feed(_out, bytes, "sent");

    public void Received(ReadOnlySpan<byte> bytes) => Feed(_in, bytes, "received");

    /// <summary>Notes a message seen through the TLS engine once records are encrypted (TLS 1.3 Certificate...).</summary>
    public void Note(string what)
    {
        if (!_events.Contains(what))
        {
            _events.Add(what);
        }
    }

    /// <summary>The last message exchanged before the end: "ClientHello", "ServerHelloDone" ...</summary>
    public string? LastMessage => _events.LastOrDefault(e => !e.Contains(" alert ", StringComparison.Ordinal)) is { } last ? last[(last.IndexOf(' ') + 1)..] : null;

    /// <summary>The ECDHE group of a TLS 1.2 ServerKeyExchange (named_curve), when one was read.</summary>
    public int? ServerKeyExchangeGroup { get; private set; }

    private void Feed(Direction d, ReadOnlySpan<byte> bytes, string verb)
    {
        d.Pending.AddRange(bytes.ToArray());
        while (d.Pending.Count >= 5)
        {
            var length = (d.Pending[3] << 8) | d.Pending[4];
            if (d.Pending.Count < 5 + length)
            {
                return;
            }

            var type = d.Pending[0];
            var fragment = d.Pending.GetRange(5, length).ToArray();
            d.Pending.RemoveRange(0, 5 + length);
            Record(d, type, fragment, verb, 5 + length);
        }
    }

    private void Record(Direction d, int type, byte[] fragment, string verb, int recordBytes)
    {
        switch (type)
        {
            case 20:
                _events.Add($"{verb} ChangeCipherSpec");
                d.Encrypted = true;
                return;
            case 21 when !d.Encrypted && fragment.Length >= 2:
                if (d == _in)
                {
                    AlertReceived ??= (fragment[0], fragment[1]);
                }

                _events.Add($"{verb} alert {Org.BouncyCastle.Tls.AlertDescription.GetName((short)fragment[1])}");
                return;
            case 22 when !d.Encrypted:
                if (d == _out && ClientHello is null)
                {
                    ClientHelloRecordBytes += recordBytes;
                }

                d.Handshake.AddRange(fragment);
                Messages(d, verb);
                return;
            case 23:
                d.Encrypted = true;
                return;
        }
    }

    private void Messages(Direction d, string verb)
    {
        while (d.Handshake.Count >= 4)
        {
            var length = (d.Handshake[1] << 16) | (d.Handshake[2] << 8) | d.Handshake[3];
            if (d.Handshake.Count < 4 + length)
            {
                return;
            }

            var message = d.Handshake.GetRange(0, 4 + length).ToArray();
            d.Handshake.RemoveRange(0, 4 + length);
            var type = message[0];
            _events.Add($"{verb} {MessageName(type)}");
            if (d == _out && type == 1 && ClientHello is null)
            {
                ClientHello = message;
            }
            // ECParameters: curve_type named_curve (3), then the group.
            if (d == _in && type == 12 && message.Length >= 7 && message[4] == 3 && ServerHello is { } sh && ProbeSuites.UsesEc(sh.Suite))
            {
                ServerKeyExchangeGroup = (message[5] << 8) | message[6];
            }

            if (d == _in && type == 2 && ServerHello is null)
            {
                ServerHello = ServerHelloFacts.Parse(message.AsSpan(4));
                // TLS 1.3 encrypts everything after ServerHello.
                if (ServerHello?.Version == "1.3")
                {
                    _in.Encrypted = true;
                    _out.Encrypted = true;
                }
            }
        }
    }

    public static string MessageName(int type) => type switch
    {
        0 => "HelloRequest",
        1 => "ClientHello",
        2 => "ServerHello",
        4 => "NewSessionTicket",
        8 => "EncryptedExtensions",
        11 => "Certificate",
        12 => "ServerKeyExchange",
        13 => "CertificateRequest",
        14 => "ServerHelloDone",
        15 => "CertificateVerify",
        16 => "ClientKeyExchange",
        20 => "Finished",
        _ => $"handshake message {type}",
    };

    private sealed class Direction
    {
        public readonly List<byte> Pending = [];
        public readonly List<byte> Handshake = [];
        public bool Encrypted;
    }
}

/// <summary>What a ServerHello chose: version (supported_versions for 1.3), suite, and the key_share group in 1.3.</summary>
public sealed record ServerHelloFacts(string Version, int Suite, int? Group, IReadOnlyList<int> Extensions)
{
    public static ServerHelloFacts? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var version = BinaryPrimitives.ReadUInt16BigEndian(body);
            var p = 2 + 32;
            p += 1 + body[p];
            var suite = BinaryPrimitives.ReadUInt16BigEndian(body[p..]);
            p += 3;
            var extensions = ClientHelloMessage.ReadExtensions(body, p);
            int? group = null;
            foreach (var (type, data) in extensions)
            {
                if (type == ProbeExtension.SupportedVersions && data.Length == 2)
                {
                    version = BinaryPrimitives.ReadUInt16BigEndian(data);
                }

                if (type == ProbeExtension.KeyShare && data.Length >= 2)
                {
                    group = BinaryPrimitives.ReadUInt16BigEndian(data);
                }
            }
            var name = version switch { 0x0304 => "1.3", 0x0303 => "1.2", 0x0302 => "1.1", 0x0301 => "1.0", _ => $"0x{version:X4}" };
            return new ServerHelloFacts(name, suite, group, extensions.Select(e => e.Type).ToList());
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
