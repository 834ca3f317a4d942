using System.Collections.Frozen;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>A lexicon whose lines are <c>KIND&lt;TAB&gt;entry</c>: entries grouped by kind, each split into normalized words.</summary>
public sealed class TaggedLexicon
{
    private readonly ILookup<string, string[]> _byKind;

    private TaggedLexicon(ILookup<string, string[]> byKind) => _byKind = byKind;

    /// <param name="store">The engine's store, or the rules' for a list only rules read.</param>
    public static TaggedLexicon Load(LexiconStore store, string name) => new(store.Lines(name)
        .Select(line => line.Split('\t', 2))
        .Where(parts => parts.Length == 2)
        .ToLookup(parts => parts[0].Trim(), parts => parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize).ToArray()));

    /// <summary>The entries of one kind, each as its words.</summary>
    public IEnumerable<string[]> Entries(string kind) => _byKind[kind];

    /// <summary>The entries of one kind as a phrase list, for longest-match lookups on tokens.</summary>
    public PhraseList Phrases(string kind) => PhraseList.From(_byKind[kind]);

    /// <summary>Every word of every entry of the given kinds, as one set (for single-word kinds and word-form lines).</summary>
    public FrozenSet<string> Words(params string[] kinds) =>
        kinds.SelectMany(k => _byKind[k]).SelectMany(words => words).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Each word of a word-form line mapped to the line's first word (its lemma).</summary>
    public FrozenDictionary<string, string> Lemmas(string kind)
    {
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var forms in _byKind[kind])
            foreach (var form in forms)
                lemmas.TryAdd(form, forms[0]);
        return lemmas.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
