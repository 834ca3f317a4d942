using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "I hear the clinic will close in March", "we've heard the mayor is standing down", "I hear the board signed the
/// lease": a verb of hearing whose complement is a finite clause passes on what reached the writer, with "that" or
/// without it, so the claim comes from nobody the reader can find. With a noun phrase or a bare infinitive it is
/// perception: "I hear the rain on the roof", "we heard the band play". The clause is finite when a subject opens it and
/// a tensed verb follows within a few words: an auxiliary, or a past form ("signed", "took").
/// </summary>
internal static class WriterHeard
{
    /// <summary>How far the clause's tensed verb may follow its first word: "the EFL's owners' and directors' test took".</summary>
    private const int MaxSubjectTokens = 8;

    public static bool BareClauseAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int after) =>
        after + 1 < sentence.EndToken && tokens[after].Norm != "that"
        && SourcingCues.ThatClauseAt(actors, tokens, sentence, after, allowBare: true) == after
        && HasTensedVerb(tokens, sentence, after + 1);

    /// <summary>
    /// A tensed verb within <see cref="MaxSubjectTokens"/> of <paramref name="from"/>: an auxiliary, or a lower-case past
    /// form ("-ed", or an irregular one such as "took", "sold") that no determiner makes a noun or adjective ("the
    /// signed lease"). A gerund is no tense.
    /// </summary>
    public static bool HasTensedVerb(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        var end = Math.Min(sentence.EndToken, from + MaxSubjectTokens);
        for (var k = from; k < end && tokens[k].IsWord; k++)
        {
            if (FunctionWords.Auxiliaries.Contains(tokens[k])) return true;
            var norm = tokens[k].Norm;
            if (tokens[k].IsCapitalized || norm.EndsWith("ing", StringComparison.Ordinal) || IsDeterminer(tokens[k - 1])) continue;
            if (norm.Length > 3 && norm.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularVerbForm(norm)) return true;
        }
        return false;
    }

    private static bool IsDeterminer(Token token) =>
        FunctionWords.Definite.Contains(token) || FunctionWords.Possessive.Contains(token) || token.Norm is "a" or "an";

    /// <summary>The writer as a subject: "I", "we", with "have" fused ("I've heard").</summary>
    private static readonly FrozenSet<string> Writer = FrozenSet.ToFrozenSet(["i", "we", "i've", "we've"], StringComparer.Ordinal);

    /// <summary>
    /// Where the writer who hears starts, for the verb at <paramref name="verb"/>: "I hear", "we heard", "I've heard", and
    /// the progressive of news arriving, "I'm hearing that", "we are hearing", "I've been hearing", "I keep hearing".
    /// </summary>
    public static int? WriterBefore(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb - 1;
        if (k < sentence.FirstToken) return null;
        if (!tokens[verb].Norm.EndsWith("ing", StringComparison.Ordinal)) return Writer.Contains(tokens[k].Norm) ? k : null;
        if (tokens[k].Norm is "i'm" or "we're") return k;
        if (k - 1 < sentence.FirstToken) return null;
        return tokens[k].Norm switch
        {
            "am" or "are" or "keep" or "kept" when tokens[k - 1].Norm is "i" or "we" => k - 1,
            "been" when tokens[k - 1].Norm is "i've" or "we've" => k - 1,
            "been" when k - 2 >= sentence.FirstToken && tokens[k - 1].Norm == "have" && tokens[k - 2].Norm is "i" or "we" => k - 2,
            _ => null,
        };
    }

    /// <summary>Subjects that make the passed-on clause about the writer or the reader: "I hear your sister has a new job", "I'm told I should bring a coat".</summary>
    private static readonly FrozenSet<string> PersonalSubjects = FrozenSet.ToFrozenSet(
        ["i", "i'm", "i've", "i'd", "i'll", "my", "you", "you're", "you've", "you'd", "you'll", "your"], StringComparer.Ordinal);

    /// <summary>
    /// "I hear your sister has started a new job", "I'm told I should bring a coat", "I hear you've moved": what reached the
    /// writer about the writer or the reader is personal news or advice between the two, not a claim about public affairs
    /// that an outlet could stand behind. The clause's subject is the first word after the verb (and its "that").
    /// </summary>
    public static bool IsPersonal(ImmutableArray<Token> tokens, Sentence sentence, int after)
    {
        if (after < sentence.EndToken && tokens[after].Norm == "that") after++;
        return after < sentence.EndToken && PersonalSubjects.Contains(tokens[after].Norm);
    }
}
