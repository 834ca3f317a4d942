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

/// <summary>RH4004 — doubt marker.</summary>
public sealed class RH4004DoubtCasting : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a word by which the writer casts doubt on what a noun phrase names, without quotation marks:
            "so-called", "supposed", "purported", "self-styled",
            "self-proclaimed", "ostensible", non-legal "alleged" before a noun phrase, and "supposedly", "ostensibly"
            before a verb or at a clause start.

            A supporting signal: like every RH4 rule it looks only at the writer's own words (not quoted, reported or
            mentioned) and skips negated matches.
            """,
        WhyIsThisBad = """
            The marker sneers at the thing it names and leaves the reader to guess the objection. Saying what is wrong,
            and who says so, is fairer and more convincing.
            """,
        NotFlagged = """
            - The marker before a quotation ("the so-called “reform”"): scare quotes, reported by RH3005.
            - Neutral naming of a capitalized name: "The so-called Harbor Clause is Article 12 of the lease."
            - "supposed to", "is supposed"; "alleged" in legal or police reporting or before a crime or act of
              wrongdoing ("the alleged assault", "alleged fraud at the agency");
              "so-called" introducing a term with its gloss ("so-called harbor credits, a tax break for …", "so-called
              land trusts like …", "the stock gauge, the so-called tide index,"); quoted or reported words; negation.
            - "so-called axis of …": a distanced threat label, which RH1005 judges.
            """,
        Examples = ["The [[so-called]] peace plan hands Varn everything."],
        UseInstead = ["The peace plan cedes the northern ports to Varn, the Harlow Institute's analysis finds."],
        Rewrite = """
            An unsafe deletion of the marker (the article is fixed: "a so-called expert" → "an expert"); a display-only
            template asking for the objection and its source.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH4004",
        "Doubt marker",
        "'{0}' casts doubt without saying why; state the objection and its source, or drop the marker",
        RuleCategories.Hedging,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A doubt marker (so-called, supposed, self-styled, purported, non-legal alleged, supposedly) in the writer's voice, without quotation marks.",
        helpLinkUri: RuleCategories.HelpUri("RH4004"),
        customTags: RuleCategories.FixableTag);

    private static readonly Lazy<Markers> Lexicon = new(() => new Markers(TaggedLexicon.Load(RuleLexicons.Store, "doubt_markers")));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var markers = Lexicon.Value;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord || document.Voices[i] != Voice.Author) continue;
            if (Find(document, sentence, markers, i) is not { } hit) continue;
            if (!HedgingVoice.IsAuthorAssertion(document, i, hit.End)) continue;

            var span = document.SpanOf(i, hit.End);
            var text = document.Excerpt(span);
            ImmutableArray<Rewrite> rewrites =
            [
                new Rewrite($"Delete '{text}'", [hit.Delete], Applicability.Unsafe),
                Rewrite.Template("State the objection", span, "[the thing named], which [source] says [specific flaw],"),
            ];
            context.Report(Descriptor, span, rewrites, text);
            i = hit.End - 1;
        }
    }

    private readonly record struct Hit(int End, TextChange Delete);

    private static Hit? Find(DocumentModel document, Sentence sentence, Markers markers, int i)
    {
        var tokens = document.Tokens;
        if (markers.Adverbs.Contains(tokens[i].Norm))
        {
            if (tokens[i].IsCapitalized && i > sentence.FirstToken && !StanceSlots.IsClauseStart(tokens, sentence, i)) return null;
            var slot = StanceSlots.Of(tokens, sentence, i, i + 1, setOffOnly: false);
            return slot == StanceSlots.Slot.None ? null : new Hit(i + 1, StanceSlots.Delete(document, sentence, i, i + 1, slot));
        }

        var length = markers.Modifiers.LongestAt(tokens, i, sentence.EndToken);
        var legal = false;
        if (length == 0 && markers.Legal.Contains(tokens[i].Norm)) (length, legal) = (1, true);
        if (length == 0) return null;
        var end = i + length;
        if (!BeforeNounPhrase(tokens, sentence, i, end)) return null;
        // "a so-called axis of autocracies": the writer distances a threat label, which RH1005 judges.
        if (end + 1 < sentence.EndToken && tokens[end].Norm is "axis" or "alliance" && tokens[end + 1].Norm == "of") return null;
        if (legal && (SourcingCues.InLegalContext(document, sentence) || NamesWrongdoing(tokens, sentence, end))) return null;
        if (tokens[i].Norm == "so-called" && IntroducesTerm(tokens, sentence, i, end)) return null;
        var delete = length == 1
            ? ModifierSlots.DeleteWord(document, i)
            : new TextChange(TextSpan.FromBounds(tokens[i].Span.Start, tokens[end].Span.Start), "");
        return new Hit(end, delete);
    }

    /// <summary>
    /// The marker opens or modifies a noun phrase whose first word is a lower-case word: "the so-called peace plan",
    /// "its supposed experts"; not a quotation (RH3005), a capitalized name ("the so-called Harbor Clause"), or
    /// "supposed to" and "is supposed".
    /// </summary>
    private static bool BeforeNounPhrase(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        if (end >= sentence.EndToken || !tokens[end].IsWord || tokens[end].IsCapitalized) return false;
        if (tokens[end].Norm == "to" || FunctionWords.NounPhraseBreakers.Contains(tokens[end])) return false;
        if (start == sentence.FirstToken) return true;
        var before = tokens[start - 1];
        if (FunctionWords.Auxiliaries.Contains(before) || before.Norm is "be" or "been" or "being" or "not") return false;
        return ModifierSlots.IsDeterminer(before) || StanceSlots.IsClauseStart(tokens, sentence, start)
            || FunctionWords.Prepositions.Contains(before) || before.Norm is "and" or "or" or "of";
    }

    /// <summary>How many words a term introduced by "so-called" may run to before its definition.</summary>
    private const int TermReach = 5;

    /// <summary>
    /// "so-called" in its old sense, "known as": the term comes with its gloss ("so-called carried interest, a tax
    /// break for fund managers", "so-called pass-through entities like partnerships") or glosses a thing just named
    /// ("the volatility index, the so-called fear index,"). A sneer leaves the term bare.
    /// </summary>
    private static bool IntroducesTerm(ImmutableArray<Token> tokens, Sentence sentence, int marker, int termStart)
    {
        // "Varn, the so-called democracy," renames a state to sneer at it; "the index, the so-called fear gauge," glosses a thing.
        if (marker >= sentence.FirstToken + 3 && tokens[marker - 1].Norm == "the" && tokens[marker - 2].Text == ","
            && tokens[marker - 3].IsWord && !tokens[marker - 3].IsCapitalized) return true;
        for (var k = termStart; k < sentence.EndToken && k - termStart <= TermReach; k++)
        {
            if (tokens[k].Text == "(" || tokens[k].Norm is "like" or "including") return true;
            if (tokens[k].Norm == "such" && k + 1 < sentence.EndToken && tokens[k + 1].Norm == "as") return true;
            if (tokens[k].Text == "," && k + 1 < sentence.EndToken) return tokens[k + 1].Norm is "a" or "an" or "which" or "where" or "whose" or "or";
            if (!tokens[k].IsWord || FunctionWords.NounPhraseBreakers.Contains(tokens[k])) return false;
        }
        return false;
    }

    private static readonly Lazy<FrozenWordSet> Wrongdoing = new(() => RuleLexicons.Store.Set("wrongdoing_nouns"));

    /// <summary>How many words may stand between "alleged" and the act it qualifies ("an alleged road rage incident").</summary>
    private const int WrongdoingReach = 3;

    /// <summary>"the alleged sexual assault", "alleged fraud at the agency": news style for an unproven act, not doubt.</summary>
    private static bool NamesWrongdoing(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        for (var k = start; k < sentence.EndToken && k - start < WrongdoingReach && tokens[k].IsWord; k++)
            if (Wrongdoing.Value.Contains(tokens[k])) return true;
        return false;
    }

    private sealed class Markers(TaggedLexicon lexicon)
    {
        public PhraseList Modifiers { get; } = PhraseList.From(lexicon.Entries("modifier"));
        public FrozenSet<string> Legal { get; } = lexicon.Words("legal");
        public FrozenSet<string> Adverbs { get; } = lexicon.Words("adverb");
    }
}
