using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Reported content no attribution frame carries, because its source is a noun of speech or a passive with no agent: "the
/// report's claim that …", "warnings that …" (the noun's clause is what the claim or the warning says) and "widely
/// described as …", "the chef, often hailed as …" (the description is someone's, unnamed). The writer reports these words;
/// they are no assertion of the writer's (RULES.md §1). An unnamed noun or passive is a sourcing gap, which the sourcing
/// rules read from the noun or the verb, not from the content.
/// </summary>
public static class ReportedComplements
{
    /// <summary>How far the clause of a speech noun is followed: a noun's clause is short.</summary>
    private const int MaxClauseTokens = 30;

    /// <summary>Token ranges (first, end exclusive) of the content, by sentence.</summary>
    /// <param name="frames">A source inside a noun's clause ("reports that aid workers said …") reports on its own: the
    /// clause ends before it, so the sourcing rules still read that source as the writer's telling.</param>
    public static List<(int First, int End)> Find(ProseDocument document, ImmutableArray<AttributionFrame> frames)
    {
        var ranges = new List<(int, int)>();
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            if (document.IsHeadline(sentence)) continue;
            // "Known as the finest glazier in the valley, Lund …": a credited rank may open the sentence.
            if (CreditedRanks.At(tokens, sentence, sentence.FirstToken) is { } opening)
                ranges.Add((opening.Rank, ComplementEnd(tokens, sentence, opening.Rank)));
            for (var i = sentence.FirstToken + 1; i < sentence.EndToken - 1; i++)
            {
                if (IsNounClause(tokens, sentence, i) && !IsGrantedByWriter(tokens, sentence, i))
                {
                    var end = NounClauseEnd(tokens, sentence, i);
                    foreach (var frame in frames)
                        if (frame.SentenceIndex == sentence.Index && frame.SourceStart > i && frame.SourceStart < end) end = frame.SourceStart;
                    ranges.Add((i + 1, end));
                }
                else if ((ReputedComplementStart(tokens, sentence, i) ?? CreditedRanks.At(tokens, sentence, i)?.Rank) is int first)
                    ranges.Add((first, ComplementEnd(tokens, sentence, first)));
            }
        }
        return ranges;
    }

    /// <summary>
    /// A past participle, as the verbs of saying and regarding take it: "described", "hailed", "seen", not "says" or
    /// "describing".
    /// </summary>
    public static bool IsParticiple(Token token) =>
        (Vocabulary.IsReportingVerb(token) || Vocabulary.IsRegardVerb(token)) && !token.Norm.EndsWith('s') && !token.Norm.EndsWith("ing", StringComparison.Ordinal)
        && (token.Norm.EndsWith("ed", StringComparison.Ordinal) || token.Norm == "seen" || Vocabulary.ReportingVerbLemma(token) is { } lemma && token.Norm != lemma);

    /// <summary>
    /// "warnings that war is near", "the report's claim that the lake is clean", "reports that …": "that" after a noun of
    /// speech (speech_nouns.txt) or a plural document noun (document_nouns.txt) opens what the noun says. A singular
    /// document is as often the object of a relative ("a cable that Russia can sever"), so it opens none here. Not a
    /// relative ("the report that was leaked"): a verb right after "that" has no subject of its own; nor one whose object
    /// is the noun (<see cref="IsObjectRelative"/>).
    /// </summary>
    private static bool IsNounClause(ImmutableArray<Token> tokens, Sentence sentence, int that) =>
        tokens[that].Norm == "that" && that + 1 < sentence.EndToken && tokens[that + 1].IsWord
        && !FunctionWords.Auxiliaries.Contains(tokens[that + 1]) && !FunctionWords.VerbPreModifiers.Contains(tokens[that + 1])
        && (Vocabulary.IsSpeechNoun(tokens[that - 1]) || Vocabulary.IsPluralDocumentNoun(tokens[that - 1]))
        && !IsObjectRelative(tokens, sentence, that);

    /// <summary>How many words the subject of a relative clause may take before its verb ("that the mayor's chief aide sent").</summary>
    private const int MaxRelativeSubjectTokens = 5;

    /// <summary>
    /// "The memos that Halvard sent were …", "the claims that the mayor made about the harbour", "the studies that the
    /// institute had commissioned": a relative clause whose object is the noun, not what the noun says. Its verb needs an
    /// object (<see cref="Vocabulary.IsObjectVerbPast"/>, WordNet's verb frames) and none follows: the clause ends, or a
    /// finite verb, a preposition or a time adverbial comes next (<see cref="OpensNoObject"/>). The noun's content has
    /// its object ("reports that Halvard sent the memos"), a verb complete without one ("reports that the ferry sank") or
    /// a modal ("warnings that Kestria would invade": read no further), and stays reported. A past form after a
    /// determiner is a noun ("reports that the wounded were …").
    /// </summary>
    private static bool IsObjectRelative(ImmutableArray<Token> tokens, Sentence sentence, int that)
    {
        for (var k = that + 2; k < sentence.EndToken && k - that <= MaxRelativeSubjectTokens + 1; k++)
        {
            var word = tokens[k];
            if (!word.IsWord) return false;
            if (FunctionWords.Auxiliaries.Contains(word) && word.Norm is not ("has" or "have" or "had")) return false;
            if (!Vocabulary.IsObjectVerbPast(word) || FunctionWords.Definite.Contains(tokens[k - 1])
                || FunctionWords.IndefiniteSingular.Contains(tokens[k - 1]) || FunctionWords.Possessive.Contains(tokens[k - 1])) continue;
            var next = k + 1;
            while (next < sentence.EndToken && PassiveChain.IsInnerAdverb(tokens[next])) next++;
            return OpensNoObject(tokens, sentence, next);
        }
        return false;
    }

    /// <summary>
    /// What may follow a verb whose object is missing: the clause's end (punctuation), the main clause's finite verb
    /// ("sent were"), a preposition that is no verb's particle ("made about", "sent to"; "sent in troops" is a phrasal
    /// verb with its object), or a time adverbial ("issued last spring", "sent on Monday").
    /// </summary>
    private static bool OpensNoObject(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || !tokens[k].IsWord) return true;
        var word = tokens[k].Norm;
        if (FunctionWords.Auxiliaries.Contains(word) || FunctionWords.Copulas.Contains(word) || TimeWords.Contains(word)) return true;
        if (word is "in" or "on") return k + 1 < sentence.EndToken && (FunctionWords.Weekdays.Contains(tokens[k + 1]) || FunctionWords.Months.Contains(tokens[k + 1]));
        return FunctionWords.Prepositions.Contains(word) && !Particles.Contains(word);
    }

    /// <summary>
    /// Prepositions that are also a phrasal verb's particle, before its object ("sent over troops", "passed across the
    /// papers"); "in" and "on" ("sent in troops") count only before a day or a month.
    /// </summary>
    private static readonly HashSet<string> Particles = ["over", "through", "across"];

    /// <summary>Adverbials of time that open no object: "the letters that she posted last week", "that he sent yesterday".</summary>
    private static readonly HashSet<string> TimeWords = ["last", "yesterday", "today", "earlier", "later", "then"];

    /// <summary>
    /// "The claim that the vaccine is the safest ever is true", "The warning that the lake is the cleanest is simply
    /// accurate", "The claims that … are, in my view, right": a noun clause that opens the sentence as its subject, and
    /// whose main predicate grants it, is asserted by the writer, who only names its first teller. The main predicate is
    /// the sentence's last copula, after a verb of the clause's own; "The claim that the report is accurate is false"
    /// stays reported, as does a grant inside the clause ("the claim that the figure is correct").
    /// </summary>
    private static bool IsGrantedByWriter(ImmutableArray<Token> tokens, Sentence sentence, int that)
    {
        if (that - sentence.FirstToken > SubjectNounReach) return false;
        var copula = -1;
        for (var k = sentence.EndToken - 1; k > that + 2 && copula < 0; k--)
            if (tokens[k].Norm is "is" or "are" or "was" or "were") copula = k;
        if (copula < 0) return false;
        var clauseHasVerb = false;
        for (var k = that + 1; k < copula; k++) clauseHasVerb |= FunctionWords.Auxiliaries.Contains(tokens[k]);
        if (!clauseHasVerb) return false;
        // "is simply accurate", "are, in my view, right": degree adverbs and one aside between commas may come first.
        var n = copula + 1;
        while (n < sentence.EndToken && GrantAdverbs.Contains(tokens[n].Norm)) n++;
        if (n < sentence.EndToken && tokens[n].Text == ",")
        {
            var close = n + 1;
            while (close < sentence.EndToken && close - n <= 5 && tokens[close].Text != ",") close++;
            if (close < sentence.EndToken && tokens[close].Text == ",") n = close + 1;
        }
        while (n < sentence.EndToken && GrantAdverbs.Contains(tokens[n].Norm)) n++;
        return n < sentence.EndToken && Grants.Contains(tokens[n].Norm);
    }

    /// <summary>How far into the sentence a speech noun stands when its clause is the sentence's subject ("The mayor's claim that").</summary>
    private const int SubjectNounReach = 4;

    /// <summary>Adjectives of truth and correctness by which a writer grants a claim, and "mine"/"ours", by which the writer owns it.</summary>
    private static readonly HashSet<string> Grants =
        ["true", "correct", "right", "accurate", "valid", "sound", "justified", "warranted", "well-founded", "undeniable", "indisputable", "mine", "ours"];

    /// <summary>Degree adverbs that keep a grant whole ("simply true", "entirely correct"); a hedge or a negation ("hardly", "not") is none.</summary>
    private static readonly HashSet<string> GrantAdverbs = ["simply", "entirely", "quite", "perfectly", "absolutely", "completely", "plainly", "clearly", "also", "still"];

    /// <summary>
    /// The clause ends at a comma or the sentence's end; a noun that opens the sentence is its subject, so its clause also
    /// ends before the main verb, the second finite auxiliary: "Warnings that war is near have multiplied".
    /// </summary>
    private static int NounClauseEnd(ImmutableArray<Token> tokens, Sentence sentence, int that)
    {
        var end = ClauseEnd(tokens, sentence, that + 1);
        if (that - sentence.FirstToken > SubjectNounReach) return end;
        var auxiliaries = 0;
        for (var k = that + 1; k < end; k++)
            if (FunctionWords.Auxiliaries.Contains(tokens[k]) && ++auxiliaries == 2) return k;
        return end;
    }

    /// <summary>
    /// "widely described as", "often hailed as", "is regarded as", "the ferry, seen as …": a participle of saying or
    /// regarding with no agent, after an adverb, a form of be or a comma, and "as" (after "of" in "spoken of as"). The verbs
    /// that measure ("ranked as", "rated as", "counted as") state a position, not a view. Returns the first token after "as".
    /// </summary>
    private static int? ReputedComplementStart(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!IsParticiple(tokens[i]) || Vocabulary.ReportingVerbLemma(tokens[i]) is null && MeasuringRegards.Contains(tokens[i].Norm)) return null;
        var before = tokens[i - 1];
        if (!(before.Text == "," || PassiveChain.IsInnerAdverb(before) || before.Norm is "is" or "are" or "was" or "were" or "been" or "being" or "be")) return null;
        var asAt = i + 1 < sentence.EndToken && tokens[i + 1].Norm == "of" ? i + 2 : i + 1;
        return asAt + 1 < sentence.EndToken && tokens[asAt].Norm == "as" && tokens[asAt + 1].IsWord ? asAt + 1 : null;
    }

    /// <summary>
    /// "The chef, often hailed as …", "Tovey, described as …", "a striker widely seen as …": a description that
    /// <see cref="ReputedComplementStart"/> reads at the participle <paramref name="participle"/>, in its reduced form —
    /// an appositive or a reduced relative, with no finite auxiliary (the finite "is often hailed as" is a plain
    /// passive). Returns the phrase's first token, its first adverb or the participle, for the sourcing rules: the
    /// description is credited to nobody, as the finite passive's is.
    /// </summary>
    public static int? ReducedDescriptionStart(ImmutableArray<Token> tokens, Sentence sentence, int participle)
    {
        if (participle <= sentence.FirstToken || ReputedComplementStart(tokens, sentence, participle) is null) return null;
        var start = PassiveChain.SkipAdverbsBack(tokens, sentence, participle - 1) + 1;
        if (start <= sentence.FirstToken) return null;
        var before = tokens[start - 1];
        return before.Text == "," || before.IsWord && !FunctionWords.Copulas.Contains(before) && !FunctionWords.Auxiliaries.Contains(before)
            && before.Norm is not ("been" or "being" or "be") ? start : null;
    }

    /// <summary>The description ends where a conjunction opens the writer's own clause: "is seen as a reformer but runs …".</summary>
    private static int ComplementEnd(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        var end = ClauseEnd(tokens, sentence, first);
        for (var k = first; k < end; k++)
            if (ClauseConjunctions.Contains(tokens[k].Norm)) return k;
        return end;
    }

    private static readonly HashSet<string> ClauseConjunctions =
        [.. FunctionWords.Subordinators, "but", "yet", "so", "since", "after", "before", "as"];

    private static readonly HashSet<string> MeasuringRegards = ["ranked", "rated", "counted", "judged"];

    private static int ClauseEnd(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        for (var k = first; k < sentence.EndToken && k - first < MaxClauseTokens; k++)
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Dash) return k;
        return Math.Min(sentence.EndToken, first + MaxClauseTokens);
    }
}
