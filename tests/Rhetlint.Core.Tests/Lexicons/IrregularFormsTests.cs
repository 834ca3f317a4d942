using System.Text;
using Rhetlint.Core.Lexicons;

namespace Rhetlint.Core.Tests.Lexicons;

public sealed class IrregularFormsTests
{
    private static IrregularForms Table(string lines) => IrregularForms.Index(FixedUtf8.Copy(Encoding.UTF8.GetBytes(lines)));

    [Fact]
    public void A_lemmas_forms_come_in_file_order_for_one_part_of_speech()
    {
        var table = Table("# form lemma pos\nstrove strive v\nkine cow n\nstriven strive v\ncows cow n\n");
        Assert.Equal(["strove", "striven"], table.FormsOf("strive", noun: false) ?? []);
        Assert.Equal(["kine", "cows"], table.FormsOf("cow", noun: true) ?? []);
        Assert.Null(table.FormsOf("cow", noun: false));
        Assert.Null(table.FormsOf("lantern", noun: true));
    }

    [Fact]
    public void A_repeated_line_is_one_form_and_a_line_without_three_fields_is_none()
    {
        var table = Table("geese goose n\ngeese  goose n\nmice mouse\nlice louse n extra\n");
        Assert.Equal(["geese"], table.FormsOf("goose", noun: true) ?? []);
        Assert.Null(table.FormsOf("mouse", noun: true));
        Assert.False(table.IsFormOf("lice", "louse"));
    }

    [Fact]
    public void A_form_is_a_nouns_or_a_verbs_as_its_line_says()
    {
        var table = Table("left leave v\nteeth tooth n\n");
        Assert.True(table.IsForm("left", noun: false));
        Assert.False(table.IsForm("left", noun: true));
        Assert.True(table.IsForm("teeth", noun: true));
        Assert.True(table.IsFormOf("teeth", "tooth"));
        Assert.False(table.IsFormOf("teeth", "leave"));
    }

    [Fact]
    public void A_word_is_compared_as_written() => Assert.False(Table("left leave v\n").IsFormOf("Left", "leave"));
}
