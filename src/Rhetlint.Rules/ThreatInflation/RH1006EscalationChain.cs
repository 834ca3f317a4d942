using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1006 — catastrophizing escalation chain.</summary>
public sealed class RH1006EscalationChain : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags, in the writer's voice, linked steps that end in a catastrophe from
            `rules/lexicons/rules/catastrophe_terms.txt` or the threat model's outcome nouns (`threat_outcomes.txt`,
            `threat_outcomes_wordnet.txt`: war, mass death, collapse, outage, shortage, contamination, epidemic, …):
            - two or more step markers (next, then, "and then", "after that") with a catastrophe after the last one: "…
              next it will take the straits, then the islands, and then we are at war";
            - possibility stacking: three or more could/might/may links in the sentence (or the one before it in the
              paragraph) ending in catastrophe: "could rebuild its reactors, could arm the militias, and could set the
              region ablaze";
            - "will embolden Varn to invade", "one step away from all-out war", and dominoes, slippery slopes or chain
              reactions with a catastrophe or a state actor in the sentence;
            - a predicted catalogue of escalating harms, after a modal or a causal verb: "could usher in sanctions,
              naval standoffs, and eventually full-scale war", "from border skirmishes to naval clashes to all-out war".

            The end node must be a catastrophe (a catastrophe noun, a threat noun with a catastrophic modifier such as
            "nuclear" or "full-scale", or a destructive verb with a large object).
            """,
        WhyIsThisBad = """
            Each link may be possible; the chain presents their product as likely. Probabilities compound, and the
            catastrophe borrows the plausibility of the first step (SemEval-2023 "consequential oversimplification";
            domino reasoning).
            """,
        NotFlagged = """
            - one step ("imports will likely rise, the trade ministry said");
            - sequences without a catastrophe ("first the road, then the school, and then the hospital");
            - lists of harms with no forecast or cause ("the museum covers the blockade, the famine and the war");
            - quoted or reported chains, and chains with a citation or named source in the same or next sentence.

            Hedges do not lower it: stacked hedges are its signal.
            """,
        Examples =
        [
            """
            If sanctions lapse, Kestria could rebuild its reactors,
            [[could arm the militias, and could set the region ablaze]].
            """,
        ],
        UseInstead =
        [
            """
            If sanctions lapse, the Harlow Institute expects Kestria to restart one reactor within a year; arming the
            militias would take a decision its council has twice rejected.
            """,
        ],
        Rewrite = """
            Display-only template
            `if [trigger], [source] expects [first effect]; escalation to [end state] would also require [conditions]`.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1006",
        "Catastrophizing escalation chain",
        "'{0}' chains steps to a catastrophe; each link needs its own evidence, and their odds multiply",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer runs a limited trigger through linked steps, or a list of escalating harms, to a catastrophic end point.",
        helpLinkUri: RuleCategories.HelpUri("RH1006"),
        customTags: [RuleTags.LoweredInOpinion, EvidenceWindow.NextSentence.Tag]);

    /// <summary>How far past a step marker the catastrophe may sit.</summary>
    private const int StepReach = 8;

    private static readonly FrozenSet<string> PossibilityModals = new[] { "could", "might", "may" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of conflict an emboldened actor is said to go on to ("embolden Varn to invade").</summary>
    private static readonly FrozenSet<string> ConflictVerbs = TaggedLexicon.Load("escalation_cues").Words("conflict");

    /// <summary>Words that introduce a forecast or a cause: a list after them is a predicted escalation, not a catalogue.</summary>
    private static readonly FrozenSet<string> ForecastCues = TaggedLexicon.Load("escalation_cues").Words("forecast");

    /// <summary>Adverbs that may stand before the last item of a list ("and possibly catastrophic …", "and ultimately war").</summary>
    private static readonly FrozenSet<string> ListAdverbs = TaggedLexicon.Load("escalation_cues").Words("list-adverb");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var actors = document.Actors;
        var chain = SequenceChain(actors, tokens, sentence) ?? PossibilityStack(document, sentence) ?? CueChain(actors, tokens, sentence) ?? Emboldening(actors, tokens, sentence) ?? CatalogueChain(tokens, sentence);
        if (chain is not (int start, int end)) return;
        for (var k = start; k < end; k++)
            if (document.Voices[k] != Voice.Author) return;
        if (document.IsNegated(start) || context.EvidenceFor(Descriptor, new Claim(ClaimKind.Prediction, start, end)).Strength >= EvidenceStrength.Strong) return;

        var span = document.SpanOf(start, end);
        var rewrite = Rewrite.Template("Give the first step its source and the rest their conditions", span,
            "if [trigger], [source] expects [first effect]; escalation to [end state] would also require [conditions]");
        context.Report(Descriptor, span, [rewrite], document.Excerpt(span));
    }

    /// <summary>
    /// Two or more step markers ("next", "then", "and then", "after that") with a catastrophe after the last one.
    /// Returns the range from the second-to-last marker to the catastrophe.
    /// </summary>
    private static (int, int)? SequenceChain(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        var markers = new List<int>();
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (IsStepMarker(tokens, sentence, k)) markers.Add(k);
        if (markers.Count < 2) return null;
        var last = markers[^1];
        if (OutcomeAfter(actors, tokens, sentence, last) is not int end) return null;
        return (markers[^2], end);
    }

    private static bool IsStepMarker(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var norm = tokens[k].Norm;
        var before = k > sentence.FirstToken ? tokens[k - 1].Norm : "";
        var after = k + 1 < sentence.EndToken ? tokens[k + 1].Norm : "";
        return norm switch
        {
            // "since then", "by then", "back then", "now and then" date things; they take no step.
            "then" => before is not ("since" or "by" or "until" or "till" or "back" or "even" or "just" or "only" or "now"),
            // "next year", "next to": a date or a place.
            "next" => after is not ("year" or "week" or "month" or "day" or "time" or "to" or "door" or "generation" or "decade" or "summer" or "winter" or "spring" or "autumn" or "election" or "government"),
            "first" => k == sentence.FirstToken || before is "," or ":",
            "after" => after == "that",
            _ => false,
        };
    }

    /// <summary>Three or more could/might links in the sentence, and the next one in the paragraph, with a catastrophe after the last.</summary>
    private static (int, int)? PossibilityStack(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var actors = document.Actors;
        var modals = new List<int>();
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (PossibilityModals.Contains(tokens[k].Norm) && !(tokens[k].IsCapitalized && k > sentence.FirstToken)) modals.Add(k);
        // A chain may run on past the full stop: "… could arm the militias. It could then set the region ablaze."
        var previous = sentence.Index > 0 ? document.Syntax.Sentences[sentence.Index - 1] : null;
        var carried = 0;
        if (previous is not null && previous.ParagraphIndex == sentence.ParagraphIndex)
            for (var k = previous.FirstToken; k < previous.EndToken; k++)
                if (PossibilityModals.Contains(tokens[k].Norm)) carried++;
        if (modals.Count == 0 || modals.Count + carried < 3) return null;
        var last = modals[^1];
        if (OutcomeAfter(actors, tokens, sentence, last) is not int end) return null;
        return (modals.Count >= 2 ? modals[^2] : last, end);
    }

    /// <summary>"one step away from all-out war", "the first domino", "a slippery slope to war", "a chain reaction".</summary>
    private static (int, int)? CueChain(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            var norm = tokens[k].Norm;
            // "one step away from", "one keystroke away from", "a step from"
            if (norm is "one" or "a" or "just" && k + 3 < end && tokens[k + 2].Norm == "away" && tokens[k + 3].Norm == "from" && tokens[k + 1].IsWord)
            {
                if (OutcomeAfter(actors, tokens, sentence, k + 3) is int outcome && outcome - (k + 4) <= 4) return (k, outcome);
                continue;
            }
            var cueLength = norm switch
            {
                "domino" or "dominoes" or "dominos" => 1,
                "slippery" when k + 1 < end && tokens[k + 1].Norm == "slope" => 2,
                "chain" when k + 1 < end && tokens[k + 1].Norm == "reaction" => 2,
                _ => 0,
            };
            if (cueLength == 0) continue;
            if (OutcomeAfter(actors, tokens, sentence, k) is int after) return (k, after);
            if (ActorIn(actors, tokens, sentence)) return (k, k + cueLength + (k + cueLength < end && tokens[k + cueLength].Norm is "effect" or "theory" ? 1 : 0));
        }
        return null;
    }

    /// <summary>"will embolden Varn to invade": one concession, then an attack.</summary>
    private static (int, int)? Emboldening(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (!tokens[k].Norm.StartsWith("embolden", StringComparison.Ordinal)) continue;
            for (var j = k + 1; j + 1 < sentence.EndToken && j - k <= 5; j++)
            {
                if (tokens[j].Norm != "to") continue;
                var verb = j + 1;
                if (verb < sentence.EndToken && tokens[verb].Norm is "go" or "try") verb++;
                if (verb < sentence.EndToken && ConflictVerbs.Contains(tokens[verb].Norm)) return (k, verb + 1);
                if (OutcomeAfter(actors, tokens, sentence, j) is int outcome && outcome - j <= 5) return (k, outcome);
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// A predicted list of three or more harms ending in catastrophe: "could bring sanctions, blockades and a shooting
    /// war", "from skirmishes to strikes to nuclear war". Returns the range of the list.
    /// </summary>
    private static (int, int)? CatalogueChain(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var k = sentence.FirstToken + 1; k < end; k++)
        {
            if (tokens[k].Norm is not ("and" or "or" or "to")) continue;
            var j = k + 1;
            while (j < end && ListAdverbs.Contains(tokens[j].Norm)) j++;
            while (j < end && tokens[j].Norm is "a" or "an") j++;
            if (Catastrophes.NounPhraseAt(tokens, j, end) is not int last) continue;
            var list = tokens[k].Norm == "to" ? FromToList(tokens, sentence, k) : CommaList(tokens, sentence, k);
            if (list is not int first || !ForecastBefore(tokens, sentence, first, k)) continue;
            if (tokens[first].Norm == "from") first++;
            while (first < k && tokens[first].Norm is "the" or "a" or "an" or "all" or "its" or "their" or "our") first++;
            return (first, last);
        }
        return null;
    }

    /// <summary>
    /// The start of two or more comma-separated items before the "and" at <paramref name="conjunction"/>, at least one of them
    /// a threat ("arms races, nuclear crises, and …"); null when the list is shorter or names no threat.
    /// </summary>
    private static int? CommaList(ImmutableArray<Token> tokens, Sentence sentence, int conjunction)
    {
        var itemEnd = conjunction;
        if (itemEnd - 1 >= sentence.FirstToken && tokens[itemEnd - 1].Text == ",") itemEnd--;
        var items = 0;
        var threat = false;
        var start = itemEnd;
        while (true)
        {
            var k = itemEnd - 1;
            while (k >= sentence.FirstToken && itemEnd - k <= 4 && tokens[k].IsWord && tokens[k].Norm is not ("and" or "or")) k--;
            var itemStart = k + 1;
            if (itemStart >= itemEnd) break;
            threat |= IsThreatItem(tokens, sentence, itemStart, itemEnd);
            items++;
            start = itemStart;
            if (k < sentence.FirstToken || tokens[k].Text != ",") break;
            itemEnd = k;
        }
        // The first "item" may carry the verb or article before the list ("bring sanctions"): it still counts.
        return items >= 2 && threat ? start : null;
    }

    /// <summary>"from skirmishes to strikes to nuclear war": the index of "from" when two "to" steps lead to the catastrophe.</summary>
    private static int? FromToList(ImmutableArray<Token> tokens, Sentence sentence, int lastTo)
    {
        var steps = 1;
        for (var k = lastTo - 1; k >= sentence.FirstToken && lastTo - k <= 12; k--)
        {
            if (!tokens[k].IsWord) return null;
            if (tokens[k].Norm == "to") steps++;
            if (tokens[k].Norm == "from") return steps >= 2 ? k : null;
        }
        return null;
    }

    private static bool IsThreatItem(ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (ThreatReferents.IsThreatNoun(tokens[k]) || Catastrophes.NounPhraseAt(tokens, k, to) is not null
                || Catastrophes.LongestAt(tokens, k, to, CatastropheClass.Escalation) is not null) return true;
        return false;
    }

    /// <summary>A modal or causal verb before the list or inside its first item ("could usher in sanctions, …").</summary>
    private static bool ForecastBefore(ImmutableArray<Token> tokens, Sentence sentence, int listStart, int conjunction)
    {
        var firstItemEnd = listStart;
        while (firstItemEnd < conjunction && tokens[firstItemEnd].IsWord) firstItemEnd++;
        for (var k = firstItemEnd - 1; k >= sentence.FirstToken && listStart - k <= 16; k--)
        {
            if (ForecastCues.Contains(tokens[k].Norm)) return true;
            if (Catastrophes.LongestAt(tokens, k, firstItemEnd, CatastropheClass.Cause) is not null) return true;
        }
        return false;
    }

    /// <summary>A catastrophe within <see cref="StepReach"/> tokens after <paramref name="marker"/>, in its clause; returns its end.</summary>
    private static int? OutcomeAfter(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int marker)
    {
        for (var k = marker + 1; k < sentence.EndToken && k - marker <= StepReach; k++)
        {
            if (tokens[k].Text is ";" or ":" or ".") return null;
            if (Catastrophes.OutcomeAt(actors, tokens, sentence, k) is int end) return end;
        }
        return null;
    }

    private static bool ActorIn(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        var span = tokens.AsSpan(0, sentence.EndToken);
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].IsCapitalized && k > sentence.FirstToken && actors.Match(span, k) is { } actor && actor.Class.IsAdversary()) return true;
        return false;
    }
}
