using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "I hear the clinic will close in March", "we've heard the mayor is standing down": a verb of hearing whose complement
/// is a finite clause passes on what reached the writer, with "that" or without it, so the claim comes from nobody the
/// reader can find. With a noun phrase or a bare infinitive it is perception: "I hear the rain on the roof", "we heard
/// the band play". The clause is finite when a subject opens it and an auxiliary follows within a few words.
/// </summary>
internal static class WriterHeard
{
    /// <summary>How far the clause's auxiliary may follow its first word: "the new clinic on Dale Street will".</summary>
    private const int MaxSubjectTokens = 6;

    public static bool BareClauseAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int after) =>
        after + 1 < sentence.EndToken && tokens[after].Norm != "that"
        && SourcingCues.ThatClauseAt(actors, tokens, sentence, after, allowBare: true) == after
        && FunctionWords.AnyAuxiliary(tokens, after + 1, Math.Min(sentence.EndToken, after + 1 + MaxSubjectTokens));
}
