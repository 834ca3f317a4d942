using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "The repair bill is larger than most owners expect", "the first thing most tenants ask is whether the deposit is
/// safe": a share of a kind ("most", "many") whose verb has lost its object to a comparison ("than") or to the noun its
/// contact relative hangs on passes on no content of its own. It is the writer's observation about people at large, not a claim put in
/// a crowd's mouth; with a clause after the verb ("most people expect that rates will fall", "the fear many analysts
/// share is that …") the group states a view again and stays a source.
/// </summary>
internal static class GappedReports
{
    public static bool Are(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        var sentence = document.SentenceOf(frame.SourceStart);
        if (tokens[frame.SourceStart].Norm is not ("most" or "many") || frame.SourceStart == sentence.FirstToken) return false;
        if (!EndsAtVerb(tokens, sentence, frame.CueToken)) return false;
        var before = frame.SourceStart - 1;
        return tokens[before].Norm == "than" || HostsRelative(tokens, sentence, before);
    }

    /// <summary>Nothing the verb could report follows it: the sentence ends, a clause ends, or the host's own verb takes over.</summary>
    private static bool EndsAtVerb(ImmutableArray<Token> tokens, Sentence sentence, int cue)
    {
        if (cue + 1 >= sentence.EndToken) return true;
        var next = tokens[cue + 1];
        return next.Text is "," or "." or ";" or ")" or "?" or "!" || next.Kind == TokenKind.Dash || next.Norm is "and" or "but" or "or"
            || FunctionWords.Copulas.Contains(next) || FunctionWords.Auxiliaries.Contains(next);
    }

    /// <summary>
    /// A lower-case noun right before the group, opened by a determiner over at most two modifiers ("the first
    /// question", "one mistake"): the host of a contact relative whose object is the gap. A verb there ("I think most
    /// people expect") opens no noun phrase.
    /// </summary>
    private static bool HostsRelative(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        if (!tokens[head].IsWord || tokens[head].IsCapitalized || FunctionWords.NounPhraseBreakers.Contains(tokens[head])) return false;
        for (var k = head - 1; k >= sentence.FirstToken && head - k <= 3; k--)
        {
            if (FunctionWords.Definite.Contains(tokens[k]) || FunctionWords.Possessive.Contains(tokens[k]) || FunctionWords.IndefiniteSingular.Contains(tokens[k])
                || tokens[k].Norm is "every" or "each")
                return true;
            if (!tokens[k].IsWord || FunctionWords.NounPhraseBreakers.Contains(tokens[k])) return false;
        }
        return false;
    }
}
