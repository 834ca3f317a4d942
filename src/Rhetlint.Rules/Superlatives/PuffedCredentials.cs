using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Sourcing;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// A person introduced by praise instead of a title ("renowned strategist Tom Hale", "one of the world's leading
/// economists"): where the puff starts, and whether the person is named. A named person's puff is RH2004's; an unnamed
/// puffed source is the sourcing rules'; RH2003 leaves both alone.
/// </summary>
internal static class PuffedCredentials
{
    /// <summary>
    /// Whether the puffed person (puff at <paramref name="puff"/>, role noun ending at <paramref name="roleEnd"/>) is
    /// named: "strategist Tom Hale", "a strategist, Tom Hale,", "Tom Hale, a renowned strategist", "Hale is a leading
    /// economist", or a named speaker whose source phrase holds the puff.
    /// </summary>
    public static bool IsNamed(DocumentModel document, Sentence sentence, int puff, int roleEnd)
    {
        var tokens = document.Tokens;
        var actors = document.Actors;
        if (roleEnd < sentence.EndToken && SubjectCues.IsName(actors, tokens, sentence, roleEnd)) return true;
        if (roleEnd + 1 < sentence.EndToken && tokens[roleEnd].Text == "," && SubjectCues.IsName(actors, tokens, sentence, roleEnd + 1)) return true;

        var start = Start(tokens, sentence, puff);
        var before = start - 1;
        if (before > sentence.FirstToken && (tokens[before].Text == "," || FunctionWords.Copulas.Contains(tokens[before]))
            && SubjectCues.IsName(actors, tokens, sentence, before - 1))
            return true;

        foreach (var frame in document.FramesIn(sentence))
            if (frame.Speaker == SpeakerClass.NamedPerson && frame.SourceStart <= puff && puff < frame.SourceEnd) return true;
        return false;
    }

    /// <summary>The start of the puff with its determiner and "one of the world's" ("one of the world's leading economists").</summary>
    public static int Start(ImmutableArray<Token> tokens, Sentence sentence, int puff)
    {
        var k = puff;
        if (k - 1 >= sentence.FirstToken && tokens[k - 1].Norm is "world's" or "country's" or "nation's") k--;
        if (k - 1 >= sentence.FirstToken && tokens[k - 1].Norm is "a" or "an" or "the") k--;
        if (k - 2 >= sentence.FirstToken && tokens[k - 1].Norm == "of" && tokens[k - 2].Norm == "one") k -= 2;
        return k;
    }
}
