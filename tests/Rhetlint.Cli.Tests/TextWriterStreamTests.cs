using System.Text;
using Rhetlint.Cli.Output;

namespace Rhetlint.Cli.Tests;

/// <summary>The stream the JSON and SARIF reports are serialized through onto a text writer.</summary>
public class TextWriterStreamTests
{
    [Fact]
    public void A_character_split_across_two_writes_arrives_whole()
    {
        var bytes = Encoding.UTF8.GetBytes("Kessel\u2019s \u201Crecord\u201D harvest \U0001F33E");
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            // One byte at a time: every multi-byte character is split.
            for (var i = 0; i < bytes.Length; i++) stream.Write(bytes, i, 1);
        }
        Assert.Equal("Kessel\u2019s \u201Crecord\u201D harvest \U0001F33E", output.ToString());
    }

    [Fact]
    public void A_write_longer_than_the_decoding_chunk_arrives_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Ossen\u2019s tariff \u2014 ", 5000));
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output)) stream.Write(Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, output.ToString());
    }
}
