using System.Collections.Frozen;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

public enum ActorClass
{
    State,
    Demonym,
    Metonym,
    Group,
}

/// <summary>The actor gazetteer (<c>rules/lexicons/actors.txt</c>): states, demonyms, capitals and institutions used for governments, collective adversaries.</summary>
public static class Actors
{
    private static readonly Lazy<FrozenDictionary<string, (string[] Words, ActorClass Class)[]>> ByFirstWord = new(Load);

    /// <summary>The longest actor name that starts at <paramref name="index"/>: its token count and class, or null.</summary>
    public static (int Length, ActorClass Class)? Match(ReadOnlySpan<Token> tokens, int index)
    {
        if (index >= tokens.Length || !tokens[index].IsWord) return null;
        if (!ByFirstWord.Value.TryGetValue(tokens[index].Norm, out var candidates))
            return PluralDemonym(tokens[index]) ? (1, ActorClass.Demonym) : null;
        // Proper names must be written as names: "China" is a state, "china" is porcelain.
        var nameLike = tokens[index].IsCapitalized;
        foreach (var (words, cls) in candidates)
        {
            if (!nameLike && cls != ActorClass.Group && words[0] != "the") continue;
            if (index + words.Length > tokens.Length) continue;
            var all = true;
            for (var k = 1; k < words.Length && all; k++)
                all = tokens[index + k].Norm == words[k];
            if (all) return (words.Length, cls);
        }
        return null;
    }

    /// <summary>"the Russians": a capitalized plural of a listed demonym.</summary>
    private static bool PluralDemonym(Token token) =>
        token.IsCapitalized && token.Norm.Length > 3 && token.Norm[^1] == 's'
        && ByFirstWord.Value.TryGetValue(token.Norm[..^1], out var candidates)
        && candidates.Any(c => c.Words.Length == 1 && c.Class == ActorClass.Demonym);

    /// <summary>A single-word place, demonym or capital ("U.S.", "Chinese", "Moscow"): a premodifier that names no source.</summary>
    public static bool IsPlaceWord(Token token) =>
        token.IsWord && ByFirstWord.Value.TryGetValue(token.Norm, out var candidates)
        && candidates.Any(c => c.Words.Length == 1 && c.Class is ActorClass.State or ActorClass.Demonym or ActorClass.Metonym);

    private static FrozenDictionary<string, (string[] Words, ActorClass Class)[]> Load()
    {
        var entries = new List<(string[] Words, ActorClass Class)>();
        foreach (var line in LexiconStore.Lines("actors"))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0 || !Enum.TryParse<ActorClass>(line[..tab].Trim(), ignoreCase: true, out var cls)) continue;
            var words = line[(tab + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize).ToArray();
            if (words.Length > 0) entries.Add((words, cls));
        }
        // Longest first, so "North Korea" wins over a shorter entry sharing its first word.
        return entries
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
    }
}
