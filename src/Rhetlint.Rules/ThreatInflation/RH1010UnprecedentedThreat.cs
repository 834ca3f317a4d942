using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// RH1010 — "greatest threat ever".
///
/// What it does: flags the writer ranking a threat above all others with nothing to rank it by: a superlative of
/// size or danger before a threat noun ("the gravest threat this country has ever faced", "the deadliest plot"),
/// an absolute comparison of danger ("more dangerous than at any time since 1945", "has never been more
/// dangerous"), "the most dangerous moment since …", and "an unprecedented threat".
///
/// Why is this bad? Zenko and Cohen, and Fettweis, document how habitually "more dangerous than ever" is claimed,
/// and how rarely it survives a look at the data. A superlative that inflates a threat is threat inflation
/// (RULES.md: RH1010 takes precedence over RH2001 and RH2002).
///
/// Example: Kestria is the gravest threat this country has ever faced.
/// Use instead: By the Harlow Conflict Index, Kestria's border incidents are the most frequent since 2009 (2024 edition).
///
/// Not flagged: a superlative with a cited index or dataset, or a named dated assessment, in the same or next
/// sentence; a bounded set ("the deadliest attack on record", "since 1994"); superlatives about anything but a
/// threat (RH2001 judges those); negated, quoted or reported claims; questions that ask for a ranking.
/// A question lowers it to a suggestion.
/// </summary>
public sealed class RH1010UnprecedentedThreat : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1010",
        "\"Greatest threat ever\"",
        "'{0}' ranks a threat above all others with nothing to rank it by; name the measure, the period and the source",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer calls a threat the greatest, deadliest or most dangerous ever, or unprecedented, with no cited index or assessment.",
        helpLinkUri: RuleCategories.HelpUri("RH1010"),
        customTags: EvidenceWindow.NextSentence.Tag);

    /// <summary>Superlatives that grade how big or bad a threat is.</summary>
    private static readonly FrozenSet<string> SizeSuperlatives = new[]
    {
        "greatest", "gravest", "biggest", "largest", "worst", "deadliest", "direst", "scariest", "starkest",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adjectives graded by "most" that measure danger: "the most dangerous threat", "more perilous than ever".</summary>
    private static readonly FrozenSet<string> DangerAdjectives = new[]
    {
        "dangerous", "serious", "severe", "lethal", "deadly", "urgent", "pressing", "alarming", "terrifying", "frightening", "menacing",
        "formidable", "perilous", "precarious", "volatile", "threatening", "grave", "significant", "acute",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads that name a threat: a superlative on them is threat inflation, not generic puffery.</summary>
    private static readonly FrozenSet<string> ThreatHeads = new[]
    {
        "threat", "threats", "danger", "dangers", "peril", "perils", "menace", "menaces", "enemy", "enemies", "adversary", "adversaries",
        "foe", "foes", "plot", "plots", "nemesis",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether "unprecedented" before this head is a threat claim RH1010 judges ("an unprecedented threat"): RH2002
    /// leaves exactly these to it, so the move is flagged once. An "unprecedented attack" is not among them: attacks
    /// are as often words from critics as blows, and an unbacked record claim about either is RH2002's.
    /// </summary>
    public static bool IsUnprecedentedThreatHead(string norm) => ThreatHeads.Contains(norm);

    /// <summary>Heads of "the most dangerous moment since …".</summary>
    private static readonly FrozenSet<string> TimeHeads = new[] { "moment", "time", "period", "point", "era", "juncture", "decade", "year", "years", "times" }.ToFrozenSet(StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (ClaimScope.IsWhQuestion(tokens, sentence)) return;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (ClaimAt(document.Actors, tokens, sentence, i) is not (int start, int end, bool bounded)) continue;
            if (document.Voices[i] != Voice.Author || document.IsNegated(i)) continue;
            if (bounded || context.EvidenceFor(Descriptor, new Claim(ClaimKind.Rank, start, end) { Degree = i }).Strength >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(start, end);
            var lowered = ClaimScope.EndsWithQuestion(tokens, sentence) || document.IsHedged(i);
            var rewrite = Rewrite.Template("Rank the threat by a measure, with its source", span,
                "by [metric], [threat] is the [superlative] since [year] ([source])");
            context.Report(Descriptor, lowered ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
            i = end - 1;
        }
    }

    /// <summary>
    /// Whether RH1010 owns the superlative at <paramref name="superlative"/> whose noun phrase runs to
    /// <paramref name="phraseEnd"/>: RH2001 leaves it alone so that one move gets one finding.
    /// </summary>
    public static bool OwnsSuperlative(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int superlative) =>
        ClaimAt(actors, tokens, sentence, superlative) is not null;

    /// <summary>Whether RH1010 owns the comparative at <paramref name="comparative"/> ("more dangerous than ever").</summary>
    public static bool OwnsComparative(ImmutableArray<Token> tokens, Sentence sentence, int comparative)
    {
        string Norm(int k) => k < sentence.EndToken ? tokens[k].Norm : "";
        return Norm(comparative) == "more" && DangerAdjectives.Contains(Norm(comparative + 1)) && Norm(comparative + 2) == "than"
            && (Norm(comparative + 3) == "ever" || Norm(comparative + 3) == "at" && Norm(comparative + 4) == "any");
    }

    /// <summary>A threat-size claim starting at <paramref name="i"/>: its token range and whether a bound makes it checkable.</summary>
    private static (int Start, int End, bool Bounded)? ClaimAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int k) => k < sentence.EndToken ? tokens[k].Norm : "";
        // "an unprecedented threat"
        if (Norm(i) == "unprecedented" && IsUnprecedentedThreatHead(Norm(i + 1))) return (i, i + 2, false);
        // "has never been more dangerous", "has never been so dangerous"
        if (Norm(i) == "never" && Norm(i + 1) == "been" && Norm(i + 2) is "more" or "so" && DangerAdjectives.Contains(Norm(i + 3)))
            return (i, i + 4, false);
        // "more dangerous than ever", "more dangerous than at any time since 1945": the date names no measure.
        if (OwnsComparative(tokens, sentence, i))
        {
            if (Norm(i + 3) == "ever") return (i, Norm(i + 4) == "before" ? i + 5 : i + 4, false);
            if (Norm(i + 3) == "at" && Norm(i + 4) == "any" && Norm(i + 5) is "time" or "point" or "moment" or "stage")
                return (i, SinceEnd(tokens, sentence, i + 6), false);
        }
        if (ThreatSuperlativeAt(tokens, sentence, i) is not int adjectiveEnd) return null;
        // "its own worst enemy" is an idiom about self-harm.
        if (i > sentence.FirstToken && tokens[i - 1].Norm == "own") return null;
        var start = i > sentence.FirstToken && tokens[i - 1].Norm is "the" or "single" ? i - 1 : i;
        if (start > sentence.FirstToken && tokens[start].Norm == "single" && tokens[start - 1].Norm == "the") start--;
        // "the most dangerous moment since the Cuban crisis": the era is the threat.
        if (TimeHeads.Contains(Norm(adjectiveEnd)) && Norm(adjectiveEnd + 1) is "since" or "in" or "of")
            return (start, SinceEnd(tokens, sentence, adjectiveEnd + 1), false);
        for (var k = adjectiveEnd; k < sentence.EndToken && k - adjectiveEnd < 3 && tokens[k].IsWord; k++)
        {
            if (!ThreatHeads.Contains(tokens[k].Norm)) continue;
            var ever = EverEnd(tokens, sentence, k + 1);
            // "the greatest threat to the home side" is sport; a threat to a country, or one "ever faced", is a threat claim.
            if (ever is null && !IsAboutAThreat(actors, tokens, sentence, k)) return null;
            return (start, ever ?? k + 1, ClaimScope.NamesClosedSet(tokens, sentence, k + 1));
        }
        return null;
    }

    /// <summary>"greatest", "most dangerous": returns just past the adjective, or null.</summary>
    private static int? ThreatSuperlativeAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (SizeSuperlatives.Contains(tokens[i].Norm)) return i + 1;
        return tokens[i].Norm == "most" && i + 1 < sentence.EndToken && DangerAdjectives.Contains(tokens[i + 1].Norm) ? i + 2 : null;
    }

    /// <summary>A threat referent elsewhere in the sentence, or something large the threat is to ("to our democracy").</summary>
    private static bool IsAboutAThreat(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (k != head && ThreatReferents.IsAt(actors, tokens, sentence, k, out _)) return true;
        return Catastrophes.HasLargeIn(actors, tokens, head + 1, Math.Min(head + 5, sentence.EndToken));
    }

    /// <summary>"… ever faced", "… this country has ever faced", "… of our time", "… in history": the universal scope of the rank.</summary>
    private static int? EverEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        for (var j = k; j < sentence.EndToken && j - k < 6 && tokens[j].IsWord; j++)
        {
            if (tokens[j].Norm == "ever") return j + 1 < sentence.EndToken && tokens[j + 1].IsWord && tokens[j + 1].Norm.EndsWith("ed", StringComparison.Ordinal) ? j + 2 : j + 1;
            if (tokens[j].Norm is "history" or "time") return j + 1;
        }
        return null;
    }

    /// <summary>"since 1945", "since the Cuban missile crisis", "in a generation": the reference point, up to five words.</summary>
    private static int SinceEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || tokens[k].Norm is not ("since" or "in" or "of")) return k;
        var j = k + 1;
        while (j < sentence.EndToken && j - k <= 5 && (tokens[j].IsWord || tokens[j].Kind == TokenKind.Number) && tokens[j].Norm is not ("and" or "but" or "when" or "because"))
            j++;
        return j;
    }
}
