using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Hedging;

/// <summary>RH4008 — false dilemma / no choice.</summary>
public sealed class RH4008NoAlternativeFraming : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags wording in the writer's voice that closes off every option but one: "there is no alternative (to
            …)", "we have no choice but to", "no
            option but", "the only option is", "the only way forward is", "… is the only answer", "either we … or …"
            whose second branch is a catastrophe or a defeat, and "with us or against us".

            A supporting signal: like every RH4 rule it looks only at the writer's own words (not quoted, reported or
            mentioned) and skips negated matches.
            """,
        WhyIsThisBad = """
            Two options, one of them a disaster, or the claim that there is no other, skips the comparison the reader
            needs: what else was on the table and why this one is better (the black-and-white fallacy).
            """,
        NotFlagged = """
            - "either" before a noun: "Either party can end the lease with 30 days' notice."
            - A list of options: "The committee weighed three options: sanctions, talks or a naval escort."
            - Facts about the only route: "The only way to reach the island is by ferry"; "no alternative route".
            - "either … or …" whose branches are ordinary; quoted or reported words; negation.
            """,
        Examples = ["[[There is no alternative]] to sanctions."],
        UseInstead =
        [
            """
            Besides sanctions, options include talks and a naval escort; sanctions are preferable because they can be
            lifted in stages.
            """,
        ],
        Rewrite = """
            A display-only template: "Besides [X], options include [Y] and [Z]; [X] is preferable because [reason]".
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH4008",
        "False dilemma",
        "'{0}' rules out every other option without weighing them; name the alternatives and say why this one is better",
        RuleCategories.Hedging,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "No-alternative or false-dilemma wording (there is no alternative, we have no choice but, the only option is, either we … or disaster).",
        helpLinkUri: RuleCategories.HelpUri("RH4008"));

    private static readonly Lazy<DilemmaWords> Lexicon = new(() => new DilemmaWords(TaggedLexicon.Load(RuleLexicons.Store, "false_dilemmas")));

    /// <summary>Adjectives that may stand inside "no other choice", "the only realistic option".</summary>
    private static readonly FrozenWordSet OptionModifiers = TaggedLexicon.Load(RuleLexicons.Store, "false_dilemmas").Words("option-modifier").ToFrozenWordSet();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var words = Lexicon.Value;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord || document.Voices[i] != Voice.Author) continue;
            var end = NoAlternative(tokens, sentence, words, i) ?? NoChoiceBut(tokens, sentence, words, i) ?? OnlyOption(tokens, sentence, words, i)
                ?? EitherOr(document.Actors, tokens, sentence, words, i) ?? Slogan(tokens, sentence, words, i);
            if (end is not int stop || !HedgingVoice.IsAuthorAssertion(document, i, stop)) continue;

            var span = document.SpanOf(i, stop);
            var rewrite = Rewrite.Template("Weigh the alternatives", span, "Besides [X], options include [Y] and [Z]; [X] is preferable because [reason]");
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span));
            i = stop - 1;
        }
    }

    /// <summary>"there is no alternative (to …)", "there's no other choice", "there is no other way".</summary>
    private static int? NoAlternative(ImmutableArray<Token> tokens, Sentence sentence, DilemmaWords words, int i)
    {
        if (tokens[i].Norm is not ("there" or "there's")) return null;
        var k = i + 1;
        if (tokens[i].Norm == "there")
        {
            if (k < sentence.EndToken && tokens[k].Norm is "can" or "could" or "will") k++;
            if (k >= sentence.EndToken || tokens[k].Norm is not ("is" or "was" or "remains" or "be" or "seems")) return null;
            k++;
            if (k + 1 < sentence.EndToken && tokens[k].Norm == "to" && tokens[k + 1].Norm == "be") k += 2;
        }
        if (k >= sentence.EndToken || tokens[k].Norm != "no") return null;
        k++;
        var modified = false;
        while (k < sentence.EndToken && OptionModifiers.Contains(tokens[k])) (k, modified) = (k + 1, true);
        if (k >= sentence.EndToken) return null;
        var isOption = words.Options.Contains(tokens[k].Norm) || modified && tokens[k].Norm == "way";
        return isOption && ClosesOption(tokens, sentence, k + 1) ? k + 1 : null;
    }

    /// <summary>"we have no choice but to", "Norvania has no option but", "left with no alternative but".</summary>
    private static int? NoChoiceBut(ImmutableArray<Token> tokens, Sentence sentence, DilemmaWords words, int i)
    {
        if (tokens[i].Norm != "no") return null;
        var k = i + 1;
        while (k < sentence.EndToken && OptionModifiers.Contains(tokens[k])) k++;
        if (k + 1 >= sentence.EndToken || !words.Options.Contains(tokens[k].Norm)) return null;
        if (tokens[k + 1].Norm is not ("but" or "except")) return null;
        return k + 2 < sentence.EndToken && tokens[k + 2].Norm == "to" ? k + 3 : k + 2;
    }

    /// <summary>"the only option is", "the only way forward is", "the only realistic answer", "… is the only option".</summary>
    private static int? OnlyOption(ImmutableArray<Token> tokens, Sentence sentence, DilemmaWords words, int i)
    {
        if (tokens[i].Norm != "the" || i + 2 >= sentence.EndToken || tokens[i + 1].Norm != "only") return null;
        var k = i + 2;
        while (k < sentence.EndToken && OptionModifiers.Contains(tokens[k])) k++;
        if (k >= sentence.EndToken) return null;
        var head = tokens[k].Norm;
        int after;
        if (head == "way" && k + 1 < sentence.EndToken && tokens[k + 1].Norm is "forward" or "out") after = k + 2;
        else if (words.OnlyHeads.Contains(head) || head == "way") after = k + 1;
        else return null;
        if (after < sentence.EndToken && tokens[after].Norm is "left" or "remaining" or "now") after++;
        // "The only option is to …": a verdict on the options.
        if (after < sentence.EndToken && tokens[after].Norm is "is" or "was" or "remains") return after + 1;
        // "Sanctions are the only option.": the phrase as a predicate that ends its clause.
        var predicate = i > sentence.FirstToken && tokens[i - 1].Norm is "is" or "are" or "was" or "were" or "remains" or "remain";
        return predicate && head != "way" && StanceSlots.EndsClause(tokens, sentence, after) ? after : null;
    }

    /// <summary>"Either we arm Norvania now or we fight Varn ourselves next year": the second branch is a catastrophe.</summary>
    private static int? EitherOr(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, DilemmaWords words, int i)
    {
        if (tokens[i].Norm != "either" || !StanceSlots.IsClauseStart(tokens, sentence, i) || i + 1 >= sentence.EndToken) return null;
        var subject = tokens[i + 1].Norm;
        if (subject is not ("we" or "you" or "they" or "the" or "this" or "it") && !(tokens[i + 1].IsCapitalized && actors.Match(tokens.AsSpan(), i + 1) is not null))
            return null;
        for (var or = i + 2; or < sentence.EndToken; or++)
        {
            if (tokens[or].Text is ";" or ":") return null;
            if (tokens[or].Norm != "or") continue;
            for (var k = or + 1; k < sentence.EndToken && k - or <= 5; k++)
            {
                if (StanceSlots.EndsClause(tokens, sentence, k)) break;
                if (words.Doom.Contains(tokens[k].Norm) || ThreatReferents.IsThreatNoun(tokens[k])) return k + 1;
            }
            return null;
        }
        return null;
    }

    /// <summary>"you are either with us or against us".</summary>
    private static int? Slogan(ImmutableArray<Token> tokens, Sentence sentence, DilemmaWords words, int i)
    {
        return words.Slogans.FirstPhraseAt(tokens, i, sentence.EndToken) is { } slogan ? i + slogan.Length : null;
    }

    /// <summary>The option noun ends the phrase: "no alternative.", "no alternative to sanctions", "no choice left"; not "no alternative route".</summary>
    private static bool ClosesOption(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k >= sentence.EndToken || !tokens[k].IsWord || tokens[k].Norm is "to" or "but" or "left" or "except" or "other" or "than" or "now" or "here" or "anymore" or "any" or "for";

    private sealed class DilemmaWords(TaggedLexicon lexicon)
    {
        public FrozenSet<string> Options { get; } = lexicon.Words("option");
        public FrozenSet<string> OnlyHeads { get; } = lexicon.Words("only-head");
        public FrozenSet<string> Doom { get; } = lexicon.Words("doom");
        public PhraseList Slogans { get; } = PhraseList.From(lexicon.Entries("slogan"));
    }
}
