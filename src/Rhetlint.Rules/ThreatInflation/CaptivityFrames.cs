using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The frames around RH1001's captivity and release images: who is held hostage and where ("hold every household in
/// Tarrow hostage"), and a disease or vermin let loose on its victims ("a plague has been let loose on our square").
/// </summary>
internal static class CaptivityFrames
{
    /// <summary>How many words a place may take between the captive and "hostage": "in Tarrow", "across the north east".</summary>
    private const int PlaceWords = 3;

    /// <summary>
    /// Whether the words from <paramref name="groupStart"/> (a whole group's start, RH1001's victim test) to the head at
    /// <paramref name="head"/> name a whole group of no single person: "every household", "all our schools", "the whole
    /// county". People held one by one ("every passenger") are as often a hijack's as a figure's, so a person head is
    /// left to the listed captives.
    /// </summary>
    public static bool IsWholeGroup(ImmutableArray<Token> tokens, int? groupStart, int head)
    {
        if (groupStart is not int start || start > head || head - start >= PlaceWords) return false;
        for (var k = start; k <= head; k++)
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || FunctionWords.NounPhraseBreakers.Contains(tokens[k])) return false;
        return NounTypes.Of(tokens[head]) is NounType.Group or NounType.Location or NounType.Possession or NounType.Cognition;
    }

    /// <summary>
    /// Where the words after a captive at <paramref name="k"/> go on, past a place ("in Tarrow", "across the
    /// county") when "hostage" or "to ransom" follows it; otherwise <paramref name="k"/> itself.
    /// </summary>
    public static int PastPlace(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || tokens[k].Norm is not ("in" or "across" or "throughout")) return k;
        for (var m = k + 1; m < sentence.EndToken && m - k <= PlaceWords + 1; m++)
        {
            if (tokens[m].Norm == "hostage" || tokens[m].Norm == "to" && m + 1 < sentence.EndToken && tokens[m + 1].Norm == "ransom") return m;
            if (!tokens[m].IsWord) return k;
        }
        return k;
    }

    /// <summary>
    /// Whether a verb of release (<c>loosed</c>: unleashed, let loose) follows <paramref name="k"/>, past what the noun
    /// is of and the verb's auxiliaries, and lands on its victims: "has been let loose on", "of vaping was unleashed upon".
    /// </summary>
    public static bool IsLoosedOn(ImmutableArray<Token> tokens, Sentence sentence, int k, PhraseList loosed)
    {
        // What the plague is of comes first: "a plague of e-scooters has been let loose on".
        if (k < sentence.EndToken && tokens[k].Norm == "of")
            for (var m = k + 1; m < sentence.EndToken && m - k <= PlaceWords && tokens[m].IsWord; m++)
                if (FunctionWords.Auxiliaries.Contains(tokens[m]) || loosed.FirstAt(tokens, m, sentence.EndToken) >= 0) { k = m; break; }
        for (var auxiliaries = 0; k < sentence.EndToken && auxiliaries < 3 && (FunctionWords.Auxiliaries.Contains(tokens[k]) || tokens[k].Norm is "be" or "been" or "being"); auxiliaries++) k++;
        if (loosed.FirstPhraseAt(tokens, k, sentence.EndToken) is not { } verb) return false;
        k += verb.Length;
        return k < sentence.EndToken && tokens[k].Norm is "on" or "upon" or "onto" or "across";
    }
}
