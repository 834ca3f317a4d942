using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Sourcing;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.Hedging;

/// <summary>RH4003 — value-laden label.</summary>
public sealed class RH4003ContentiousLabel : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a contentious label the writer puts on a person, group or government in their own voice: "regime"
            for a government ("the Varn regime", "Kestria's
            regime"), "terrorists", "extremists", "thugs", "fanatics", "warmonger", "apologist", "traitor", "cronies",
            "freedom fighters", "puppet" and "cult" after a determiner or name, and "terrorist group", "puppet
            government". The `news` profile (the default) raises it one level.

            A supporting signal: like every RH4 rule it looks only at the writer's own words (not quoted, reported or
            mentioned) and skips negated matches.
            """,
        WhyIsThisBad = """
            A label passes a verdict the reader cannot check. Wikipedia's guidance on contentious labels asks for the
            acts and for who calls the group so.
            """,
        NotFlagged = """
            - A designation in the sentence: "Norvania has designated the group a terrorist organization since 2019"
              (also listed, proscribed, branded, called).
            - "terrorist" and "extremist" in legal and police reporting.
            - "regime" as a system: "the new tax regime", "a sanctions regime", "regime change", and "the regime" in a
              paragraph that spoke of such a system.
            - Labels for acts or genres: "a terrorist attack", "a cult classic", "a puppet show"; names and titles.
            - Quoted or reported words; negated labels ("Brandt is no traitor").
            - Owned by RH1005 (precedence RH1005 > RH4003): "rogue regime", "axis of …", "evil empire".
            """,
        Examples = ["The Varn [[regime's]] [[thugs]] beat protesters again."],
        UseInstead = ["Police under Varn's interior ministry beat protesters again, according to the Harbor Gazette."],
        Rewrite = """
            Display-only templates: "[country]'s government" for "regime", "[group], which [specific act] ([source])"
            otherwise.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH4003",
        "Value-laden label",
        "'{0}' is a contentious label in the writer's voice; describe what they did, or say who calls them that",
        RuleCategories.Hedging,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A value-laden label (regime, terrorist, extremist, thug, puppet, cult, traitor, freedom fighter) on a person, group or government in the writer's voice.",
        helpLinkUri: RuleCategories.HelpUri("RH4003"),
        customTags: RuleTags.RaisedInNews);

    private static readonly Lazy<Labels> Lexicon = new(() => new Labels(TaggedLexicon.Load(RuleLexicons.Store, "contentious_labels")));

    /// <summary>Words that make a label a designation someone made, not the writer's verdict.</summary>
    private static readonly FrozenWordSet DesignationCues = TaggedLexicon.Load(RuleLexicons.Store, "contentious_labels").Words("designation").ToFrozenWordSet();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence, word => Lexicon.Value.MayStartLabel(word));

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var labels = Lexicon.Value;
        var designated = HasDesignation(tokens, sentence);
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord || document.Voices[i] != Voice.Author || ModifierSlots.IsNameOrTitle(tokens, sentence, i)) continue;
            if (Find(document, sentence, labels, i) is not { } hit) continue;
            if (!HedgingVoice.IsAuthorAssertion(document, i, hit.End) || IsOwnedByAxisRule(tokens, sentence, i)) continue;
            if (designated || hit.Legal && SourcingCues.InLegalContext(document, sentence)) continue;

            var span = document.SpanOf(i, hit.End);
            var rewrite = hit.Government
                ? Rewrite.Template("Name the government", span, "[country]'s government")
                : Rewrite.Template("Describe the acts", span, "[group], which [specific act] ([source])");
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span));
            i = hit.End - 1;
        }
    }

    /// <param name="Legal">"terrorist", "extremist": ordinary in court and police reporting.</param>
    /// <param name="Government">"regime": the fix names the government.</param>
    private readonly record struct Hit(int End, bool Legal, bool Government);

    private static Hit? Find(DocumentModel document, Sentence sentence, Labels labels, int i)
    {
        var tokens = document.Tokens;
        var word = tokens[i].NormWithoutPossessive;
        var possessive = word != tokens[i].Norm;
        Token? next = i + 1 < sentence.EndToken && !possessive ? tokens[i + 1] : null;
        var legal = word.StartsWith("terrorist", StringComparison.Ordinal) || word.StartsWith("extremist", StringComparison.Ordinal);

        if (labels.Regime.Contains(word))
            return IsGovernmentRegime(document, sentence, labels, i, next) ? new Hit(i + 1, false, true) : null;

        if (labels.Modifiers.Contains(word) && next is not null && labels.People.Contains(next.Value.Norm))
            return new Hit(i + 2, legal, false);

        if (labels.MultiWordNouns.LongestAt(tokens, i, sentence.EndToken) is > 0 and var length) return new Hit(i + length, legal, false);

        if (labels.DeterminedNouns.Contains(word))
            return IsDetermined(tokens, sentence, i) && (next is null || !labels.PlainNext.Contains(next.Value.Norm)) ? new Hit(i + 1, false, false) : null;

        if (!labels.Nouns.Contains(word)) return null;
        // "a terrorist attack", "crony capitalism": a noun modifying another noun labels an act or a system.
        if (next is not null && word[^1] != 's' && ModifierSlots.IsContentWordAt(tokens, sentence, i + 1)
            && !next.Value.Norm.EndsWith("ed", StringComparison.Ordinal) && !FunctionWords.Auxiliaries.Contains(next.Value))
            return null;
        // "free radicals".
        if (word == "radicals" && i > sentence.FirstToken && tokens[i - 1].Norm == "free") return null;
        return new Hit(i + 1, legal, false);
    }

    /// <summary>
    /// "the Varn regime", "Kestria's regime", "the regime" for a government; not "the new tax regime", "a sanctions
    /// regime", "regime change", nor "the regime" when the paragraph is about a system of rules.
    /// </summary>
    private static bool IsGovernmentRegime(DocumentModel document, Sentence sentence, Labels labels, int i, Token? next)
    {
        var tokens = document.Tokens;
        if (next is not null && labels.RegimeNext.Contains(next.Value.Norm)) return false;
        if (i == sentence.FirstToken) return false;
        var before = tokens[i - 1];
        if (labels.Technical.Contains(before.NormWithoutPossessive)) return false;
        var isDeterminer = before.Norm is "the" or "this" or "that" or "its" or "their" or "his" or "her";
        if (!isDeterminer && (before.IsCapitalized && before.IsWord || document.Actors.IsPlaceWord(before) || ModifierSlots.IsPossessiveNoun(before))) return true;
        return isDeterminer && !ParagraphHasSystemRegime(document, sentence, labels);
    }

    private static bool ParagraphHasSystemRegime(DocumentModel document, Sentence sentence, Labels labels)
    {
        var tokens = document.Tokens;
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        var first = document.Syntax.Sentences[paragraph.FirstSentence].FirstToken;
        for (var k = first + 1; k < sentence.EndToken; k++)
            if (labels.Regime.Contains(tokens[k].NormWithoutPossessive) && labels.Technical.Contains(tokens[k - 1].NormWithoutPossessive)) return true;
        return false;
    }

    /// <summary>"the cult", "Varn's puppets", "a puppet of": a determiner, possessive or name right before.</summary>
    private static bool IsDetermined(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i == sentence.FirstToken) return false;
        var before = tokens[i - 1];
        return ModifierSlots.IsDeterminer(before) || before.IsCapitalized && before.IsWord && i - 1 > sentence.FirstToken;
    }

    /// <summary>"rogue regime", "axis of extremists": RH1005's threat labels take precedence (RULES.md §1).</summary>
    private static bool IsOwnedByAxisRule(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i > sentence.FirstToken && tokens[i - 1].Norm is "rogue" or "evil"
        || i - 2 >= sentence.FirstToken && tokens[i - 1].Norm == "of" && tokens[i - 2].Norm is "axis" or "alliance";

    private static bool HasDesignation(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].IsWord && DesignationCues.Contains(tokens[k])) return true;
        return false;
    }

    private sealed class Labels(TaggedLexicon lexicon)
    {
        public FrozenSet<string> Nouns { get; } = lexicon.Entries("noun").Where(e => e.Length == 1).Select(e => e[0]).ToFrozenSet(StringComparer.Ordinal);
        public PhraseList MultiWordNouns { get; } = PhraseList.From(lexicon.Entries("noun").Where(e => e.Length > 1));
        public FrozenSet<string> DeterminedNouns { get; } = lexicon.Words("noun-determined");
        public FrozenSet<string> Modifiers { get; } = lexicon.Words("modifier");
        public FrozenSet<string> People { get; } = lexicon.Words("people");
        public FrozenSet<string> Regime { get; } = lexicon.Words("regime");
        public FrozenSet<string> Technical { get; } = lexicon.Words("technical");
        public FrozenSet<string> RegimeNext { get; } = lexicon.Words("regime-next");
        public FrozenSet<string> PlainNext { get; } = lexicon.Words("plain-next");

        /// <summary>Whether a label can start at a word: every branch of <see cref="Find"/> tests its word (without a possessive ending) or its phrase first. The rule's sentence cue.</summary>
        public bool MayStartLabel(string norm)
        {
            var word = Token.WithoutPossessive(norm);
            return Regime.Contains(word) || Modifiers.Contains(word) || DeterminedNouns.Contains(word) || Nouns.Contains(word) || MultiWordNouns.CanStartWith(norm);
        }
    }
}
