using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3005 — scare quotes.</summary>
public sealed class RH3005ScareQuotes : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a short quoted fragment (one to four words) in the writer's own sentence that nobody is said to have
            spoken: "Varn held “elections” last spring", "the ministry's “experts”". The strongest signal is a doubt cue
            in front (so-called, supposed, alleged, self-styled): "the so-called
            “reform”"; the finding's span then includes the cue.

            Without a doubt cue the fragment must be a single word that looks like a doubted label (longer fragments are
            far more often terms of art, chants or slogans — “dark mode”, “no more cuts” — than irony): it sits inside
            the sentence after a word, is lower case, and is no article, pronoun or other function word (“a clean
            break”, “show a way forward” are the shape of a phrase lifted from someone's speech, not of irony). The
            sentence must not contain a verb of speaking or naming before the fragment ("calling the move “reckless”")
            or say whose words they are ("in the minister's own words"), and the same words must not have been quoted
            earlier (the first occurrence carries the finding). Nobody in the sentence may be a possible speaker: no
            attribution frame, no "as she calls it" right after it, and no name or personal pronoun before the fragment in
            its own clause ("Brandt compared the tariff to a “tax”", "he blasted the press as “dishonest”" quote a
            person's words; "Councillor Ray Dunn left early, and the mayor's “consultation” lasted ten minutes" and "they
            use tactics such as offering shoppers “free” samples" do not). A person whose only verb is a deed done to the
            fragment's thing is not its speaker, in any tense: "Jo Pike, the mayor, signed the “reform” into law", "Pike sold
            the “rescue” plan" and "groups such as Bright Path push the “reform”" are flagged, while a
            verb of saying, naming, judging, regarding or comparing between them ("Pike blasted the plan as “theft”")
            keeps it silent, and so does a verb of knowing or perceiving (WordNet's verb.cognition and verb.perception:
            "Jo Pike knew the “truth” about the contract"), which gives the person the view. A doubt cue
            overrides those shape checks, the title and naming exceptions, and an attribution in the adjacent sentence;
            only a speaker in the same sentence or an echo of attributed words still silences it.
            """,
        WhyIsThisBad = """
            Scare quotes sneer without arguing: they tell the reader a word is wrong but not why or on whose evidence.
            Wikipedia's words-to-watch guidance lists them. A doubt worth raising is worth stating.
            """,
        NotFlagged = """
            - The fragment has a speaker: "Brandt called the vote “a farce”", "Brandt said the vote was “rigged”", or a
              speaker in the sentence before or after. A saying verb that reports nothing gives none: in "the firm has said
              nothing about how its so-called “filter” works" the fragment is the writer's and is flagged.
            - It repeats words an attributed quotation earlier in the text holds (an echo): a run of two or more of its
              words, or a single word of a partial quote of at most three words ("Brandt called the deal “a farce” … the
              “farce” went ahead"). One word lifted from a quoted sentence is no echo: after "“We need a deal with the
              unions by Friday,” the secretary said", "the mayor's “deal”" is flagged, and so is a fragment quoted
              before the words it repeats.
            - Mentioned words: "the word “deterrence”", "a tax dubbed “the harbor levy”", "better characterized as a
              “half-alliance”", "what I call “quiet vetoes”". A term the writer coins or names is mention, not doubt.
            - Titles and nicknames (Title Case: “Salt Road”, Earvin “Magic” Johnson).
            - A term built on a proper name ("a “reverse Brandt” strategy"): it names a doctrine or a coinage.
            - Single letters ("the “x” on the map").
            """,
        Examples = ["The ministry's [[“experts”]] produced another forecast."],
        UseInstead =
        [
            """
            The ministry's forecasters, whose last three estimates missed by half, produced another forecast.
            """,
        ],
        Rewrite = """
            Unsafe: remove the quotation marks (the words stay, the writer's signal of doubt goes, so it is not applied
            in bulk). Display-only: `WORDS, which [observer or evidence] found [problem],`.
            """,
    };

    private const int MaxWords = 4;
    /// <summary>How many earlier quotations a repeated fragment is compared with: enough for an article, bounded for huge inputs.</summary>
    private const int MaxLookBack = 200;


    /// <summary>Words that open a partial quote of speech rather than a doubted label.</summary>
    private static readonly HashSet<string> PartialQuoteStarts =
        ["a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "his", "her", "its", "their", "i", "we", "you", "he", "she", "it", "they", "me", "us", "them"];

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3005",
        "Scare quotes",
        "'{0}' is in scare quotes{1}: they signal doubt without saying what is wrong or on whose evidence; say what you doubt and why",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A short quoted fragment in the writer's own voice, with no speaker and no mention cue, signals doubt without an argument.",
        helpLinkUri: RuleCategories.HelpUri("RH3005"),
        customTags: [RuleCategories.FixableTag, RuleTags.RaisedInNews]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterQuotationAction(AnalyzeQuotation);

    private static void AnalyzeQuotation(QuotationContext context)
    {
        var document = context.Document;
        var quotation = context.Quotation;
        if (!QuotationShape.IsCheckable(document, quotation) || document.IsMention(quotation)) return;
        var tokens = document.Tokens;
        var close = quotation.CloseToken!.Value;
        if (!IsFragment(tokens, quotation.OpenToken, close, out var words)) return;

        var sentence = document.SentenceOf(quotation.OpenToken);
        var cueLength = DoubtCueBefore(tokens, sentence, quotation.OpenToken);
        var speaker = document.QuotationSpeaker(quotation.Index);
        if (cueLength > 0)
        {
            if (speaker?.Kind is QuoteAttributionKind.SameSentence or QuoteAttributionKind.Echo) return;
        }
        // Without a doubt cue only a single quoted word is read as doubt: longer fragments are far more often terms of art,
        // chants or slogans ("dark mode", "no more cuts") than irony.
        else if (words > 1 || speaker is not null || quotation.OpenToken == sentence.FirstToken || !tokens[quotation.OpenToken - 1].IsWord
            || PartialQuoteStarts.Contains(tokens[quotation.OpenToken + 1].Norm.Split('\'')[0]) || HasCapital(tokens, quotation.OpenToken, close)
            || HasFunctionWord(tokens, quotation.OpenToken, close) || SaysWhoseWords(document, sentence, quotation)
            || words == 1 && (tokens[quotation.OpenToken + 1].Text.Length == 1 || IsFunctionWord(tokens[quotation.OpenToken + 1]))
            || QuotationShape.HasSpeechVerb(document, Math.Max(sentence.FirstToken, quotation.OpenToken - QuotationShape.MaxSpeechVerbDistance), quotation.OpenToken, oneSpeakerOnly: false)
            || RepeatsEarlierQuotation(document, quotation)
            || MayQuoteSomeone(document, sentence, quotation.OpenToken, close))
            return;

        var span = document.SpanOf(quotation.OpenToken - cueLength, close + 1);
        var content = document.Excerpt(TextSpan.FromBounds(tokens[quotation.OpenToken + 1].Span.Start, tokens[LastWord(tokens, close)].Span.End));
        var cue = cueLength > 0 ? $" after '{document.Excerpt(document.SpanOf(quotation.OpenToken - cueLength, quotation.OpenToken))}'" : "";
        context.Report(Descriptor, span, [RemoveMarks(tokens, quotation.OpenToken, close), Explain(span, content)], content, cue);
    }

    /// <summary>
    /// Without a doubt cue, a fragment is only a scare quote when nobody in the sentence could have said it: no frame,
    /// and no name or personal pronoun before it that a verb of communicating or judging links to it ("he blasted the
    /// press as “dishonest”", "Brandt compared the tariff to a “tax”" quote a person's words). A person who only acts on
    /// the thing ("Jo Pike, the mayor, signed the “reform” into law") is not said to have said the word (issue 17).
    /// </summary>
    private static bool MayQuoteSomeone(DocumentModel document, Sentence sentence, int open, int close)
    {
        // A handful of frames is all a real sentence has; the bound keeps a sentence of thousands linear.
        if (document.FramesIn(sentence).Take(16).Any(f => Math.Abs(f.CueToken - open) <= QuotationShape.MaxSpeechVerbDistance)) return true;
        var tokens = document.Tokens;
        if (CreditedAfter(document, sentence, close)) return true;
        var speakerSeen = false;
        for (var k = ClauseStart(tokens, sentence, open); k < open; k++)
        {
            if (!document.Voices[k].IsWritersWords()) continue;
            if (FunctionWords.PersonPronouns.Contains(tokens[k]) && tokens[k].Norm != "it"
                || k > sentence.FirstToken && tokens[k].IsWord && tokens[k].IsCapitalized)
                speakerSeen = true;
            else if (speakerSeen && SaysOrJudges(tokens[k])) return true;
        }
        return speakerSeen && !IsObjectOfDeed(document, sentence, open);
    }

    /// <summary>
    /// "signed the “reform” into law", "sold the “rescue” plan", "Pike pushes the “reform”": the fragment opens the object of
    /// a verb of doing, so the person before it acts on the thing and is not said to have named it. Only in a finished
    /// sentence: a headline ("Trump stirs ‘ugliness’") quotes its subject's words without a verb of saying.
    /// </summary>
    private static bool IsObjectOfDeed(DocumentModel document, Sentence sentence, int open)
    {
        var tokens = document.Tokens;
        if (tokens[sentence.EndToken - 1].Text is not ("." or "!" or "?")) return false;
        var k = open - 1;
        // At most a determiner or possessive between the verb and the fragment ("the", "her").
        var determined = k > sentence.FirstToken && (tokens[k].Norm is "the" or "a" or "an" || FunctionWords.Possessive.Contains(tokens[k]));
        if (determined) k--;
        // "Jo Pike knew the “truth”" gives the view to the one who knows: a verb of knowing or perceiving is no deed.
        if (k <= sentence.FirstToken || !tokens[k].IsWord || tokens[k].IsCapitalized || !document.Voices[k].IsWritersWords()
            || Vocabulary.IsBeliefVerb(tokens[k]) || Vocabulary.IsStanceVerb(tokens[k]) || CognitionVerbs.Contains(tokens[k]))
            return false;
        return IsPastOfDoing(tokens[k].Norm) || determined && IsPresentAfterSubject(tokens, k);
    }

    /// <summary>
    /// A past tense or participle, regular ("pushed") or irregular ("sold", "built", from the inflection layer); not a form
    /// of "be" or an auxiliary ("was the “face”", "had the"), which link or help rather than act.
    /// </summary>
    private static bool IsPastOfDoing(string word) =>
        (word.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularVerbForm(word))
        && !FunctionWords.Copulas.Contains(word) && !FunctionWords.Auxiliaries.Contains(word);

    /// <summary>
    /// "Vey signs the “reform”", "groups such as Bright Path push the “reform”": a present tense has no spelling of its own,
    /// so it is read from its place, a lower-case word right after a name or personal pronoun and before a determiner (a
    /// noun does not stand between a name and "the"). Adverbs, auxiliaries, links and prepositions are not the verb.
    /// </summary>
    private static bool IsPresentAfterSubject(ImmutableArray<Token> tokens, int verb)
    {
        var subject = tokens[verb - 1];
        var word = tokens[verb].Norm;
        return (subject.IsWord && subject.IsCapitalized || FunctionWords.PersonPronouns.Contains(subject))
            && !word.EndsWith("ly", StringComparison.Ordinal) && !FunctionWords.Copulas.Contains(word) && !FunctionWords.Auxiliaries.Contains(word)
            && !FunctionWords.NounPhraseBreakers.Contains(word) && !FunctionWords.Prepositions.Contains(word);
    }

    /// <summary>
    /// "Pike's “reform”, as she calls it": an "as" clause right after the fragment credits it to whoever says or judges it.
    /// </summary>
    private static bool CreditedAfter(DocumentModel document, Sentence sentence, int close)
    {
        var tokens = document.Tokens;
        var k = close + 1;
        if (k < sentence.EndToken && tokens[k].Text == ",") k++;
        if (k >= sentence.EndToken || tokens[k].Norm != "as") return false;
        // "as she calls it", "as the mayor likes to describe it": the verb comes within a short subject.
        for (var end = Math.Min(sentence.EndToken, k + 6); ++k < end;)
            if (document.Voices[k].IsWritersWords() && SaysOrJudges(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// A verb by which a person voices or passes judgement on something: reporting and naming verbs, the verbs of judging
    /// ("blasted", "praised"), of communicating (WordNet), of regarding ("sees it as") and of classifying ("compared … to").
    /// </summary>
    private static bool SaysOrJudges(Token token) =>
        Vocabulary.IsReportingVerb(token) || Vocabulary.NamingVerbs.Contains(token) || Vocabulary.IsEvaluationVerb(token)
        || Vocabulary.IsCommunicationVerb(token) || Vocabulary.IsRegardVerb(token) || Vocabulary.ClassificationComplements(token) is not null;

    /// <summary>
    /// Where the fragment's clause starts: a person in another clause ("Councillor Ray Dunn left early, and the mayor's
    /// “consultation” lasted ten minutes") or outside a "such as" example is not the one whose word is quoted.
    /// </summary>
    private static int ClauseStart(ImmutableArray<Token> tokens, Sentence sentence, int open)
    {
        var first = Math.Max(sentence.FirstToken, open - QuotationShape.MaxSpeechVerbDistance);
        for (var k = open - 1; k > first; k--)
        {
            if (tokens[k].Text is ";" or ":" or "—" or "–") return k + 1;
            if (tokens[k].Norm is "and" or "but" or "while" or "whereas" or "yet" or "so" && tokens[k - 1].Text == ",") return k + 1;
            // "They use tactics such as offering shoppers “free” samples": an example the writer gives, not their words.
            if (tokens[k].Norm == "as" && tokens[k - 1].Norm == "such") return k + 1;
        }
        return first;
    }

    /// <summary>A label is bare nouns and adjectives; "a way forward", "salacious and unverified" are phrases lifted from someone.</summary>
    private static bool HasFunctionWord(ImmutableArray<Token> tokens, int open, int close)
    {
        for (var k = open + 1; k < close; k++)
            if (tokens[k].IsWord && (IsFunctionWord(tokens[k]) || PartialQuoteStarts.Contains(tokens[k].Norm))) return true;
        return false;
    }

    /// <summary>"… in the minister's own words": the sentence says whose the words are, wherever it says it.</summary>
    private static bool SaysWhoseWords(DocumentModel document, Sentence sentence, Quotation quotation)
    {
        var from = Math.Max(sentence.FirstToken, quotation.OpenToken - QuotationShape.MaxSpeechVerbDistance);
        var to = Math.Min(sentence.EndToken, quotation.CloseToken!.Value + QuotationShape.MaxSpeechVerbDistance);
        for (var k = from; k < to; k++)
            if (document.Voices[k] != Voice.Quoted && document.Tokens[k].Norm == "words") return true;
        return false;
    }

    private static bool IsFunctionWord(Token token) =>
        FunctionWords.NounPhraseBreakers.Contains(token) || token.Norm is "how" or "why" or "what" or "whether";

    /// <summary>The same words were quoted shortly before: the first occurrence carries the finding.</summary>
    private static bool RepeatsEarlierQuotation(DocumentModel document, Quotation quotation)
    {
        var quotations = document.Syntax.Quotations;
        var text = document.Excerpt(quotation.ContentSpan).TrimEnd(',', '.');
        for (var k = quotation.Index - 1; k >= 0 && quotation.Index - k <= MaxLookBack; k--)
            if (string.Equals(document.Excerpt(quotations[k].ContentSpan).TrimEnd(',', '.'), text, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>One to four words and nothing else inside the marks, except a comma or period American style puts there.</summary>
    private static bool IsFragment(ImmutableArray<Token> tokens, int open, int close, out int words)
    {
        words = 0;
        for (var k = open + 1; k < close; k++)
        {
            if (tokens[k].IsWord) words++;
            else if (k != close - 1 || tokens[k].Text is not ("," or ".")) return false;
        }
        return words is > 0 and <= MaxWords;
    }

    private static int DoubtCueBefore(ImmutableArray<Token> tokens, Sentence sentence, int open)
    {
        foreach (var cue in Vocabulary.DoubtCues.Phrases)
        {
            var start = open - cue.Length;
            if (start >= sentence.FirstToken && PhraseList.MatchesAt(tokens, start, open, cue)) return cue.Length;
        }
        return 0;
    }

    private static bool HasCapital(ImmutableArray<Token> tokens, int open, int close)
    {
        for (var k = open + 1; k < close; k++)
            if (tokens[k].IsWord && tokens[k].IsCapitalized) return true;
        return false;
    }

    private static int LastWord(ImmutableArray<Token> tokens, int close) => tokens[close - 1].IsWord ? close - 1 : close - 2;

    /// <summary>Dropping the marks keeps the words but drops the writer's signal of doubt: unsafe.</summary>
    private static Rewrite RemoveMarks(ImmutableArray<Token> tokens, int open, int close) =>
        new("Remove the quotation marks", [new TextChange(tokens[open].Span, ""), new TextChange(tokens[close].Span, "")], Applicability.Unsafe);

    private static Rewrite Explain(TextSpan span, string content) =>
        Rewrite.Template("Say what is doubtful and on whose evidence", span, $"{content}, which [observer or evidence] found [problem],");
}
