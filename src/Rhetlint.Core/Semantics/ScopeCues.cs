using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// NegEx-style scope: a cue phrase from a lexicon governs the tokens after it up to the end of its clause.
/// Pseudo-triggers ("no doubt", "not only") are cues that do not negate.
/// </summary>
internal sealed class ScopeCues
{
    private const int Window = 8;
    private const int PhraseScope = 3;
    private static readonly HashSet<string> PhraseScoped = ["without", "instead", "rather"];
    private readonly string[][] _cues;
    private readonly string[][] _pseudo;

    public ScopeCues(IEnumerable<string> cues, IEnumerable<string> pseudoTriggers)
    {
        _cues = Split(cues);
        _pseudo = Split(pseudoTriggers);
    }

    public static readonly Lazy<ScopeCues> Negation = new(() =>
        new ScopeCues(LexiconStore.Engine.Lines("negation_cues"), LexiconStore.Engine.Lines("negation_pseudo_triggers")));

    public static readonly Lazy<ScopeCues> Hedge = new(() => new ScopeCues(LexiconStore.Engine.Lines("hedges"), []));

    /// <summary>Whether a cue earlier in the same clause governs <paramref name="token"/>.</summary>
    public bool Governs(ReadOnlySpan<Token> tokens, int sentenceStart, int token) => GoverningCue(tokens, sentenceStart, token) is not null;

    /// <summary>The tokens (first, end exclusive) of the nearest cue earlier in the same clause that governs <paramref name="token"/>, if any.</summary>
    public (int First, int End)? GoverningCue(ReadOnlySpan<Token> tokens, int sentenceStart, int token)
    {
        for (var k = token - 1; k >= sentenceStart && token - k <= Window; k--)
        {
            if (IsClauseBoundary(tokens[k])) return null;
            foreach (var cue in _cues)
            {
                if (!EndsAt(tokens, sentenceStart, k, cue)) continue;
                // Cues are common words: capitalized inside a sentence they are names ("in May", "Will Moss").
                var first = k - cue.Length + 1;
                if (first > sentenceStart && tokens[first].IsCapitalized) continue;
                if (IsPseudo(tokens, first)) continue;
                // "without", "instead of", "rather than" negate their own noun phrase, not the clause: in "Without new
                // drugs we face a crisis" the crisis is asserted.
                if (PhraseScoped.Contains(cue[0]) && token - (k + 1) > PhraseScope) continue;
                if (ClosedRelativeClause(tokens, sentenceStart, first, k + 1, token)) continue;
                if (ClosedCleftSubject(tokens, sentenceStart, first, k + 1, token)) continue;
                return (first, k + 1);
            }
        }
        return null;
    }

    /// <summary>How far before a cue a relative pronoun may open the clause it negates ("that does not", "who has never").</summary>
    private const int RelativeReach = 3;

    /// <summary>
    /// A cue inside a relative clause negates that clause only: in "the party that never hides its aims is bent on …"
    /// the main clause's "is" comes after the relative clause's own verb, and the main predicate is asserted. The
    /// relative clause is closed when a finite auxiliary follows a word that is not one, after the cue.
    /// </summary>
    private static bool ClosedRelativeClause(ReadOnlySpan<Token> tokens, int sentenceStart, int cueFirst, int cueEnd, int token)
    {
        var opensRelative = false;
        for (var k = cueFirst - 1; k >= sentenceStart && cueFirst - k <= RelativeReach && !opensRelative; k--)
            // "said that it is not …" is a complement clause: a relative pronoun is its clause's subject or stands before a noun.
            opensRelative = tokens[k].Norm is "who" or "which" or "that" or "whose" && k > sentenceStart && tokens[k - 1].IsWord
                && tokens[k + 1].Norm is not ("it" or "they" or "he" or "she" or "we" or "i" or "you" or "there");
        if (!opensRelative) return false;
        var relativeVerb = false;
        // The token itself may be the main clause's auxiliary ("… its aims is bent on").
        for (var k = cueEnd; k <= token; k++)
        {
            var auxiliary = FunctionWords.Auxiliaries.Contains(tokens[k]);
            if (auxiliary && relativeVerb) return true;
            relativeVerb |= !auxiliary && tokens[k].IsWord;
        }
        return false;
    }

    /// <summary>How many words the subject of a pseudo-cleft may hold before its cue ("what the annual report does not").</summary>
    private const int CleftSubjectReach = 5;

    /// <summary>
    /// A cue inside the free relative that opens a pseudo-cleft negates that relative only: in "what the report does not
    /// say is that the station has become …" the focus after "is that" is what the writer asserts. The relative opens with
    /// "what" at the clause start, and "is that" or "was that" after the cue, before the token, closes it.
    /// </summary>
    private static bool ClosedCleftSubject(ReadOnlySpan<Token> tokens, int sentenceStart, int cueFirst, int cueEnd, int token)
    {
        var opensCleft = false;
        for (var k = cueFirst - 1; k >= sentenceStart && cueFirst - k <= CleftSubjectReach && !opensCleft && tokens[k].IsWord; k--)
            opensCleft = tokens[k].Norm == "what" && (k == sentenceStart || !tokens[k - 1].IsWord);
        if (!opensCleft) return false;
        // The focus is a content clause, the truth the subject leaves out; "what they did not do was build a wall" keeps
        // its negation on the act.
        for (var k = cueEnd; k + 1 < token; k++)
            if (tokens[k].Norm is "is" or "was" && tokens[k + 1].Norm == "that") return true;
        return false;
    }

    private bool IsPseudo(ReadOnlySpan<Token> tokens, int start)
    {
        foreach (var pseudo in _pseudo)
        {
            if (start + pseudo.Length > tokens.Length) continue;
            var match = true;
            for (var p = 0; p < pseudo.Length && match; p++) match = Matches(tokens[start + p], pseudo[p]);
            if (match) return true;
        }
        return false;
    }

    private static bool EndsAt(ReadOnlySpan<Token> tokens, int sentenceStart, int end, string[] cue)
    {
        var start = end - cue.Length + 1;
        if (start < sentenceStart) return false;
        for (var p = 0; p < cue.Length; p++)
            if (!Matches(tokens[start + p], cue[p])) return false;
        return true;
    }

    /// <summary>"n't" as a cue matches any contraction ending in it (isn't, won't).</summary>
    private static bool Matches(Token token, string word) =>
        token.Norm == word || word == "n't" && Semantics.Negation.IsContraction(token.Norm);

    private static bool IsClauseBoundary(Token token) =>
        token.Text is "," or ";" or ":" || token.Kind == TokenKind.Dash
        || token.Norm is "but" or "however" or "although" or "though" or "yet" or "whereas";

    private static string[][] Split(IEnumerable<string> phrases) =>
        [.. phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize).ToArray()).Where(w => w.Length > 0)];
}
