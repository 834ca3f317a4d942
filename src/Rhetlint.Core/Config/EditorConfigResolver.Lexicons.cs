using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Config;

/// <summary>Rule options, and the files of actors, outlets and accepted terms a newsroom adds to the shipped lexicons.</summary>
public sealed partial class EditorConfigResolver
{
    private const string ActorsKey = "rhetlint.actors";
    private const string OutletsKey = "rhetlint.outlets";
    private const string VocabularyKey = "rhetlint.vocabulary";

    // Every document that names the same files shares one list, read once per run.
    private readonly ConcurrentDictionary<string, Lazy<ActorGazetteer>> _gazetteers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<TermList>> _outletLists = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<TermList>> _vocabularies = new(StringComparer.Ordinal);

    /// <summary>The <c>rhetlint.&lt;id&gt;.&lt;option&gt;</c> settings, as written; the driver checks them against its rules.</summary>
    private static ImmutableDictionary<string, string> RuleOptionsOf(AnalyzerConfigOptionsResult result) =>
        result.AnalyzerOptions.Where(o => RuleOptionValues.Split(o.Key) is not null).ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    private DocumentLexicons LexiconsFor(ImmutableArray<ConfigFile> chain, string fullPath)
    {
        var actors = PathList(chain, fullPath, ActorsKey, keepBareNames: false);
        var outlets = PathList(chain, fullPath, OutletsKey, keepBareNames: false);
        var vocabulary = PathList(chain, fullPath, VocabularyKey, keepBareNames: false);
        if (actors.IsEmpty && outlets.IsEmpty && vocabulary.IsEmpty) return DocumentLexicons.Default;
        return new DocumentLexicons(
            actors.IsEmpty ? Actors.Default : Cached(_gazetteers, actors, () => Actors.With(ActorLines(chain, fullPath, actors))),
            outlets.IsEmpty ? TermList.Empty : Cached(_outletLists, outlets, () => TermList.FromLines(Entries(chain, fullPath, OutletsKey, outlets).Select(e => e.Text), keepCapitals: true)),
            vocabulary.IsEmpty ? TermList.Empty : Cached(_vocabularies, vocabulary, () => TermList.FromLines(Entries(chain, fullPath, VocabularyKey, vocabulary).Select(e => e.Text), keepCapitals: false)));
    }

    private static T Cached<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(ConcurrentDictionary<string, Lazy<T>> cache, ImmutableArray<string> files, Func<T> build) =>
        cache.GetOrAdd(string.Join('\n', files), _ => new Lazy<T>(build)).Value;

    /// <summary>
    /// Actor lines as the gazetteer reads them, <c>CLASS&lt;TAB&gt;entry</c>; a user file may separate class and entry by
    /// spaces too, since an editor may have turned the tab into spaces.
    /// </summary>
    private static IEnumerable<string> ActorLines(ImmutableArray<ConfigFile> chain, string fullPath, ImmutableArray<string> files)
    {
        var lines = new List<string>();
        foreach (var (file, line, text) in Entries(chain, fullPath, ActorsKey, files))
        {
            var space = text.IndexOfAny([' ', '\t']);
            var kind = space < 0 ? text : text[..space];
            if (space < 0 || !ActorGazetteer.ClassNames.Contains(kind.ToUpperInvariant()))
                throw new ConfigException($"{file}({line}): expected CLASS<TAB>name with CLASS one of {string.Join(", ", ActorGazetteer.ClassNames)}: {text}");
            lines.Add($"{kind.ToUpperInvariant()}\t{text[(space + 1)..].Trim()}");
        }
        return lines;
    }

    /// <summary>The entries of <paramref name="files"/> with where each comes from: trimmed lines, blank lines and <c>#</c> comments skipped.</summary>
    /// <exception cref="ConfigException">A file cannot be read; the message names the key, the .editorconfig that sets it and the file.</exception>
    private static List<(string File, int Line, string Text)> Entries(ImmutableArray<ConfigFile> chain, string fullPath, string key, ImmutableArray<string> files)
    {
        var entries = new List<(string, int, string)>();
        foreach (var file in files)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Opening a folder fails with "access denied" on Unix, which sends the user after permissions.
                var reason = Directory.Exists(file) ? "a folder, not a lexicon file"
                    : e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot read ({OsErrors.Reason(e)})";
                throw new ConfigException($"{key} in {SettingFile(chain, fullPath, key)}: {file}: {reason}");
            }
            for (var i = 0; i < lines.Length; i++)
            {
                var text = lines[i].Trim();
                if (text.Length > 0 && text[0] != '#') entries.Add((file, i + 1, text));
            }
        }
        return entries;
    }

    /// <summary>The .editorconfig that sets <paramref name="key"/> for the document: the nearest one.</summary>
    private static string SettingFile(ImmutableArray<ConfigFile> chain, string fullPath, string key)
    {
        for (var i = chain.Length - 1; i >= 0; i--)
            if (AnalyzerConfigSet.Create(ImmutableArray.Create(chain[i].Config)).GetOptionsForSourcePath(fullPath).AnalyzerOptions.ContainsKey(key))
                return chain[i].Path;
        return "";
    }
}
