using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Fixes;

/// <summary>Writes a fixed Word document over its file, as <see cref="SourceWriter"/> writes text: atomically, and only if the file still holds the bytes that were read.</summary>
internal static class WordWriter
{
    /// <returns>Null when the file was written; otherwise why it was left alone, as one line for the user.</returns>
    /// <param name="original">The bytes the document was read from.</param>
    public static string? Replace(string path, byte[] original, byte[] updated)
    {
        try
        {
            AtomicFile.Write(path, updated, unchangedFrom: original);
            return null;
        }
        catch (FileWriteException e)
        {
            return $"{e.Message}; nothing written";
        }
    }
}
