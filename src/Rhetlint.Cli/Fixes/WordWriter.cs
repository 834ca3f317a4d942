using Rhetlint.Core.Docx;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Fixes;

/// <summary>Writes a fixed Word document over its file, as <see cref="SourceWriter"/> writes text: atomically, and only if the file still holds the bytes that were read.</summary>
internal static class WordWriter
{
    /// <returns>Null when the file was written; otherwise why it was left alone, as one line for the user.</returns>
    public static string? Replace(string path, DocxFixResult fixedDocument)
    {
        try
        {
            AtomicFile.Write(path, fixedDocument.Bytes!, unchangedFrom: fixedDocument.Original);
            return null;
        }
        catch (FileWriteException e)
        {
            return $"{e.Message}; nothing written";
        }
    }
}
