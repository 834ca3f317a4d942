using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A catastrophic outcome governed by a certainty modal: "will annihilate", "is going to collapse", "will be paralysed
/// within hours", "will end in all-out war". RH1003 reports the writer's unsourced ones; RH1007 does not report an
/// inevitability cue inside one ("will inevitably tear our society apart" is one worst case, stated as certain).
/// </summary>
internal static class WorstCasePredictions
{
    /// <summary>A worst-case prediction: the modal, where the outcome starts, where the claim ends, and whether a hedge sits inside it.</summary>
    public readonly record struct Prediction(int Modal, int Outcome, int End, bool Hedged);

    /// <summary>Adverbs between the modal and the outcome; the hedges among them lower the finding.</summary>
    private static readonly FrozenSet<string> Adverbs = TaggedLexicon.Load("worst_case_cues").Words("adverb", "hedge");

    private static readonly FrozenSet<string> HedgeAdverbs = TaggedLexicon.Load("worst_case_cues").Words("hedge");

    /// <summary>Articles and vague premodifiers between a causal verb and its catastrophe noun ("end in an all-out war").</summary>
    private static readonly FrozenSet<string> NounPremodifiers = TaggedLexicon.Load("worst_case_cues").Words("premodifier");

    /// <summary>"within hours": the speed claim that makes the worst case sound imminent belongs to it.</summary>
    private static readonly FrozenSet<string> SpeedUnits = TaggedLexicon.Load("worst_case_cues").Words("speed-unit");

    /// <summary>The worst-case prediction whose certainty modal starts at <paramref name="i"/>, or null.</summary>
    public static Prediction? At(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (ModalEnd(tokens, sentence, i) is not int k) return null;
        var hedged = false;
        while (k < sentence.EndToken && Adverbs.Contains(tokens[k].Norm))
        {
            hedged |= HedgeAdverbs.Contains(tokens[k].Norm);
            k++;
        }
        if (k >= sentence.EndToken || tokens[k].Norm is "not" or "never" or "n't") return null;
        if (OutcomeEnd(actors, tokens, sentence, i, k) is not int end) return null;
        return new Prediction(i, k, SpeedEnd(tokens, sentence, end), hedged);
    }

    /// <summary>Just past a certainty modal at <paramref name="i"/>: will, shall, 'll, is/are going to, is certain/sure/guaranteed to.</summary>
    private static int? ModalEnd(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var token = tokens[i];
        if (!token.IsWord) return null;
        string Norm(int k) => k < sentence.EndToken ? tokens[k].Norm : "";
        // "at will", "the will to fight", "Will Moss": the noun and the name.
        if (token.Norm is "will" or "shall")
            return i > sentence.FirstToken && (tokens[i - 1].Norm is "at" or "the" or "free" or "good" or "ill" or "political" or "own" || token.IsCapitalized) ? null : i + 1;
        if (token.Norm.EndsWith("'ll", StringComparison.Ordinal)) return i + 1;
        if (token.Norm == "gonna") return i + 1;
        var be = token.Norm is "is" or "are" or "am" or "'s" or "'re" || token.Norm.EndsWith("'s", StringComparison.Ordinal) || token.Norm.EndsWith("'re", StringComparison.Ordinal);
        if (!be) return null;
        if (Norm(i + 1) == "going" && Norm(i + 2) == "to") return i + 3;
        return Norm(i + 1) is "certain" or "sure" or "guaranteed" && Norm(i + 2) == "to" ? i + 3 : null;
    }

    /// <summary>Where the catastrophic outcome that starts at <paramref name="k"/> ends, or null when what follows is no catastrophe.</summary>
    private static int? OutcomeEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int modal, int k)
    {
        var end = sentence.EndToken;
        if (tokens[k].Norm is "be" or "become")
            return StateEnd(actors, tokens, sentence, modal, k + 1);
        if (Catastrophes.LongestAt(tokens, k, end, CatastropheClass.Cause) is { } cause)
        {
            var j = cause.End;
            while (j < end && j - cause.End < 3 && (NounPremodifiers.Contains(tokens[j].Norm)
                || AdjectiveForms.IsAdjective(tokens[j].Norm) && Catastrophes.NounPhraseAt(tokens, j, end) is null))
                j++;
            if (Catastrophes.NounPhraseAt(tokens, j, end) is int noun) return noun;
        }
        if (Catastrophes.LongestAt(tokens, k, end, CatastropheClass.VerbSubj) is { } collapse)
            return Catastrophes.HasLargeIn(actors, tokens, Catastrophes.SubjectStart(tokens, sentence, modal), modal) ? collapse.End : null;
        if (tokens[k].Norm == "use") return UseOfWeaponEnd(tokens, sentence, k);
        // "We will crush every …" pledges an action; it predicts no catastrophe.
        if (modal > sentence.FirstToken && tokens[modal - 1].Norm is "i" or "we") return null;
        return Catastrophes.OutcomeAt(actors, tokens, sentence, k);
    }

    /// <summary>"will be paralysed", "will be a Kestrian lake", "will be a wasteland", "will be all-out war".</summary>
    private static int? StateEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int modal, int j)
    {
        var end = sentence.EndToken;
        if (Catastrophes.LongestAt(tokens, j, end, CatastropheClass.State) is { } state) return state.End;
        if (Catastrophes.LongestAt(tokens, j, end, CatastropheClass.StateSubj) is { } subjectState)
            return Catastrophes.HasLargeIn(actors, tokens, Catastrophes.SubjectStart(tokens, sentence, modal), modal)
                || ThreatReferents.FindIn(actors, tokens, sentence, Catastrophes.SubjectStart(tokens, sentence, modal), modal) is not null ? subjectState.End : null;
        if (j < end && tokens[j].Norm is "a" or "an" or "the") j++;
        var owned = false;
        var k = j;
        // Only modifiers may stand before the noun: "will be considered a key battleground" is a passive, not a state.
        while (k < end && k - j < 3 && tokens[k].IsWord && Catastrophes.LongestAt(tokens, k, end, CatastropheClass.Domain, CatastropheClass.Ruin) is null)
        {
            if (!tokens[k].IsCapitalized && !actors.IsPlaceWord(tokens[k]) && !AdjectiveForms.IsAdjective(tokens[k].Norm)) return Catastrophes.NounPhraseAt(tokens, j, end);
            owned |= tokens[k].IsCapitalized || actors.IsPlaceWord(tokens[k]);
            k++;
        }
        if (Catastrophes.LongestAt(tokens, k, end, CatastropheClass.Domain) is { } domain && owned && !ModifiesNextNoun(tokens, sentence, domain.End)) return domain.End;
        if (Catastrophes.LongestAt(tokens, k, end, CatastropheClass.Ruin) is { } ruin && !ModifiesNextNoun(tokens, sentence, ruin.End)) return ruin.End;
        return Catastrophes.NounPhraseAt(tokens, j, end);
    }

    /// <summary>"a battleground state", "a lake district": the noun before <paramref name="next"/> modifies another one.</summary>
    private static bool ModifiesNextNoun(ImmutableArray<Token> tokens, Sentence sentence, int next) =>
        next < sentence.EndToken && tokens[next].IsWord && !tokens[next].IsCapitalized
        && !FunctionWords.NounPhraseBreakers.Contains(tokens[next].Norm) && !tokens[next].Norm.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>"will use it on its neighbors", "will use the bomb against us": only in a sentence about weapons.</summary>
    private static int? UseOfWeaponEnd(ImmutableArray<Token> tokens, Sentence sentence, int use)
    {
        for (var k = use + 1; k < sentence.EndToken && k - use <= 4; k++)
        {
            if (tokens[k].Norm is not ("on" or "against")) continue;
            if (!MentionsWeapon(tokens, sentence)) return null;
            var objectEnd = Catastrophes.ObjectEnd(tokens, sentence, k + 1);
            return objectEnd > k + 1 ? Catastrophes.LastWordOfLarge(tokens, k + 1, objectEnd) : null;
        }
        return null;
    }

    private static bool MentionsWeapon(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Norm is "bomb" or "bombs" or "nuclear" or "nukes" or "weapon" or "weapons" or "warhead" or "warheads" or "missile" or "missiles" or "arsenal" or "gas")
                return true;
        return false;
    }

    /// <summary>"will be paralysed within hours", "will collapse overnight".</summary>
    private static int SpeedEnd(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        if (end < sentence.EndToken && tokens[end].Norm == "overnight") return end + 1;
        if (end + 1 < sentence.EndToken && tokens[end].Norm == "within" && SpeedUnits.Contains(tokens[end + 1].Norm))
            return tokens[end + 1].Norm == "a" && end + 2 < sentence.EndToken ? end + 3 : end + 2;
        return end;
    }
}
