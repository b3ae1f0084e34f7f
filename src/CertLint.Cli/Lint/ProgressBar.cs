using System.Diagnostics;

namespace CertLint.Cli.Lint;

/// <summary>
/// A one-line progress bar on stderr, redrawn at most ten times a second and only once a run has taken over half a
/// second, so short runs and redirected output stay clean. The caller decides whether stderr is a terminal.
/// </summary>
public sealed class ProgressBar(TextWriter stderr, int total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;
    private bool _drawn;

    public void Update(int done, int certificates)
    {
        var now = _clock.ElapsedMilliseconds;
        if (now < 500 || now - _lastDraw < 100)
        {
            return;
        }
        _lastDraw = now;
        const int width = 30;
        var filled = total == 0 ? width : (int)((long)done * width / total);
        stderr.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} files, {certificates} certificates");
        _drawn = true;
    }

    public void Clear()
    {
        if (_drawn)
        {
            stderr.Write("\r" + new string(' ', 79) + "\r");
        }
    }
}
