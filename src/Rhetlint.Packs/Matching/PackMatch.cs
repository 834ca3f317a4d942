using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Packs.Matching;

/// <summary>Where a pack rule matched in a sentence: tokens [First, End), their span, and a replacement for substitutions.</summary>
internal readonly record struct PackMatch(int FirstToken, int EndToken, TextSpan Span, string? Replacement);

/// <summary>Finds a pack rule's matches in one sentence, left to right, without overlaps.</summary>
internal interface IPackMatcher
{
    IEnumerable<PackMatch> Find(DocumentModel document, Sentence sentence);
}
