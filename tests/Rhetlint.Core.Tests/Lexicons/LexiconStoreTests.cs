using System.Text;
using Rhetlint.Core.Lexicons;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>A lexicon's entries read as spans over its bytes are the lines <see cref="LexiconStore.Lines"/> would give.</summary>
public sealed class LexiconStoreTests
{
    private static string[] EntriesOf(string text, bool byteOrderMark = false)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        if (byteOrderMark) utf8 = [0xEF, 0xBB, 0xBF, .. utf8];
        var entries = new List<string>();
        foreach (var entry in LexiconStore.Entries(utf8)) entries.Add(Encoding.UTF8.GetString(entry));
        return [.. entries];
    }

    [Fact]
    public void Each_entry_is_trimmed_in_file_order_and_comments_and_blank_lines_are_skipped() =>
        Assert.Equal(["harbour pilot", "tide\tgauge", "lamplighter"], EntriesOf("# pilots and keepers\n  harbour pilot \r\n\n \t \ntide\tgauge\r\nlamplighter"));

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_entry() =>
        Assert.Equal(["ferryman", "lock keeper"], EntriesOf("ferryman\nlock keeper\n", byteOrderMark: true));

    [Fact]
    public void A_hash_inside_an_entry_keeps_it() =>
        Assert.Equal(["c# tutor"], EntriesOf("#skipped\nc# tutor\n"));

    [Fact]
    public void Every_embedded_lexicon_read_in_place_has_the_entries_of_its_lines()
    {
        foreach (var name in LexiconStore.Engine.Names)
        {
            var read = new List<string>();
            LexiconStore.Engine.ReadEntries(name, entry => read.Add(entry.ToString()));
            Assert.Equal(LexiconStore.Engine.Lines(name), read);
            Assert.True(LexiconStore.Engine.Utf8(name).SequenceEqual(LexiconStore.Engine.Bytes(name)), name);
        }
    }
}
