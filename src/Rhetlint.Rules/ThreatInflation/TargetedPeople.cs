using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Hunting and targeting imagery applied to people (RH1001, issue 16): a group of people made game or a mark to shoot
/// at — "open season on delivery drivers", "a target on the backs of every baker", "puts a bullseye on every trader",
/// "pensioners are in the crosshairs". The marks are <c>aim-mark</c> in <c>fear_imagery_wordnet.txt</c> (WordNet's
/// target.n.01, target.n.04, bull's_eye.n.02, crosshairs.n.01; tools/gen_fear_vehicles.py). The image needs a whole
/// group of people as its victim: a noun of people or of a group of them (<see cref="NounTypes"/>), quantified ("every", "all",
/// "our") or plural. Goods and things ("open season on cheap flights", "a bullseye on every hay bale") are a sale or a
/// literal mark; one person with a target on his back is a sport or security idiom; "a target on their backs" names no
/// group, and its antecedent is as often a team or a celebrity as the reader's neighbours, so it is not read; "in the
/// crosshairs of" a regulator, a chief or a campaign is a news idiom for scrutiny. A sentence about sport, beside a noun
/// of war or terror, with a year, or told in the past ("it was open season on intellectuals") is left alone.
/// </summary>
internal static class TargetedPeople
{
    /// <summary>The marks and their plurals, as phrases ("bull's eye", "targets").</summary>
    private static readonly Lazy<PhraseList> Marks = new(() => PhraseList.From(
        TaggedLexicon.Load(RuleLexicons.Store, "fear_imagery_wordnet").Entries("aim-mark")
            .SelectMany(e => Inflections.FormsOf(e[^1], Inflections.PartOfSpeech.Noun).Select(form => (string[])[.. e[..^1], form]))
            .OrderByDescending(e => e.Length)));

    /// <summary>How many adverbs may stand between a group and "in the crosshairs" ("are now squarely in").</summary>
    private const int AdverbReach = 3;

    /// <summary>The span and head of a targeting image at <paramref name="i"/>, or null.</summary>
    public static (int First, int End, int Head)? At(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var hit = OpenSeason(tokens, sentence, i) ?? MarkOn(tokens, sentence, i) ?? InCrosshairs(tokens, sentence, i);
        if (hit is null) return null;
        if (SportContext.IsAboutSport(tokens, sentence) || DomainMismatch.NamesArmedConflict(tokens, sentence, hit.Value.Head)
            || DomainMismatch.HasYear(tokens, sentence) || DatedPast.IsToldInThePast(tokens, sentence, hit.Value.First)) return null;
        return hit;
    }

    /// <summary>"open season on police officers", "open season on the opposition": a hunting season declared on people.</summary>
    private static (int First, int End, int Head)? OpenSeason(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "open" || i + 3 >= sentence.EndToken || tokens[i + 1].Norm != "season" || tokens[i + 2].Norm != "on") return null;
        return GroupAt(tokens, sentence, i + 3) is int head ? (i, head + 1, i + 1) : null;
    }

    /// <summary>
    /// "a target on the backs of every baker", "a bullseye on every trader": a mark put on the back of a group or, for a
    /// bullseye, on a whole group.
    /// </summary>
    private static (int First, int End, int Head)? MarkOn(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("a" or "an") || Marks.Value.FirstPhraseAt(tokens, i + 1, sentence.EndToken) is not { } mark) return null;
        var on = i + 1 + mark.Length;
        if (on + 2 >= sentence.EndToken || tokens[on].Norm != "on") return null;
        var k = on + 1;
        if (tokens[k].Norm == "the" && tokens[k + 1].Norm is "backs" or "back" && k + 3 < sentence.EndToken && tokens[k + 2].Norm == "of")
            return GroupAt(tokens, sentence, k + 3) is int owner ? (i, owner + 1, i + 1) : null;
        // "a target on every school" is as often a goal set for each (target.n.05): only the backs make it a mark.
        if (tokens[i + 1].Norm.StartsWith("target", StringComparison.Ordinal)) return null;
        if (!IsQuantifier(tokens[k])) return null;
        return GroupAt(tokens, sentence, k) is int group ? (i, group + 1, i + 1) : OnHuntersMarks(tokens, sentence, i, k);
    }

    /// <summary>
    /// "a bullseye on every rival's target list": the mark sits among the marks of a whole group of people, the
    /// quantified possessor at <paramref name="k"/> + 1 a noun of people and a mark of <see cref="Marks"/> after it.
    /// </summary>
    private static (int First, int End, int Head)? OnHuntersMarks(ImmutableArray<Token> tokens, Sentence sentence, int i, int k)
    {
        var owner = k + 1;
        if (owner + 1 >= sentence.EndToken || !tokens[owner].Norm.EndsWith("'s", StringComparison.Ordinal)
            || NounTypes.OfWord(tokens[owner].Norm[..^2]) is not NounType.Person) return null;
        return Marks.Value.FirstPhraseAt(tokens, owner + 1, sentence.EndToken) is { } mark ? (i, owner + 1 + mark.Length, i + 1) : null;
    }

    /// <summary>
    /// "pensioners are now squarely in the crosshairs", "every bakery is in the Treasury's crosshairs": the group before
    /// "in" (past a copula and adverbs) is the mark. "The sniper kept the post in his crosshairs" has no group; "in the
    /// crosshairs of the regulator" is scrutiny by a named body.
    /// </summary>
    private static (int First, int End, int Head)? InCrosshairs(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "in" || i + 2 >= sentence.EndToken) return null;
        var k = i + 1;
        if (tokens[k].Norm is "the" or "their" or "its" or "his" or "her") k++;
        // "in Whitehall's crosshairs", "in the council's crosshairs".
        if (k < sentence.EndToken && tokens[k].Norm.EndsWith("'s", StringComparison.Ordinal)) k++;
        if (k >= sentence.EndToken || tokens[k].Norm != "crosshairs" || k + 1 < sentence.EndToken && tokens[k + 1].Norm == "of") return null;
        var v = i - 1;
        while (v >= sentence.FirstToken && i - v <= AdverbReach && IsAdverb(tokens[v])) v--;
        if (v < sentence.FirstToken || tokens[v].Norm is not ("is" or "are" or "was" or "were" or "remain" or "remains" or "stay" or "stays" or "be" or "been")) return null;
        var head = v - 1;
        while (head >= sentence.FirstToken && i - head <= AdverbReach + 2 && IsAdverb(tokens[head])) head--;
        if (head < sentence.FirstToken || !IsGroupHead(tokens, sentence, head)) return null;
        return (i, k + 1, k);
    }

    /// <summary>Whether the noun at <paramref name="head"/> is a group of people: quantified, or a plural (or group) noun of people.</summary>
    private static bool IsGroupHead(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        var start = head;
        while (start - 1 >= sentence.FirstToken && head - start < 2 && IsPhraseWord(tokens, sentence, start - 1)
               && !IsQuantifier(tokens[start - 1]) && tokens[start - 1].Norm != "the")
            start--;
        var from = start - 1 >= sentence.FirstToken && (IsQuantifier(tokens[start - 1]) || tokens[start - 1].Norm == "the") ? start - 1 : start;
        return GroupAt(tokens, sentence, from) == head;
    }

    /// <summary>
    /// The head of a group of people from <paramref name="k"/>: the last of up to three lower-case words, a noun of people
    /// or a group, after a quantifier ("every small landlord") or plural ("police officers", "the opposition"). Null for
    /// one person, a name, game, goods or a thing.
    /// </summary>
    private static int? GroupAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var quantified = IsQuantifier(tokens[k]);
        var definite = tokens[k].Norm == "the";
        if (quantified || definite) k++;
        var head = -1;
        for (var m = k; m < sentence.EndToken && m - k < 3 && IsPhraseWord(tokens, sentence, m); m++)
        {
            var known = NounTypes.Of(tokens[m]) is not null || tokens[m].Norm.Contains('-') || AdjectiveForms.IsAdjective(tokens[m].Norm);
            if (!known && !quantified) break;
            // "every market trader along the quay": a word the lexicons do not hold ends a phrase that has its head.
            if (NounTypes.Of(tokens[m]) is null && head >= 0 && IsPeople(tokens[head])) break;
            head = m;
        }
        if (head < 0) return null;
        if (!IsPeople(tokens[head])) return null;
        if (quantified) return head;
        var plural = tokens[head].Norm.EndsWith('s') && !tokens[head].Norm.EndsWith("ss", StringComparison.Ordinal) || tokens[head].Norm is "police" or "people";
        return plural || NounTypes.Of(tokens[head]) is NounType.Group && definite ? head : null;
    }

    /// <summary>
    /// A noun of people: a person, or a group that can speak as a source (<see cref="SourceNouns"/>: "families",
    /// "the union"). WordNet's other groups are sets of things ("flights", "data").
    /// </summary>
    private static bool IsPeople(Token token) =>
        NounTypes.Of(token) is NounType.Person || NounTypes.Of(token) is NounType.Group && SourceNouns.Of(token) is not null;

    /// <summary>A lower-case word of a noun phrase (or the sentence's first word): no function word, preposition or name.</summary>
    private static bool IsPhraseWord(ImmutableArray<Token> tokens, Sentence sentence, int m) =>
        tokens[m].IsWord && (!tokens[m].IsCapitalized || m == sentence.FirstToken)
        && !FunctionWords.NounPhraseBreakers.Contains(tokens[m]) && !FunctionWords.Prepositions.Contains(tokens[m]);

    /// <summary>"now", "still", "squarely": what may stand between a group, its copula and "in the crosshairs".</summary>
    private static bool IsAdverb(Token token) =>
        token.Norm is "now" or "still" or "already" || token.Norm.Length > 4 && token.Norm.EndsWith("ly", StringComparison.Ordinal) && AdjectiveForms.IsAdjective(token.Norm[..^2]);

    private static bool IsQuantifier(Token token) => token.Norm is "every" or "each" or "all" or "our" or "your";
}
