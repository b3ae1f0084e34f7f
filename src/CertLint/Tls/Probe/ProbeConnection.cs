using System.Diagnostics;
using System.Net.Sockets;
using CertLint.Tls.Material;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tls.Probe;

/// <summary>Where and how long to probe; the client certificate to present when asked.</summary>
public sealed record ProbeTarget(string Host, int Port, TimeSpan Timeout, TlsMaterial? ClientMaterial = null)
{
    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}

/// <summary>One TLS connection with a given offer, its end classified from what the socket showed.</summary>
public static class ProbeConnection
{
    public static ProbeAttempt Run(ProbeTarget target, ClientHelloOffer offer)
    {
        var watch = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(target.Timeout);
        using var tcp = new TcpClient();
        try
        {
            tcp.ConnectAsync(target.Host, target.Port, deadline.Token).AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ArgumentException)
        {
            var why = ex is OperationCanceledException
                ? $"no TCP connection within {target.Timeout.TotalSeconds:0.#} s"
                : ((ex as SocketException)?.SocketErrorCode.ToString() ?? "") + ": " + ex.Message;
            return new ProbeAttempt { Offer = offer, Outcome = ProbeOutcome.ConnectFailed, Detail = why, Milliseconds = watch.Elapsed.TotalMilliseconds };
        }
        var trace = new RecordTrace();
        var stream = new ObservingStream(tcp.GetStream(), trace);
        tcp.ReceiveTimeout = (int)Math.Max(1, target.Timeout.TotalMilliseconds);
        using var stop = deadline.Token.Register(() =>
        {
            stream.MarkTimedOut();
            tcp.Close();
        });
        var client = new ProbeClient(new BcTlsCrypto(new SecureRandom()), offer, trace, target.ClientMaterial);
        var protocol = new OrderedClientProtocol(stream, offer.Extensions.Select(e => e.Code).ToList(), client);
        Exception? failure = null;
        try
        {
            protocol.Connect(client);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException or ArgumentException
            or Org.BouncyCastle.Crypto.CryptoException)
        {
            failure = ex;
        }
        finally
        {
            try
            {
                protocol.Close();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // Nothing left to say on a closed connection.
            }
        }
        var attempt = new ProbeAttempt
        {
            Offer = offer,
            Sent = trace.ClientHello is { } hello ? ClientHelloMessage.Parse(hello) : null,
            HelloBytes = trace.ClientHello?.Length ?? 0,
            Outcome = ProbeOutcome.Ok,
            BytesReceived = stream.BytesReceived,
            Milliseconds = watch.Elapsed.TotalMilliseconds,
            Events = trace.Events.ToList(),
            ServerHello = trace.ServerHello,
            After = trace.LastMessage,
        };
        if (failure is null)
        {
            var sp = trace.ServerHello;
            return attempt with
            {
                Handshake = new ProbeHandshake(sp?.Version ?? "?", sp?.Suite ?? -1, sp?.Group ?? trace.ServerKeyExchangeGroup ?? client.NegotiatedGroup, client.ServerChain),
            };
        }
        return Classify(attempt, failure, stream, trace);
    }

    /// <summary>The one outcome a failed connection had; what the socket saw first decides between look-alikes.</summary>
    private static ProbeAttempt Classify(ProbeAttempt attempt, Exception failure, ObservingStream stream, RecordTrace trace)
    {
        var detail = $"{failure.GetType().Name}: {failure.Message}".ReplaceLineEndings(" ");
        if (failure is TlsFatalAlertReceived received)
        {
            var name = AlertDescription.GetName(received.AlertDescription);
            return attempt with
            {
                Outcome = ProbeOutcome.Alert,
                Alert = new ProbeAlert(name, received.AlertDescription, "server", Before(trace, $"received alert {name}")),
                Detail = detail,
            };
        }
        if (trace.AlertReceived is { } plain)
        {
            var name = AlertDescription.GetName((short)plain.Description);
            return attempt with
            {
                Outcome = ProbeOutcome.Alert,
                Alert = new ProbeAlert(name, plain.Description, "server", Before(trace, $"received alert {name}")),
                Detail = detail,
            };
        }
        if (stream.SawTimeout)
        {
            return attempt with { Outcome = ProbeOutcome.Timeout, Detail = "the server sent nothing more before the timeout" };
        }

        if (stream.SawReset)
        {
            return attempt with { Outcome = ProbeOutcome.Reset, Detail = "the server reset the connection (TCP RST)" };
        }

        if (stream.SawEof)
        {
            return attempt with { Outcome = ProbeOutcome.Eof, Detail = "the server closed the connection without an alert" };
        }

        if (failure is TlsFatalAlert raised)
        {
            var name = AlertDescription.GetName(raised.AlertDescription);
            return attempt with
            {
                Outcome = ProbeOutcome.Alert,
                Alert = new ProbeAlert(name, raised.AlertDescription, "client", trace.LastMessage),
                Detail = detail,
            };
        }
        return attempt with { Outcome = ProbeOutcome.Alert, Alert = new ProbeAlert("internal_error", AlertDescription.internal_error, "client", trace.LastMessage), Detail = detail };
    }

    /// <summary>The last message before the alert itself.</summary>
    private static string? Before(RecordTrace trace, string alertEvent)
    {
        var events = trace.Events.ToList();
        var at = events.LastIndexOf(alertEvent);
        if (at >= 0)
        {
            events.RemoveRange(at, events.Count - at);
        }

        events.RemoveAll(e => e.Contains(" alert ", StringComparison.Ordinal));
        if (events.Count == 0)
        {
            return null;
        }

        return events[^1][(events[^1].IndexOf(' ') + 1)..];
    }
}
