using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Hedging;

/// <summary>RH4005 — editorializing adverb.</summary>
public sealed class RH4005EditorializingAdverb : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a sentence adverb or phrase by which the writer comments on the fact they report: "tellingly",
            "predictably", "ironically", "shockingly",
            "fortunately", "sadly", "needless to say", "it is worth noting that". Comment adverbs count at a clause
            start, as a parenthetical or before the verb; adverbs that are also manner or degree adverbs ("notably",
            "surprisingly", "naturally", "conveniently") count only when set off by commas. The `opinion` profile turns
            the rule off.

            A supporting signal: like every RH4 rule it looks only at the writer's own words (not quoted, reported or
            mentioned) and skips negated matches.
            """,
        WhyIsThisBad = """
            The adverb tells the reader how to feel about a fact, or hints at a meaning ("tellingly") the writer does
            not spell out. In news copy that is editorializing; the fact can stand on its own.
            """,
        NotFlagged = """
            - Manner and degree uses: "smiled sadly", "notably absent", "conveniently located", "surprisingly cheap".
            - Quoted or reported words; negation.
            - "of course", "clearly", "obviously" are boosters (RH4001).
            """,
        Examples = ["[[Tellingly]], the ministry declined to comment."],
        UseInstead = ["The ministry declined to comment."],
        Rewrite = "An unsafe deletion of the adverb with its comma or commas.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH4005",
        "Editorializing adverb",
        "'{0}' tells the reader what to make of the fact; let the fact stand on its own",
        RuleCategories.Hedging,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A sentence adverb or phrase that comments on a reported fact (tellingly, predictably, ironically, fortunately, needless to say).",
        helpLinkUri: RuleCategories.HelpUri("RH4005"),
        customTags: [RuleCategories.FixableTag, RuleTags.OffInOpinion]);

    private static readonly Lazy<Adverbs> Lexicon = new(() => new Adverbs(TaggedLexicon.Load(RuleLexicons.Store, "editorializing_adverbs")));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var adverbs = Lexicon.Value;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord || document.Voices[i] != Voice.Author) continue;
            if (tokens[i].IsCapitalized && i > sentence.FirstToken && !StanceSlots.IsClauseStart(tokens, sentence, i)) continue;
            if (Find(tokens, sentence, adverbs, i) is not { } hit) continue;
            if (!HedgingVoice.IsAuthorAssertion(document, i, hit.End)) continue;

            var span = document.SpanOf(i, hit.End);
            var text = document.Excerpt(span);
            var rewrite = new Rewrite($"Delete '{text}'", [StanceSlots.Delete(document, sentence, i, hit.End, hit.Slot)], Applicability.Unsafe);
            context.Report(Descriptor, span, [rewrite], text);
            i = hit.End - 1;
        }
    }

    private readonly record struct Hit(int End, StanceSlots.Slot Slot);

    private static Hit? Find(ImmutableArray<Token> tokens, Sentence sentence, Adverbs adverbs, int i)
    {
        var phrase = adverbs.Phrases.LongestAt(tokens, i, sentence.EndToken);
        if (phrase > 0)
        {
            var end = i + phrase;
            // "it is worth noting that …" opens its clause; "needless to say" may also stand between commas.
            var slot = tokens[end - 1].Norm == "that"
                ? (StanceSlots.IsClauseStart(tokens, sentence, i) ? StanceSlots.Slot.ClauseStart : StanceSlots.Slot.None)
                : StanceSlots.Of(tokens, sentence, i, end, setOffOnly: true);
            return slot == StanceSlots.Slot.None ? null : new Hit(end, slot);
        }

        var norm = tokens[i].Norm;
        var setOffOnly = adverbs.SetOffOnly.Contains(norm);
        if (!setOffOnly && !adverbs.Comment.Contains(norm)) return null;
        var adverbSlot = StanceSlots.Of(tokens, sentence, i, i + 1, setOffOnly);
        return adverbSlot == StanceSlots.Slot.None ? null : new Hit(i + 1, adverbSlot);
    }

    private sealed class Adverbs(TaggedLexicon lexicon)
    {
        public FrozenSet<string> Comment { get; } = lexicon.Words("adverb");
        public FrozenSet<string> SetOffOnly { get; } = lexicon.Words("initial");
        public PhraseList Phrases { get; } = PhraseList.From(lexicon.Entries("phrase"));
    }
}
