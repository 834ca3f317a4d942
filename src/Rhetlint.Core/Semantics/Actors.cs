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
    /// <summary>A generic out-group or bloc: the enemy, the West, NATO, militants, hackers.</summary>
    Group,
    /// <summary>A leader named by title: "the supreme leader", "the Russian president", "Iran's supreme leader".</summary>
    Leader,
    /// <summary>A named non-state armed group: Hamas, the Taliban, Islamic State.</summary>
    ArmedGroup,
    /// <summary>A political party, faction or lobby: the Harlow Party, the Tories, the gun lobby, the establishment, "the other party's donors".</summary>
    Party,
    /// <summary>A company or an industry: Acme Ltd., Harbrook Holdings, Big Tech, the tobacco industry.</summary>
    Company,
    /// <summary>A criminal organisation or its members: gangs, the Sinaloa cartel, the Vance gang, traffickers, organised crime.</summary>
    Criminal,
}

/// <summary>What an actor class can do in a threat claim.</summary>
public static class ActorClasses
{
    /// <summary>A state, what stands for it (demonym, capital or institution, leader), or an armed group: an actor that fields forces.</summary>
    public static bool FieldsForces(this ActorClass actorClass) =>
        actorClass is ActorClass.State or ActorClass.Demonym or ActorClass.Metonym or ActorClass.Leader or ActorClass.ArmedGroup;

    /// <summary>
    /// An adversary: a state, an armed group, an out-group or a criminal organisation. Naming one makes a sentence
    /// about a threat (<see cref="ThreatReferents"/>), and its wanting or plotting is hostile by itself ("Kestria covets
    /// the islands"). Parties and companies are actors of ordinary news ("Acme Ltd. has a stranglehold on the market",
    /// "Democrats plot to win back the suburbs"): they can be said to intend harm, but only in so many words.
    /// </summary>
    public static bool IsAdversary(this ActorClass actorClass) => actorClass is not (ActorClass.Party or ActorClass.Company);

    /// <summary>A collective named by a common noun or a description rather than a state: out-groups, parties, companies, criminals.</summary>
    public static bool IsCollective(this ActorClass actorClass) =>
        actorClass is ActorClass.Group or ActorClass.Party or ActorClass.Company or ActorClass.Criminal;
}

/// <summary>
/// The shipped actor gazetteer: <c>rules/lexicons/actors.txt</c> (states, demonyms and capitals generated from open
/// data) and <c>actors_curated.txt</c> (institutions, leaders, armed groups, blocs, alternative names, parties,
/// companies and industries, criminal organisations). Rules read the gazetteer of their document
/// (<see cref="DocumentModel.Actors"/>), which adds the configured actor files. Names the lists cannot hold are read
/// from their shape (<c>actor_shapes.txt</c>: "Harbrook Holdings", "the Harlow Party", "the Vance gang").
/// </summary>
public static class Actors
{
    private static readonly Lazy<ActorGazetteer> Shipped = new(() => ActorGazetteer.Build(ReadShipped));

    /// <summary>The shipped entries alone: the gazetteer of a document without configured actor files.</summary>
    public static ActorGazetteer Default => Shipped.Value;

    /// <summary>The shipped entries and then <paramref name="lines"/> (<c>CLASS&lt;TAB&gt;entry</c>): a shipped phrase keeps its class.</summary>
    public static ActorGazetteer With(IEnumerable<string> lines) => ActorGazetteer.Build(builder =>
    {
        ReadShipped(builder);
        foreach (var line in lines) builder.Add(line);
    });

    /// <summary>
    /// The shipped lexicons read from their bytes, not kept as a string per line: a configured gazetteer reads them again,
    /// which costs less than holding twelve hundred lines for the process's life (issue 18).
    /// </summary>
    private static void ReadShipped(ActorGazetteer.Builder builder)
    {
        LexiconStore.Engine.ReadEntries("actors", builder.Add);
        LexiconStore.Engine.ReadEntries("actors_curated", builder.Add);
    }
}

/// <summary>
/// States, demonyms, capitals and institutions standing for governments, leaders by title, armed groups, collective
/// adversaries, parties, companies and criminal organisations, matched on tokens. Built from <c>CLASS&lt;TAB&gt;entry</c>
/// lines, so entries a user configures can be appended to the shipped ones.
/// </summary>
public sealed class ActorGazetteer
{
    /// <summary>
    /// An entry's normalized words, and which of them are written capitalized: those must be capitalized in the
    /// text too, so "China" is a state and "china" is porcelain, "the West" a bloc and "the west" a direction.
    /// </summary>
    private sealed record Entry(string[] Words, bool[] Capitalized, ActorClass Class);

    /// <summary>The entries by first word, longest first: asked at every token by its word key (issue 18).</summary>
    private readonly WordKeyMap<Entry[]> _byFirstWord;
    /// <summary>
    /// The first words a document introduces names under (<see cref="WithNamesIntroducedIn"/>), each with its listed and
    /// introduced entries, read before <see cref="_byFirstWord"/>: a document's few names are laid over the shared
    /// entries, not merged into a copy of them frozen again per document (issue 18). Null when it introduces none.
    /// </summary>
    private readonly WordKeyMap<Entry[]>? _introduced;
    /// <summary>Titles and state bodies ("president", "armed forces"), read after a demonym or a possessive.</summary>
    private readonly Entry[] _titles;
    /// <summary>Members and backers ("donors", "executives", "enforcers"), read after a party's, company's or gang's possessive.</summary>
    private readonly Entry[] _members;

    private ActorGazetteer(WordKeyMap<Entry[]> byFirstWord, WordKeyMap<Entry[]>? introduced, Entry[] titles, Entry[] members)
    {
        _byFirstWord = byFirstWord;
        _introduced = introduced;
        _titles = titles;
        _members = members;
    }

    /// <summary>The entries whose first word is the token's, longest first, or null.</summary>
    private Entry[]? CandidatesFor(Token token) =>
        _introduced is not null && _introduced.TryGetValue(token, out var merged) ? merged
        : _byFirstWord.TryGetValue(token, out var listed) ? listed : null;

    /// <summary>As <see cref="CandidatesFor(Token)"/>, for a word or a slice of one (a stem without its suffix).</summary>
    private Entry[]? CandidatesFor(ReadOnlySpan<char> word)
    {
        var key = WordKeyMap.KeyOf(word);
        return _introduced is not null && _introduced.TryGetValue(word, key, out var merged) ? merged
            : _byFirstWord.TryGetValue(word, key, out var listed) ? listed : null;
    }

    /// <summary>
    /// A last word (or two, "crime family") that makes a name or description an actor by its shape: the class it gives,
    /// whether it ends a capitalized name ("Holdings") or a lower-case description ("lobby"), and the forms its last
    /// word may take (a description's plural too: "the drug gangs").
    /// </summary>
    private sealed record Shape(string[] Words, bool EndsName, ActorClass Class, FrozenSet<string> LastForms);

    /// <summary>The shapes of <c>actor_shapes.txt</c> by every form of their first word, longest first; looked up by a slice of a word.</summary>
    private static readonly Lazy<FrozenDictionary<string, Shape[]>.AlternateLookup<ReadOnlySpan<char>>> Shapes = new(() => LexiconStore.Engine.Lines("actor_shapes")
        .Select(line => line.Split('\t', 2))
        .Where(parts => parts.Length == 2 && ClassOf(parts[0].Trim()) is not null)
        .Select(parts => ShapeOf(parts[1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries), ClassOf(parts[0].Trim())!.Value))
        .SelectMany(shape => (shape.Words.Length == 1 ? shape.LastForms.AsEnumerable() : [shape.Words[0]]).Select(first => (first, shape)))
        .GroupBy(p => p.first, p => p.shape, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(shape => shape.Words.Length).ToArray(), StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>());

    private static Shape ShapeOf(string[] written, ActorClass cls)
    {
        var words = written.Select(Token.Normalize).ToArray();
        var endsName = char.IsUpper(written[0][0]);
        return new Shape(words, endsName, cls, (endsName ? [words[^1]] : Inflections.NounForms(words[^1])).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Reads <c>CLASS&lt;TAB&gt;entry</c> lines. CLASS is STATE, DEMONYM, METONYM, LEADER, ARMED_GROUP, GROUP, PARTY,
    /// COMPANY or CRIMINAL; TITLE (a person's office) and BODY (a state body) are read only after a demonym or a
    /// state's possessive, MEMBER (donors, executives) only after a party's, company's or criminal group's
    /// possessive. PARTY, COMPANY, CRIMINAL and MEMBER entries are lemmas: their plurals match too (<see cref="LemmaPhrases"/>).
    /// A phrase listed twice keeps its first class. Lines with an unknown class are skipped.
    /// </summary>
    public static ActorGazetteer FromLines(IEnumerable<string> lines) => Build(builder =>
    {
        foreach (var line in lines) builder.Add(line);
    });

    /// <summary>The gazetteer of the lines <paramref name="read"/> gives its builder, in order (<see cref="FromLines"/>).</summary>
    internal static ActorGazetteer Build(Action<Builder> read)
    {
        var builder = new Builder();
        read(builder);
        return builder.Build();
    }

    /// <summary>
    /// Takes <c>CLASS&lt;TAB&gt;entry</c> lines as characters (a lexicon's, read from its bytes, or a configured file's):
    /// the class is compared in place, a word that recurs is one string (<see cref="LexiconWords"/>) and a phrase listed
    /// twice is found by its words, not by joining them (issue 18).
    /// </summary>
    internal sealed class Builder
    {
        private readonly List<Entry> _entries = [];
        private readonly List<Entry> _titles = [];
        private readonly List<Entry> _members = [];
        private readonly HashSet<string[]> _seen = new(LemmaPhrases.WordSequenceComparer.Instance);
        private readonly LexiconWords _words = new();
        private readonly LemmaPhrases.Expander _nounForms = new(Inflections.PartOfSpeech.Noun);

        public void Add(ReadOnlySpan<char> line)
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) return;
            var written = line[(tab + 1)..].Trim();
            if (written.Length == 0 || KindOf(line[..tab].Trim()) is not var (role, cls)) return;
            var capitalized = Capitalization(written);
            if (role is Role.Title or Role.Body)
            {
                _titles.Add(new Entry(_words.Split(written), capitalized, cls));
                return;
            }
            if (role == Role.Member)
            {
                // A member takes its owner's class when matched; the class stored here is never read.
                foreach (var form in _nounForms.Of(written.ToString())) _members.Add(new Entry(form, capitalized, cls));
                return;
            }
            // The generic groups are listed as they are written ("militants"); the newer classes as lemmas ("gang").
            if (cls is ActorClass.Party or ActorClass.Company or ActorClass.Criminal)
            {
                foreach (var form in _nounForms.Of(written.ToString()))
                    if (_seen.Add(form)) _entries.Add(new Entry(form, capitalized, cls));
            }
            else if (_words.Split(written) is var words && _seen.Add(words)) _entries.Add(new Entry(words, capitalized, cls));
        }

        public ActorGazetteer Build()
        {
            // Grouped by one sort rather than a grouping, a sorter per group and a copy of each: the shipped gazetteer is
            // built in every run (issue 18). Longest first, so "North Korea" wins over a shorter entry sharing its first
            // word; entries of one length keep the order they were read in.
            var sorted = new (Entry Entry, int Read)[_entries.Count];
            for (var i = 0; i < sorted.Length; i++) sorted[i] = (_entries[i], i);
            Array.Sort(sorted, static (a, b) =>
                string.CompareOrdinal(a.Entry.Words[0], b.Entry.Words[0]) is var byWord and not 0 ? byWord
                : b.Entry.Words.Length != a.Entry.Words.Length ? b.Entry.Words.Length - a.Entry.Words.Length
                : a.Read - b.Read);
            var byFirstWord = new Dictionary<string, Entry[]>(sorted.Length, StringComparer.Ordinal);
            for (var start = 0; start < sorted.Length;)
            {
                var end = start + 1;
                while (end < sorted.Length && sorted[end].Entry.Words[0] == sorted[start].Entry.Words[0]) end++;
                var group = new Entry[end - start];
                for (var k = 0; k < group.Length; k++) group[k] = sorted[start + k].Entry;
                byFirstWord.Add(group[0].Words[0], group);
                start = end;
            }
            return new ActorGazetteer(new WordKeyMap<Entry[]>(byFirstWord), null,
                [.. _titles.OrderByDescending(t => t.Words.Length)], [.. _members.OrderByDescending(m => m.Words.Length)]);
        }

        /// <summary>Whether each word between spaces is written capitalized: counted first, so no list is grown per entry.</summary>
        private static bool[] Capitalization(ReadOnlySpan<char> written)
        {
            var count = 0;
            foreach (var range in written.Split(' '))
                if (!written[range].IsEmpty) count++;
            var capitalized = new bool[count];
            count = 0;
            foreach (var range in written.Split(' '))
                if (written[range] is { Length: > 0 } word) capitalized[count++] = char.IsUpper(word[0]);
            return capitalized;
        }

        /// <summary>
        /// The kind a line starts with, in any case, and the class its phrase has (a member's is its owner's, read when
        /// matched); null for an unknown kind.
        /// </summary>
        private static (Role Role, ActorClass Class)? KindOf(ReadOnlySpan<char> kind)
        {
            // No class name is longer; a longer kind is unknown.
            Span<char> upper = stackalloc char[16];
            if (kind.Length > upper.Length) return null;
            upper = upper[..kind.Length];
            kind.ToUpperInvariant(upper);
            return upper switch
            {
                "TITLE" => (Role.Title, ActorClass.Leader),
                "BODY" => (Role.Body, ActorClass.Metonym),
                "MEMBER" => (Role.Member, ActorClass.Party),
                _ => ClassOf(upper) is { } cls ? (Role.Actor, cls) : null,
            };
        }

        /// <summary>An actor of its own, or a phrase read only after one.</summary>
        private enum Role { Actor, Title, Body, Member }
    }

    /// <summary>The classes an entry line may start with: the actor classes, then TITLE, BODY and MEMBER.</summary>
    public static IReadOnlyList<string> ClassNames { get; } =
        ["STATE", "DEMONYM", "METONYM", "LEADER", "ARMED_GROUP", "GROUP", "PARTY", "COMPANY", "CRIMINAL", "TITLE", "BODY", "MEMBER"];

    private static ActorClass? ClassOf(ReadOnlySpan<char> kind) => kind switch
    {
        "STATE" => ActorClass.State,
        "DEMONYM" => ActorClass.Demonym,
        "METONYM" => ActorClass.Metonym,
        "GROUP" => ActorClass.Group,
        "LEADER" => ActorClass.Leader,
        "ARMED_GROUP" => ActorClass.ArmedGroup,
        "PARTY" => ActorClass.Party,
        "COMPANY" => ActorClass.Company,
        "CRIMINAL" => ActorClass.Criminal,
        _ => null,
    };

    /// <summary>
    /// The longest actor that starts at <paramref name="index"/>: its token count and class, or null. Besides the
    /// listed names it reads a capitalized plural of a demonym ("the Iranians", "the North Koreans"), a demonym
    /// with a title or state body ("the Russian president", "the Chinese military"), a state's or capital's
    /// possessive with one ("Iran's supreme leader", "Beijing's leadership"), a party's, company's or gang's
    /// possessive with a member ("the other party's donors", "the cartel's enforcers"), and names and descriptions
    /// by their shape ("Harbrook Holdings", "the Harlow Party", "the gun lobby", <c>actor_shapes.txt</c>). A possessive
    /// alone is no match.
    /// </summary>
    public (int Length, ActorClass Class)? Match(ReadOnlySpan<Token> tokens, int index)
    {
        if (NameOrShapeAt(tokens, index) is not var (length, cls, form)) return null;
        if (form == Form.Possessive)
        {
            if (cls is ActorClass.State or ActorClass.Metonym && PhraseAt(_titles, tokens, index + length) is var (titleLength, titleClass))
                return (length + titleLength, titleClass);
            if (cls is ActorClass.Party or ActorClass.Company or ActorClass.Criminal && PhraseAt(_members, tokens, index + length) is var (memberLength, _))
                return (length + memberLength, cls);
            return null;
        }
        if (form == Form.Plain && cls == ActorClass.Demonym && PhraseAt(_titles, tokens, index + length) is var (bodyLength, bodyClass))
            return (length + bodyLength, bodyClass);
        return (length, cls);
    }

    /// <summary>
    /// The class of the actor named as a possessor at <paramref name="index"/> ("Iran's", "the Vance gang's"), which
    /// <see cref="Match"/> does not return: "Iran's economy" is no actor, but the owner of "the Vance gang's greed" is one.
    /// </summary>
    public ActorClass? PossessorAt(ReadOnlySpan<Token> tokens, int index) =>
        NameOrShapeAt(tokens, index) is (_, var cls, Form.Possessive) ? cls : null;

    private (int Length, ActorClass Class, Form Form)? NameOrShapeAt(ReadOnlySpan<Token> tokens, int index)
    {
        if (index >= tokens.Length || !tokens[index].IsWord) return null;
        var listed = NameAt(tokens, index);
        // A shape starts at a capitalized name or at the article of a description.
        var shaped = tokens[index].IsCapitalized || tokens[index].Norm == "the" ? ShapeAt(tokens, index)?.Name : null;
        // "Harbrook Holdings" is one name even where the text has made "Harbrook" an actor on its own.
        return shaped is { } s && (listed is null || s.Length > listed.Value.Length) ? shaped : listed;
    }

    /// <summary>
    /// This gazetteer and the names <paramref name="tokens"/> introduce by their shape: "Harbrook Holdings" makes
    /// "Harbrook" a company, "the Vance gang" makes "Vance" a criminal organisation, wherever else the text names
    /// them. A one-word name that is a common word or an adjective ("the Green Party", "National Holdings") introduces
    /// nothing. Returns this
    /// gazetteer when the text introduces no name.
    /// </summary>
    public ActorGazetteer WithNamesIntroducedIn(ImmutableArray<Token> tokens)
    {
        // Per document: a name is compared by its words, not joined into a string, and the listed names keep their
        // arrays; only the first words a name is introduced under are grouped again (issue 18).
        List<Entry>? introduced = null;
        HashSet<string[]>? seen = null;
        var span = tokens.AsSpan();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord || !tokens[i].IsCapitalized || NameAt(span, i) is not null) continue;
            if (ShapeAt(span, i) is not ({ Class: var cls }, > 0 and var words)) continue;
            if (words == 1 && (Vocabulary.IsCommonWord(tokens[i]) || AdjectiveForms.IsAdjective(tokens[i].Norm))) continue;
            var norms = new string[words];
            for (var k = 0; k < words; k++) norms[k] = tokens[i + k].Norm;
            if (!(seen ??= new HashSet<string[]>(LemmaPhrases.WordSequenceComparer.Instance)).Add(norms)) continue;
            var capitalized = new bool[words];
            Array.Fill(capitalized, true);
            (introduced ??= []).Add(new Entry(norms, capitalized, cls));
        }
        if (introduced is null) return this;
        var overlay = new Dictionary<string, Entry[]>(StringComparer.Ordinal);
        foreach (var word in _introduced?.Keys ?? []) overlay[word] = _introduced!.GetValueOrDefault(word)!;
        // Longest first, a listed name before an introduced one of its length (a stable sort), as Build orders them.
        foreach (var group in introduced.GroupBy(e => e.Words[0], StringComparer.Ordinal))
            overlay[group.Key] = [.. (CandidatesFor(group.Key) ?? []).Concat(group).OrderByDescending(e => e.Words.Length)];
        return new ActorGazetteer(_byFirstWord, new WordKeyMap<Entry[]>(overlay), _titles, _members);
    }

    /// <summary>A single-word place, demonym or capital ("U.S.", "Chinese", "Moscow"): a premodifier that names no source.</summary>
    public bool IsPlaceWord(Token token) =>
        token.IsWord && CandidatesFor(token) is { } candidates
        && candidates.Any(c => c.Words.Length == 1 && c.Class is ActorClass.State or ActorClass.Demonym or ActorClass.Metonym);

    /// <summary>How the last word of a name is written: as listed, as a plural (demonyms only) or as a possessive.</summary>
    private enum Form { Plain, Plural, Possessive }

    private (int Length, ActorClass Class, Form Form)? NameAt(ReadOnlySpan<Token> tokens, int index)
    {
        var norm = tokens[index].Norm;
        if (CandidatesFor(tokens[index]) is { } candidates && Longest(tokens, index, candidates) is { } listed) return listed;
        // "Iranians", "Iran's", "Tories'": a one-word name with a suffix is found under its stem.
        var suffix = norm.EndsWith("'s", StringComparison.Ordinal) ? 2 : norm.EndsWith('\'') || norm.EndsWith('s') ? 1 : 0;
        return suffix > 0 && CandidatesFor(norm.AsSpan(0, norm.Length - suffix)) is { } stemmed ? Longest(tokens, index, stemmed) : null;
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

    /// <summary>"Iranians" for a listed "Iranian" (demonyms only, capitalized, as the old plural rule), "Iran's" for "Iran", "Tories'" for "Tories".</summary>
    private static Form? SuffixForm(Token token, Entry entry)
    {
        var last = entry.Words[^1];
        var norm = token.Norm;
        if (IsPossessiveOf(norm, last)) return Form.Possessive;
        if (entry.Class == ActorClass.Demonym && token.IsCapitalized && norm.Length > 3 && norm.Length == last.Length + 1
            && norm.StartsWith(last, StringComparison.Ordinal) && norm[^1] == 's')
            return Form.Plural;
        return null;
    }

    private static bool IsPossessiveOf(string norm, string word) =>
        norm.Length == word.Length + 2 && norm.StartsWith(word, StringComparison.Ordinal) && norm.EndsWith("'s", StringComparison.Ordinal)
        || norm.Length == word.Length + 1 && word.EndsWith('s') && norm.StartsWith(word, StringComparison.Ordinal) && norm[^1] == '\'';

    /// <summary>The first of <paramref name="phrases"/> (titles, bodies, members; longest first) at <paramref name="index"/>.</summary>
    private static (int Length, ActorClass Class)? PhraseAt(Entry[] phrases, ReadOnlySpan<Token> tokens, int index)
    {
        foreach (var phrase in phrases)
        {
            if (index + phrase.Words.Length > tokens.Length) continue;
            var all = true;
            for (var k = 0; k < phrase.Words.Length && all; k++)
                all = tokens[index + k].Norm == phrase.Words[k];
            if (all) return (phrase.Words.Length, phrase.Class);
        }
        return null;
    }

    /// <summary>How many words may stand before a shape's last word: "Northgate Capital Partners", "the fossil fuel industry".</summary>
    private const int MaxShapeName = 3;

    /// <summary>
    /// A name ending in a capitalized shape word ("Harbrook Holdings", "Acme Ltd.", "the Harlow Party": from the name), or
    /// a description ending in a lower-case one ("the gun lobby", "the drug cartels": from "the"; "the Sinaloa cartel":
    /// from the name). Function words never belong to a name.
    /// </summary>
    private static ((int Length, ActorClass Class, Form Form) Name, int NameWords)? ShapeAt(ReadOnlySpan<Token> tokens, int index)
    {
        var described = tokens[index].Norm == "the";
        var nameStart = described ? index + 1 : index;
        var capitalizedName = true;
        ((int Length, ActorClass Class, Form Form) Name, int NameWords)? longest = null;
        for (var end = nameStart; end < tokens.Length && end - nameStart < MaxShapeName; end++)
        {
            var word = tokens[end];
            if (!word.IsWord || IsFunctionWord(word)) break;
            capitalizedName &= word.IsCapitalized;
            if (end + 1 >= tokens.Length || !Shapes.Value.TryGetValue(tokens[end + 1].NormWithoutPossessive, out var shapes)) continue;
            foreach (var shape in shapes)
            {
                if (ShapeFormAt(tokens, end + 1, shape) is not { } form) continue;
                if (shape.EndsName ? !described && capitalizedName : described ? end - nameStart < 2 : capitalizedName)
                {
                    // "Northgate Capital Partners": a longer name may end in a second shape word.
                    longest = ((end + 1 + shape.Words.Length - index, shape.Class, form), capitalizedName && !described ? end + 1 - nameStart : 0);
                    break;
                }
            }
        }
        return longest;
    }

    private static bool IsFunctionWord(Token token) =>
        FunctionWords.NounPhraseBreakers.Contains(token) || FunctionWords.Definite.Contains(token) || FunctionWords.IndefiniteSingular.Contains(token)
        || FunctionWords.Possessive.Contains(token) || FunctionWords.VagueQuantifiers.Contains(token);

    /// <summary>How the shape's words are written at <paramref name="index"/>: as listed (or, for a description, a plural), or as a possessive.</summary>
    private static Form? ShapeFormAt(ReadOnlySpan<Token> tokens, int index, Shape shape)
    {
        if (index + shape.Words.Length > tokens.Length) return null;
        var last = shape.Words.Length - 1;
        for (var k = 0; k < last; k++)
            if (tokens[index + k].Norm != shape.Words[k]) return null;
        var token = tokens[index + last];
        if (shape.EndsName && !token.IsCapitalized) return null;
        if (shape.LastForms.Contains(token.Norm)) return Form.Plain;
        return shape.LastForms.Any(form => IsPossessiveOf(token.Norm, form)) ? Form.Possessive : null;
    }
}
