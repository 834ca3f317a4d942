using Rhetlint.Core.Lexicons;

namespace Rhetlint.Core.Tests.Lexicons;

public sealed class InflectionsTests
{
    [Theory]
    [InlineData("warns", "warn")]
    [InlineData("warned", "warn")]
    [InlineData("warning", "warn")]
    [InlineData("hoped", "hope")]
    [InlineData("hoping", "hope")]
    [InlineData("tries", "try")]
    [InlineData("tried", "try")]
    [InlineData("boxes", "box")]
    [InlineData("stopped", "stop")]
    [InlineData("sent", "send")]
    [InlineData("went", "go")]
    [InlineData("children", "child")]
    [InlineData("shockwaves", "shockwave")]
    [InlineData("slam", "slam")]
    public void A_form_matches_its_base(string word, string baseForm) => Assert.True(Inflections.IsFormOf(word, baseForm));

    [Theory]
    [InlineData("glass", "glas")]
    [InlineData("bring", "b")]
    [InlineData("sent", "sen")]
    [InlineData("warden", "warn")]
    public void Look_alikes_do_not_match(string word, string baseForm) => Assert.False(Inflections.IsFormOf(word, baseForm));

    [Theory]
    [InlineData("threat", "threat threats")]
    [InlineData("crisis", "crisis crises")]
    [InlineData("enemy", "enemy enemies")]
    [InlineData("blackout", "blackout blackouts")]
    [InlineData("man", "man men")]
    public void A_noun_lemma_gives_its_plurals(string lemma, string forms) =>
        Assert.Equal(forms.Split(' '), Inflections.NounForms(lemma));

    [Fact]
    public void Only_a_noun_with_an_irregular_plural_has_irregular_plurals()
    {
        Assert.Equal(["crises"], Inflections.IrregularPlurals("crisis") ?? []);
        Assert.Null(Inflections.IrregularPlurals("lantern"));
        Assert.Equal("lanterns", Inflections.RegularPlural("lantern"));
    }

    [Theory]
    [InlineData("sought", true)]
    [InlineData("stopped", true)]
    [InlineData("crises", false)]
    [InlineData("lanterns", false)]
    public void An_irregular_verb_form_is_a_verbs_not_a_nouns(string word, bool isVerbForm) =>
        Assert.Equal(isVerbForm, Inflections.IsIrregularVerbForm(word));

    [Theory]
    [InlineData("covet", "covet covets coveted coveting")]
    [InlineData("seek", "seek seeks sought seeking")]
    [InlineData("stop", "stop stops stopped stopping")]
    [InlineData("dream", "dream dreams dreamed dreamt dreaming")]
    [InlineData("crave", "crave craves craved craving")]
    [InlineData("go", "go goes went gone going")]
    [InlineData("veto", "veto vetoes vetoed vetoing")]
    [InlineData("radio", "radio radios")]
    public void A_verb_lemma_gives_its_forms(string lemma, string forms) =>
        Assert.Subset(Inflections.VerbForms(lemma).ToHashSet(), forms.Split(' ').ToHashSet());

    [Fact]
    public void A_final_o_after_a_consonant_takes_es_in_the_third_person() =>
        Assert.DoesNotContain("gos", Inflections.VerbForms("go"));

    [Fact]
    public void A_doubled_consonant_replaces_the_regular_forms_that_belong_to_another_verb() =>
        Assert.DoesNotContain("hoped", Inflections.VerbForms("hop"));

    [Fact]
    public void Be_includes_its_enclitics() =>
        Assert.Equal(["'m", "'re", "'s", "am", "are", "be", "been", "being", "is", "was", "were"], Inflections.VerbForms("be").Order(StringComparer.Ordinal));
}
