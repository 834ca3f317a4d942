using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Packs.Matching;

/// <summary>The word classes a sequence step may ask for, answered by the engine's own lexicons.</summary>
internal enum WordClass
{
    Word,
    Number,
    Punctuation,
    Adjective,
    Comparative,
    Superlative,
    /// <summary>A capitalized word that does not open its sentence.</summary>
    Name,
    ReportingVerb,
    /// <summary>A state, leader, institution or armed group from the actor gazetteer; may span several tokens.</summary>
    Actor,
}

internal static class WordClasses
{
    public static readonly IReadOnlyDictionary<string, WordClass> Names = new Dictionary<string, WordClass>(StringComparer.Ordinal)
    {
        ["word"] = WordClass.Word,
        ["number"] = WordClass.Number,
        ["punctuation"] = WordClass.Punctuation,
        ["adjective"] = WordClass.Adjective,
        ["comparative"] = WordClass.Comparative,
        ["superlative"] = WordClass.Superlative,
        ["name"] = WordClass.Name,
        ["reporting-verb"] = WordClass.ReportingVerb,
        ["actor"] = WordClass.Actor,
    };

    /// <summary>How many tokens from <paramref name="index"/> belong to the class (0: not a member).</summary>
    public static int Length(WordClass wordClass, DocumentModel document, Sentence sentence, int index)
    {
        var token = document.Tokens[index];
        return wordClass switch
        {
            WordClass.Word => token.IsWord ? 1 : 0,
            WordClass.Number => token.Kind == TokenKind.Number ? 1 : 0,
            WordClass.Punctuation => token.Kind == TokenKind.Punctuation ? 1 : 0,
            WordClass.Adjective => token.IsWord && AdjectiveForms.IsAdjective(token.Norm) ? 1 : 0,
            WordClass.Comparative => AdjectiveForms.IsComparative(token) ? 1 : 0,
            WordClass.Superlative => AdjectiveForms.IsSuperlative(token) ? 1 : 0,
            WordClass.Name => token.IsWord && token.IsCapitalized && index > sentence.FirstToken ? 1 : 0,
            WordClass.ReportingVerb => Vocabulary.IsReportingVerb(token) ? 1 : 0,
            WordClass.Actor => document.Actors.Match(document.Tokens.AsSpan(0, sentence.EndToken), index) is { } actor ? actor.Length : 0,
            _ => 0,
        };
    }
}
