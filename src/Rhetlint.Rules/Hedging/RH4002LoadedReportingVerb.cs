using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Sourcing;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.Hedging;

/// <summary>RH4002 — loaded "said" substitute.</summary>
public sealed class RH4002LoadedReportingVerb : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a reporting verb that judges what it reports, when it is the cue of an attribution: "claimed",
            "insisted" (doubt); "admitted", "conceded",
            "confessed" (guilt); "revealed", "pointed out" (the writer vouches for it); "boasted", "whined", "ranted"
            (mockery). It applies to named speakers too: the verb of a named speaker's indirect report is still the
            writer's choice.

            A supporting signal: like every RH4 rule it looks only at the writer's own words (not quoted, reported or
            mentioned) and skips negated matches.
            """,
        WhyIsThisBad = """
            "Brandt claimed the drills were defensive" tells the reader the writer doubts Brandt; "admitted" tells them
            Brandt had something to hide. "Said" reports the words and leaves the judgement to the reader, or to
            evidence.
            """,
        NotFlagged = """
            - Neutral verbs ("said", "told", "wrote"), and "denied", "acknowledged", "noted", which are often the
              accurate word.
            - The verbs outside an attribution frame ("claimed the title", "was admitted to hospital"), admissions of a
              person or an outcome ("admitted two patients", "conceded defeat", "admitted the mistake"), reflexives
              ("reveals himself"), nouns ("a claim filed by"), passives ("it was claimed that", RH3006's).
            - A document or finding as the source: "The audit revealed $3 million in unrecorded payments."
            - "alleged" in legal reporting ("prosecutors alleged"); the writer's own "I admit"; negated verbs; verbs
              inside a quotation or someone else's report.
            """,
        Examples = ["Brandt [[claimed]] the drills were purely defensive."],
        UseInstead = ["Brandt said the drills were purely defensive."],
        Rewrite = """
            An unsafe replacement with "said" in the same tense ("claims" → "says", "insisting" → "saying"). It looks
            mechanical but changes what the sentence implies, so it is never applied in bulk.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH4002",
        "Loaded \"said\" substitute",
        "'{0}' judges what it reports; use '{1}' and let the evidence do the judging",
        RuleCategories.Hedging,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A reporting verb that pre-judges the content (claimed, admitted, conceded, insisted, boasted) where \"said\" would report it.",
        helpLinkUri: RuleCategories.HelpUri("RH4002"),
        customTags: RuleCategories.FixableTag);

    /// <summary>Each form of a loaded verb mapped to its lemma.</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> Lemmas = new(() =>
    {
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in RuleLexicons.Store.Lines("loaded_reporting_verbs"))
        {
            var forms = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize).ToArray();
            foreach (var form in forms) lemmas.TryAdd(form, forms[0]);
        }
        return lemmas.ToFrozenDictionary(StringComparer.Ordinal);
    });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        foreach (var frame in document.FramesInCueOrder(sentence))
        {
            var cue = frame.CueToken;
            if (!tokens[cue].IsWord || !Lemmas.Value.TryGetValue(tokens[cue].Norm, out var lemma)) continue;
            if (!IsSpeakerFrame(document, frame) || !HedgingVoice.IsAuthorAssertion(document, cue, cue + 1)) continue;
            // "it was claimed that", "is alleged to": an agentless passive, RH3006's.
            if (PassiveChain.IsPassive(tokens, sentence, cue)) continue;
            if (lemma == "allege" && SourcingCues.InLegalContext(document, sentence)) continue;
            var end = cue + 1;
            if (lemma == "point")
            {
                if (end >= sentence.EndToken || tokens[end].Norm != "out") continue;
                end++;
            }
            if (!IntroducesSpeech(tokens, sentence, frame, lemma, cue, end)) continue;

            var span = document.SpanOf(cue, end);
            var said = Said(tokens[cue], lemma);
            var rewrite = new Rewrite($"Replace with '{said}'", [new TextChange(span, said)], Applicability.Unsafe);
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span), said);
        }
    }

    /// <summary>A person, group or organization speaking; not a document reporting a finding, not the writer.</summary>
    private static bool IsSpeakerFrame(DocumentModel document, AttributionFrame frame)
    {
        if (frame.Speaker is SpeakerClass.NamedDocument or SpeakerClass.Author) return false;
        var head = frame.SourceHeadEnd - 1;
        if (head < frame.SourceStart) return false;
        var token = document.Tokens[head];
        return !Vocabulary.IsDocumentNoun(token) && !Vocabulary.IsPluralDocumentNoun(token);
    }

    /// <summary>
    /// Whether the verb reports words rather than an act: not a noun ("a claim filed by"), not a reduced passive
    /// ("an article pointed out by"), not a reflexive ("reveals himself as"), and for admit/concede/confess not an admission of a person or an outcome
    /// ("admitted two preachers into the country", "conceded defeat", "admitted the relationship").
    /// </summary>
    private static bool IntroducesSpeech(ImmutableArray<Token> tokens, Sentence sentence, AttributionFrame frame, string lemma, int cue, int end)
    {
        if (cue > sentence.FirstToken && (ModifierSlots.IsDeterminer(tokens[cue - 1]) || tokens[cue - 1].Kind == TokenKind.Number)) return false;
        if (frame.Side == ContentSide.Before) return true;
        for (var k = end; k < sentence.EndToken && k < end + 4; k++)
            if (tokens[k].Norm == "by") return false;
        if (end < sentence.EndToken && (tokens[end].Norm.EndsWith("ed", StringComparison.Ordinal) || tokens[end].Norm.EndsWith("self", StringComparison.Ordinal)
            || tokens[end].Norm.EndsWith("selves", StringComparison.Ordinal)))
            return false;
        if (lemma is not ("admit" or "concede" or "confess")) return true;
        if (end >= sentence.EndToken) return false;
        var next = tokens[end];
        return next.Norm is "that" or "to" or "it" or "he" or "she" or "they" or "we" or "i" || next.Text is ":" or "," || next.Kind == TokenKind.Quote;
    }

    /// <summary>"said" in the tense and case of the verb it replaces: claims → says, insisting → saying, claim → say.</summary>
    private static string Said(Token verb, string lemma)
    {
        var norm = verb.Norm;
        var said = norm == lemma ? "say"
            : norm.EndsWith("ing", StringComparison.Ordinal) ? "saying"
            : norm.EndsWith('s') && !norm.EndsWith("ed", StringComparison.Ordinal) ? "says"
            : "said";
        return verb.IsCapitalized ? char.ToUpperInvariant(said[0]) + said[1..] : said;
    }
}
