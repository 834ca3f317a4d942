using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Historical analogies that name no cue of likeness but set the present beside a past catastrophe all the same (issue
/// 16). Four shapes, each a range from its first word to the old case's end:
/// - the witnesses of a place that stands for a catastrophe, pointed at: "Ask the people of Chernobyl";
/// - the present drifting back into a past era: "the county is sleepwalking back into the 1930s";
/// - the old case's own assurance set beside today by "also": "Weimar also told itself a little inflation was harmless";
/// - today as an old evil with a modern fitting: "the rating app will be 1930s propaganda with a friendlier font".
/// </summary>
internal static class ImplicitAnalogies
{
    private static readonly Lazy<TaggedLexicon> Catastrophes = new(() => TaggedLexicon.Load(RuleLexicons.Store, "historical_catastrophes_wordnet"));

    private static readonly Lazy<PhraseList> Places = new(() => PhraseList.From(Catastrophes.Value.Entries("place").OrderByDescending(p => p.Length)));

    private static readonly FrozenWordSet Assurances = TaggedLexicon.Load(RuleLexicons.Store, "historical_analogies").Words("assurance").ToFrozenWordSet();

    private static readonly FrozenSet<string> PresentAnchors = TaggedLexicon.Load(RuleLexicons.Store, "historical_analogies").Words("present-anchor");

    /// <summary>The people a place's catastrophe happened to: "ask the people of …", "ask the families of …".</summary>
    private static readonly FrozenWordSet Witnesses = new[]
    {
        "people", "residents", "families", "survivors", "victims", "citizens", "townspeople", "inhabitants", "farmers", "parents", "children", "mothers", "folk",
    }.ToFrozenWordSet();

    /// <summary>
    /// Present and -ing forms of verbs of going somewhere without meaning to (sleepwalk, slide, slip, drift, lurch, stumble,
    /// sink, hurtle): a return to an era by them is a descent; "heading back to the 1970s" or "going back to the 1950s"
    /// can be a fashion or a holiday.
    /// </summary>
    private static readonly FrozenWordSet DriftVerbs = new[]
    {
        "sleepwalk", "sleepwalks", "sleepwalking", "slide", "slides", "sliding", "slip", "slips", "slipping", "drift", "drifts", "drifting",
        "lurch", "lurches", "lurching", "stumble", "stumbles", "stumbling", "sink", "sinks", "sinking", "hurtle", "hurtles", "hurtling",
    }.ToFrozenWordSet();

    public static (int, int)? At(DocumentModel document, Sentence sentence, int i) =>
        PlaceWitnessesAsked(document.Tokens, sentence, i) ?? EraReturn(document.Tokens, sentence, i) ?? OldAssurance(document, sentence, i)
        ?? ModernFitting(document.Tokens, sentence, i);

    /// <summary>
    /// "Ask the people of Bhopal", "just ask the families of Seveso": an imperative "ask" opening its sentence, the
    /// people of a place whose name stands for a catastrophe there (place entries of
    /// <c>historical_catastrophes_wordnet.txt</c>), ending its clause there. An ask that goes on ("ask the people of
    /// Bhopal what they think of the new metro", "… for directions") is an inquiry.
    /// </summary>
    private static (int, int)? PlaceWitnessesAsked(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (tokens[i].Norm != "ask" || !OpensSentence(tokens, sentence, i)) return null;
        var k = i + 1;
        if (k + 3 >= end || tokens[k].Norm != "the" || !Witnesses.Contains(tokens[k + 1]) || tokens[k + 2].Norm != "of") return null;
        if (Places.Value.LongestAt(tokens, k + 3, end) is not (> 0 and var length)) return null;
        var placeEnd = k + 3 + length;
        // The ask ends its clause at the place ("Ask the people of Bhopal.", "… of Bhopal, who …"); one that goes on asks
        // something ("… what they think of the metro", "… for the best dumpling stall").
        if (placeEnd < end && tokens[placeEnd].IsWord) return null;
        return (i > sentence.FirstToken && tokens[i - 1].Norm == "just" ? i - 1 : i, placeEnd);
    }

    private static bool OpensSentence(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var first = sentence.FirstToken;
        while (first < i && !tokens[first].IsWord) first++;
        return first == i || first == i - 1 && tokens[first].Norm is "just" or "go" or "so" or "then";
    }

    /// <summary>
    /// "Britain is sleepwalking back into the 1930s", "the borough slides back to 1914": a community (a name, "we", a
    /// group or a place) drifting in the present, "back into" or "back to", and a past era or disaster
    /// (<see cref="PastDisasters"/>). "Built in the 1930s" and "back in the 1930s" are dates, a past "slid back" is
    /// history, and "fashion is drifting back to the 1970s" is a taste, not a people.
    /// </summary>
    private static (int, int)? EraReturn(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (!DriftVerbs.Contains(tokens[i]) || i + 3 >= end || tokens[i + 1].Norm != "back" || tokens[i + 2].Norm is not ("into" or "to")) return null;
        if (!CommunityBefore(tokens, sentence, i)) return null;
        return PastDisasters.LengthAt(tokens, sentence, i + 3) is > 0 and var length ? (i, i + 3 + length) : null;
    }

    /// <summary>The subject before the drift verb, past its auxiliary, names a community: "we", a name, a group or a place ("the borough", "the country").</summary>
    private static bool CommunityBefore(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "is" or "are" or "'s" or "'re" or "keeps" or "keep") k--;
        if (k < sentence.FirstToken || !tokens[k].IsWord) return false;
        if (tokens[k].Norm is "we" or "we're") return true;
        return NounTypes.Of(tokens[k]) is { } type ? type is NounType.Group or NounType.Location : tokens[k].IsCapitalized;
    }

    /// <summary>
    /// "Weimar also told itself that a little inflation was harmless", "Chamberlain also promised peace": a past
    /// disaster or appeasement term opening the sentence, an optional name after it, and "also" before a verb of
    /// claiming or assuring. The "also" sets the old assurance beside one made today, so a neighbouring sentence of the
    /// paragraph must speak of the present (a present or future verb, "this", "now"); in a history of the 1930s every
    /// sentence is past.
    /// </summary>
    private static (int, int)? OldAssurance(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (!OpensSentence(tokens, sentence, i) || PastDisasters.LengthAt(tokens, sentence, i) is not (> 0 and var length)) return null;
        var k = i + length;
        if (k < end && tokens[k].IsCapitalized && tokens[k].IsWord) k++;
        if (k + 1 >= end || tokens[k].Norm != "also" || !Assurances.Contains(tokens[k + 1])) return null;
        var verbEnd = k + 2;
        if (verbEnd < end && tokens[verbEnd].Norm is "itself" or "themselves" or "himself") verbEnd++;
        return PresentNearby(document, sentence) ? (i, verbEnd) : null;
    }

    private static bool PresentNearby(DocumentModel document, Sentence sentence)
    {
        var sentences = document.Syntax.Sentences;
        foreach (var n in new[] { sentence.Index - 1, sentence.Index + 1 })
            if (n >= 0 && n < sentences.Length && sentences[n].ParagraphIndex == sentence.ParagraphIndex
                && ImageryContext.SentenceHas(document.Tokens, sentences[n], PresentAnchors)) return true;
        return false;
    }

    /// <summary>
    /// "The rating app will be 1930s propaganda with a friendlier font", "this is 1970s rationing with an app": a copula, a
    /// decade, a threat noun it dates and "with" a modern fitting. "The flat is 1930s elegance with a new kitchen" names
    /// no threat.
    /// </summary>
    private static (int, int)? ModernFitting(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (!tokens[i].IsDecade || i == sentence.FirstToken || i + 3 >= end) return null;
        if (!FunctionWords.Copulas.Contains(tokens[i - 1]) && tokens[i - 1].Norm != "be") return null;
        if (!ThreatReferents.IsThreatNoun(tokens[i + 1]) || tokens[i + 2].Norm != "with" || !tokens[i + 3].IsWord) return null;
        var k = i + 3;
        while (k < end && k - i < 8 && tokens[k].IsWord) k++;
        return (i, k);
    }
}
