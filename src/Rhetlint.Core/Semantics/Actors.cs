using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

public enum ActorClass
{
    State,
    Demonym,
    Metonym,
    Group,
    /// <summary>A leader named by title: "the supreme leader", "the Russian president", "Iran's supreme leader".</summary>
    Leader,
    /// <summary>A named non-state armed group: Hamas, the Taliban, Islamic State.</summary>
    ArmedGroup,
}

/// <summary>
/// The shipped actor gazetteer: <c>rules/lexicons/actors.txt</c> (states, demonyms and capitals generated from open
/// data) and <c>actors_curated.txt</c> (institutions, leaders, armed groups, blocs, alternative names). Rules read
/// the gazetteer of their document (<see cref="DocumentModel.Actors"/>), which adds the configured actor files.
/// </summary>
public static class Actors
{
    private static readonly Lazy<ImmutableArray<string>> ShippedLines = new(() => [.. LexiconStore.Lines("actors"), .. LexiconStore.Lines("actors_curated")]);
    private static readonly Lazy<ActorGazetteer> Shipped = new(() => ActorGazetteer.FromLines(ShippedLines.Value));

    /// <summary>The shipped entries alone: the gazetteer of a document without configured actor files.</summary>
    public static ActorGazetteer Default => Shipped.Value;

    /// <summary>The shipped entries and then <paramref name="lines"/> (<c>CLASS&lt;TAB&gt;entry</c>): a shipped phrase keeps its class.</summary>
    public static ActorGazetteer With(IEnumerable<string> lines) => ActorGazetteer.FromLines(ShippedLines.Value.Concat(lines));
}

/// <summary>
/// States, demonyms, capitals and institutions standing for governments, leaders by title, armed groups and
/// collective adversaries, matched on tokens. Built from <c>CLASS&lt;TAB&gt;entry</c> lines, so entries a user
/// configures can be appended to the shipped ones.
/// </summary>
public sealed class ActorGazetteer
{
    /// <summary>
    /// An entry's normalized words, and which of them are written capitalized: those must be capitalized in the
    /// text too, so "China" is a state and "china" is porcelain, "the West" a bloc and "the west" a direction.
    /// </summary>
    private sealed record Entry(string[] Words, bool[] Capitalized, ActorClass Class);

    private readonly FrozenDictionary<string, Entry[]> _byFirstWord;
    /// <summary>Titles and state bodies ("president", "armed forces"), read after a demonym or a possessive.</summary>
    private readonly Entry[] _titles;

    private ActorGazetteer(FrozenDictionary<string, Entry[]> byFirstWord, Entry[] titles)
    {
        _byFirstWord = byFirstWord;
        _titles = titles;
    }

    /// <summary>
    /// Reads <c>CLASS&lt;TAB&gt;entry</c> lines. CLASS is STATE, DEMONYM, METONYM, LEADER, ARMED_GROUP or GROUP;
    /// TITLE (a person's office) and BODY (a state body) are read only after a demonym or a state's possessive.
    /// A phrase listed twice keeps its first class. Lines with an unknown class are skipped.
    /// </summary>
    public static ActorGazetteer FromLines(IEnumerable<string> lines)
    {
        var entries = new List<Entry>();
        var titles = new List<Entry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) continue;
            var kind = line[..tab].Trim().ToUpperInvariant();
            var written = line[(tab + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (written.Length == 0) continue;
            var words = written.Select(Token.Normalize).ToArray();
            var capitalized = written.Select(w => char.IsUpper(w[0])).ToArray();
            if (kind is "TITLE" or "BODY")
            {
                titles.Add(new Entry(words, capitalized, kind == "TITLE" ? ActorClass.Leader : ActorClass.Metonym));
                continue;
            }
            if (ClassOf(kind) is not { } cls || !seen.Add(string.Join(' ', words))) continue;
            entries.Add(new Entry(words, capitalized, cls));
        }
        // Longest first, so "North Korea" wins over a shorter entry sharing its first word.
        var byFirstWord = entries
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
        return new ActorGazetteer(byFirstWord, [.. titles.OrderByDescending(t => t.Words.Length)]);
    }

    /// <summary>The classes an entry line may start with: the actor classes, then TITLE and BODY.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["STATE", "DEMONYM", "METONYM", "LEADER", "ARMED_GROUP", "GROUP", "TITLE", "BODY"];

    private static ActorClass? ClassOf(string kind) => kind switch
    {
        "STATE" => ActorClass.State,
        "DEMONYM" => ActorClass.Demonym,
        "METONYM" => ActorClass.Metonym,
        "GROUP" => ActorClass.Group,
        "LEADER" => ActorClass.Leader,
        "ARMED_GROUP" => ActorClass.ArmedGroup,
        _ => null,
    };

    /// <summary>
    /// The longest actor that starts at <paramref name="index"/>: its token count and class, or null. Besides the
    /// listed names it reads a capitalized plural of a demonym ("the Iranians", "the North Koreans"), a demonym
    /// with a title or state body ("the Russian president", "the Chinese military") and a state's or capital's
    /// possessive with one ("Iran's supreme leader", "Beijing's leadership"). A possessive alone is no match.
    /// </summary>
    public (int Length, ActorClass Class)? Match(ReadOnlySpan<Token> tokens, int index)
    {
        if (index >= tokens.Length || !tokens[index].IsWord) return null;
        if (NameAt(tokens, index) is not var (length, cls, form)) return null;
        var titled = form == Form.Possessive ? cls is ActorClass.State or ActorClass.Metonym : form == Form.Plain && cls == ActorClass.Demonym;
        if (titled && TitleAt(tokens, index + length) is var (titleLength, titleClass))
            return (length + titleLength, titleClass);
        return form == Form.Possessive ? null : (length, cls);
    }

    /// <summary>A single-word place, demonym or capital ("U.S.", "Chinese", "Moscow"): a premodifier that names no source.</summary>
    public bool IsPlaceWord(Token token) =>
        token.IsWord && _byFirstWord.TryGetValue(token.Norm, out var candidates)
        && candidates.Any(c => c.Words.Length == 1 && c.Class is ActorClass.State or ActorClass.Demonym or ActorClass.Metonym);

    /// <summary>How the last word of a name is written: as listed, as a plural (demonyms only) or as a possessive.</summary>
    private enum Form { Plain, Plural, Possessive }

    private (int Length, ActorClass Class, Form Form)? NameAt(ReadOnlySpan<Token> tokens, int index)
    {
        var norm = tokens[index].Norm;
        if (_byFirstWord.TryGetValue(norm, out var candidates) && Longest(tokens, index, candidates) is { } listed) return listed;
        // "Iranians", "Iran's": a one-word name with a suffix is found under its stem.
        var stem = norm.EndsWith("'s", StringComparison.Ordinal) ? norm[..^2] : norm.EndsWith('s') ? norm[..^1] : null;
        return stem is not null && _byFirstWord.TryGetValue(stem, out candidates) ? Longest(tokens, index, candidates) : null;
    }

    private static (int Length, ActorClass Class, Form Form)? Longest(ReadOnlySpan<Token> tokens, int index, Entry[] candidates)
    {
        foreach (var entry in candidates)
            if (FormAt(tokens, index, entry) is { } form) return (entry.Words.Length, entry.Class, form);
        return null;
    }

    private static Form? FormAt(ReadOnlySpan<Token> tokens, int index, Entry entry)
    {
        if (index + entry.Words.Length > tokens.Length) return null;
        var last = entry.Words.Length - 1;
        for (var k = 0; k <= last; k++)
        {
            var token = tokens[index + k];
            if (entry.Capitalized[k] && !token.IsCapitalized) return null;
            if (token.Norm == entry.Words[k]) continue;
            return k == last ? SuffixForm(token, entry) : null;
        }
        return Form.Plain;
    }

    /// <summary>"Iranians" for a listed "Iranian" (demonyms only, capitalized, as the old plural rule), "Iran's" for "Iran".</summary>
    private static Form? SuffixForm(Token token, Entry entry)
    {
        var last = entry.Words[^1];
        var norm = token.Norm;
        if (norm.Length == last.Length + 2 && norm.StartsWith(last, StringComparison.Ordinal) && norm.EndsWith("'s", StringComparison.Ordinal))
            return Form.Possessive;
        if (entry.Class == ActorClass.Demonym && token.IsCapitalized && norm.Length > 3 && norm.Length == last.Length + 1
            && norm.StartsWith(last, StringComparison.Ordinal) && norm[^1] == 's')
            return Form.Plural;
        return null;
    }

    private (int Length, ActorClass Class)? TitleAt(ReadOnlySpan<Token> tokens, int index)
    {
        foreach (var title in _titles)
        {
            if (index + title.Words.Length > tokens.Length) continue;
            var all = true;
            for (var k = 0; k < title.Words.Length && all; k++)
                all = tokens[index + k].Norm == title.Words[k];
            if (all) return (title.Words.Length, title.Class);
        }
        return null;
    }
}
