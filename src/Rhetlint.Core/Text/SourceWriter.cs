using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Text;

/// <summary>
/// Writes a changed document back over the file it was read from, the way <c>fix --write</c> and
/// <c>check --add-suppressions</c> need it: in the file's own encoding and byte-order mark, atomically (a temporary
/// file in the same folder renamed over it, so a crash leaves the old file or the new one, never half of each), and
/// only if the file still holds exactly the bytes that were read — an editor may have saved it meanwhile.
/// </summary>
public static class SourceWriter
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The bytes of a text in its encoding, byte-order mark first when it has one. For a text from
    /// <see cref="SourceReader"/> these are the bytes it was read from: its decoders refuse anything that would not
    /// round-trip.
    /// </summary>
    public static byte[] Encode(SourceText text) => Encode(text.ToString(), text.Encoding ?? Utf8NoBom);

    /// <summary>Replaces the file that held <paramref name="original"/> with <paramref name="updated"/>, in the original's encoding.</summary>
    /// <returns>Null when the file was written; otherwise why it was left alone, as one line for the user.</returns>
    public static string? Replace(string path, SourceText original, SourceText updated)
    {
        string? temporary = null;
        try
        {
            // Renaming over a symbolic link would replace the link with a plain file; write where it points.
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
            var encoding = original.Encoding ?? Utf8NoBom;
            var bytes = Encode(updated.ToString(), encoding);
            temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.rhetlint-{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            // A new file gets the default mode; the draft keeps its own (a group-writable newsroom share stays so).
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            // Compared as late as possible: what is renamed over is what was read.
            if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(Encode(original.ToString(), encoding)))
                return "the file changed since it was read; nothing written";
            File.Move(temporary, target, overwrite: true);
            return null;
        }
        catch (EncoderFallbackException)
        {
            return $"the new text cannot be written in the file's encoding ({(original.Encoding ?? Utf8NoBom).WebName}); nothing written";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write the file ({e.Message.TrimEnd('.')}); nothing written";
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static byte[] Encode(string text, Encoding encoding) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
}
