using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// The word classes of absolute generalizations and consensus claims (<c>rules/lexicons/rules/universal_claims.txt</c>),
/// shared by RH2005 and RH2006, and the few syntactic tests both need: is this a generic group, a present verb,
/// a clause opening.
/// </summary>
internal static class UniversalCues
{
    // One phrase list per kind: a lookup by the token's word, whatever the number of entries.
    private static readonly Lazy<FrozenDictionary<string, PhraseList>> ByKind = new(Load);

    private static readonly Lazy<FrozenWordSet> PluralOrganizationNouns = new(() =>
        LexiconStore.Engine.Lines("organization_descriptors").Select(Token.Normalize).Select(Vocabulary.Plural).ToFrozenWordSet());

    /// <summary>Whether the single word <paramref name="token"/> is an entry of <paramref name="kind"/>.</summary>
    public static bool Is(string kind, Token token) => token.IsWord && ByKind.Value.TryGetValue(kind, out var entries) && entries.ContainsWord(token);

    /// <summary>The length of the longest <paramref name="kind"/> entry at <paramref name="start"/>, or 0.</summary>
    public static int MatchLength(string kind, ImmutableArray<Token> tokens, int start, int limit) =>
        ByKind.Value.TryGetValue(kind, out var entries) ? entries.LongestAt(tokens, start, limit) : 0;

    /// <summary>
    /// A noun for people at large or a whole camp: "voters", "politicians", "the media", "Kestrians", "banks".
    /// Such a subject makes "always"/"never" a claim about everyone in it rather than a record of someone.
    /// </summary>
    public static bool IsGenericGroup(ActorGazetteer actors, ImmutableArray<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord) return false;
        if (Is("group", token) || Vocabulary.IsPluralRoleNoun(token) || PluralOrganizationNouns.Value.Contains(token)) return true;
        return token.Norm.EndsWith('s') && actors.Match(tokens.AsSpan(), i) is (1, ActorClass.Demonym);
    }

    /// <summary>"industry", "the West": a singular noun that stands for a whole sector or camp.</summary>
    public static bool IsSector(Token token) => Is("sector", token);

    /// <summary>A verb form that narrates the past: "-ed" or an irregular past.</summary>
    public static bool IsPast(Token token) =>
        token.IsWord && (Is("past", token) || token.Norm.Length > 4 && token.Norm.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>
    /// Where a clause may begin: the sentence start, after punctuation, or after a conjunction or "that". A
    /// universal subject elsewhere is an object or the complement of a preposition ("for all drivers").
    /// </summary>
    public static bool OpensClause(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i - 1;
        while (k >= sentence.FirstToken && tokens[k].Kind == TokenKind.Quote) k--;
        if (k < sentence.FirstToken) return true;
        var before = tokens[k];
        return before.Text is "," or ";" or ":" or "(" || before.Kind == TokenKind.Dash
            || before.Norm is "and" or "but" or "so" or "yet" or "that" or "because" or "since" or "as" or "or";
    }

    /// <summary>
    /// "if everyone agrees", "unless nobody objects": the universal is hypothetical, not asserted; so is one in the
    /// clause of a wish ("We can only hope that no one is hurt", "praying nobody notices").
    /// </summary>
    public static bool IsHypothetical(ImmutableArray<Token> tokens, Sentence sentence, int start) =>
        start > sentence.FirstToken && (tokens[start - 1].Norm is "if" or "unless" or "whether" or "until" or "where" or "when" or "once" || IsWishedFor(tokens, sentence, start));

    private static bool IsWishedFor(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var verb = tokens[start - 1].Norm == "that" ? start - 2 : start - 1;
        return verb >= sentence.FirstToken && Is("wish", tokens[verb]);
    }

    /// <summary>Every token of the range is the writer's own (not quoted, reported or mentioned).</summary>
    public static bool IsAuthorVoice(DocumentModel document, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (document.Voices[k] != Voice.Author) return false;
        return true;
    }

    private static FrozenDictionary<string, PhraseList> Load()
    {
        var entries = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var line in RuleLexicons.Store.Lines("universal_claims"))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) continue;
            var kind = line[..tab].Trim();
            var words = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize).ToArray();
            if (!entries.TryGetValue(kind, out var list)) entries[kind] = list = [];
            // Verb lines list forms ("know knows"): each form is its own one-word entry; other kinds are phrases.
            if (kind is "know" or "know-past" or "deny" or "believe" or "grasp") list.AddRange(words.Select(w => new[] { w }));
            else list.Add(words);
        }
        return entries.ToFrozenDictionary(e => e.Key, e => PhraseList.From(e.Value), StringComparer.Ordinal);
    }
}
