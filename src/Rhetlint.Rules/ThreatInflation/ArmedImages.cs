using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// RH1001's armed images: something about to go off, placed where it will do the most harm. The picture is a threat
/// by its state (loaded, cocked, lit) and its place, not by a verb of aiming:
/// - a weapon in its ready state (<c>armed-state</c>) placed among a whole group: "the slot apps are a loaded pistol
///   in every teenager's pocket", "the dam is a primed bomb under every home in the valley";
/// - an igniter (<c>igniter</c>, WordNet lighter.n.02, torch.n.01, ember.n.01, spark.n.06) among combustibles
///   (<c>combustible</c>, fuel.n.01, explosive.n.01): "the standoff is a lit match beside a petrol tanker", "the
///   tariff is a spark beside a gunpowder store";
/// - a fuse told burning after its noun: "a debt bomb with the fuse already lit" (the fixed phrases hold "a lit fuse").
/// The first two are figures only as what something else is — the predicate of a copula or an appositive, which the
/// caller checks; the match with a real weapon or fire (robbers, firefighters) is left to the rule's literal cues.
/// </summary>
internal static class ArmedImages
{
    private static readonly Lazy<Words> Lexicon = new(() => new Words(
        TaggedLexicon.Load(RuleLexicons.Store, "armed_images_wordnet"), TaggedLexicon.Load(RuleLexicons.Store, "fear_imagery")));

    /// <summary>Prepositions that place the armed thing among its victims: "in every bag", "under every home", "beside the depot".</summary>
    private static readonly FrozenSet<string> Placing = FrozenSet.ToFrozenSet(
        ["in", "inside", "into", "under", "beneath", "underneath", "beside", "near", "among", "amid", "on", "at", "next"], StringComparer.Ordinal);

    /// <summary>How many words after the preposition may stand before the combustible: "in a half-empty petrol store".</summary>
    private const int CombustibleWindow = 4;

    /// <summary>
    /// The armed image whose article is at <paramref name="article"/> ("a loaded pistol in every teenager's pocket"), when the
    /// caller has found it in a predicate position: its end and head, or null. <paramref name="wholeGroupAt"/> tells where
    /// a whole group's words start after the preposition (RH1001's victim test), or null.
    /// </summary>
    public static (int End, int Head)? Placed(ImmutableArray<Token> tokens, Sentence sentence, int article, PhraseList weapons, Func<int, int?> wholeGroupAt)
    {
        var words = Lexicon.Value;
        var k = article + 1;
        var armed = false;
        while (k < sentence.EndToken && k - article <= 2 && tokens[k].IsWord && !tokens[k].IsCapitalized && weapons.FirstAt(tokens, k, sentence.EndToken) < 0
               && !words.Igniters.Contains(tokens[k].Norm) && (words.States.Contains(tokens[k].Norm) || AdjectiveForms.IsAdjective(tokens[k].Norm)))
            armed |= words.States.Contains(tokens[k++].Norm);
        if (k >= sentence.EndToken) return null;
        var weapon = weapons.FirstPhraseAt(tokens, k, sentence.EndToken);
        var igniter = weapon is null && words.Igniters.Contains(tokens[k].Norm);
        if (weapon is null && !igniter) return null;
        var head = k;
        k += weapon?.Length ?? 1;
        if (k + 1 >= sentence.EndToken || !Placing.Contains(tokens[k].Norm)) return null;
        k += tokens[k].Norm == "next" ? tokens[k + 1].Norm == "to" ? 2 : sentence.EndToken : 1;
        if (k >= sentence.EndToken) return null;
        // A loaded gun threatens a whole group; a match threatens the fuel it is dropped in, whatever state it is in.
        if (!igniter)
            return armed && wholeGroupAt(k) is int group && GroupEnd(tokens, sentence, group) is var end && end > group ? (end, head) : null;
        for (var m = k; m < sentence.EndToken && m - k < CombustibleWindow && tokens[m].IsWord; m++)
            if (words.Combustibles.Contains(tokens[m].Norm)) return (NounEnd(tokens, sentence, m), head);
        return null;
    }

    /// <summary>
    /// "the fuse already lit", "its fuse now burning": a fuse at <paramref name="fuse"/> told burning after its noun, past
    /// one adverb. Returns the end of the state word, or null.
    /// </summary>
    public static int? BurningFuse(ImmutableArray<Token> tokens, Sentence sentence, int fuse)
    {
        var words = Lexicon.Value;
        if (!words.Fuses.Contains(tokens[fuse].Norm) || fuse == sentence.FirstToken || tokens[fuse - 1].Norm is not ("the" or "its" or "a" or "whose")) return null;
        var k = fuse + 1;
        if (k < sentence.EndToken && (tokens[k].Norm is "already" or "now" or "still" or "long" || tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal))) k++;
        return k < sentence.EndToken && words.Burning.Contains(tokens[k].Norm) ? k + 1 : null;
    }

    /// <summary>The end of the group's words, up to three, before a preposition, a verb or a clause: "every teenager's pocket".</summary>
    private static int GroupEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = k;
        while (end < sentence.EndToken && end - k < 3 && tokens[end].IsWord && !tokens[end].IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(tokens[end]))
            end++;
        return end;
    }

    /// <summary>The end of the noun compound the combustible starts or ends: "fuel depot", "a petrol station", "gunpowder".</summary>
    private static int NounEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = k + 1;
        if (end < sentence.EndToken && tokens[end].IsWord && !tokens[end].IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(tokens[end])
            && NounTypes.Of(tokens[end]) is not null)
            end++;
        return end;
    }

    private sealed class Words(TaggedLexicon wordnet, TaggedLexicon imagery)
    {
        public FrozenSet<string> Igniters { get; } = FormsOf(wordnet, "igniter");
        public FrozenSet<string> Combustibles { get; } = FormsOf(wordnet, "combustible");
        public FrozenSet<string> States { get; } = imagery.Words("armed-state");
        public FrozenSet<string> Burning { get; } = imagery.Words("burning-state");
        public FrozenSet<string> Fuses { get; } = FrozenSet.ToFrozenSet(["fuse", "fuze", "fuses", "fuzes"], StringComparer.Ordinal);

        private static FrozenSet<string> FormsOf(TaggedLexicon lexicon, string kind) =>
            lexicon.Entries(kind).Where(e => e.Length == 1).SelectMany(e => Inflections.NounForms(e[0])).ToFrozenSet(StringComparer.Ordinal);
    }
}
