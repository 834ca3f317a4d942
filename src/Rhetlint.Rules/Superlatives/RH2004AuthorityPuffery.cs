using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>RH2004 — puffed credential.</summary>
public sealed class RH2004AuthorityPuffery : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        SeverityNote = "reported as a suggestion",
        WhatItDoes = """
            Flags a named person introduced with praise instead of a checkable title: a puffery modifier (leading,
            renowned, eminent, distinguished, "world's foremost")
            before a role noun, in the writer's voice — "Renowned strategist Tom Hale", "Ilse Brandt, one of the world's
            leading economists,".

            The person counts as named when a name follows the role noun ("strategist Tom Hale"), follows it as an
            appositive ("a strategist, Tom Hale,"), precedes the phrase ("Tom Hale, a renowned strategist", "Hale is a
            leading expert"), or when a named speaker's source phrase holds the puff.
            """,
        WhyIsThisBad = """
            "Leading" and "renowned" ask the reader to defer to a source without saying what makes the source qualified.
            A title, an institution and a field can be checked.
            """,
        NotFlagged = """
            - The person is unnamed ("A leading Harvard scholar said …"): RH3002 or RH3001 reports the vague source and
              its message names the puffery — one finding per rhetorical move (RH2004 merges into
              [RH3002](RH3002.md)). That is why every RH2004 report is a suggestion: the warning-level case is the sourcing
              rule's.
            - Names and titles: "The Leading Edge Forum", "a Distinguished Professor of History".
            - Newsroom shorthand for a real post: "top diplomat", "top general", "top prosecutor"; and "top" after the
              possessive of an organization or a person, which names the highest post on that owner's staff ("the
              agency's top IT staffer", "its top surgeon"). After a place or a field it ranks the field and is flagged
              ("Germany's top economist", "the world's top surgeon").
            - Credentials that are a fact of a list rather than praise: "bestselling author Ana Ruiz", "award-winning
              journalist Tom Hale", any "-winning" compound ("prize-winning", "Emmy-winning"). A sales list or a prize can be
              looked up; the reader is not asked to defer.
            - "Top" before a role noun completed by its owner after "on", "for", "at" or "with": "the top strategist on
              Vale's campaign", "a top lobbyist for the Harbour Board" name the highest post on that owner's staff, as
              "Vale's top strategist" does; "a top economist in Germany" still ranks the field.
            - Standings in a race or a market, and public stances: "the leading candidate", "a top scorer", "a prominent
              critic", "a well-known activist". They place a person in a contest or a debate rather than ask for
              deference.
            - Quoted or reported words; negation.
            """,
        Examples = ["[[Renowned strategist]] Tom Hale insists the war is already lost."],
        UseInstead =
        [
            """
            Tom Hale, a professor of strategy at Brenner University who has written three books on alliances, insists
            the war is already lost.
            """,
        ],
        Rewrite = """
            Display-only template "[title] at [institution], who studies [field],".
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH2004",
        "Puffed credential",
        "'{0}' praises the source instead of saying what qualifies them; give a title, an institution and a field",
        RuleCategories.Superlatives,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A named person introduced with a puffery modifier (leading, renowned, eminent) before a role noun instead of a verifiable title.",
        helpLinkUri: RuleCategories.HelpUri("RH2004"),
        customTags: RuleTags.LoweredInOpinion);

    /// <summary>After "top", these name a real post ("the top diplomat" is the foreign minister), not praise.</summary>
    private static readonly FrozenWordSet TopPosts = TaggedLexicon.Load(RuleLexicons.Store, "authority_heads").Words("top-post").ToFrozenWordSet();

    /// <summary>
    /// Standings in a race or a market ("the leading candidate", "a top scorer") and public stances or standing ("a
    /// prominent critic", "a well-known activist"): they describe a place in a contest or a debate, not a credential
    /// the reader is asked to defer to.
    /// </summary>
    private static readonly FrozenWordSet Standings = TaggedLexicon.Load(RuleLexicons.Store, "authority_heads").Words("standing").ToFrozenWordSet();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!Vocabulary.IsPufferyAdjective(tokens[i]) || document.Voices[i] != Voice.Author) continue;
            if (ModifierSlots.IsNameOrTitle(tokens, sentence, i) || RoleEnd(tokens, sentence, i) is not int roleEnd) continue;
            if (tokens[i].Norm == "top" && (TopPosts.Contains(tokens[roleEnd - 1]) || IsOwnersPost(document, sentence, i))
                || Standings.Contains(tokens[roleEnd - 1])) continue;
            // "bestselling author Ana Ruiz", "the top strategist on Vale's campaign": a fact of a list, or a post with its owner.
            if (ListedCredentials.IsListed(tokens[i]) || tokens[i].Norm == "top" && ListedCredentials.HasOwnerAfter(document, sentence, roleEnd)) continue;
            if (document.IsNegated(i) || !PuffedCredentials.IsNamed(document, sentence, i, roleEnd)) continue;

            var span = document.SpanOf(PuffedCredentials.Start(tokens, sentence, i), roleEnd);
            var rewrite = Rewrite.Template("Give a verifiable title", span, "[title] at [institution], who studies [field],");
            context.Report(Descriptor, DiagnosticSeverity.Info, span, [rewrite], document.Excerpt(span));
            i = roleEnd - 1;
        }
    }

    /// <summary>
    /// "the agency's top IT staffer", "Clinton's top lawyer", "its top engineer": "top" after the possessive of an
    /// organization or a person names the highest post on that owner's staff, which the reader can check. After a
    /// place or a field ("Germany's top economist", "the world's top surgeon") it ranks the field, as "leading" does.
    /// </summary>
    private static bool IsOwnersPost(DocumentModel document, Sentence sentence, int top)
    {
        if (top - 1 < sentence.FirstToken) return false;
        var owner = document.Tokens[top - 1];
        if (owner.Norm is "its" or "his" or "her" or "their") return true;
        if (!owner.IsWord || RankAdjectives.FieldPossessors.Contains(owner.Norm)) return false;
        var suffix = owner.Norm.EndsWith("'s", StringComparison.Ordinal) ? 2 : owner.Norm.EndsWith("s'", StringComparison.Ordinal) ? 1 : 0;
        if (suffix == 0 || owner.Text.Length <= suffix) return false;
        var bare = Token.Create(owner.Kind, owner.Span, owner.Text[..^suffix]);
        return !document.Actors.IsPlaceWord(bare);
    }

    /// <summary>The end of the role noun the puff praises, allowing two modifiers between ("leading Harvard scholar", "renowned climate scientist").</summary>
    private static int? RoleEnd(ImmutableArray<Token> tokens, Sentence sentence, int puff)
    {
        for (var k = puff + 1; k < sentence.EndToken && k <= puff + 3; k++)
        {
            var token = tokens[k];
            // "World-renowned, award-winning surgeon": a comma between stacked modifiers; a listed credential after
            // it exempts only itself.
            if (token.Text == "," && k + 1 < sentence.EndToken && Vocabulary.IsPufferyAdjective(tokens[k + 1])) continue;
            if (!token.IsWord) return null;
            if (Vocabulary.IsRoleNoun(token) || Vocabulary.IsPluralRoleNoun(token)) return token.IsCapitalized && k > sentence.FirstToken ? null : k + 1;
            if (FunctionWords.NounPhraseBreakers.Contains(token) || FunctionWords.Definite.Contains(token)) return null;
        }
        return null;
    }
}
