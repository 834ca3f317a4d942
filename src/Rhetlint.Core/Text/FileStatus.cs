using System.Runtime.InteropServices;

namespace Rhetlint.Core.Text;

/// <summary>What a path is on disk, as the file system says: needed to refuse pipes and devices before opening them (a
/// FIFO blocks <c>open</c>), to keep a replaced file's owner and to see hard links — none of which .NET exposes. Read
/// with Linux <c>statx</c>, whose layout is the same on every architecture; elsewhere unknown (null).</summary>
/// <param name="Links">How many names (hard links) the file has.</param>
public sealed partial record FileStatus(UnixFileKind Kind, uint Owner, uint Group, uint Links)
{
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7FF;

    /// <summary>The status of <paramref name="path"/>, following symbolic links; null when it does not exist or cannot be
    /// looked at (and on systems other than Linux).</summary>
    public static FileStatus? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        if (Native.statx(AtFdCwd, path, 0, StatxBasicStats, out var s) != 0) return null;
        var kind = (s.Mode & 0xF000) switch
        {
            0x8000 => UnixFileKind.Regular,
            0x4000 => UnixFileKind.Directory,
            0x1000 => UnixFileKind.NamedPipe,
            0x2000 => UnixFileKind.CharacterDevice,
            0x6000 => UnixFileKind.BlockDevice,
            0xC000 => UnixFileKind.Socket,
            _ => UnixFileKind.Other,
        };
        return new FileStatus(kind, s.Uid, s.Gid, s.Nlink);
    }

    /// <summary>Gives <paramref name="path"/> an owner and group; false when the system refuses (only root may give a
    /// file away) or on systems other than Linux.</summary>
    public static bool TrySetOwner(string path, uint owner, uint group) =>
        OperatingSystem.IsLinux() && Native.chown(path, owner, group) == 0;

    /// <summary>A description of the kind for messages: "a named pipe (FIFO)".</summary>
    public static string Describe(UnixFileKind kind) => kind switch
    {
        UnixFileKind.Directory => "a folder",
        UnixFileKind.NamedPipe => "a named pipe (FIFO)",
        UnixFileKind.CharacterDevice => "a character device",
        UnixFileKind.BlockDevice => "a block device",
        UnixFileKind.Socket => "a socket",
        _ => "a special file",
    };

    /// <summary>struct statx from linux/stat.h (256 bytes, fixed layout); only the fields read here are named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(16)] public uint Nlink;
        [FieldOffset(20)] public uint Uid;
        [FieldOffset(24)] public uint Gid;
        [FieldOffset(28)] public ushort Mode;
    }

    private static partial class Native
    {
        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
        public static partial int statx(int dirfd, string path, int flags, uint mask, out Statx buffer);

        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
        public static partial int chown(string path, uint owner, uint group);
    }
}

/// <summary>The file types of POSIX <c>st_mode</c> that a path can have once symbolic links are followed.</summary>
public enum UnixFileKind { Regular, Directory, NamedPipe, CharacterDevice, BlockDevice, Socket, Other }
