using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>What a sentence does with what it says: a question to the reader is not an assertion, unless it asks only to assert.</summary>
public enum SentenceMood
{
    /// <summary>A statement, a command or a fragment: what it says, it asserts.</summary>
    Statement,

    /// <summary>
    /// A genuine question that asks the reader to name someone or something (who, whom, whose, which, what): "Which
    /// councillor has the worst record on potholes?", a reader poll. It ranks, blames and warns about nothing.
    /// </summary>
    InformationQuestion,

    /// <summary>
    /// Any other genuine question: it asks whether, why, how or when what it states holds ("Is the ferry the fastest way
    /// across?", "Why did the council close the pier?"). It raises a claim, or takes it as given, without asserting it outright.
    /// </summary>
    ClaimQuestion,

    /// <summary>
    /// A question that asserts its own answer: "Has there ever been a more cynical budget?", "Isn't this the worst plan
    /// yet?", "Who could possibly object?", "The pier is doomed, isn't it?".
    /// </summary>
    RhetoricalQuestion,
}

/// <summary>Reads each sentence's mood from its shape: the final question mark, the opening word, and the marks of a rhetorical question.</summary>
internal static class SentenceMoods
{
    /// <summary>Words that open a question asking for someone or something.</summary>
    private static readonly FrozenWordSet EntityQuestionWords = new[] { "who", "whom", "whose", "which", "what" }.ToFrozenWordSet();

    /// <summary>Coordinators a question may open with before its question word ("So which ward is next?").</summary>
    private static readonly FrozenWordSet LeadingCoordinators = new[] { "and", "but", "so", "or" }.ToFrozenWordSet();

    /// <summary>Pronouns that close a tag question ("…, isn't it?", "…, don't they?").</summary>
    private static readonly FrozenSet<string> TagPronouns =
        new[] { "it", "they", "he", "she", "we", "you", "i", "there", "that", "this" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<PhraseList> RhetoricalCues = new(() => PhraseList.Load(LexiconStore.Engine, "rhetorical_question_cues"));

    public static ImmutableArray<SentenceMood> Classify(ProseDocument document) => [.. document.Sentences.Select(s => Of(document.Tokens, s))];

    private static SentenceMood Of(ImmutableArray<Token> tokens, Sentence sentence)
    {
        if (QuestionMark(tokens, sentence) is not int mark) return SentenceMood.Statement;
        var first = sentence.FirstToken;
        while (first < mark && !tokens[first].IsWord) first++;
        if (first == mark) return SentenceMood.ClaimQuestion;
        if (IsRhetorical(tokens, sentence, first, mark)) return SentenceMood.RhetoricalQuestion;
        if (LeadingCoordinators.Contains(tokens[first]) && first + 1 < mark) first += tokens[first + 1].Text == "," ? 2 : 1;
        return EntityQuestionWords.Contains(QuestionWord(tokens[first].Norm)) ? SentenceMood.InformationQuestion : SentenceMood.ClaimQuestion;
    }

    /// <summary>"What's the closest …?", "Who's the best …?": the question word of a contracted "is" or "has".</summary>
    private static string QuestionWord(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>The question mark that ends the sentence, before any closing quotation marks or brackets.</summary>
    private static int? QuestionMark(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.EndToken - 1; k >= sentence.FirstToken; k--)
        {
            if (tokens[k].Kind == TokenKind.Quote || tokens[k].Text == ")") continue;
            return tokens[k].Text == "?" ? k : null;
        }
        return null;
    }

    private static bool IsRhetorical(ImmutableArray<Token> tokens, Sentence sentence, int first, int mark)
    {
        // "Isn't this the worst plan yet?", "Don't we all know …?": a negative question expects yes.
        if (Negation.IsContraction(tokens[first].Norm)) return true;
        if (IsTagQuestion(tokens, sentence, mark)) return true;
        // "Has there ever been a more cynical budget?": nothing ever compared better, the question says.
        if (FunctionWords.Auxiliaries.Contains(tokens[first]) && HasEverThenComparative(tokens, first, mark)) return true;
        return RhetoricalCues.Value.OccursIn(tokens, sentence.FirstToken, mark);
    }

    /// <summary>"The pier is doomed, isn't it?", "…, right?": a statement with a tag that asks only for agreement.</summary>
    private static bool IsTagQuestion(ImmutableArray<Token> tokens, Sentence sentence, int mark)
    {
        var k = mark - 1;
        if (k - 1 >= sentence.FirstToken && tokens[k].Norm == "right" && tokens[k - 1].Text == ",") return true;
        return k - 2 >= sentence.FirstToken && TagPronouns.Contains(tokens[k].Norm)
            && (FunctionWords.Auxiliaries.Contains(tokens[k - 1]) || Negation.IsContraction(tokens[k - 1].Norm))
            && tokens[k - 2].Text == ",";
    }

    private static bool HasEverThenComparative(ImmutableArray<Token> tokens, int first, int mark)
    {
        var ever = false;
        for (var k = first + 1; k < mark; k++)
        {
            if (tokens[k].Norm == "ever") ever = true;
            else if (ever && (tokens[k].Norm is "more" or "less" or "fewer" || AdjectiveForms.IsComparative(tokens[k]))) return true;
        }
        return false;
    }
}
