using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Ongoing harm: a catastrophe said to be happening now, in the writer's voice, to what the reader values ("every
/// plastic tray is quietly poisoning you and your family", "streaming is killing music", "fake news is tearing families,
/// friendships and whole nations apart", "the housing market is rotting from the inside"). The present twin of
/// <see cref="DireForecasts"/>, scored the same way and read from the same WordNet lexicon (<c>dire_forecasts.txt</c>):
/// a present or present perfect progressive ("is poisoning", "has been wiping out") of a verb of ruin (kill.v.01,
/// destroy.v.02, corrupt.v.01, poison.v.01, wipe_out.v.02/.03, or a split verb of the catastrophe lexicon, "tear …
/// apart"), or of decay (rot, decay, crumble). Each of these counts one point:
/// <list type="bullet">
/// <item>a verb of ruin, which is a death or a destruction by itself;</item>
/// <item>a valued victim heading one of its objects: a collective (children, families, a generation, the town, a
///   state), an art form or a medium (music, jazz, cinema, journalism), or what "your"/"our" owns among people,
///   groups and bodies ("your family", "our kids", "your brain"); "you" or "us" alone is a victim that counts no point;</item>
/// <item>a sweep: two objects or more, one of them a victim ("you and your family"), or a totality in the object ("an
///   entire generation");</item>
/// <item>slow and certain or total ruin: "slowly", "quietly", "systematically", "from the inside", "before our eyes";</item>
/// <item>for decay, which takes no object: a subject that cannot literally rot (a market, an institution, a
///   country: not a thing, a building, a plant or a body, by the WordNet type of its head), or a large one.</item>
/// </list>
/// Two points make a finding, and a verb of ruin needs a victim. Silent: a hedge, a question, a figure, a year or a
/// disaster in the sentence (the news of a particular event: "the fire is destroying homes"), a disease, a natural
/// hazard, a crime or a war as subject (medicine and crime news: "the virus is killing children", "the gang is killing
/// young people"), a person who harms people, a contest in the object (sport), the speaker's own side ("we are killing
/// it"). Mild idioms name no victim ("killing time", "the heat is killing me"). RH1003 applies voice, negation and
/// evidence.
/// </summary>
internal static class OngoingHarm
{
    private const int Threshold = 2;

    private enum Kind { Ruin, Decay }

    private readonly record struct Entry(Kind Kind, string[] Rest);

    /// <summary>Present participles of the verbs of ruin and decay ("poisoning", "wiping" + "out", "rotting").</summary>
    private static readonly Lazy<FrozenDictionary<string, Entry[]>> Participles = new(() =>
        DireForecasts.Lexicon.Entries("ruin").Concat(DireForecasts.Lexicon.Entries("harm")).Select(words => (Kind.Ruin, words))
            .Concat(DireForecasts.Lexicon.Entries("decay").Select(words => (Kind.Decay, words)))
            .SelectMany(e => Inflections.VerbForms(e.words[0]).Where(form => form.EndsWith("ing", StringComparison.Ordinal))
                .Select(form => (Form: form, Entry: new Entry(e.Item1, e.words[1..]))))
            .GroupBy(e => e.Form, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Entry).ToArray(), StringComparer.Ordinal));

    private static readonly Lazy<PhraseList> Relentless = new(() => DireForecasts.Lexicon.Phrases("relentless"));

    private static readonly Lazy<PhraseList> ArtForms = new(() => DireForecasts.Lexicon.Phrases("art-form"));

    /// <summary>Words that end an object: a new clause, a comparison or a purpose.</summary>
    private static readonly FrozenSet<string> ObjectBreakers = FrozenSet.ToFrozenSet(
        ["which", "that", "who", "because", "if", "unless", "when", "while", "but", "so", "as", "than", "until", "before", "since"], StringComparer.Ordinal);

    /// <summary>Types of a subject that can literally rot or crumble ("the fence is rotting from the inside").</summary>
    private static readonly FrozenSet<NounType> Physical = FrozenSet.ToFrozenSet(
    [
        NounType.Artifact, NounType.Structure, NounType.Plant, NounType.Food, NounType.Body, NounType.Substance, NounType.Object,
        NounType.Animal, NounType.Drug, NounType.Weapon,
    ]);

    /// <summary>
    /// Types of a subject that acts on people: a person, a name or a unit that harms people is crime or war news. A group
    /// is left out, since WordNet files a holiday let, a school and an industry as groups; a gang or an army is read by its
    /// threat domain instead.
    /// </summary>
    private static readonly FrozenSet<NounType> Agents = FrozenSet.ToFrozenSet([NounType.Person, NounType.Name, NounType.Military]);

    /// <summary>The ongoing harm whose "is"/"are" or "has been" is at <paramref name="i"/>, or null.</summary>
    public static WorstCasePredictions.Prediction? At(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        int k;
        if (IsPresentBe(tokens[i])) k = i + 1;
        else if (Norm(i) is "has" or "have" && Norm(i + 1) == "been") k = i + 2;
        else return null;
        // "We are killing it", "I'm destroying them": the speaker's own side.
        if (i > sentence.FirstToken && tokens[i - 1].Norm is "i" or "we") return null;
        var points = 0;
        var relentless = false;
        while (k < sentence.EndToken)
        {
            if (!relentless && Relentless.Value.LongestAt(tokens, k, sentence.EndToken) is var length and > 0) { relentless = true; k += length; continue; }
            if (!DireForecasts.Adverbs.Contains(tokens[k].Norm)) break;
            if (DireForecasts.Hedges.Contains(tokens[k].Norm)) return null;
            k++;
        }
        if (VerbAt(tokens, sentence, k) is not var (kind, verbEnd, closing)) return null;
        if (document.IsHedged(i) || document.IsQuestion(sentence) || ImageryContext.SentenceHas(tokens, sentence, DireForecasts.LiteralEvents)) return null;
        var subjectStart = Catastrophes.SubjectStart(tokens, sentence, i);
        if (HasLiteralHarmer(tokens, subjectStart, i)) return null;
        var subjectType = i > sentence.FirstToken ? NounTypes.OfHead(tokens, sentence, i - 1) : null;

        int end;
        if (kind == Kind.Decay)
        {
            end = verbEnd;
            if (!relentless && Relentless.Value.LongestAt(tokens, end, sentence.EndToken) is var after and > 0) { relentless = true; end += after; }
            if (subjectType is { } type && !Physical.Contains(type)) points++;
            if (Catastrophes.HasLargeIn(document.Actors, tokens, subjectStart, i) || DireForecasts.HasVictim(document, tokens, subjectStart, i)) points++;
        }
        else
        {
            if (ObjectsAt(tokens, sentence, verbEnd, closing) is not var (objects, objectEnd)) return null;
            var valued = 0;
            var human = false;
            var pronoun = false;
            foreach (var (from, to) in objects)
            {
                if (DireForecasts.Contests.Contains(tokens[to - 1].Norm) || Catastrophes.HasBenignIn(tokens, from, to)) return null;
                if (to - from == 1 && tokens[from].Norm is "you" or "us") { pronoun = human = true; continue; }
                if (!IsValued(document, tokens, sentence, from, to)) continue;
                valued++;
                human |= NounTypes.Of(tokens[to - 1]) is NounType.Person or NounType.Group;
            }
            if (valued == 0 && !pronoun) return null;
            // "The sniper is killing civilians": a person who harms people is crime or war news.
            if (human && subjectType is { } agent && Agents.Contains(agent)) return null;
            points++;
            if (valued > 0) points++;
            if (objects.Count > 1 || DireForecasts.HasTotal(tokens, verbEnd, objectEnd)) points++;
            end = objectEnd;
            if (!relentless && Relentless.Value.LongestAt(tokens, end, sentence.EndToken) is var after and > 0) { relentless = true; end += after; }
        }
        if (relentless) points++;
        if (HasFigure(document, tokens, sentence, subjectStart, end)) return null;
        return points >= Threshold ? new WorstCasePredictions.Prediction(i, k, end, Hedged: false, Forecast: false) : null;
    }

    /// <summary>
    /// Whether the subject [<paramref name="from"/>, <paramref name="to"/>) holds a disease, a pathogen, a natural hazard,
    /// a crime or a war, whose harm to people is told literally by medicine and news ("the virus is killing children",
    /// "the gang is killing young people"). Shared with the present progressive of <see cref="WorstCasePredictions"/>.
    /// </summary>
    internal static bool HasLiteralHarmer(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var s = from; s < to; s++)
            if (tokens[s].IsWord && ThreatReferents.DomainOf(tokens[s].Norm) is ThreatDomain.Disease or ThreatDomain.Pathogen or ThreatDomain.Hazard
                    or ThreatDomain.Crime or ThreatDomain.War or ThreatDomain.Terror)
                return true;
        return false;
    }

    /// <summary>A verb of ruin or decay at <paramref name="k"/> as a present participle: its kind, where it ends, and the word that closes a split verb.</summary>
    private static (Kind Kind, int End, string? Closing)? VerbAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || !tokens[k].IsWord) return null;
        (Kind, int, string?)? best = null;
        // A split verb of the catastrophe lexicon ("tearing … apart") when the lexicon has no verb that runs on here.
        if (!Participles.Value.TryGetValue(tokens[k].Norm, out var entries))
            return Catastrophes.ProgressiveClosingWord(tokens, k, CatastropheClass.Verb, CatastropheClass.VerbObj) is { } closing ? (Kind.Ruin, k + 1, closing) : null;
        foreach (var entry in entries)
        {
            if (k + 1 + entry.Rest.Length > sentence.EndToken) continue;
            var matches = true;
            for (var p = 0; p < entry.Rest.Length && matches; p++) matches = tokens[k + 1 + p].Norm == entry.Rest[p];
            if (matches && (best is not var (_, end, _) || k + 1 + entry.Rest.Length > end)) best = (entry.Kind, k + 1 + entry.Rest.Length, null);
        }
        return best ?? (Catastrophes.ProgressiveClosingWord(tokens, k, CatastropheClass.Verb, CatastropheClass.VerbObj) is { } split ? (Kind.Ruin, k + 1, split) : null);
    }

    /// <summary>
    /// The objects after a verb ending at <paramref name="from"/>, split at commas and "and"/"or" ("you and your family",
    /// "families, friendships and whole nations"), up to a preposition, a new clause or the closing word of a split verb
    /// (included in the end). Null when there is no object, or a split verb's closing word does not come.
    /// </summary>
    private static (List<(int From, int To)> Objects, int End)? ObjectsAt(ImmutableArray<Token> tokens, Sentence sentence, int from, string? closing)
    {
        var objects = new List<(int, int)>();
        var start = from;
        var k = from;
        for (; k < sentence.EndToken && k - from < 14; k++)
        {
            var norm = tokens[k].Norm;
            if (closing is not null && norm == closing) break;
            var separator = norm is "," or "and" or "or";
            if (!separator && (!tokens[k].IsWord || ObjectBreakers.Contains(norm) || FunctionWords.Prepositions.Contains(norm) && k > start)) break;
            if (!separator) continue;
            if (k > start) objects.Add((start, k));
            start = k + 1;
        }
        if (k > start) objects.Add((start, k));
        if (closing is not null) return k < sentence.EndToken && tokens[k].Norm == closing && objects.Count > 0 ? (objects, k + 1) : null;
        return objects.Count > 0 ? (objects, objects[^1].Item2) : null;
    }

    /// <summary>
    /// Whether the phrase [<paramref name="from"/>, <paramref name="to"/>) names a valued victim: a collective, an art form
    /// or a medium at its end, or a person, a group or a body that "your" or "our" owns ("your family", "our kids").
    /// </summary>
    private static bool IsValued(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        if (DireForecasts.HasVictim(document, tokens, from, to)) return true;
        for (var s = from; s < to; s++)
            if (ArtForms.Value.LongestAt(tokens, s, to) is var length and > 0 && s + length == to) return true;
        return tokens[from].Norm is "your" or "our" && to - from >= 2
               && NounTypes.OfHead(tokens, sentence, to - 1) is NounType.Person or NounType.Group or NounType.Body;
    }

    /// <summary>
    /// A figure or a year in the claim [<paramref name="from"/>, <paramref name="end"/>) or in the rest of its clause: a
    /// measured harm ("is poisoning 300 families a year") or history. A figure in another clause ("…, and in ten years
    /// …") measures something else, and so does a duration, which says how long the harm has gone on, not how much
    /// there is ("is killing music, and has been for ten years").
    /// </summary>
    private static bool HasFigure(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int from, int end)
    {
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (k >= end && (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Dash || tokens[k].Norm is "and" or "but")) return false;
            if ((tokens[k].Kind == TokenKind.Number || tokens[k].IsWord && FunctionWords.IsCardinal(tokens[k]) && tokens[k].Norm is not "one")
                && !IsInDuration(document, sentence, k)) return true;
        }
        return false;
    }

    private static bool IsInDuration(DocumentModel document, Sentence sentence, int k)
    {
        foreach (var item in document.EvidenceIn(sentence.Index))
            if (item.Kind == EvidenceKind.Figure && item.Figure == FigureKind.Duration && item.First <= k && k < item.End) return true;
        return false;
    }

    /// <summary>"is", "are", "it's", "they're": a present "be" that carries a progressive.</summary>
    private static bool IsPresentBe(Token token) =>
        token.Norm is "is" or "are" or "it's" or "that's" or "he's" or "she's" || token.Norm.EndsWith("'re", StringComparison.Ordinal);
}
