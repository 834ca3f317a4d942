using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "Everybody in Brackley hates the one-way system", "No one in the trade believes the figures", "Everyone on the estate
/// fears the police", "Everybody in Kelstowe is against this": a universal person narrowed by a scope, with a
/// present-tense verb of feeling or of holding a view (<c>stance_verbs_wordnet.txt</c>) or "is against", claims the
/// attitude of every member of a town, a trade or a group, which no one has asked. A past verb narrates a scene ("Everyone
/// in the room feared the worst"), and a verb of the body, of injury or of motion reports an event ("Nobody in the
/// building was hurt", "Everyone in the room stood"); neither is in the lexicon's present forms. Verbs of knowing and
/// agreeing are RH2006's consensus claims, and "nobody knows" states ignorance. A scope the writer belongs to ("everyone
/// in our family") is the writer's own circle, and an indefinite object ("everyone at the centre loves a sunny
/// Saturday") a truism of preference, not a group's view of something. A sentence that opens on a work of fiction ("In the film,",
/// "In Act Two,") retells a plot (<see cref="ToldWorks.IsToldInAWork"/>).
/// </summary>
internal static class ScopedStanceUniversals
{
    private static readonly Lazy<FrozenSet<string>> StanceVerbs = new(() =>
        RuleLexicons.Store.Lines("stance_verbs_wordnet").Select(Token.Normalize).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>How many words the scope may run before the verb: "in the restaurant trade", "at the county hall".</summary>
    private const int MaxScopeWords = 4;

    /// <summary>The span from the universal at <paramref name="i"/> to the end of its verb, or null.</summary>
    public static (int Start, int End, int Cue)? Match(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        int scope;
        if (tokens[i].Norm is "everyone" or "everybody" or "nobody") scope = i + 1;
        else if (tokens[i].Norm == "no" && i + 1 < sentence.EndToken && tokens[i + 1].Norm == "one") scope = i + 2;
        else return null;
        if (scope + 1 >= sentence.EndToken || tokens[scope].Norm is not ("in" or "at" or "on" or "across" or "throughout") || !UniversalCues.OpensClause(tokens, sentence, i)) return null;
        if (tokens[scope + 1].Norm is "our" or "my") return null;
        if (ToldWorks.IsToldInAWork(tokens, sentence, i)) return null;
        for (var verb = scope + 2; verb < sentence.EndToken && verb - scope <= MaxScopeWords + 1; verb++)
        {
            var token = tokens[verb];
            // "Everyone in the 40 homes": a counted set; a comma or a clause word ends the subject without a verb.
            if (!token.IsWord || ClaimScope.IsNumberWord(token) || token.Norm is "who" or "that" or "which" or "and" or "or") return null;
            if (token.Norm is "is" or "are")
                return verb + 1 < sentence.EndToken && tokens[verb + 1].Norm == "against" ? (i, verb + 2, i) : null;
            if (IsStanceVerb(tokens, verb))
                return verb + 1 < sentence.EndToken && tokens[verb + 1].Norm is "a" or "an" ? null : (i, verb + 1, i);
        }
        return null;
    }

    /// <summary>A present-tense form of a lexicon verb that is not a consensus or ignorance verb ("know", "agree", "doubt").</summary>
    private static bool IsStanceVerb(ImmutableArray<Token> tokens, int verb)
    {
        var token = tokens[verb];
        if (token.IsCapitalized || !token.Norm.EndsWith('s') || token.Norm.EndsWith("ss", StringComparison.Ordinal) || FunctionWords.Definite.Contains(tokens[verb - 1])) return false;
        if (UniversalCues.Is("know", token) || UniversalCues.Is("deny", token) || UniversalCues.Is("ignorance", token)) return false;
        var norm = token.Norm;
        return StanceVerbs.Value.Contains(norm[..^1])
            || norm.EndsWith("es", StringComparison.Ordinal) && StanceVerbs.Value.Contains(norm[..^2])
            || norm.EndsWith("ies", StringComparison.Ordinal) && StanceVerbs.Value.Contains(norm[..^3] + "y");
    }
}
