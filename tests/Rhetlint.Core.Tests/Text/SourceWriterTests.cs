using System.Text;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Tests.Text;

public sealed class SourceWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rhetlint-writer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Draft(byte[] bytes)
    {
        var path = Path.Combine(_folder, "draft.md");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static SourceText Changed(SourceText text) => text.WithChanges(new TextChange(new TextSpan(4, 7), "harbor"));

    [Theory]
    [InlineData("utf-8", false)]
    [InlineData("utf-8", true)]
    [InlineData("utf-16", true)]
    [InlineData("utf-16BE", true)]
    public void Writes_in_the_files_own_encoding_and_byte_order_mark(string encodingName, bool bom)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var body = "The harbour at Malmö closed.\r\n";
        var path = Draft([.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(body)]);
        var original = SourceReader.ReadFile(path);

        Assert.Null(SourceWriter.Replace(path, original, Changed(original)));

        Assert.Equal([.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes("The harbor at Malmö closed.\r\n")], File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Refuses_a_file_that_changed_since_it_was_read()
    {
        var path = Draft(Encoding.UTF8.GetBytes("The harbour at Varn closed."));
        var original = SourceReader.ReadFile(path);
        File.WriteAllText(path, "The harbour at Varn reopened.");

        Assert.Equal("the file changed since it was read; nothing written", SourceWriter.Replace(path, original, Changed(original)));
        Assert.Equal("The harbour at Varn reopened.", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Keeps_the_files_mode_and_writes_through_a_symbolic_link()
    {
        if (OperatingSystem.IsWindows()) return;
        var target = Draft(Encoding.UTF8.GetBytes("The harbour at Varn closed."));
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
        var link = Path.Combine(_folder, "link.md");
        File.CreateSymbolicLink(link, target);
        var original = SourceReader.ReadFile(link);

        Assert.Null(SourceWriter.Replace(link, original, Changed(original)));

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("The harbor at Varn closed.", File.ReadAllText(target));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite, File.GetUnixFileMode(target));
    }
}
