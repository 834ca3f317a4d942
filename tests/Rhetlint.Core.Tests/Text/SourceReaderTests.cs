using System.Text;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Tests.Text;

public class SourceReaderTests
{
    private const string Sample = "Mayor Quill’s plan — “bold”, they say. 😀\nSecond line.";

    [Fact]
    public void Utf8WithoutBom()
    {
        var text = SourceReader.Decode(Encoding.UTF8.GetBytes(Sample));
        Assert.Equal(Sample, text.ToString());
        Assert.Equal(Encoding.UTF8.WebName, text.Encoding!.WebName);
        Assert.False(SourceReader.HasByteOrderMark(text));
    }

    [Fact]
    public void Utf8WithBomIsStrippedAndRemembered()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)];
        var text = SourceReader.Decode(bytes);
        Assert.Equal(Sample, text.ToString());
        Assert.Equal('M', text[0]);
        Assert.True(SourceReader.HasByteOrderMark(text));
        Assert.Equal(bytes, RoundTrip(text));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithBom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)];
        var text = SourceReader.Decode(bytes);
        Assert.Equal(Sample, text.ToString());
        Assert.True(SourceReader.HasByteOrderMark(text));
        Assert.Equal(bigEndian ? "utf-16BE" : "utf-16", text.Encoding!.WebName);
        Assert.Equal(bytes, RoundTrip(text));
    }

    [Fact]
    public void Utf16OddLengthIsRefused()
    {
        var ex = Assert.Throws<InputException>(() => SourceReader.Decode([0xFF, 0xFE, 0x41, 0x00, 0x42]));
        Assert.Contains("odd number of bytes", ex.Message);
    }

    [Fact]
    public void Utf16UnpairedSurrogateIsRefused()
    {
        // 'A', then a lone high surrogate D800 followed by 'B'.
        var ex = Assert.Throws<InputException>(() => SourceReader.Decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]));
        Assert.Equal("not valid UTF-16 (unpaired surrogate) at byte 4; save the file as UTF-8", ex.Message);
    }

    [Fact]
    public void Utf16LoneLowSurrogateAtEndIsRefused()
    {
        var ex = Assert.Throws<InputException>(() => SourceReader.Decode([0xFE, 0xFF, 0x00, 0x41, 0xDC, 0x00]));
        Assert.Contains("at byte 4", ex.Message);
    }

    [Fact]
    public void InvalidUtf8NamesTheByteOffset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Caf\u00e9 au lait "), 0xC3, 0x28, .. "tail"u8];
        var ex = Assert.Throws<InputException>(() => SourceReader.Decode(bytes));
        Assert.Equal("not valid UTF-8 at byte 14; save the file as UTF-8", ex.Message);
    }

    [Fact]
    public void InvalidUtf8OffsetCountsTheBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ab"u8, 0xFF];
        var ex = Assert.Throws<InputException>(() => SourceReader.Decode(bytes));
        Assert.Equal("not valid UTF-8 at byte 5; save the file as UTF-8", ex.Message);
    }

    [Fact]
    public void TruncatedUtf8AtEndIsRefused()
    {
        byte[] bytes = [.. "abc"u8, 0xE2, 0x80];
        var ex = Assert.Throws<InputException>(() => SourceReader.Decode(bytes));
        Assert.Equal("not valid UTF-8 at byte 3; save the file as UTF-8", ex.Message);
    }

    [Fact]
    public void Latin1IsRefused()
    {
        var ex = Assert.Throws<InputException>(() => SourceReader.Decode([(byte)'n', (byte)'a', 0xEF, (byte)'v', (byte)'e']));
        Assert.Contains("at byte 2", ex.Message);
    }

    [Fact]
    public void NulBytesMeanBinary()
    {
        var ex = Assert.Throws<InputException>(() => SourceReader.Decode([.. "text"u8, 0x00, .. "more"u8]));
        Assert.Equal("binary file (contains NUL bytes); only UTF-8 or UTF-16 text is checked", ex.Message);
    }

    [Fact]
    public void Utf16WithoutBomIsBinary()
    {
        var ex = Assert.Throws<InputException>(() => SourceReader.Decode(Encoding.Unicode.GetBytes("plain")));
        Assert.StartsWith("binary file", ex.Message);
    }

    [Fact]
    public void EmptyInputIsEmptyText()
    {
        var text = SourceReader.Decode([]);
        Assert.Equal(0, text.Length);
        Assert.False(SourceReader.HasByteOrderMark(text));
    }

    [Fact]
    public void BomOnlyIsEmptyText()
    {
        var text = SourceReader.Decode([0xEF, 0xBB, 0xBF]);
        Assert.Equal(0, text.Length);
        Assert.True(SourceReader.HasByteOrderMark(text));
    }

    [Fact]
    public void LargeSingleLineAsciiFile()
    {
        var bytes = new byte[5 * 1024 * 1024];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)('a' + i % 26);
        var text = SourceReader.Decode(bytes);
        Assert.Equal(bytes.Length, text.Length);
        Assert.Equal('a', text[0]);
        Assert.Equal((char)('a' + (bytes.Length - 1) % 26), text[bytes.Length - 1]);
        Assert.Single(text.Lines);
    }

    [Fact]
    public void ReadFileDecodes()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "draft.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "Hello"u8]);
        var text = SourceReader.ReadFile(path);
        Assert.Equal("Hello", text.ToString());
        Assert.True(SourceReader.HasByteOrderMark(text));
    }

    [Fact]
    public void ReadFileMissing()
    {
        using var dir = new TempDirectory();
        var ex = Assert.Throws<InputException>(() => SourceReader.ReadFile(Path.Combine(dir.Path, "absent.md")));
        Assert.Equal("no such file or directory", ex.Message);
    }

    [Fact]
    public void ReadFileMissingDirectory()
    {
        using var dir = new TempDirectory();
        var ex = Assert.Throws<InputException>(() => SourceReader.ReadFile(Path.Combine(dir.Path, "nowhere", "absent.md")));
        Assert.Equal("no such file or directory", ex.Message);
    }

    [Fact]
    public void ReadFileDirectory()
    {
        using var dir = new TempDirectory();
        var ex = Assert.Throws<InputException>(() => SourceReader.ReadFile(dir.Path));
        Assert.Equal("is a directory; only files are read", ex.Message);
    }

    [Fact]
    public void ReadFileEmptyPath()
    {
        Assert.Throws<InputException>(() => SourceReader.ReadFile(""));
    }

    [Fact]
    public void ReadFileMessagesDoNotNameThePath()
    {
        using var dir = new TempDirectory();
        var ex = Assert.Throws<InputException>(() => SourceReader.ReadFile(Path.Combine(dir.Path, "absent.md")));
        Assert.DoesNotContain(dir.Path, ex.Message);
        Assert.DoesNotContain("\n", ex.Message);
    }

    [Fact]
    public void ReadFileOsErrorGivesTheReasonWithoutPath()
    {
        // Reading unmapped memory through /proc fails with EIO: a real OS error that root cannot bypass.
        if (!OperatingSystem.IsLinux()) return;
        var ex = Assert.Throws<InputException>(() => SourceReader.ReadFile("/proc/self/mem"));
        Assert.Equal("input/output error", ex.Message);
    }

    // What a fixer writing the file back would produce.
    private static byte[] RoundTrip(Microsoft.CodeAnalysis.Text.SourceText text) =>
        [.. text.Encoding!.GetPreamble(), .. text.Encoding.GetBytes(text.ToString())];

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("rhetlint-").FullName;
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
