using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Docx;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Text;

/// <summary>Reads the text Rhetlint checks from a file, as its format needs: a Word document's extracted text, any other file's text.</summary>
public static class DocumentFile
{
    /// <exception cref="InputException">The file cannot be read, or is not a document Rhetlint reads; the message says why.</exception>
    public static SourceText Read(string path, DocumentFormat format) =>
        format == DocumentFormat.Docx ? DocxFile.ReadText(path).Text : SourceReader.ReadFile(path);
}
