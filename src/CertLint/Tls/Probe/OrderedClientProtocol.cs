using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Org.BouncyCastle.Tls;

namespace CertLint.Tls.Probe;

/// <summary>
/// BouncyCastle's TLS client with one change: the ClientHello's extensions go out in the offer's order (for --as,
/// the release's order from rules/tls/mbedtls-clienthello.yaml). BouncyCastle writes zero-length extensions first
/// and places the ones it adds itself (extended_master_secret, supported_versions, key_share) where it likes; the
/// bytes are re-ordered here, before they are hashed, so the transcript (Finished, the TLS 1.3 key schedule and the
/// extended master secret) covers exactly what went over the wire. Reaches BouncyCastle's internal transcript hash
/// and handshake writer through UnsafeAccessor (no reflection; Native-AOT safe).
/// </summary>
internal sealed class OrderedClientProtocol(Stream stream, IReadOnlyList<int> order, ProbeClient client) : TlsClientProtocol(stream)
{
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "m_handshakeHash")]
    private static extern ref TlsHandshakeHash HandshakeHash(TlsProtocol protocol);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "WriteHandshakeMessage")]
    private static extern void WriteHandshakeMessage(TlsProtocol protocol, byte[] buf, int off, int len);

    protected override void SendClientHelloMessage()
    {
        if (m_clientHello.BindersSize > 0)
        {
            // PSK binders are computed over the message as BouncyCastle lays it out; the probe offers no PSK.
            base.SendClientHelloMessage();
            return;
        }
        var body = new MemoryStream();
        m_clientHello.Encode(client.Context, body);
        var message = Message(Reorder(body.ToArray(), order));
        // client_hello is the one message WriteHandshakeMessage leaves to the writer to hash.
        HandshakeHash(this).Update(message, 0, message.Length);
        WriteHandshakeMessage(this, message, 0, message.Length);
    }

    private static byte[] Message(byte[] body)
    {
        var message = new byte[4 + body.Length];
        message[0] = (byte)HandshakeType.client_hello;
        message[1] = (byte)(body.Length >> 16);
        message[2] = (byte)(body.Length >> 8);
        message[3] = (byte)body.Length;
        body.CopyTo(message, 4);
        return message;
    }

    /// <summary>
    /// A ClientHello body with its extensions sorted by their place in <paramref name="order"/>; extensions not in
    /// the list keep their relative order after the listed ones, and pre_shared_key stays last. Same length.
    /// </summary>
    internal static byte[] Reorder(byte[] body, IReadOnlyList<int> order)
    {
        var p = 2 + 32;
        p += 1 + body[p];
        p += 2 + BinaryPrimitives.ReadUInt16BigEndian(body.AsSpan(p));
        p += 1 + body[p];
        if (p + 2 > body.Length)
        {
            return body;
        }

        var extensions = ClientHelloMessage.ReadExtensions(body, p);
        var ranks = new Dictionary<int, int>();
        foreach (var type in order)
        {
            ranks.TryAdd(type, ranks.Count);
        }
        int Rank(int type) => type == 41 ? int.MaxValue : ranks.TryGetValue(type, out var i) ? i : ranks.Count;
        var sorted = extensions.Select((e, i) => (e, i)).OrderBy(x => Rank(x.e.Type)).ThenBy(x => x.i).Select(x => x.e);
        var result = body.ToArray();
        var q = p + 2;
        foreach (var (type, data) in sorted)
        {
            BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(q), (ushort)type);
            BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(q + 2), (ushort)data.Length);
            data.CopyTo(result, q + 4);
            q += 4 + data.Length;
        }
        return result;
    }
}
