using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// "I understand from people at the council that …", "we hear from friends at the club that …", "I have learned from a
/// colleague that …": the writer receiving a report names its teller after "from", and a that-clause carries what was
/// passed on. The teller is the report's source, as the agent of "I am told by …" is, so the attribution rules judge
/// it: an unnamed group, a vague singular, a bare source (issue 17). Without a that-clause the verb is no report: "I
/// hear from my sister every week", "we learned from our mistakes".
/// </summary>
internal static class WriterReceipts
{
    /// <summary>Verbs of receiving news, in the forms the writer uses them in: "I understand", "we heard", "I've learned", "I gather", "I am told".</summary>
    private static readonly FrozenWordSet ReceivingVerbs = new[]
    {
        "understand", "understood", "hear", "heard", "hearing", "learn", "learned", "learnt", "learning", "gather", "gathered", "gathering",
        // The passive of telling with "from" where "by" would name the teller: "I am told from contacts in the ministry that …".
        "told", "informed",
    }.ToFrozenWordSet();

    private static readonly FrozenWordSet WriterContractions = new[] { "i'm", "we're", "i've", "we've", "i'd", "we'd" }.ToFrozenWordSet();

    /// <summary>Auxiliaries between the writer and the verb: "I have heard", "we are hearing", "I keep hearing", "I had learned".</summary>
    private static readonly FrozenWordSet Auxiliaries = new[] { "have", "had", "am", "are", "was", "were", "been", "keep", "kept", "'ve", "'m" }.ToFrozenWordSet();

    /// <summary>Words that make the passed-on clause about the writer or the reader: "I understand from your letter that you want a refund".</summary>
    private static readonly FrozenWordSet PersonalSubjects = new[] { "i", "i'm", "i've", "you", "you're", "you've", "your", "my" }.ToFrozenWordSet();

    /// <summary>
    /// Where "from" stands when <paramref name="verb"/> is a verb of receiving news whose subject is the writer, at the
    /// start of a clause, with "from" next or after one adverb ("I hear privately from …"); null otherwise.
    /// </summary>
    public static int? FromAt(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (!ReceivingVerbs.Contains(tokens[verb])) return null;
        var from = verb + 1;
        if (from < sentence.EndToken && PassiveChain.IsInnerAdverb(tokens[from])) from++;
        if (from + 1 >= sentence.EndToken || tokens[from].Norm != "from") return null;
        var k = verb - 1;
        while (k >= sentence.FirstToken && verb - k <= 3 && (Auxiliaries.Contains(tokens[k]) || PassiveChain.IsInnerAdverb(tokens[k]))) k--;
        if (k < sentence.FirstToken || !(FunctionWords.AuthorPronouns.Contains(tokens[k]) || WriterContractions.Contains(tokens[k]))) return null;
        return SubjectCues.IsClauseStart(tokens, sentence, k) ? from : null;
    }

    /// <summary>
    /// Where the that-clause of the report opens, after the teller's head: the source reader runs a post-modifier on
    /// through "that" ("friends at the club that the manager …"), so the first "that" after the head ends the teller.
    /// Null when none follows, or when the clause is about the writer or the reader.
    /// </summary>
    public static int? ReportAt(ImmutableArray<Token> tokens, Sentence sentence, SourcePhrase teller)
    {
        for (var k = teller.HeadEnd; k <= teller.End && k + 1 < sentence.EndToken; k++)
            if (tokens[k].Norm == "that")
                return tokens[k + 1].IsWord && !PersonalSubjects.Contains(tokens[k + 1]) ? k : null;
        return null;
    }
}
