using System.Collections.Frozen;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>A lexicon whose lines are <c>KIND&lt;TAB&gt;entry</c>: entries grouped by kind, each split into normalized words.</summary>
public sealed class TaggedLexicon
{
    private readonly Dictionary<string, List<string[]>> _byKind;

    private TaggedLexicon(Dictionary<string, List<string[]>> byKind) => _byKind = byKind;

    /// <param name="store">The engine's store, or the rules' for a list only rules read.</param>
    public static TaggedLexicon Load(LexiconStore store, string name) => store.Tagged(name);

    /// <summary>
    /// Reads the lexicon's lines from their bytes (<see cref="LexiconStore.ReadEntries"/>): a kind is looked up, not cut
    /// out of each line, and a word that recurs is one string (<see cref="LexiconWords"/>), so a lexicon read only here
    /// keeps no string per line (issue 18).
    /// </summary>
    internal static TaggedLexicon Parse(LexiconStore store, string name)
    {
        var byKind = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var kinds = byKind.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new LexiconWords();
        store.ReadEntries(name, line =>
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) return;
            var kind = line[..tab].Trim();
            if (!kinds.TryGetValue(kind, out var entries)) kinds[kind] = entries = [];
            entries.Add(words.Split(line[(tab + 1)..]));
        });
        return new TaggedLexicon(byKind);
    }

    /// <summary>The entries of one kind, each as its words. Shared by every reader of the lexicon: read, never change.</summary>
    public IReadOnlyList<string[]> Entries(string kind) => Of(kind);

    private List<string[]> Of(string kind) => _byKind.GetValueOrDefault(kind) ?? [];

    /// <summary>The entries of one kind as a phrase list, for longest-match lookups on tokens.</summary>
    public PhraseList Phrases(string kind) => PhraseList.From(Of(kind));

    /// <summary>Every word of every entry of the given kinds, as one set (for single-word kinds and word-form lines).</summary>
    public FrozenSet<string> Words(params string[] kinds) =>
        kinds.SelectMany(Of).SelectMany(words => words).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Each word of a word-form line mapped to the line's first word (its lemma).</summary>
    public FrozenDictionary<string, string> Lemmas(string kind)
    {
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var forms in Of(kind))
            foreach (var form in forms)
                lemmas.TryAdd(form, forms[0]);
        return lemmas.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
