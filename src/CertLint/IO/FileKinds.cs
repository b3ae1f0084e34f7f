using System.Runtime.InteropServices;

namespace CertLint.IO;

/// <summary>What a path names once symbolic links are followed.</summary>
public enum FileKind
{
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Missing,
    Unknown,
}

/// <summary>A file's kind and identity (device and inode), so a directory walk can skip FIFOs and devices without
/// opening them (opening a FIFO blocks until a writer appears) and recognise a directory it has already visited.</summary>
public readonly record struct FileIdentity(FileKind Kind, ulong Device, ulong Inode)
{
    public bool HasInode => Inode != 0;
}

/// <summary>
/// Asks the operating system what a path is. .NET does not expose the file type (FIFO, device, socket), so on Linux
/// this calls statx(2), whose structure has one layout on every architecture; elsewhere (or when statx is missing)
/// it falls back to what .NET can tell: file, directory or missing, with no inode.
/// </summary>
public static partial class FileKinds
{
    private static bool _statxUnavailable = !OperatingSystem.IsLinux();

    /// <summary>The kind of <paramref name="path"/> after following symbolic links.</summary>
    public static FileIdentity Probe(string path)
    {
        if (!_statxUnavailable)
        {
            try
            {
                return Statx(path);
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                _statxUnavailable = true;
            }
        }
        return Directory.Exists(path) ? new FileIdentity(FileKind.Directory, 0, 0)
            : File.Exists(path) ? new FileIdentity(FileKind.Regular, 0, 0)
            : new FileIdentity(FileKind.Missing, 0, 0);
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a directory",
        FileKind.Missing => "missing (broken symbolic link?)",
        FileKind.Regular => "a regular file",
        _ => "not a regular file",
    };

    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;

    private static FileIdentity Statx(string path)
    {
        // struct statx: stx_mask u32 @0, stx_mode u16 @28, stx_ino u64 @32, stx_dev_major u32 @136, stx_dev_minor u32 @140; 256 bytes.
        var buffer = new byte[256];
        if (statx(AtFdCwd, path, 0, StatxType | StatxIno, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            // ENOENT, ENOTDIR, ELOOP: nothing readable at the end of the links.
            return new FileIdentity(errno is 2 or 20 or 40 ? FileKind.Missing : FileKind.Unknown, 0, 0);
        }
        var mode = BitConverter.ToUInt16(buffer, 28);
        var inode = BitConverter.ToUInt64(buffer, 32);
        var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
        return new FileIdentity(kind, device, inode);
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
