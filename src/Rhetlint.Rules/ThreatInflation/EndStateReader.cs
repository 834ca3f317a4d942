using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>What an end state ends: a place of use shut, a stake ruined, a presence gone, a life or a kind dead, a place emptied.</summary>
internal enum EndStateKind { Closed, Ruined, Gone, Dead, Empty }

/// <summary>
/// An end state read at a token: its kind, where it ends, and whether it lasts — a passing state (a door's or a
/// night's closing: "closed", "shut", "dark", "empty") lasts only with a duration of totality ("shut for good") or a
/// lasting state coordinated with it ("shuttered and derelict").
/// </summary>
internal readonly record struct EndState(EndStateKind Kind, int End, bool Lasting);

/// <summary>
/// The end state a certain forecast predicts of a stake (issue 16), one reader for every reading with that slot
/// (<see cref="DireForecasts"/>, <see cref="UniversalStakeChanges"/>, <see cref="EndedStakes"/>): adjectives of
/// closure, ruin, absence, death and emptiness ("padlocked", "derelict", "deserted", "defunct", "bone dry"), the
/// participles of verbs of closing, abandoning and destroying ("boarded up", "mothballed", "razed", "wiped off the
/// map"), idioms of ending ("on the scrapheap", "out of business") and intransitive verbs of ending ("fold", "go under",
/// "close down", "dry up", "die out"), generated from WordNet (end_states_wordnet.txt, tools/gen_end_states.py).
/// The reader finds the words only; whether the forecast is a plan, a notice, a literal state of one thing or a
/// measured projection is each reading's weighing with the shared layers (stake, deadline, plan, voice, hedge).
/// </summary>
internal static class EndStateReader
{
    private static readonly TaggedLexicon Lexicon = TaggedLexicon.Load(RuleLexicons.Store, "end_states_wordnet");

    private static readonly FrozenSet<string> Passing = Lexicon.Words("passing");

    /// <summary>The lexicon's words under <paramref name="tag"/> as verbs, in all their forms ("move": "moving", "moved").</summary>
    internal static FrozenSet<string> VerbFormsOf(string tag) =>
        Lexicon.Words(tag).SelectMany(Inflections.VerbForms).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns whose end is an owner's or a garden's (end_states_wordnet.txt's thing: devices, goods, plants), in their forms.</summary>
    private static readonly Lazy<FrozenSet<string>> Things = new(() =>
        Lexicon.Words("thing").SelectMany(word => Inflections.NounForms(word)).ToFrozenSet(StringComparer.Ordinal));

    private static readonly (string Name, EndStateKind Kind)[] Kinds =
        [("closed", EndStateKind.Closed), ("ruined", EndStateKind.Ruined), ("gone", EndStateKind.Gone), ("dead", EndStateKind.Dead), ("empty", EndStateKind.Empty)];

    private readonly record struct Entry(string[] Rest, EndStateKind Kind, bool Passing);

    /// <summary>States after "be": the adjectives and idioms as written, and the participles of the verbs of ending.</summary>
    private static readonly Lazy<FrozenDictionary<string, Entry[]>> States = new(() => Index(
        Kinds.SelectMany(kind => Lexicon.Entries("state-" + kind.Name).Select(words => (words, kind.Kind, Passing.Contains(string.Join(' ', words)))))
            .Concat(Verbs("done", Participles)).Concat(Verbs("event", Participles))));

    /// <summary>Events after a modal: the base forms of the verbs of ending ("fold", "go under").</summary>
    private static readonly Lazy<FrozenDictionary<string, Entry[]>> Events = new(() => Index(Verbs("event", (lemma, forms) => [lemma])));

    /// <summary>Events after "have": their participles ("have gone under", "have closed down").</summary>
    private static readonly Lazy<FrozenDictionary<string, Entry[]>> PerfectEvents = new(() => Index(Verbs("event", Participles)));

    /// <summary>The end state after "be" or "become" at <paramref name="k"/>, with any end state coordinated after it ("dark and derelict").</summary>
    public static EndState? StateAt(ImmutableArray<Token> tokens, Sentence sentence, int k) => Read(States.Value, tokens, sentence, k);

    /// <summary>The event of ending at <paramref name="k"/>: a base form after a modal, or a participle after "have" when <paramref name="perfect"/>.</summary>
    public static EndState? EventAt(ImmutableArray<Token> tokens, Sentence sentence, int k, bool perfect) =>
        Read(perfect ? PerfectEvents.Value : Events.Value, tokens, sentence, k) is { } ending && !HasObject(tokens, sentence, ending.End) ? ending : null;

    /// <summary>
    /// Whether a noun phrase follows the verb, making it the transitive sense ("will shut down the library", "will close
    /// every branch"): the act of an owner, not an ending forecast. An intransitive ending is followed by the sentence's
    /// end, a preposition, a conjunction or an adverb ("will fold within a year", "will close for good", "will fold and").
    /// </summary>
    private static bool HasObject(ImmutableArray<Token> tokens, Sentence sentence, int end) =>
        end < sentence.EndToken && tokens[end].IsWord && !FunctionWords.Prepositions.Contains(tokens[end])
        && tokens[end].Norm is not ("and" or "or" or "but" or "if" or "unless" or "when" or "as" or "because" or "once" or "forever" or "too")
        && !tokens[end].Norm.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>
    /// Whether an end state said of the subject headed at <paramref name="head"/> is news of a thing, a notice or a
    /// replacement rather than a stake's end: the subject is a device, a good or a plant ("every phone will be dead",
    /// "every weed will be dead"); a successor or an ending event follows the state ("gone, replaced by charging
    /// hubs", "empty after the sale"); or, unless it is a death or a ruin (<paramref name="anyRange"/>), which is dire
    /// at any range, the deadline is shorter than a month ("by midnight", "within two hours": a sell-out or a closing time).
    /// </summary>
    public static bool IsNotice(ImmutableArray<Token> tokens, Sentence sentence, int head, int stateEnd, (int Start, int End)? deadline, bool anyRange)
    {
        if (head < sentence.EndToken && tokens[head].IsWord && Things.Value.Contains(tokens[head].Norm)) return true;
        if (!anyRange && deadline is { } near && IsShort(tokens, near)) return true;
        return IsFromDate(tokens, sentence) || StateSequels.IsSuccessorOrNews(tokens, sentence, DireForecasts.DurationEnd(tokens, sentence, stateEnd) ?? stateEnd);
    }

    /// <summary>"From January …", "from next year …": a sentence opening on the date a rule starts is a notice of that rule.</summary>
    private static bool IsFromDate(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var first = sentence.FirstToken;
        return first + 1 < sentence.EndToken && tokens[first].Norm == "from"
            && (FunctionWords.Months.Contains(tokens[first + 1]) || FunctionWords.Weekdays.Contains(tokens[first + 1]) || tokens[first + 1].IsYear
                || tokens[first + 1].Norm is "next" or "this" or "now" or "today" or "tomorrow");
    }

    private static readonly Lazy<int?> Month = new(() => TimeScale.RankOf("month"));

    /// <summary>A deadline in units shorter than a month or in a part of the day: "within two hours", "by midnight".</summary>
    private static bool IsShort(ImmutableArray<Token> tokens, (int Start, int End) deadline)
    {
        for (var k = deadline.Start; k < deadline.End; k++)
            if (TimeScale.RankOf(tokens[k]) is int rank && Month.Value is int month && rank < month || DireForecasts.PartsOfDay.Contains(tokens[k].Norm)) return true;
        return false;
    }

    private static EndState? Read(FrozenDictionary<string, Entry[]> forms, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (Match(forms, tokens, sentence, k) is not { } first) return null;
        var (kind, end, passing) = first;
        // "shuttered and empty", "dark and derelict": a coordinated state extends the end, and a lasting one makes the pair last.
        while (end + 1 < sentence.EndToken && tokens[end].Norm is "and" or "or" && Match(States.Value, tokens, sentence, end + 1) is { } next)
        {
            passing &= next.Passing;
            if (kind is EndStateKind.Closed or EndStateKind.Empty && !next.Passing) kind = next.Kind;
            end = next.End;
        }
        // "will have folded into the new regional league", "will be folded into the trust": a merger names its successor.
        if (end < sentence.EndToken && tokens[end].Norm == "into") return null;
        // "shut for good", "close by Christmas, and it will never reopen": a duration of totality or a denied return.
        var lasting = DireForecasts.DurationEnd(tokens, sentence, end) is not null || NegatedReturns.Follows(tokens, sentence, end);
        // "closed for the season", "shut for resurfacing until Friday", "empty over the holidays": a bounded state is a notice.
        if (!lasting && end < sentence.EndToken && Bounds.Contains(tokens[end].Norm)) return null;
        return new EndState(kind, end, !passing || lasting);
    }

    /// <summary>Words after a state that bound it to a purpose, a period or an occasion: "for reseeding", "until April", "on Mondays".</summary>
    private static readonly FrozenSet<string> Bounds = FrozenSet.ToFrozenSet(["for", "on", "over", "until", "till", "during", "while", "at"], StringComparer.Ordinal);

    private static (EndStateKind Kind, int End, bool Passing)? Match(FrozenDictionary<string, Entry[]> forms, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || !tokens[k].IsWord || !forms.TryGetValue(tokens[k].Norm, out var entries)) return null;
        (EndStateKind, int, bool)? best = null;
        foreach (var entry in entries)
        {
            var end = k + 1 + entry.Rest.Length;
            if (end > sentence.EndToken || best is (_, var longest, _) && longest >= end) continue;
            var matches = true;
            for (var p = 0; p < entry.Rest.Length && matches; p++) matches = tokens[k + 1 + p].Norm == entry.Rest[p];
            if (matches) best = (entry.Kind, end, entry.Passing);
        }
        return best;
    }

    /// <summary>A verb's participles: its past forms, and a base form only where English keeps it ("shut", "cut").</summary>
    private static IEnumerable<string> Participles(string lemma, IReadOnlyList<string> forms) =>
        forms.Where(form => form != forms[1] && !form.EndsWith("ing", StringComparison.Ordinal) && (form != lemma || Inflections.IsIrregularVerbForm(form)));

    private static IEnumerable<(string[] Words, EndStateKind Kind, bool Passing)> Verbs(string form, Func<string, IReadOnlyList<string>, IEnumerable<string>> inflect) =>
        Kinds.SelectMany(kind => Lexicon.Entries(form + "-" + kind.Name).SelectMany(words =>
            inflect(words[0], Inflections.VerbForms(words[0])).Select(head => (new[] { head }.Concat(words[1..]).ToArray(), kind.Kind, Passing.Contains(string.Join(' ', words))))));

    private static FrozenDictionary<string, Entry[]> Index(IEnumerable<(string[] Words, EndStateKind Kind, bool Passing)> phrases) =>
        phrases.GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => new Entry(p.Words[1..], p.Kind, p.Passing)).ToArray(), StringComparer.Ordinal);
}
