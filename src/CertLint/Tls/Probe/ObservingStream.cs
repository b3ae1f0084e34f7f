using System.Net.Sockets;

namespace CertLint.Tls.Probe;

/// <summary>
/// The socket stream under BouncyCastle's TLS client, watched from outside: BouncyCastle reports a closed
/// connection, a reset and a timeout alike as an IOException, so the stream notes which one it saw, and hands
/// every byte in either direction to the record trace.
/// </summary>
internal sealed class ObservingStream(Stream inner, RecordTrace trace) : Stream
{
    public bool SawEof { get; private set; }
    public bool SawReset { get; private set; }
    public bool SawTimeout { get; private set; }
    public long BytesReceived { get; private set; }
    public long BytesSent { get; private set; }

    /// <summary>Set by the deadline timer before it closes the socket, so the failure that follows reads as a timeout.</summary>
    public void MarkTimedOut() => SawTimeout = true;

    public override int Read(byte[] buffer, int offset, int count)
    {
        int read;
        try
        {
            read = inner.Read(buffer, offset, count);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            Note(ex);
            throw;
        }
        if (read == 0)
        {
            SawEof = true;
        }
        else
        {
            BytesReceived += read;
            trace.Received(buffer.AsSpan(offset, read));
        }
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        trace.Sent(buffer.AsSpan(offset, count));
        try
        {
            inner.Write(buffer, offset, count);
            BytesSent += count;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            Note(ex);
            throw;
        }
    }

    private void Note(Exception ex)
    {
        if (ex.InnerException is SocketException socket)
        {
            switch (socket.SocketErrorCode)
            {
                case SocketError.ConnectionReset or SocketError.ConnectionAborted:
                    SawReset = true;
                    break;
                case SocketError.TimedOut or SocketError.WouldBlock:
                    SawTimeout = true;
                    break;
                case SocketError.Shutdown or SocketError.NotConnected:
                    // Writing after the peer closed: what it did before decides the outcome.
                    break;
            }
        }
    }

    public override void Flush() => inner.Flush();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
