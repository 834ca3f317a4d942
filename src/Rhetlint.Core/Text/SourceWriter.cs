using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Text;

/// <summary>
/// Writes a changed document back over the file it was read from, the way <c>fix --write</c> and
/// <c>check --add-suppressions</c> need it: in the file's own encoding and byte-order mark, atomically (a temporary
/// file in the same folder renamed over it, so a crash leaves the old file or the new one, never half of each; see
/// <see cref="AtomicFile"/>), and only if the file still holds exactly the bytes that were read — an editor may have
/// saved it meanwhile.
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

    /// <summary>Replaces the file that held <paramref name="original"/> with <paramref name="updated"/>, in the original's
    /// encoding, by <see cref="AtomicFile"/> (through symbolic links; keeping mode and owner; refusing read-only files,
    /// hard-linked files and anything but a regular file).</summary>
    /// <returns>Null when the file was written; otherwise why it was left alone, as one line for the user.</returns>
    public static string? Replace(string path, SourceText original, SourceText updated)
    {
        var encoding = original.Encoding ?? Utf8NoBom;
        try
        {
            AtomicFile.Write(path, Encode(updated.ToString(), encoding), unchangedFrom: Encode(original.ToString(), encoding));
            return null;
        }
        catch (EncoderFallbackException)
        {
            return $"the new text cannot be written in the file's encoding ({encoding.WebName}); nothing written";
        }
        catch (FileWriteException e)
        {
            return $"{e.Message}; nothing written";
        }
    }

    private static byte[] Encode(string text, Encoding encoding) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
}
