using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Semantics;

/// <summary>The open class of source heads: WordNet's people, groups and organizations, curated additions, derived plurals.</summary>
public class SourceNounsTests
{
    private static Token Word(string text) => Token.Create(TokenKind.Word, new Microsoft.CodeAnalysis.Text.TextSpan(0, text.Length), text);

    [Theory]
    [InlineData("skipper", SourceNounKind.Person, false)]
    [InlineData("curator", SourceNounKind.Person, false)]
    [InlineData("curators", SourceNounKind.Person, true)]
    [InlineData("driver", SourceNounKind.Person, false)]
    [InlineData("neighbours", SourceNounKind.Person, true)]
    [InlineData("women", SourceNounKind.Person, true)]
    [InlineData("children", SourceNounKind.Person, true)]
    [InlineData("carers", SourceNounKind.Person, true)]
    [InlineData("witnesses", SourceNounKind.Person, true)]
    [InlineData("jury", SourceNounKind.Group, false)]
    [InlineData("folks", SourceNounKind.Group, true)]
    [InlineData("consortium", SourceNounKind.Organization, false)]
    [InlineData("unions", SourceNounKind.Organization, true)]
    [InlineData("voices", SourceNounKind.Person, true)]
    public void Knows_people_groups_and_organizations_with_their_plurals(string word, SourceNounKind kind, bool plural) =>
        Assert.Equal(new SourceNoun(kind, plural), SourceNouns.Of(Word(word)));

    [Theory]
    [InlineData("figure")]
    [InlineData("head")]
    [InlineData("research")]
    [InlineData("banquet")]
    [InlineData("monarchy")]
    [InlineData("goblin")]
    [InlineData("village")]
    public void Leaves_out_what_does_not_speak(string word) => Assert.Null(SourceNouns.Of(Word(word)));

    [Theory]
    [InlineData("ferrybrokers", true)]
    [InlineData("ex-ministers", true)]
    [InlineData("ex-minister", false)]
    public void A_compound_ending_in_a_person_noun_is_a_person(string word, bool plural) =>
        Assert.Equal(new SourceNoun(SourceNounKind.Person, plural), SourceNouns.Of(Word(word)));

    [Fact]
    public void A_capitalized_word_inside_a_sentence_is_not_split_as_a_compound()
    {
        Assert.Null(SourceNouns.Of(Word("Ferrybrokers")));
        Assert.Equal(new SourceNoun(SourceNounKind.Person, true), SourceNouns.OfSentenceStart(Word("Ferrybrokers")));
    }

    [Theory]
    [InlineData("smothers")]
    [InlineData("fairchild")]
    [InlineData("hopkins")]
    public void A_word_of_its_own_or_a_singular_is_no_compound(string word) => Assert.Null(SourceNouns.Of(Word(word)));
}
