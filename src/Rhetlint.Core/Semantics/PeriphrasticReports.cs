using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// A report phrased as a noun of argument the holder makes or owns rather than as a verb of saying (issue 17): "Hale
/// made the case that …", "made the argument to the board that …", "Hale's view is that …". The clause after "that" is
/// the holder's, as after "Hale argued that …" (RULES.md §1); in real news a rank inside it was flagged as the writer's.
/// </summary>
internal static class PeriphrasticReports
{
    /// <summary>
    /// Nouns that WordNet glosses as an argument put to others: case.n.09 ("a statement of facts and reasons used to
    /// support an argument"), argument.n.01, point.n.03 ("a brief version of the essential meaning of something") — the
    /// three the light verb "make" turns into a verb of arguing ("make the case", "make the argument", "make the point").
    /// </summary>
    private static readonly FrozenWordSet MadeArgumentNouns = new[] { "case", "argument", "point" }.ToFrozenWordSet();

    /// <summary>The determiners of a made argument: an article, or the maker's own possessive ("made her case").</summary>
    private static readonly FrozenSet<string> MadeArgumentDeterminers =
        new[] { "the", "a", "an", "his", "her", "their", "its" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenWordSet MakeForms = Inflections.VerbForms("make").ToFrozenWordSet();

    /// <summary>
    /// Nouns of a held or argued position that a copula equates with its "that" clause: "Hale's view is that …", "the
    /// guild's argument was that …". WordNet's view.n.01 (opinion), belief.n.01, position.n.07 (stance), contention.n.01,
    /// argument.n.01, thesis.n.01, case.n.09 and point.n.03; the speech nouns (speech_nouns.txt: "claim", "warning") are
    /// read the same way.
    /// </summary>
    private static readonly FrozenSet<string> HeldPositionNouns =
        new[] { "view", "belief", "position", "contention", "argument", "thesis", "case", "point" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "made the case", "makes the argument", "making a point", "make her case": a form of "make", a determiner and an
    /// argument noun at <paramref name="noun"/>. The caller checks that "that" and a clause follow (after a hearer if any):
    /// "made the case for a levy" argues no clause, and "made a point of visiting" states a habit.
    /// </summary>
    public static bool IsMadeArgument(ImmutableArray<Token> tokens, Sentence sentence, int noun) =>
        noun - 2 >= sentence.FirstToken && MadeArgumentNouns.Contains(tokens[noun])
        && MadeArgumentDeterminers.Contains(tokens[noun - 1].Norm) && MakeForms.Contains(tokens[noun - 2]);

    /// <summary>
    /// Who makes the argument at <paramref name="noun"/> (<see cref="IsMadeArgument"/>), or null for any other noun: the
    /// subject of "make" ("Critics made the argument that"), or the object pronoun before its bare infinitive ("help him
    /// make his case that", "let her make the argument that"), where the main clause's subject ("A win would help him …")
    /// is no speaker.
    /// </summary>
    public static SourcePhrase? Maker(ImmutableArray<Token> tokens, Sentence sentence, SourcePhraseReader reader, int noun)
    {
        if (!IsMadeArgument(tokens, sentence, noun)) return null;
        if (reader.ReadBefore(noun - 2) is { Speaker: not SpeakerClass.Author } subject) return subject;
        var pronoun = noun - 3;
        return pronoun >= sentence.FirstToken && tokens[noun - 2].Norm == "make" && tokens[pronoun].Norm is "him" or "her" or "them"
            ? new SourcePhrase(pronoun, pronoun + 1, pronoun + 1, SpeakerClass.Pronoun)
            : null;
    }

    /// <summary>
    /// "Hale's view is that …", "the guild's argument was that …": a possessive owner's position (a held-position noun or
    /// a speech noun at <paramref name="noun"/>) equated by "is" or "was" with its "that" clause. Only with a possessive
    /// owner: "the point is that …" and "my view is that …" are the writer's own.
    /// </summary>
    public static bool IsOwnedPositionEquated(ImmutableArray<Token> tokens, Sentence sentence, int noun) =>
        noun > sentence.FirstToken && noun + 2 < sentence.EndToken && tokens[noun - 1].HasPossessiveEnding
        && (HeldPositionNouns.Contains(tokens[noun].Norm) || Vocabulary.IsSpeechNoun(tokens[noun]))
        && tokens[noun + 1].Norm is "is" or "was" && tokens[noun + 2].Norm == "that";

    /// <summary>
    /// "Brandt is the ablest negotiator Lindqvist argues.": a noun phrase right after a copula is the clause's predicate,
    /// so in a closing tag with no comma the source is the name after it, even when the predicate's noun is a role that
    /// could title a name ("the engineer Pavel Rusk").
    /// </summary>
    public static bool IsPredicateNominal(ImmutableArray<Token> tokens, Sentence sentence, int phraseStart)
    {
        // The source reader may start after the article: "the [most able candidate Viguerie]".
        var k = phraseStart - 1;
        if (k > sentence.FirstToken && tokens[k].Norm is "the" or "a" or "an") k--;
        while (k > sentence.FirstToken && PassiveChain.IsInnerAdverb(tokens[k])) k--;
        return k >= sentence.FirstToken && k < phraseStart && FunctionWords.Copulas.Contains(tokens[k]);
    }
}
