using CertLint.Tls.Stacks;
using CertLint.Tls.Suites;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tls.Probe;

/// <summary>The smallest change found that makes the server answer: kind (extension, size, group, suite, version), what, and a sentence.</summary>
public sealed record ProbeCause(string Kind, string Name, string Text);

/// <summary>
/// When the first attempt gets no ServerHello, tries listed, bounded changes of the offer, one at a time, and names
/// the first that makes the server answer: leaving out one extension; a shorter ClientHello (then: a size limit,
/// found to the byte, or one suite); adding one group; adding one suite; another TLS version.
/// </summary>
public sealed class ProbeBisect(ProbeTarget target, int maxAttempts = 64, Action<ProbeAttempt>? onAttempt = null)
{
    private readonly List<ProbeAttempt> _attempts = [];
    private ProbeAttempt? _first;

    public IReadOnlyList<ProbeAttempt> Attempts => _attempts;

    /// <summary>Extensions never left out: without them the offered version cannot be negotiated at all.</summary>
    private static readonly int[] Tls13Required = [ProbeExtension.SupportedVersions, ProbeExtension.KeyShare, ProbeExtension.SupportedGroups, ProbeExtension.SignatureAlgorithms];

    public ProbeCause? Run(ClientHelloOffer offer, bool bisect)
    {
        var first = Try(offer);
        if (first is null || first.ServerAnswered || first.Outcome == ProbeOutcome.ConnectFailed || !bisect)
        {
            return null;
        }

        _first = first;
        var fails = Failing(first);
        return Extensions(offer, fails) ?? Size(offer, first, fails) ?? Groups(offer, fails) ?? Suites(offer, fails) ?? Versions(offer, fails);
    }

    /// <summary>What the server does to the first offer, as the cause sentences say it.</summary>
    public static string Failing(ProbeAttempt attempt) => attempt.Outcome switch
    {
        ProbeOutcome.Eof => "closes the connection",
        ProbeOutcome.Reset => "resets the connection",
        ProbeOutcome.Timeout => "stops answering",
        ProbeOutcome.Alert when attempt.Alert is { SentBy: "server" } alert => $"sends a {alert.Name} alert",
        _ => "does not answer",
    };

    private ProbeAttempt? Try(ClientHelloOffer offer)
    {
        if (_attempts.Count >= maxAttempts)
        {
            return null;
        }

        var attempt = ProbeConnection.Run(target, offer);
        _attempts.Add(attempt);
        onAttempt?.Invoke(attempt);
        return attempt;
    }

    private bool Answers(ClientHelloOffer offer) => Try(offer) is { } attempt && GotFurther(attempt);

    /// <summary>
    /// The change got the server past what it did to the first offer: it answered with a ServerHello, or it now
    /// refuses differently (an alert instead of hanging up: it read the ClientHello and found something else wrong).
    /// </summary>
    private bool GotFurther(ProbeAttempt attempt) =>
        attempt.ServerAnswered || (attempt.Outcome is not (ProbeOutcome.Timeout or ProbeOutcome.ConnectFailed) && Signature(attempt) != Signature(_first!));

    // A close and a reset are the same refusal: which one the peer's kernel sends depends on unread bytes.
    private static string Signature(ProbeAttempt a) => a.Outcome switch
    {
        ProbeOutcome.Eof or ProbeOutcome.Reset => "hang-up",
        ProbeOutcome.Alert => $"alert {a.Alert?.Name} from {a.Alert?.SentBy}",
        _ => a.Outcome.Name(),
    };

    private ProbeCause? Extensions(ClientHelloOffer offer, string fails)
    {
        foreach (var e in offer.Extensions)
        {
            if (offer.OffersTls13 && Tls13Required.Contains(e.Code))
            {
                continue;
            }

            if (e.Code == ProbeExtension.SupportedVersions || e.Code == ProbeExtension.KeyShare)
            {
                continue;
            }

            if (Answers(offer.Without(e.Code, $"without {e.Name}")))
            {
                return new ProbeCause("extension", e.Name, $"the server {fails} when {e} is offered");
            }
        }
        return null;
    }

    private ProbeCause? Size(ClientHelloOffer offer, ProbeAttempt first, string fails)
    {
        var real = offer.Suites.Where(s => !ProbeSuites.IsSignalling(s)).ToList();
        var signalling = offer.Suites.Where(ProbeSuites.IsSignalling).ToList();
        if (real.Count < 2)
        {
            return null;
        }

        ClientHelloOffer Prefix(int k) => offer with { Suites = [.. real.Take(k), .. signalling], Change = $"only the first {k} of {real.Count} suites" };
        if (!Answers(Prefix(1)))
        {
            return null;
        }
        // Largest prefix that still gets an answer: good answers, bad does not.
        int good = 1, bad = real.Count;
        while (bad - good > 1)
        {
            var mid = (good + bad) / 2;
            var answered = Try(Prefix(mid));
            if (answered is null)
            {
                return null;
            }

            if (GotFurther(answered))
            {
                good = mid;
            }
            else
            {
                bad = mid;
            }
        }
        // Same suites as the good prefix, padded to the failing size: if that fails too, the size is what matters.
        var goodHello = _attempts.Last(a => GotFurther(a) && a.Offer.Suites.Count == good + signalling.Count).HelloBytes;
        var badHello = first.HelloBytes;
        // Two suites (4 bytes) fewer than the good prefix, so that padding (4 bytes and up) reaches every size from goodHello on.
        var padBase = Math.Max(1, good - 2);
        var padBaseHello = goodHello - 2 * (good - padBase);
        var extra = Math.Max(0, badHello - padBaseHello - 4);
        ClientHelloOffer Padded(int n) => Prefix(padBase).WithExtension(new ProbeExtension("padding", ProbeExtension.Padding, n), $"the first {padBase} suites and {n} bytes of padding");
        var padded = Try(Padded(extra));
        if (padded is null)
        {
            return null;
        }

        if (GotFurther(padded))
        {
            var suite = real[good];
            var without = offer with { Suites = [.. real.Where(s => s != suite), .. signalling], Change = $"without {ProbeSuites.Name(suite)}" };
            return Answers(without)
                ? new ProbeCause("suite", ProbeSuites.Name(suite), $"the server {fails} when {ProbeSuites.Name(suite)} is offered")
                : null;
        }
        // Down to the byte: the largest padding that is still answered.
        int lo = -1, hi = extra, largest = goodHello;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) / 2;
            var attempt = Try(Padded(mid));
            if (attempt is null)
            {
                break;
            }

            if (GotFurther(attempt))
            {
                lo = mid;
                largest = attempt.HelloBytes;
            }
            else
            {
                hi = mid;
            }
        }
        return new ProbeCause("size", $"{largest}",
            $"the server {fails} when the ClientHello is larger than {largest} bytes (this one has {first.HelloBytes}; handshake message, record header not counted)");
    }

    private ProbeCause? Groups(ClientHelloOffer offer, string fails)
    {
        if (!offer.Offers(ProbeExtension.SupportedGroups))
        {
            return null;
        }

        foreach (var group in NamedGroups.All.Where(g => !offer.Groups.Contains(g.Code)))
        {
            if (Answers(offer with { Groups = [.. offer.Groups, group.Code], Change = $"also {group.Name}" }))
            {
                return new ProbeCause("group", group.Name, $"the server {fails} unless {group.Name} is offered");
            }
        }
        return null;
    }

    private ProbeCause? Suites(ClientHelloOffer offer, string fails)
    {
        var crypto = new BcTlsCrypto(new SecureRandom());
        var candidates = CipherSuiteRegistry.Default.All
            .Where(s => !offer.Suites.Contains(s.Code) && (s.IsTls13 ? offer.OffersTls13 : offer.OffersTls12) && s.KeyExchange.UsesCertificate())
            .Select(s => s.Code).ToList();
        candidates = [.. TlsUtilities.GetSupportedCipherSuites(crypto, candidates.ToArray())];
        if (candidates.Count == 0)
        {
            return null;
        }

        ClientHelloOffer With(IReadOnlyList<int> added) => offer with
        {
            Suites = [.. offer.Suites.Where(s => !ProbeSuites.IsSignalling(s)), .. added, .. offer.Suites.Where(ProbeSuites.IsSignalling)],
            Change = added.Count == 1 ? $"also {ProbeSuites.Name(added[0])}" : $"also {added.Count} more suites",
        };
        if (!Answers(With(candidates)))
        {
            return null;
        }

        while (candidates.Count > 1)
        {
            var half = candidates.Take(candidates.Count / 2).ToList();
            var rest = candidates.Skip(half.Count).ToList();
            var attempt = Try(With(half));
            if (attempt is null)
            {
                return null;
            }

            candidates = GotFurther(attempt) ? half : rest;
        }
        var name = ProbeSuites.Name(candidates[0]);
        // The last half was never tried on its own when it is what remained: confirm it.
        if ((_attempts[^1].Offer.Suites.Contains(candidates[0]) && GotFurther(_attempts[^1])) || Answers(With(candidates)))
        {
            return new ProbeCause("suite", name, $"the server {fails} unless {name} is offered");
        }

        return null;
    }

    private ProbeCause? Versions(ClientHelloOffer offer, string fails)
    {
        if (offer.OffersTls13 && offer.OffersTls12)
        {
            var only12 = offer with
            {
                Versions = ["1.2"],
                Suites = offer.Suites.Where(s => !ProbeSuites.IsTls13(s)).ToList(),
                Extensions = offer.Extensions.Where(e => e.Code is not (ProbeExtension.SupportedVersions or ProbeExtension.KeyShare or ProbeExtension.PskKeyExchangeModes)).ToList(),
                Change = "TLS 1.2 only",
            };
            return Answers(only12) ? new ProbeCause("version", "1.3", $"the server {fails} when TLS 1.3 is offered") : null;
        }
        if (!offer.OffersTls13)
        {
            var with13 = offer with
            {
                Versions = ["1.3", "1.2"],
                Suites = [0x1301, 0x1302, 0x1303, .. offer.Suites],
                Extensions = [.. offer.Extensions, ProbeExtension.Named("supported_versions"), ProbeExtension.Named("key_share")],
                Groups = offer.Groups.Any(g => g is 0x1D or 0x17) ? offer.Groups : [.. offer.Groups, 0x1D],
                Change = "TLS 1.3 as well",
            };
            return Answers(with13) ? new ProbeCause("version", "1.3", $"the server {fails} unless TLS 1.3 is offered") : null;
        }
        return null;
    }
}
