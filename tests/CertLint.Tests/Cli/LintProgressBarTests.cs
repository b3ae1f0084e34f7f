using CertLint.Cli.Lint;

namespace CertLint.Tests.Cli;

public class LintProgressBarTests
{
    /// <summary>A clock whose monotonic timestamp the test moves (1 tick = 1 ms).</summary>
    private sealed class SteppedClock : TimeProvider
    {
        public long Milliseconds { get; set; }
        public override long TimestampFrequency => 1000;
        public override long GetTimestamp() => Milliseconds;
    }

    [Fact]
    public void DrawsOnlyAfterHalfASecondAndAtMostTenTimesASecond()
    {
        var clock = new SteppedClock();
        var stderr = new StringWriter();
        var bar = new ProgressBar(stderr, 10, clock);
        clock.Milliseconds = 499;
        bar.Update(1, 1);
        Assert.Equal("", stderr.ToString());

        clock.Milliseconds = 500;
        bar.Update(5, 7);
        Assert.Equal("\r[###############...............] 5/10 files, 7 certificates", stderr.ToString());

        clock.Milliseconds = 550;
        bar.Update(6, 8);
        Assert.DoesNotContain("6/10", stderr.ToString());
        clock.Milliseconds = 600;
        bar.Update(6, 8);
        Assert.Contains("6/10", stderr.ToString());
    }

    [Fact]
    public void ClearErasesOnlyWhatWasDrawn()
    {
        var clock = new SteppedClock();
        var stderr = new StringWriter();
        var bar = new ProgressBar(stderr, 2, clock);
        bar.Clear();
        Assert.Equal("", stderr.ToString());
        clock.Milliseconds = 1000;
        bar.Update(1, 1);
        bar.Clear();
        Assert.EndsWith("\r" + new string(' ', 79) + "\r", stderr.ToString());
    }

    /// <summary>Every timestamp is a second after the previous one, so any enabled bar draws on every update.</summary>
    private sealed class SlowClock : TimeProvider
    {
        private long _seconds;
        public override long TimestampFrequency => 1;
        public override long GetTimestamp() => Interlocked.Increment(ref _seconds);
        public override DateTimeOffset GetUtcNow() => LintCli.Now;
    }

    [Fact]
    public void ProgressOnlyOnATerminalAndNotWhenQuiet()
    {
        using var cli = new LintCli();
        var dir = Fixtures.Path("lint");
        Assert.Matches(@"\r\[[#.]{30}\] \d+/\d+ files, \d+ certificates", cli.RunWith(terminal: true, noColorEnv: false, new SlowClock(), "lint", dir).Stderr);
        Assert.DoesNotContain("files,", cli.RunWith(terminal: false, noColorEnv: false, new SlowClock(), "lint", dir).Stderr);
        Assert.DoesNotContain("files,", cli.RunWith(terminal: true, noColorEnv: false, new SlowClock(), "lint", "--quiet", dir).Stderr);
    }
}
