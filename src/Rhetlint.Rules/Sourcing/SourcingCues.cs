using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>Tests the sourcing rules share: by-phrases and dummy subjects (names, clause starts and coordinated clauses: <see cref="SubjectCues"/>).</summary>
internal static class SourcingCues
{
    /// <summary>The dummy "it" subject of the passive starting at <paramref name="auxStart"/> ("It is believed", "it's been said"), or null.</summary>
    public static int? DummySubject(ImmutableArray<Token> tokens, Sentence sentence, int auxStart)
    {
        if (tokens[auxStart].Norm is "it's") return auxStart;
        var k = PassiveChain.SkipAdverbsBack(tokens, sentence, auxStart - 1);
        return k >= sentence.FirstToken && tokens[k].Norm == "it" ? k : null;
    }

    /// <summary>
    /// "by the Harbor Gazette", "by researchers at the Harlow Institute", "by the ministry": a by-phrase between
    /// <paramref name="from"/> and <paramref name="limit"/> whose agent is named or is a definite role or organization.
    /// </summary>
    public static bool HasNamedAgent(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int from, int limit)
    {
        var end = Math.Min(limit, sentence.EndToken);
        for (var k = from; k < end; k++)
        {
            if (tokens[k].Norm != "by") continue;
            var definite = false;
            for (var a = k + 1; a < end && a - k <= 6; a++)
            {
                var token = tokens[a];
                if (!token.IsWord && token.Kind != TokenKind.Number) break;
                if (SubjectCues.IsName(actors, tokens, sentence, a)) return true;
                if (FunctionWords.Definite.Contains(token)) definite = true;
                else if (definite && (Vocabulary.IsRoleNoun(token) || Vocabulary.IsOrganizationNoun(token))) return true;
                if (token.Norm is "that" or "which" or "who") break;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a that-clause follows at <paramref name="k"/>: "that", or a short place phrase then "that" ("in Whitehall
    /// that"); with <paramref name="allowBare"/>, also a clause that opens without "that" ("it is believed the envoy …").
    /// Returns the index of "that" (or of the bare clause), or null. A repetition adverbial may come first ("it has been
    /// shown again and again that"): insisting that something was shown often still says nothing of who showed it, and
    /// neither does insisting that it was shown for certain ("it has been established beyond doubt that").
    /// </summary>
    public static int? ThatClauseAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int k, bool allowBare)
    {
        k += RepetitionAdverbialLength(tokens, sentence, k);
        k += CertaintyAdverbials.LongestAt(tokens, k, sentence.EndToken);
        if (k >= sentence.EndToken) return null;
        if (tokens[k].Norm == "that") return k;
        if (tokens[k].Norm is "in" or "among" or "within" or "inside" or "across" or "around" or "at" or "by" or "on" or "throughout" or "for")
        {
            for (var j = k + 1; j < sentence.EndToken && j - k <= 8; j++)
            {
                if (tokens[j].Norm == "that") return j;
                if (!tokens[j].IsWord && tokens[j].Kind != TokenKind.Number) return null;
            }
            return null;
        }
        if (!allowBare) return null;
        var next = tokens[k];
        var opensClause = FunctionWords.Definite.Contains(next) && next.Norm != "that" || FunctionWords.Possessive.Contains(next)
            || FunctionWords.PersonPronouns.Contains(next) || FunctionWords.AuthorPronouns.Contains(next)
            || SubjectCues.IsName(actors, tokens, sentence, k);
        return opensClause ? k : null;
    }

    /// <summary>Adverbials of repetition: "again and again", "time and again", "over and over (again)", "time after time", "repeatedly".</summary>
    private static readonly PhraseList RepetitionAdverbials = PhraseList.From(
        [["again", "and", "again"], ["time", "and", "again"], ["time", "and", "time", "again"], ["over", "and", "over", "again"],
         ["over", "and", "over"], ["time", "after", "time"], ["repeatedly"], ["consistently"]]);

    /// <summary>
    /// Adverbials of certainty that a finding may carry (WordNet's conclusively, definitively, unequivocally, and the
    /// prepositional phrases of doubt ruled out: beyond doubt, without doubt, once and for all).
    /// </summary>
    private static readonly PhraseList CertaintyAdverbials = PhraseList.From(
        [["beyond", "doubt"], ["beyond", "any", "doubt"], ["beyond", "all", "doubt"], ["beyond", "reasonable", "doubt"], ["beyond", "question"],
         ["beyond", "dispute"], ["without", "doubt"], ["without", "a", "doubt"], ["without", "any", "doubt"], ["once", "and", "for", "all"],
         ["conclusively"], ["definitively"], ["unequivocally"], ["categorically"], ["irrefutably"], ["incontrovertibly"]]);

    private static int RepetitionAdverbialLength(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        RepetitionAdverbials.LongestAt(tokens, k, sentence.EndToken);

    /// <summary>
    /// Whether the word at <paramref name="k"/>, right after "to", can be a verb ("to have fled", "to cut", "to
    /// recklessly raise") rather than a noun phrase ("shown to voters", "reported to the police").
    /// </summary>
    public static bool VerbFollowsTo(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken) return false;
        var token = tokens[k];
        if (!token.IsWord || token.IsCapitalized || token.Norm == "date") return false;
        if (FunctionWords.Definite.Contains(token) || FunctionWords.IndefiniteSingular.Contains(token)
            || FunctionWords.Possessive.Contains(token) || FunctionWords.ObjectPronouns.Contains(token)
            || FunctionWords.VagueQuantifiers.Contains(token))
            return false;
        // "was reported to federal prosecutors", "were referred to local police": an adjective before a role or body is
        // a hearer, not an infinitive.
        if (AdjectiveForms.IsAdjective(token.Norm) && k + 1 < sentence.EndToken && IsHearerNoun(tokens[k + 1])) return false;
        return !IsHearerNoun(token);
    }

    private static bool IsHearerNoun(Token token) =>
        Vocabulary.IsRoleNoun(token) || Vocabulary.IsPluralRoleNoun(token) || Vocabulary.IsOrganizationNoun(token)
        || Vocabulary.IsDocumentNoun(token) || Vocabulary.IsPluralDocumentNoun(token);

    /// <summary>Whether a legal-context word (charged, court, prosecutors …) is in the sentence or the one before or after it.</summary>
    public static bool InLegalContext(DocumentModel document, Sentence sentence)
    {
        var sentences = document.Syntax.Sentences;
        for (var s = Math.Max(0, sentence.Index - 1); s <= Math.Min(sentences.Length - 1, sentence.Index + 1); s++)
            for (var k = sentences[s].FirstToken; k < sentences[s].EndToken; k++)
                if (LegalContext.Value.Contains(document.Tokens[k])) return true;
        return false;
    }

    private static readonly Lazy<FrozenWordSet> LegalContext = new(() => RuleLexicons.Store.Set("legal_context"));

    /// <summary>"the data say nothing about", "the chatter tells us little": a saying verb that reports no finding.</summary>
    public static bool SaysNothing(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb + 1;
        if (k < sentence.EndToken && tokens[k].Norm is "us" or "me" or "you") k++;
        return k < sentence.EndToken && tokens[k].Norm is "nothing" or "little";
    }

    public static bool IsNamedSpeaker(SpeakerClass speaker) =>
        speaker is SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument;
}
