using System.Runtime.InteropServices;

namespace CertLint.IO;

/// <summary>
/// Temporary files and folders that must not outlive the process: staged output files (<see cref="AtomicFile"/>) and
/// the OpenSSL peer's folder with its generated key. Each is tracked while it exists; <see cref="DeleteAll"/> removes
/// what is left, and <see cref="DeleteOnSignal"/> arranges for that to happen on SIGINT, SIGTERM and SIGQUIT before
/// the process ends as the signal asks.
/// </summary>
public static class TemporaryFiles
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<long, (string Path, bool Directory)> Tracked = [];
    private static long _next;

    /// <summary>Set by <see cref="DeleteOnSignal"/>: the signal handlers are installed with the first tracked path.</summary>
    private static Registrations? _armed;

    /// <summary>Tracks <paramref name="path"/> until the returned handle is disposed (after the caller removed or kept it).</summary>
    public static IDisposable Track(string path, bool directory = false)
    {
        lock (Gate)
        {
            _armed?.Register();
            var id = ++_next;
            Tracked[id] = (path, directory);
            return new Handle(id);
        }
    }

    /// <summary>Paths tracked now (for tests).</summary>
    public static IReadOnlyList<string> Current
    {
        get
        {
            lock (Gate)
            {
                return [.. Tracked.Values.Select(t => t.Path)];
            }
        }
    }

    /// <summary>Removes every tracked file and folder (best effort, never throws).</summary>
    public static void DeleteAll()
    {
        List<(string Path, bool Directory)> all;
        lock (Gate)
        {
            all = [.. Tracked.Values];
            Tracked.Clear();
        }
        foreach (var (path, directory) in all)
        {
            try
            {
                if (directory)
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: the process is ending.
            }
        }
    }

    /// <summary>
    /// Deletes the tracked paths when SIGINT, SIGTERM or SIGQUIT arrives; the signal's default action (ending the
    /// process) still follows. Dispose the result to unregister. Where POSIX signals are not supported, nothing.
    /// The handlers are installed only when the first path is tracked: a command that writes no file does not pay
    /// for the runtime's signal-handling thread at start-up, and with nothing to delete the signal ends it as usual.
    /// </summary>
    public static IDisposable DeleteOnSignal()
    {
        lock (Gate)
        {
            var registrations = new Registrations();
            _armed = registrations;
            if (Tracked.Count > 0)
            {
                registrations.Register();
            }
            return registrations;
        }
    }

    private sealed class Handle(long id) : IDisposable
    {
        public void Dispose()
        {
            lock (Gate)
            {
                Tracked.Remove(id);
            }
        }
    }

    private sealed class Registrations : IDisposable
    {
        private List<PosixSignalRegistration>? _all;

        /// <summary>Installs the handlers once (called under <see cref="Gate"/>).</summary>
        public void Register()
        {
            if (_all is not null)
            {
                return;
            }
            _all = [];
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
            {
                try
                {
                    _all.Add(PosixSignalRegistration.Create(signal, _ => DeleteAll()));
                }
                catch (Exception ex) when (ex is PlatformNotSupportedException or IOException)
                {
                    // Not on this platform: temporary files are still removed on every ordinary failure.
                }
            }
        }

        public void Dispose()
        {
            lock (Gate)
            {
                if (ReferenceEquals(_armed, this))
                {
                    _armed = null;
                }
                _all?.ForEach(r => r.Dispose());
                _all = null;
            }
        }
    }
}
