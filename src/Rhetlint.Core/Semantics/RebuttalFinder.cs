using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Rebuttal and denial (RULES.md §1): wording the writer rejects is mentioned, not asserted.
/// <list type="bullet">
/// <item>A rebuttal sentence — an anaphoric subject with a rejecting predicate ("Such fears are substantially
/// exaggerated.", "The comparison does not survive scrutiny.", "It is not true.") or a label for what came
/// before ("Such blatant exaggeration …") — rebuts up to three sentences before it in its paragraph, and the last
/// two of the previous paragraph when it opens its own. A sentence that quotes or reports someone is left as it
/// is: the rejected claim is that quoted or reported one, and the writer's framing around it still stands.</item>
/// <item>A denial predicate ("reject the idea that", "there is no evidence that") rebuts its complement clause, and so
/// does a rejecting predicate said of an extraposed "it" ("It is simply untrue that …", "It is plainly false that …",
/// "It is wrong to say …").</item>
/// </list>
/// </summary>
internal static class RebuttalFinder
{
    private const int SentencesBack = 3;
    private const int PreviousParagraphSentences = 2;

    private static readonly Lazy<PhraseList> Predicates = new(() => PhraseList.Load(LexiconStore.Engine, "rebuttal_predicates"));
    private static readonly Lazy<PhraseList> Denials = new(() => PhraseList.Load(LexiconStore.Engine, "denial_predicates"));
    private static readonly Lazy<Subjects> SubjectWords = new(Subjects.Load);

    /// <summary>Adverbs that may grade a rejecting predicate ("are substantially exaggerated").</summary>
    private static readonly FrozenWordSet DegreeAdverbs = new[]
    {
        "substantially", "greatly", "wildly", "grossly", "vastly", "badly", "simply", "largely", "hugely", "deeply",
        "seriously", "massively", "considerably", "much", "very", "clearly", "plainly", "just", "also", "still",
    }.ToFrozenWordSet();

    /// <summary>Token ranges (first, end exclusive) of rebutted wording.</summary>
    /// <param name="voices">The voices so far (quoted, reported, mentioned); a rebuttal does not reach into sentences that report.</param>
    public static List<(int First, int End)> Find(ProseDocument document, IReadOnlyList<Voice> voices)
    {
        var ranges = new List<(int, int)>();
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var denial = Denials.Value.LongestAt(tokens, i, sentence.EndToken);
                if (denial > 0) ranges.Add((i + denial, ClauseBounds.End(tokens, sentence, i + denial - 1)));
                else if (ExtraposedDenialEnd(tokens, sentence, i) is int that) ranges.Add((that + 1, ClauseBounds.End(tokens, sentence, that)));
            }
            if (IsRebuttal(tokens, sentence)) AddRebuttedSentences(document, voices, sentence, ranges);
        }
        return ranges;
    }

    private static void AddRebuttedSentences(ProseDocument document, IReadOnlyList<Voice> voices, Sentence rebuttal, List<(int, int)> ranges)
    {
        var paragraph = document.Paragraphs[rebuttal.ParagraphIndex];
        var first = Math.Max(paragraph.FirstSentence, rebuttal.Index - SentencesBack);
        for (var s = first; s < rebuttal.Index; s++)
            AddUnlessReporting(document.Sentences[s], voices, ranges);
        if (rebuttal.Index != paragraph.FirstSentence || paragraph.Index == 0) return;
        var previous = document.Paragraphs[paragraph.Index - 1];
        for (var s = Math.Max(previous.FirstSentence, previous.EndSentence - PreviousParagraphSentences); s < previous.EndSentence; s++)
            AddUnlessReporting(document.Sentences[s], voices, ranges);
    }

    private static void AddUnlessReporting(Sentence sentence, IReadOnlyList<Voice> voices, List<(int, int)> ranges)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (voices[k] is Voice.Quoted or Voice.Reported) return;
        ranges.Add((sentence.FirstToken, sentence.EndToken));
    }

    /// <summary>The sentence's main subject points back at a claim and rejects it, or labels it as exaggeration.</summary>
    private static bool IsRebuttal(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var k = SkipOpeners(tokens, sentence);
        if (k >= sentence.EndToken) return false;
        var words = SubjectWords.Value;

        if (words.Pronouns.Contains(tokens[k].Norm) && PredicateEndsAt(tokens, sentence, k + 1) is int end)
            return end >= sentence.EndToken || IsClauseEnd(tokens[end]);

        if (!words.Determiners.Contains(tokens[k].Norm)) return false;
        // "such (blatant) fears", "the (whole) comparison": up to two modifiers before the noun. A verb or a negation
        // ends the subject: "That isn't hyperbole." insists on the claim before it rather than labelling it.
        for (var n = k + 1; n < sentence.EndToken && n <= k + 3; n++)
        {
            if (words.Labels.Contains(tokens[n].Norm) && tokens[k].Norm != "the") return true;
            if (words.Nouns.Contains(tokens[n].Norm)) return PredicateEndsAt(tokens, sentence, n + 1) is not null;
            if (!tokens[n].IsWord || FunctionWords.Auxiliaries.Contains(tokens[n]) || Negation.IsWord(tokens[n].Norm)) return false;
        }
        return false;
    }

    /// <summary>Just past a rejecting predicate at <paramref name="k"/>, or null.</summary>
    private static int? PredicateEndsAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = sentence.EndToken;
        // "are substantially exaggerated": degree adverbs may sit between the copula and the participle.
        if (k < end && tokens[k].Norm is "is" or "are" or "was" or "were")
        {
            var m = k + 1;
            while (m < end && DegreeAdverbs.Contains(tokens[m])) m++;
            if (m > k + 1)
            {
                foreach (var phrase in Predicates.Value.Phrases)
                    if (phrase.Length >= 2 && phrase[0] == tokens[k].Norm && PhraseList.MatchesAt(tokens, m, end, phrase[1..]))
                        return m + phrase.Length - 1;
            }
        }
        while (k < end && DegreeAdverbs.Contains(tokens[k])) k++;
        var length = Predicates.Value.LongestAt(tokens, k, end);
        return length > 0 ? k + length : null;
    }

    /// <summary>
    /// "It is simply untrue that …", "It was plainly false that …", "It is a myth that …": an extraposed "it" whose
    /// predicate is one of the rejecting predicates (graded or not) and whose subject is the "that" clause after it, so
    /// the clause is denied. Returns the index of the "that", or null.
    /// </summary>
    private static int? ExtraposedDenialEnd(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        // "it is" or "it was": the tense does not change the denial.
        if (tokens[i].Norm != "it" || i + 1 >= sentence.EndToken || tokens[i + 1].Norm is not ("is" or "was")) return null;
        var m = i + 2;
        while (m < sentence.EndToken && DegreeAdverbs.Contains(tokens[m])) m++;
        // "It is wrong to say …", "It is false to claim …": the infinitive of a verb of saying stands for the "that" clause.
        if (m + 2 < sentence.EndToken && tokens[m].Norm is "wrong" or "false" or "untrue" or "misleading" && tokens[m + 1].Norm == "to"
            && tokens[m + 2].Norm is "say" or "claim" or "suggest" or "argue") return m + 2;
        foreach (var phrase in Predicates.Value.Phrases)
        {
            var that = m + phrase.Length - 1;
            if (phrase.Length >= 2 && phrase[0] == "is" && PhraseList.MatchesAt(tokens, m, sentence.EndToken, phrase[1..]) && that < sentence.EndToken && tokens[that].Norm == "that")
                return that;
        }
        return null;
    }

    /// <summary>"Still, as I show below, such claims …": connectives and a leading subordinate clause.</summary>
    private static int SkipOpeners(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var k = sentence.FirstToken;
        while (k < sentence.EndToken && tokens[k].Norm is "yet" or "but" or "and" or "still" or "so" or "in" or "fact" or "truth" or "reality" or "however" or ",")
            k++;
        if (k < sentence.EndToken && tokens[k].Norm is "as" or "though" or "although" or "while")
        {
            for (var c = k + 1; c < sentence.EndToken && c - k <= 15; c++)
                if (tokens[c].Text == ",") return c + 1;
        }
        return k;
    }

    private static bool IsClauseEnd(Token token) => token.Text is "." or "!" or ";" or "," or ":" || token.Kind == TokenKind.Dash;

    private sealed record Subjects(FrozenSet<string> Determiners, FrozenSet<string> Nouns, FrozenSet<string> Pronouns, FrozenSet<string> Labels)
    {
        public static Subjects Load()
        {
            var byKind = LexiconStore.Engine.Lines("rebuttal_subjects")
                .Select(line => line.Split('\t', 2))
                .Where(parts => parts.Length == 2)
                .ToLookup(parts => parts[0].Trim(), parts => Token.Normalize(parts[1].Trim()));
            FrozenSet<string> Kind(string kind) => byKind[kind].ToFrozenSet(StringComparer.Ordinal);
            return new Subjects(Kind("determiner"), Kind("noun"), Kind("pronoun"), Kind("label"));
        }
    }
}
