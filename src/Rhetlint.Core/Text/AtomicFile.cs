using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Rhetlint.Core.Text;

/// <summary>
/// Replaces a file whole or not at all: the bytes go to a temporary file beside it (<c>.NAME.rhetlint-GUID.tmp</c>),
/// which is renamed over it, so a crash leaves the old file or the new one, never half of each. Used for drafts
/// (<c>fix --write</c>, <c>--add-suppressions</c>), reports (<c>--output</c>), baselines and cache entries.
/// The rename must not change what the file is, so, as git and editors do, a symbolic link is written through to its
/// target, and the replacement gets the file's mode, owner and group. What a rename cannot keep is refused rather than
/// damaged: a device, pipe or socket (renaming over <c>/dev/null</c> would replace the device), a file the user may not
/// write, a file whose owner only root could give back, and a file with hard links (the other names would keep the old
/// text). Refusals and failures are <see cref="FileWriteException"/>s that never name the temporary file.
/// </summary>
public static partial class AtomicFile
{
    /// <summary>Temporary files older than this were left by a run that was killed (a write takes milliseconds).</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);

    private static readonly ConcurrentDictionary<string, bool> CleanedFolders = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="contents"/> to <paramref name="path"/> (created when missing).</summary>
    /// <param name="unchangedFrom">When given, the file must still hold exactly these bytes just before it is replaced
    /// (an editor may have saved it since it was read).</param>
    /// <exception cref="FileWriteException">Nothing was written; the message says why.</exception>
    public static void Write(string path, byte[] contents, byte[]? unchangedFrom = null)
    {
        string? temporary = null;
        try
        {
            var target = FinalTarget(path);
            var existed = File.Exists(target) || Directory.Exists(target);
            var status = existed ? CheckReplaceable(target) : null;
            var folder = Path.GetDirectoryName(target)!;
            RemoveStaleTemporaryFiles(folder);
            temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.rhetlint-{Guid.NewGuid():N}.tmp");
            Create(temporary, contents);
            if (existed) CopyIdentity(target, status, temporary);
            // Compared as late as possible: what is renamed over is what was read.
            if (unchangedFrom is not null && !Read(target).AsSpan().SequenceEqual(unchangedFrom))
                throw new FileWriteException("the file changed since it was read");
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileWriteException(OsErrors.Reason(e));
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Where the bytes go: the path itself, or for a symbolic link (or a chain of them) the file it points to.</summary>
    private static string FinalTarget(string path)
    {
        // A relative link resolves from the folder the link is in, so the link needs a folder: "link.md" alone would
        // resolve "real.md" to "/real.md".
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return full;  // a new file (a missing folder is reported when the file is created)
        }
    }

    /// <summary>What must hold before an existing file is replaced, checked before anything is written.</summary>
    private static FileStatus? CheckReplaceable(string target)
    {
        var status = FileStatus.Of(target);
        if (status is { Kind: not UnixFileKind.Regular })
            throw new FileWriteException($"{FileStatus.Describe(status.Kind)}, not a regular file; only regular files are written");
        if (Directory.Exists(target)) throw new FileWriteException("a folder, not a regular file; only regular files are written");
        if (status is { Links: > 1 })
            throw new FileWriteException($"the file has {status.Links} hard links, and replacing it would leave the other names with the old text");
        try
        {
            // Opening for writing asks the system itself (mode bits, ACLs, read-only mounts); it changes nothing.
            using var probe = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (UnauthorizedAccessException)
        {
            throw new FileWriteException("the file is read-only (permission denied)");
        }
        return status;
    }

    private static void Create(string temporary, byte[] contents)
    {
        try
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
            stream.Write(contents);
            stream.Flush(flushToDisk: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new FileWriteException("its folder is not writable (permission denied)");
        }
    }

    /// <summary>Gives the replacement the file's mode, owner and group: a group-writable newsroom share stays so, and
    /// a file root fixes stays its owner's.</summary>
    private static void CopyIdentity(string target, FileStatus? existing, string temporary)
    {
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        if (existing is null || FileStatus.Of(temporary) is not { } created) return;  // not Linux: the mode is what can be kept
        if ((created.Owner, created.Group) != (existing.Owner, existing.Group) && !FileStatus.TrySetOwner(temporary, existing.Owner, existing.Group))
            throw new FileWriteException("the file belongs to another user or group, and replacing it would make it yours");
    }

    private static byte[] Read(string target)
    {
        try
        {
            return File.ReadAllBytes(target);
        }
        catch (FileNotFoundException)
        {
            throw new FileWriteException("the file changed since it was read (it is gone)");
        }
    }

    /// <summary>Once per folder and run: deletes temporary files that a killed run left, matched by their exact name
    /// pattern and only when older than <see cref="StaleAfter"/>, so another run's write in progress is never touched.</summary>
    private static void RemoveStaleTemporaryFiles(string folder)
    {
        if (!CleanedFolders.TryAdd(folder, true)) return;
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true, MatchType = MatchType.Simple };
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, ".*.rhetlint-*.tmp", options))
            {
                if (!TemporaryName().IsMatch(Path.GetFileName(file))) continue;
                try
                {
                    if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > StaleAfter) File.Delete(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Someone else's leftover in a shared folder: not ours to insist on.
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder cannot be listed; the write that follows reports what is wrong with it.
        }
    }

    [GeneratedRegex(@"^\..+\.rhetlint-[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();
}
