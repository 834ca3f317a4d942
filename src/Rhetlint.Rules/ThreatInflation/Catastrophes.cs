using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>The classes of <c>catastrophe_terms.txt</c>; the file header says what each holds. The catastrophe nouns are <see cref="ThreatOutcomes"/>.</summary>
public enum CatastropheClass
{
    Verb,
    VerbObj,
    VerbSubj,
    Cause,
    Modifier,
    State,
    StateSubj,
    Domain,
    Ruin,
    Escalation,
    Large,
    Benign,
    Victim,
    VerbVictim,
    Faculty,
}

/// <summary>A lexicon phrase found in the text; <see cref="GapStart"/>..<see cref="GapEnd"/> are the words "…" stood for (empty when none).</summary>
public readonly record struct CatastropheMatch(CatastropheClass Class, int Start, int End, int GapStart, int GapEnd);

/// <summary>
/// The catastrophe lexicon the threat-inflation rules share: what counts as a catastrophic outcome (the threat
/// model's outcome families, <see cref="ThreatOutcomes"/>, and the verbs and states of <c>catastrophe_terms.txt</c>),
/// and whether a destructive verb's object or subject is big enough to make it one ("destroy the economy", not
/// "destroy the evidence").
/// </summary>
public static class Catastrophes
{
    private const string Gap = "…";
    private const int MaxGap = 4;

    private static readonly Lazy<FrozenDictionary<string, (string[] Words, CatastropheClass Class)[]>> ByFirstWord = new(Load);

    /// <summary>Quantifiers that make an object universal ("every form of encryption", "all our cities").</summary>
    private static readonly FrozenSet<string> Universal = new[] { "every", "all", "entire", "whole", "each" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The longest phrase of one of <paramref name="classes"/> at <paramref name="start"/>, not running past <paramref name="limit"/>.</summary>
    public static CatastropheMatch? LongestAt(ImmutableArray<Token> tokens, int start, int limit, params ReadOnlySpan<CatastropheClass> classes)
    {
        if (start >= limit || !tokens[start].IsWord || !ByFirstWord.Value.TryGetValue(tokens[start].Norm, out var candidates)) return null;
        CatastropheMatch? best = null;
        foreach (var (words, cls) in candidates)
        {
            if (!classes.Contains(cls)) continue;
            if (Match(tokens, start, limit, words, cls) is { } match && (best is null || match.End > best.Value.End)) best = match;
        }
        return best;
    }

    /// <summary>
    /// The longest verb phrase of one of <paramref name="classes"/> whose verb stands at <paramref name="start"/> as a
    /// present participle ("wiping out", "poisoning", "collapsing"): the lexicon lists base forms only.
    /// </summary>
    public static CatastropheMatch? ProgressiveAt(ImmutableArray<Token> tokens, int start, int limit, params ReadOnlySpan<CatastropheClass> classes) =>
        InflectedAt(ParticipleBases.Value, tokens, start, limit, classes);

    /// <summary>
    /// The longest verb phrase of one of <paramref name="classes"/> whose verb stands at <paramref name="start"/> as a
    /// past participle ("wiped out", "hollowed out", "poisoned"), the form a passive takes.
    /// </summary>
    public static CatastropheMatch? PastParticipleAt(ImmutableArray<Token> tokens, int start, int limit, params ReadOnlySpan<CatastropheClass> classes) =>
        InflectedAt(PastParticipleBases.Value, tokens, start, limit, classes);

    /// <summary>
    /// The word that closes a split verb of one of <paramref name="classes"/> ("tear … apart", "bleed … dry") whose verb
    /// stands at <paramref name="start"/> as a present participle, so a reader can find an object longer than the
    /// lexicon's gap ("tearing families, friendships and whole nations apart"); null when the verb is not split.
    /// </summary>
    public static string? ProgressiveClosingWord(ImmutableArray<Token> tokens, int start, params ReadOnlySpan<CatastropheClass> classes)
    {
        if (!tokens[start].IsWord || !ParticipleBases.Value.TryGetValue(tokens[start].Norm, out var lemma)) return null;
        foreach (var (words, cls) in ByFirstWord.Value[lemma])
            if (classes.Contains(cls) && words.Length == 3 && words[1] == Gap) return words[2];
        return null;
    }

    private static CatastropheMatch? InflectedAt(FrozenDictionary<string, string> bases, ImmutableArray<Token> tokens, int start, int limit, ReadOnlySpan<CatastropheClass> classes)
    {
        if (start >= limit || !tokens[start].IsWord || !bases.TryGetValue(tokens[start].Norm, out var lemma)) return null;
        CatastropheMatch? best = null;
        foreach (var (words, cls) in ByFirstWord.Value[lemma])
        {
            if (!classes.Contains(cls)) continue;
            if (Match(tokens, start, limit, words, cls, firstWordMatched: true) is { } match && (best is null || match.End > best.Value.End)) best = match;
        }
        return best;
    }

    /// <summary>
    /// A catastrophe under way at <paramref name="start"/>: the present participle of a verb that is catastrophic by
    /// itself ("annihilating"), or of a destructive verb with a large object ("poisoning an entire generation"). Returns its end.
    /// </summary>
    public static int? ProgressiveOutcomeAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int start) =>
        HarmDoneAt(ParticipleBases.Value, actors, tokens, sentence, start);

    /// <summary>
    /// A catastrophe done, at a past participle after "has"/"have": "has gutted the town", "have wiped out a whole
    /// industry", "has rewired a generation's brains". Returns its end.
    /// </summary>
    public static int? PerfectOutcomeAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int start) =>
        HarmDoneAt(PastParticipleBases.Value, actors, tokens, sentence, start);

    /// <summary>A verb catastrophic by itself, a destructive verb with a large object or a collective victim, or a verb that harms only a victim.</summary>
    private static int? HarmDoneAt(FrozenDictionary<string, string> bases, ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        if (InflectedAt(bases, tokens, start, sentence.EndToken, [CatastropheClass.Verb]) is { } verb) return verb.End;
        if (InflectedAt(bases, tokens, start, sentence.EndToken, [CatastropheClass.VerbObj]) is { } destructive)
            return LargeObjectEnd(actors, tokens, sentence, destructive) ?? VictimObjectEnd(tokens, sentence, destructive);
        return InflectedAt(bases, tokens, start, sentence.EndToken, [CatastropheClass.VerbVictim]) is { } harm ? VictimObjectEnd(tokens, sentence, harm) : null;
    }

    /// <summary>
    /// The longest verb phrase of one of <paramref name="classes"/> whose verb stands at <paramref name="start"/> in
    /// the third person singular ("destroys", "wipes out"), the form of a generic present claim.
    /// </summary>
    public static CatastropheMatch? ThirdPersonAt(ImmutableArray<Token> tokens, int start, int limit, params ReadOnlySpan<CatastropheClass> classes) =>
        InflectedAt(ThirdPersonBases.Value, tokens, start, limit, classes);

    /// <summary>
    /// Where a harm verb's object ends when it heads on a collective victim ("our children", "the town", "a
    /// generation's brains" after a possessive victim), or null. A number in the object makes it a count ("has killed
    /// three children"), which is news.
    /// </summary>
    public static int? VictimObjectEnd(ImmutableArray<Token> tokens, Sentence sentence, CatastropheMatch verb)
    {
        var gapped = verb.GapEnd > verb.GapStart;
        var from = gapped ? verb.GapStart : verb.End;
        var to = gapped ? verb.GapEnd : ResultEnd(tokens, verb.End, ObjectEnd(tokens, sentence, verb.End));
        if (to == from || (!gapped && from < sentence.EndToken && FunctionWords.Prepositions.Contains(tokens[from]))) return null;
        var head = LastWordOfLarge(tokens, from, to);
        for (var k = from; k < head; k++)
        {
            if (tokens[k].Kind == TokenKind.Number || FunctionWords.IsCardinal(tokens[k])) return null;
            // The victim heads the object ("local news"), so an idiomatic object before it ("break the news") is no victim.
            // A victim's possessive stands for the victim before what a verb of the mind or body harms ("rewiring our
            // children's brains") and before the victim's own mind or body ("poisoning our children's minds"); "will ruin
            // the neighbourhood's parking" harms the parking.
            var headed = LongestAt(tokens, k, head, CatastropheClass.Victim) is { } victim && victim.End == head
                         || (verb.Class == CatastropheClass.VerbVictim || Is(tokens[head - 1], CatastropheClass.Faculty))
                            && PossessiveOwner(tokens[k]) is { } owner && k + 2 == head && Victims.Value.Contains(owner);
            if (headed) return gapped ? verb.End : head;
            if (HasBenignIn(tokens, k, k + 1)) return null;
        }
        return null;
    }

    /// <summary>
    /// Where the object in [<paramref name="from"/>, <paramref name="to"/>) ends before a word of finality that closes
    /// the verb phrase ("will kill local journalism stone dead", "will ruin the high street forever").
    /// </summary>
    private static int ResultEnd(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Norm is "dead" or "forever" or "overnight" or "outright" || tokens[k].Norm == "stone" && k + 1 < to && tokens[k + 1].Norm == "dead")
                return k;
        return to;
    }

    /// <summary>"children's" → "children", "workers'" → "workers"; null for a word that is no possessive.</summary>
    private static string? PossessiveOwner(Token token) =>
        token.IsWord && token.HasPossessiveEnding ? token.NormWithoutPossessive : null;

    /// <summary>The one-word victims in every form, for a possessive owner ("children's brains").</summary>
    private static readonly Lazy<FrozenSet<string>> Victims = new(() => ByFirstWord.Value
        .Where(entry => entry.Value.Any(e => e.Class == CatastropheClass.Victim && e.Words.Length == 1))
        .Select(entry => entry.Key)
        .ToFrozenSet(StringComparer.Ordinal));

    public static bool Is(Token token, CatastropheClass cls) =>
        token.IsWord && ByFirstWord.Value.TryGetValue(token.Norm, out var candidates) && candidates.Any(c => c.Class == cls && c.Words.Length == 1);

    /// <summary>
    /// A catastrophe noun phrase at <paramref name="start"/>: an outcome of the threat model ("all-out war", "famine",
    /// "power cuts", "economic collapse"), or catastrophic modifiers before an outcome or a threat referent ("nuclear
    /// crises", "catastrophic great power conflicts", "a global pandemic"). Returns its end.
    /// </summary>
    public static int? NounPhraseAt(ImmutableArray<Token> tokens, int start, int limit)
    {
        var k = start;
        var modified = false;
        while (LongestAt(tokens, k, limit, CatastropheClass.Modifier) is { } modifier)
        {
            // "nuclear war": a modifier that is also the head of a listed outcome.
            if (ThreatOutcomes.At(tokens, k, limit) is { } outcome && k + outcome.Length >= modifier.End) return k + outcome.Length;
            k = modifier.End;
            modified = true;
        }
        if (ThreatOutcomes.At(tokens, k, limit) is { } head) return k + head.Length;
        return modified && ThreatReferents.NounAt(tokens, k, limit) is { } referent ? k + referent.Length : null;
    }

    /// <summary>
    /// Whether tokens in [<paramref name="from"/>, <paramref name="to"/>) name something large enough for a destructive
    /// verb to be a catastrophe: a universal quantifier, a listed large noun ("the economy", "millions"), or a state actor.
    /// </summary>
    public static bool HasLargeIn(ActorGazetteer actors, ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].IsWord && Universal.Contains(tokens[k].Norm)) return true;
        return NamesLargeIn(actors, tokens, from, to);
    }

    /// <summary>
    /// Whether tokens in [<paramref name="from"/>, <paramref name="to"/>) name something large by a listed large noun
    /// ("the economy", "millions") or a state actor; a universal quantifier alone does not count, since a generic claim
    /// about a tool is literal ("the shredder destroys every page").
    /// </summary>
    public static bool NamesLargeIn(ActorGazetteer actors, ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!tokens[k].IsWord) continue;
            if (LongestAt(tokens, k, to, CatastropheClass.Large) is not null) return true;
            if (actors.Match(tokens.AsSpan(0, to), k) is { } actor && actor.Class.FieldsForces()) return true;
        }
        return false;
    }

    /// <summary>Whether an idiomatic object sits in the range ("break the record", "crush the opposition's defence").</summary>
    public static bool HasBenignIn(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (Is(tokens[k], CatastropheClass.Benign)) return true;
        return false;
    }

    /// <summary>
    /// The end of the object of a verb ending at <paramref name="from"/>: up to six tokens, cut at punctuation and
    /// at words that start a new clause.
    /// </summary>
    public static int ObjectEnd(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        var k = from;
        while (k < sentence.EndToken && k - from < 6 && tokens[k].IsWord && tokens[k].Norm is not ("and" or "but" or "which" or "that" or "who" or "because" or "if" or "unless" or "when" or "while"))
            k++;
        // "poisoning our children one swim at a time": the pace is no part of the object.
        return ClaimShapes.DistributiveStart(tokens, from, k) ?? k;
    }

    /// <summary>The start of the subject before a modal at <paramref name="modal"/>: up to six tokens, cut at punctuation and clause openers.</summary>
    public static int SubjectStart(ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        var k = modal;
        while (k - 1 >= sentence.FirstToken && modal - k < 6 && tokens[k - 1].IsWord && tokens[k - 1].Norm is not ("and" or "but" or "that" or "when" or "if" or "once" or "then"))
            k--;
        return k;
    }

    /// <summary>
    /// A catastrophic outcome starting at <paramref name="start"/>: a catastrophe noun phrase, a verb that is
    /// catastrophic by itself, or a destructive verb with a large object ("set the region ablaze"). Returns its end.
    /// </summary>
    public static int? OutcomeAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        if (NounPhraseAt(tokens, start, sentence.EndToken) is int noun) return noun;
        if (LongestAt(tokens, start, sentence.EndToken, CatastropheClass.Verb, CatastropheClass.State) is { } verb) return verb.End;
        return LongestAt(tokens, start, sentence.EndToken, CatastropheClass.VerbObj) is { } destructive ? LargeObjectEnd(actors, tokens, sentence, destructive) : null;
    }

    /// <summary>
    /// <see cref="OutcomeAt"/> in a verb's place, after a modal: a word that is both a destructive verb and a catastrophe
    /// noun ("ruin") is the verb there, so it needs a large object ("will ruin the economy", not "will ruin the fete").
    /// </summary>
    public static int? VerbOutcomeAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int start) =>
        LongestAt(tokens, start, sentence.EndToken, CatastropheClass.VerbObj) is { } destructive && NounPhraseAt(tokens, start, sentence.EndToken) is not null
            ? LargeObjectEnd(actors, tokens, sentence, destructive)
            : OutcomeAt(actors, tokens, sentence, start);

    /// <summary>Where a destructive verb's phrase ends when its object is large and not idiomatic ("destroy the economy"), or null.</summary>
    private static int? LargeObjectEnd(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, CatastropheMatch destructive)
    {
        // "will end without him": a destructive verb used intransitively, with a preposition where its object would be.
        if (destructive.End < sentence.EndToken && FunctionWords.Prepositions.Contains(tokens[destructive.End])) return null;
        var objectEnd = ObjectEnd(tokens, sentence, destructive.End);
        if (destructive.GapEnd > destructive.GapStart
                ? HasLargeIn(actors, tokens, destructive.GapStart, destructive.GapEnd) && !HasBenignIn(tokens, destructive.GapStart, destructive.GapEnd)
                : (HasLargeIn(actors, tokens, destructive.End, objectEnd) || StatedSets.HasShareIn(tokens, sentence, destructive.End, objectEnd)) && !HasBenignIn(tokens, destructive.End, objectEnd)
                  && !IsHeadedByHarm(tokens, destructive.End, objectEnd))
            return destructive.GapEnd > destructive.GapStart ? destructive.End : LastWordOfLarge(tokens, destructive.End, objectEnd);
        return null;
    }

    /// <summary>
    /// Whether the noun phrase [<paramref name="from"/>, <paramref name="to"/>) is headed by a harm itself — a threat noun
    /// of any domain (a disease, a pathogen, a poison, a hazard, a crime, a war, a catastrophe): "the vaccine will wipe
    /// out measles in the region", "the treaty will end the war for good" forecast a harm's end, which is hope, not a
    /// worst case. The head is the last word before the first preposition: "every town in the flood zone" is a town.
    /// </summary>
    public static bool IsHeadedByHarm(ImmutableArray<Token> tokens, int from, int to)
    {
        if (from >= to) return false;
        var head = to - 1;
        for (var k = from + 1; k < to; k++)
            if (FunctionWords.Prepositions.Contains(tokens[k])) { head = k - 1; break; }
        return ThreatReferents.IsThreatNoun(tokens[head]);
    }

    /// <summary>Where an object phrase that names something large ends: just past its first noun-like run ("every form of encryption").</summary>
    public static int LastWordOfLarge(ImmutableArray<Token> tokens, int from, int to)
    {
        var end = from;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Norm is "in" or "on" or "at" or "by" or "within" or "before" or "after" or "for" or "with" or "to" or "from") break;
            end = k + 1;
        }
        return Math.Max(end, Math.Min(from + 1, to));
    }

    /// <param name="firstWordMatched">The caller has matched the first word already, as another form of it.</param>
    private static CatastropheMatch? Match(ImmutableArray<Token> tokens, int start, int limit, string[] words, CatastropheClass cls, bool firstWordMatched = false)
    {
        var skip = firstWordMatched ? 1 : 0;
        var gap = Array.IndexOf(words, Gap);
        if (gap < 0)
            return MatchesRun(tokens, start + skip, limit, words, skip, words.Length - skip) ? new CatastropheMatch(cls, start, start + words.Length, start, start) : null;
        if (!MatchesRun(tokens, start + skip, limit, words, skip, gap - skip)) return null;
        var gapStart = start + gap;
        var rest = words.Length - gap - 1;
        for (var length = 1; length <= MaxGap; length++)
        {
            var after = gapStart + length;
            if (after > limit || !tokens[after - 1].IsWord) return null;
            if (MatchesRun(tokens, after, limit, words, gap + 1, rest)) return new CatastropheMatch(cls, start, after + rest, gapStart, after);
        }
        return null;
    }

    private static bool MatchesRun(ImmutableArray<Token> tokens, int at, int limit, string[] words, int offset, int count)
    {
        if (at + count > limit) return false;
        for (var p = 0; p < count; p++)
            if (tokens[at + p].Norm != words[offset + p]) return false;
        return true;
    }

    /// <summary>Present participles of the listed verbs, to their base form ("wiping" → "wipe").</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> ParticipleBases = new(() =>
        VerbFormBases((form, _) => form.EndsWith("ing", StringComparison.Ordinal)));

    /// <summary>Third person singular forms of the listed verbs, to their base form ("destroys" → "destroy").</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> ThirdPersonBases = new(() =>
        VerbFormBases((form, lemma) => form != lemma && form == Inflections.VerbForms(lemma)[1]));

    /// <summary>
    /// Past participles of the listed verbs, to their base form ("gutted" → "gut", "broken" → "break"): every form
    /// but the base, the third person and the present participle. The simple past comes with them ("broke"), harmless
    /// after "has".
    /// </summary>
    private static readonly Lazy<FrozenDictionary<string, string>> PastParticipleBases = new(() =>
        VerbFormBases((form, lemma) => form != lemma && !form.EndsWith("ing", StringComparison.Ordinal) && form != Inflections.VerbForms(lemma)[1]));

    private static FrozenDictionary<string, string> VerbFormBases(Func<string, string, bool> isWanted) => ByFirstWord.Value
        .Where(entry => entry.Value.Any(e => e.Class is CatastropheClass.Verb or CatastropheClass.VerbObj or CatastropheClass.VerbSubj or CatastropheClass.VerbVictim))
        .SelectMany(entry => FormsOf(entry.Key).Where(form => isWanted(form, entry.Key)).Select(form => (Form: form, Lemma: entry.Key)))
        .DistinctBy(pair => pair.Form)
        .ToFrozenDictionary(pair => pair.Form, pair => pair.Lemma, StringComparer.Ordinal);

    /// <summary>
    /// A verb's forms, with the doubled final consonant of a one-syllable verb ending consonant-vowel-consonant
    /// ("gut" → gutted, gutting), which WordNet's exception list leaves to the rule.
    /// </summary>
    private static IEnumerable<string> FormsOf(string lemma)
    {
        var forms = Inflections.VerbForms(lemma);
        const string Vowels = "aeiou";
        var doubles = lemma.Length is 3 && !Vowels.Contains(lemma[0]) && Vowels.Contains(lemma[1]) && !Vowels.Contains(lemma[2]) && lemma[2] is not ('w' or 'x' or 'y');
        return doubles ? [.. forms, lemma + lemma[^1] + "ed", lemma + lemma[^1] + "ing"] : forms;
    }

    private static FrozenDictionary<string, (string[] Words, CatastropheClass Class)[]> Load()
    {
        var entries = new List<(string[] Words, CatastropheClass Class)>();
        foreach (var line in RuleLexicons.Store.Lines("catastrophe_terms"))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0 || !Enum.TryParse<CatastropheClass>(line[..tab].Replace("_", ""), ignoreCase: true, out var cls)) continue;
            var phrase = line[(tab + 1)..].Trim();
            // Verbs and states stay as listed, the form a modal or "be" governs; nouns are lemmas ("crisis" → "crises").
            IEnumerable<string[]> forms = cls is CatastropheClass.Domain or CatastropheClass.Ruin or CatastropheClass.Escalation or CatastropheClass.Large or CatastropheClass.Benign or CatastropheClass.Victim
                    or CatastropheClass.Faculty
                ? LemmaPhrases.Expand(phrase, Inflections.PartOfSpeech.Noun)
                : [phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize).ToArray()];
            entries.AddRange(forms.Where(words => words.Length > 0).Select(words => (words, cls)));
        }
        return entries
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }
}
