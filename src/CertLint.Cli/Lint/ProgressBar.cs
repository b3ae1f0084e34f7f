namespace CertLint.Cli.Lint;

/// <summary>
/// A one-line progress bar on stderr, redrawn at most ten times a second and only once a run has taken over half a
/// second, so short runs stay clean. The caller decides whether stderr is a terminal (never when redirected or --quiet).
/// </summary>
public sealed class ProgressBar(TextWriter stderr, int total, TimeProvider time)
{
    private const int Width = 30;
    private readonly long _start = time.GetTimestamp();
    private TimeSpan _lastDraw = TimeSpan.FromSeconds(-1);
    private bool _drawn;

    public void Update(int done, int certificates)
    {
        var elapsed = time.GetElapsedTime(_start);
        if (elapsed < TimeSpan.FromMilliseconds(500) || elapsed - _lastDraw < TimeSpan.FromMilliseconds(100))
        {
            return;
        }
        _lastDraw = elapsed;
        var filled = total == 0 ? Width : (int)((long)done * Width / total);
        stderr.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} files, {certificates} certificates");
        _drawn = true;
    }

    /// <summary>Erases the bar (before other stderr lines, and at the end).</summary>
    public void Clear()
    {
        if (_drawn)
        {
            stderr.Write("\r" + new string(' ', 79) + "\r");
            _drawn = false;
        }
    }
}
