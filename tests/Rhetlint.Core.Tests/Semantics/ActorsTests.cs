using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Semantics;

public class ActorsTests
{
    private static Token[] Tokenize(string text) =>
        [.. Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText).Tokens];

    /// <summary>The actor at the first token whose text is <paramref name="word"/>: its words and class.</summary>
    private static (string Text, ActorClass Class)? ActorAt(string text, string word, ActorGazetteer? gazetteer = null)
    {
        var tokens = Tokenize(text);
        var index = Array.FindIndex(tokens, t => t.Text == word);
        Assert.True(index >= 0, $"'{word}' is not a token of '{text}'");
        var match = (gazetteer ?? Actors.Default).Match(tokens, index);
        return match is var (length, cls) ? (string.Join(' ', tokens[index..(index + length)].Select(t => t.Text)), cls) : null;
    }

    [Theory]
    [InlineData("Kenya and Peru signed the accord.", "Kenya", "Kenya")]
    [InlineData("Officials in North Korea tested a rocket.", "North", "North Korea")]
    [InlineData("The Russian Federation vetoed it.", "Russian", "Russian Federation")]
    [InlineData("He moved to the Democratic People's Republic of Korea.", "Democratic", "Democratic People's Republic of Korea")]
    [InlineData("Trade with the U.S. fell.", "U.S.", "U.S.")]
    [InlineData("America and Britain objected.", "America", "America")]
    [InlineData("Burma closed the border.", "Burma", "Burma")]
    [InlineData("Turkey answered first.", "Turkey", "Turkey")]
    [InlineData("Exports to Côte d'Ivoire grew.", "Côte", "Côte d'Ivoire")]
    [InlineData("Exports to Cote d'Ivoire grew.", "Cote", "Cote d'Ivoire")]
    public void Finds_states(string text, string word, string expected) =>
        Assert.Equal((expected, ActorClass.State), ActorAt(text, word));

    [Theory]
    [InlineData("A Kenyan envoy arrived.", "Kenyan", "Kenyan")]
    [InlineData("The Iranians refused.", "Iranians", "Iranians")]
    [InlineData("The North Koreans refused.", "North", "North Koreans")]
    [InlineData("The French refused.", "French", "French")]
    [InlineData("Two Britons were held.", "Britons", "Britons")]
    public void Finds_demonyms_singular_and_plural(string text, string word, string expected) =>
        Assert.Equal((expected, ActorClass.Demonym), ActorAt(text, word));

    [Theory]
    [InlineData("Beijing warned its neighbors.", "Beijing", "Beijing")]
    [InlineData("Moscow and Tehran agreed.", "Tehran", "Tehran")]
    [InlineData("Washington imposed tariffs.", "Washington", "Washington")]
    [InlineData("Pyongyang fired again.", "Pyongyang", "Pyongyang")]
    [InlineData("Talks moved to Bogota.", "Bogota", "Bogota")]
    [InlineData("Judges met in The Hague.", "The", "The Hague")]
    public void Finds_capitals(string text, string word, string expected) =>
        Assert.Equal((expected, ActorClass.Metonym), ActorAt(text, word));

    [Theory]
    [InlineData("The Kremlin denied it.", "Kremlin", "Kremlin")]
    [InlineData("The White House said nothing.", "White", "White House")]
    [InlineData("Downing Street declined to comment.", "Downing", "Downing Street")]
    [InlineData("Zhongnanhai set the line.", "Zhongnanhai", "Zhongnanhai")]
    [InlineData("Then the regime struck back.", "the", "the regime")]
    [InlineData("The IRGC seized a tanker.", "IRGC", "IRGC")]
    [InlineData("The Chinese military drilled near the strait.", "Chinese", "Chinese military")]
    [InlineData("Russia's armed forces massed.", "Russia's", "Russia's armed forces")]
    public void Finds_institutions(string text, string word, string expected) =>
        Assert.Equal((expected, ActorClass.Metonym), ActorAt(text, word));

    [Theory]
    [InlineData("The Russian president spoke first.", "Russian", "Russian president")]
    [InlineData("The Chinese foreign minister flew in.", "Chinese", "Chinese foreign minister")]
    [InlineData("Iran's supreme leader spoke.", "Iran's", "Iran's supreme leader")]
    [InlineData("North Korea's leader watched the test.", "North", "North Korea's leader")]
    [InlineData("Then the supreme leader spoke.", "the", "the supreme leader")]
    [InlineData("Then the ayatollahs spoke.", "the", "the ayatollahs")]
    public void Finds_leaders_by_title(string text, string word, string expected) =>
        Assert.Equal((expected, ActorClass.Leader), ActorAt(text, word));

    [Theory]
    [InlineData("Hamas rejected the offer.", "Hamas", "Hamas")]
    [InlineData("The Taliban took the pass.", "Taliban", "Taliban")]
    [InlineData("Fighters loyal to Islamic State fled.", "Islamic", "Islamic State")]
    [InlineData("A cell of al-Qaeda was found.", "al-Qaeda", "al-Qaeda")]
    [InlineData("The Houthis fired on a ship.", "Houthis", "Houthis")]
    public void Finds_armed_groups(string text, string word, string expected) =>
        Assert.Equal((expected, ActorClass.ArmedGroup), ActorAt(text, word));

    [Theory]
    [InlineData("NATO met in the spring.", "NATO", "NATO")]
    [InlineData("Then the West hesitated.", "the", "the West")]
    [InlineData("Militants took the bridge.", "Militants", "Militants")]
    [InlineData("Then hackers struck the grid.", "hackers", "hackers")]
    public void Finds_groups(string text, string word, string expected) =>
        Assert.Equal((expected, ActorClass.Group), ActorAt(text, word));

    [Theory]
    [InlineData("The Harlow Party met in May.", "Harlow", "Harlow Party")]
    [InlineData("Then the other party's donors met.", "the", "the other party's donors")]
    [InlineData("The Tories' donors met.", "Tories'", "Tories' donors")]
    [InlineData("Then Democrats met.", "Democrats", "Democrats")]
    [InlineData("Then the shipping lobby met.", "the", "the shipping lobby")]
    [InlineData("Then the establishment closed ranks.", "the", "the establishment")]
    public void Finds_parties_and_lobbies(string text, string word, string expected) =>
        Assert.Equal((expected, ActorClass.Party), ActorAt(text, word));

    [Theory]
    [InlineData("Then Harbrook Holdings bought the pier.", "Harbrook", "Harbrook Holdings")]
    [InlineData("Then Acme Ltd. bought the pier.", "Acme", "Acme Ltd.")]
    [InlineData("Then Northgate Capital Partners bought the pier.", "Northgate", "Northgate Capital Partners")]
    [InlineData("Then Big Tech bought the pier.", "Big", "Big Tech")]
    [InlineData("Then the tobacco industry funded it.", "the", "the tobacco industry")]
    [InlineData("Then Harbrook Group's lobbyists called.", "Harbrook", "Harbrook Group's lobbyists")]
    public void Finds_companies_and_industries(string text, string word, string expected) =>
        Assert.Equal((expected, ActorClass.Company), ActorAt(text, word));

    [Theory]
    [InlineData("Then the Vance gang took the docks.", "Vance", "Vance gang")]
    [InlineData("Then the Sinaloa cartel took the docks.", "Sinaloa", "Sinaloa cartel")]
    [InlineData("Then the drug gangs took the docks.", "the", "the drug gangs")]
    [InlineData("Then drug lords took the docks.", "drug", "drug lords")]
    [InlineData("Then the cartel's enforcers took the docks.", "the", "the cartel's enforcers")]
    [InlineData("Then traffickers took the docks.", "traffickers", "traffickers")]
    public void Finds_criminal_organisations(string text, string word, string expected) =>
        Assert.Equal((expected, ActorClass.Criminal), ActorAt(text, word));

    [Theory]
    [InlineData("She packed the china plates.", "china")]
    [InlineData("We carved the turkey dinner early.", "turkey")]
    [InlineData("He will polish the silver.", "polish")]
    [InlineData("The ferry sails to the west of the island.", "the")]
    [InlineData("Iran's economy shrank.", "Iran's")]
    [InlineData("The Russian novel sold well.", "novel")]
    [InlineData("The nation will stand with us.", "us")]
    [InlineData("Male voters turned out.", "Male")]
    [InlineData("A gang of friends met.", "A")]
    [InlineData("A gang of friends met.", "gang")]
    [InlineData("The party ended at ten.", "The")]
    [InlineData("We waited in a hotel lobby.", "hotel")]
    [InlineData("Then Harbrook Group's lawyers called.", "Harbrook")]
    [InlineData("Then the Harlow Party met.", "the")]
    public void Leaves_common_words_and_bare_possessives_alone(string text, string word) =>
        Assert.Null(ActorAt(text, word));

    [Fact]
    public void Possessive_without_a_title_is_no_actor_but_the_demonym_alone_still_is() =>
        Assert.Equal(("Russian", ActorClass.Demonym), ActorAt("The Russian novel sold well.", "Russian"));

    [Theory]
    [InlineData(ActorClass.State, true, true)]
    [InlineData(ActorClass.ArmedGroup, true, true)]
    [InlineData(ActorClass.Group, false, true)]
    [InlineData(ActorClass.Criminal, false, true)]
    [InlineData(ActorClass.Party, false, false)]
    [InlineData(ActorClass.Company, false, false)]
    public void Only_states_and_armed_groups_field_forces_and_parties_and_companies_are_no_adversaries(ActorClass actorClass, bool fieldsForces, bool isAdversary) =>
        Assert.Equal((fieldsForces, isAdversary), (actorClass.FieldsForces(), actorClass.IsAdversary()));

    [Fact]
    public void Place_words_are_single_word_states_demonyms_and_capitals()
    {
        var tokens = Tokenize("Moscow Chinese U.S. Kremlin Hamas militants Brandt");
        Assert.Equal([true, true, true, true, false, false, false], tokens.Select(Actors.Default.IsPlaceWord).ToArray());
    }

    [Fact]
    public void Extra_entries_extend_the_gazetteer() =>
        Assert.Equal(("Kestrian premier", ActorClass.Leader), ActorAt("The Kestrian premier left.", "Kestrian",
            ActorGazetteer.FromLines(["STATE\tKestria", "DEMONYM\tKestrian", "TITLE\tpremier"])));

    [Fact]
    public void Every_shipped_entry_is_listed_once_in_both_files()
    {
        var names = LexiconStore.Engine.Lines("actors").Concat(LexiconStore.Engine.Lines("actors_curated"))
            .Where(l => !l.StartsWith("TITLE", StringComparison.Ordinal) && !l.StartsWith("BODY", StringComparison.Ordinal) && !l.StartsWith("MEMBER", StringComparison.Ordinal))
            .Select(l => Token.Normalize(l[(l.IndexOf('\t') + 1)..].Trim()));
        Assert.Empty(names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Bare_US_is_not_listed() =>
        Assert.DoesNotContain(LexiconStore.Engine.Lines("actors").Concat(LexiconStore.Engine.Lines("actors_curated")), l => l.EndsWith("\tUS", StringComparison.Ordinal));

    /// <summary>The actor at the first token after the first sentence whose text is <paramref name="word"/>, in the document's own gazetteer.</summary>
    private static (string Text, ActorClass Class)? IntroducedActorAt(string text, string word)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        var tokens = model.Tokens;
        var index = Enumerable.Range(model.Syntax.Sentences[1].FirstToken, tokens.Length - model.Syntax.Sentences[1].FirstToken).First(k => tokens[k].Text == word);
        return model.Actors.Match(tokens.AsSpan(), index) is var (length, cls) ? (string.Join(' ', tokens[index..(index + length)].Select(t => t.Text)), cls) : null;
    }

    [Theory]
    [InlineData("Harbrook Holdings bought the pier. Now Harbrook wants the quay.", "Harbrook", "Harbrook", ActorClass.Company)]
    [InlineData("The Vance gang runs the docks. Now Vance wants the quay.", "Vance", "Vance", ActorClass.Criminal)]
    [InlineData("The Harlow Party won. Now Harlow wants the quay.", "Harlow", "Harlow", ActorClass.Party)]
    public void A_name_the_text_introduces_by_its_shape_is_an_actor_wherever_it_recurs(string text, string word, string expected, ActorClass cls) =>
        Assert.Equal((expected, cls), IntroducedActorAt(text, word));

    [Fact]
    public void A_name_introduced_under_a_listed_first_word_leaves_the_listed_name_its_class()
    {
        // "Sierra Leone" is listed; "Sierra Mesa" is laid over it by the text, a name of the same length read after it.
        const string text = "Sierra Mesa Holdings bought the pier. Now Sierra Leone and Sierra Mesa want the quay.";
        Assert.Equal(("Sierra Leone", ActorClass.State), IntroducedActorAt(text, "Sierra"));
        Assert.Equal(("Sierra Mesa", ActorClass.Company), IntroducedActorAt(text.Replace("Sierra Leone and ", ""), "Sierra"));
    }

    [Fact]
    public void A_name_the_text_introduces_is_found_under_its_possessive()
    {
        var model = Linter.BuildModel("test.txt", SourceText.From("Harbrook Holdings bought the pier. Now Harbrook's lawyers want the quay."), DocumentFormat.PlainText);
        var index = Enumerable.Range(0, model.Tokens.Length).Last(k => model.Tokens[k].Text.StartsWith("Harbrook", StringComparison.Ordinal));
        Assert.Equal(ActorClass.Company, model.Actors.PossessorAt(model.Tokens.AsSpan(), index));
    }

    [Theory]
    [InlineData("The Green Party won. Now Green wants the quay.", "Green")]
    [InlineData("Harbrook bought the pier. Now Harbrook wants the quay.", "Harbrook")]
    public void A_common_word_or_a_name_without_a_shape_introduces_nothing(string text, string word) =>
        Assert.Null(IntroducedActorAt(text, word));
}

