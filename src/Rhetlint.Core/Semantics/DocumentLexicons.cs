using Rhetlint.Core.Lexicons;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// The lists a document is read with that configuration can extend (<c>rhetlint.actors</c>, <c>rhetlint.outlets</c>,
/// <c>rhetlint.vocabulary</c>): the actor gazetteer (shipped entries plus the configured ones), the outlet names the
/// engine reads as named sources, and the accepted terms no finding may sit inside. Immutable, so the documents
/// that share a set of files share one instance.
/// </summary>
public sealed record DocumentLexicons(ActorGazetteer Actors, TermList Outlets, TermList AcceptedTerms)
{
    /// <summary>The shipped lexicons alone.</summary>
    public static DocumentLexicons Default { get; } = new(Semantics.Actors.Default, TermList.Empty, TermList.Empty);
}
