using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// What the phrase-driven threat rules (RH1001, RH1002, RH1005, RH1009) check around a match before they call it
/// the writer's own: voice, negation, and the use-mention frames in which a loaded phrase is talked about
/// rather than used ("the phrase 'axis of evil'", "posters used the mushroom cloud as a motif", "comparisons with
/// Munich", "so-called").
/// </summary>
internal static class ImageryContext
{
    /// <summary>Nouns that, right before a phrase ("talk of …", "the image of …", "comparisons with …"), make it a topic rather than a claim.</summary>
    private static readonly FrozenSet<string> MentionHeads = TaggedLexicon.Load(RuleLexicons.Store, "imagery_context").Words("mention-head");

    /// <summary>Nouns that, right after a phrase ("the axis-of-evil speech", "the Munich analogy"), make it the name of a thing said.</summary>
    private static readonly FrozenWordSet MentionTails = TaggedLexicon.Load(RuleLexicons.Store, "imagery_context").Words("mention-tail").ToFrozenWordSet();

    /// <summary>"used … as a motif": a role the phrase plays in a work.</summary>
    private static readonly FrozenWordSet MentionRoles = TaggedLexicon.Load(RuleLexicons.Store, "imagery_context").Words("mention-role").ToFrozenWordSet();

    /// <summary>Whether every token of the match is the writer's own words.</summary>
    public static bool IsAuthors(DocumentModel document, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (document.Voices[k] != Voice.Author) return false;
        return true;
    }

    /// <summary>
    /// Whether the phrase from <paramref name="first"/> to <paramref name="end"/> is mentioned rather than used:
    /// after "so-called", a naming verb ("dubbed", "called") or a mention noun ("talk of", "the phrase"); before a
    /// mention noun ("the axis-of-evil label"); or used "as a motif".
    /// </summary>
    public static bool IsMentioned(ImmutableArray<Token> tokens, Sentence sentence, int first, int end)
    {
        for (var k = first - 1; k >= sentence.FirstToken && first - k <= 4; k--)
        {
            var norm = tokens[k].Norm;
            if (norm == "so-called" || IsOthersNaming(tokens, sentence, k)) return true;
            if (MentionHeads.Contains(norm) && (k + 1 == first || tokens[k + 1].Norm is "of" or "about" or "to" or "with" or "like")) return true;
            if (tokens[k].Text is "," or ";" or ":" or "(" || tokens[k].Kind == TokenKind.Dash) break;
        }
        if (end < sentence.EndToken && MentionTails.Contains(tokens[end])) return true;
        if (IsDepicted(tokens, sentence, first)) return true;
        if (IsPortrayedAs(tokens, sentence, first)) return true;
        for (var k = end; k + 2 < sentence.EndToken && k - end <= 6; k++)
        {
            if (tokens[k].Norm != "as") continue;
            var role = tokens[k + 1].Norm is "a" or "an" or "the" ? k + 2 : k + 1;
            if (MentionRoles.Contains(tokens[role])) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the phrase from <paramref name="first"/> to <paramref name="end"/> is written in Title Case inside a
    /// sentence that is not: the name of a book, a film or a show ("Barbarians at the Gate, the 1989 book", "The Enemy
    /// Within opens on Friday"). Every word is capitalized but the short function words, and at least one capital is
    /// not the sentence's first; a headline in title case tells nothing by its capitals.
    /// </summary>
    public static bool IsTitleCased(DocumentModel document, Sentence sentence, int first, int end)
    {
        var tokens = document.Tokens;
        if (document.Syntax.IsTitleCase(sentence)) return false;
        var inner = false;
        for (var k = first; k < end; k++)
        {
            if (!tokens[k].IsWord) continue;
            if (tokens[k].IsCapitalized) inner |= k > sentence.FirstToken;
            else if (tokens[k].Norm.Length > 4 || !FunctionWords.Prepositions.Contains(tokens[k]) && tokens[k].Norm is not ("a" or "an" or "the" or "and" or "or"))
                return false;
        }
        return inner;
    }

    /// <summary>Nouns of a proposition held or put forward: before "that" they make the clause entertained, not asserted.</summary>
    private static readonly FrozenWordSet PropositionHeads = TaggedLexicon.Load(RuleLexicons.Store, "imagery_context").Words("proposition-head").ToFrozenWordSet();

    /// <summary>
    /// Whether the phrase at <paramref name="first"/> sits in a "that" clause of a proposition noun, in its clause: "the
    /// claim that the levy is a war on pensioners does not survive the figures", "the idea that …". The writer names
    /// the claim to weigh it; "the fact that …" asserts and is not listed.
    /// </summary>
    public static bool IsEntertained(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        for (var k = first - 1; k > sentence.FirstToken && first - k <= 10; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Dash) return false;
            if (tokens[k].Norm == "that" && PropositionHeads.Contains(tokens[k - 1])) return true;
        }
        return false;
    }

    /// <summary>How far back in the clause a depiction ("scenarios where …") may open before the phrase.</summary>
    private const int DepictionReach = 8;

    /// <summary>"stories where thinking machines turn on their makers", "a novel in which Varn invades": told, not claimed.</summary>
    private static bool IsDepicted(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        for (var k = first - 1; k > sentence.FirstToken && first - k <= DepictionReach; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Dash) return false;
            var opensClause = tokens[k].Norm == "where" || tokens[k].Norm == "which" && tokens[k - 1].Norm == "in";
            var head = tokens[k].Norm == "where" ? k - 1 : k - 2;
            if (opensClause && head >= sentence.FirstToken && ToldWorks.DepictionHeads.Contains(tokens[head])) return true;
        }
        return false;
    }


    /// <summary>
    /// "Brandt called Kestria a rogue state", "what critics dub an axis of evil": someone else's label. "We should
    /// call it what it is" keeps the label the writer's own.
    /// </summary>
    private static bool IsOthersNaming(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (!Vocabulary.NamingVerbs.Contains(tokens[k])) return false;
        var subject = k - 1;
        while (subject >= sentence.FirstToken && tokens[subject].Norm is "to" or "must" or "should" or "will" or "would" or "can" or "also" or "rightly") subject--;
        return subject < sentence.FirstToken || tokens[subject].Norm is not ("i" or "we" or "let's" or "us");
    }

    /// <summary>"smear Trump as the new Hitler", "painted Norvania as a rogue state": someone's portrayal, reported.</summary>
    private static bool IsPortrayedAs(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        var k = first - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "the" or "a" or "an") k--;
        if (k < sentence.FirstToken || tokens[k].Norm != "as") return false;
        for (var v = k - 1; v >= sentence.FirstToken && k - v <= 5; v--)
            if (PortrayalVerbs.Any(stem => tokens[v].Norm.StartsWith(stem, StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>Stems of verbs that cast someone "as" something ("smeared", "portrays", "painting").</summary>
    private static readonly string[] PortrayalVerbs = [.. TaggedLexicon.Load(RuleLexicons.Store, "imagery_context").Words("portrayal-stem")];

    /// <summary>Whether any token of the sentence is one of <paramref name="words"/>.</summary>
    public static bool SentenceHas(ImmutableArray<Token> tokens, Sentence sentence, FrozenSet<string> words)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (words.Contains(tokens[k].Norm)) return true;
        return false;
    }

    /// <summary>
    /// Whether an adversary of the gazetteer (a state, capital, institution, collective adversary or criminal
    /// organisation; not a party or company, <see cref="ActorClasses.IsAdversary"/>) is named in the sentence.
    /// </summary>
    public static bool HasActor(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        var span = tokens.AsSpan(0, sentence.EndToken);
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (actors.Match(span, k) is { } actor && actor.Class.IsAdversary()) return true;
        return false;
    }

    /// <summary>
    /// The start of the noun phrase a figurative head belongs to: back over up to <paramref name="maxModifiers"/>
    /// lower-case modifiers to a determiner, so the span reads "a demographic time bomb" rather than "time bomb".
    /// </summary>
    public static int PhraseStart(ImmutableArray<Token> tokens, Sentence sentence, int head, int maxModifiers = 2)
    {
        var k = head;
        while (k - 1 >= sentence.FirstToken && head - k < maxModifiers && IsModifier(tokens[k - 1])) k--;
        return k - 1 >= sentence.FirstToken && IsDeterminer(tokens[k - 1]) ? k - 1 : head;
    }

    /// <summary>A lower-case adjective or hyphenated compound ("dark", "polar", "post-antibiotic"); a noun would start another phrase.</summary>
    private static bool IsModifier(Token token) =>
        token.IsWord && !token.IsCapitalized && !IsDeterminer(token) && token.Norm != "so-called"
        && (AdjectiveForms.IsAdjective(token.Norm) || token.Norm.Contains('-'));

    private static bool IsDeterminer(Token token) =>
        token.Norm is "a" or "an" or "the" or "this" or "that" or "another" or "such" or "our" or "their" or "its" or "his" or "her";

    /// <summary>Hedges (where the rule honours them) and questions lower a finding one level (RULES.md §1).</summary>
    public static DiagnosticSeverity SeverityAt(DocumentModel document, Sentence sentence, int token, DiagnosticSeverity severity, bool hedgeLowers)
    {
        var lowered = document.IsQuestion(sentence) || hedgeLowers && document.IsHedged(token);
        return lowered ? ClaimScope.Lowered(severity) : severity;
    }
}
