using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Text;

/// <summary>Turns bytes into a <see cref="SourceText"/>: UTF-8 with or without BOM, UTF-16 with BOM; anything else is refused.</summary>
public static class SourceReader
{
    /// <exception cref="InputException">The bytes are binary or not valid text.</exception>
    public static SourceText Decode(ReadOnlySpan<byte> bytes) => throw new NotImplementedException("helper A implements this");

    /// <exception cref="InputException">The file is missing, unreadable, binary or not valid text.</exception>
    public static SourceText ReadFile(string path) => throw new NotImplementedException("helper A implements this");
}
