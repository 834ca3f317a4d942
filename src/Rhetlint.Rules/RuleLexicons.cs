using Rhetlint.Core.Lexicons;

namespace Rhetlint.Rules;

/// <summary>
/// The word lists only rules read (<c>rules/lexicons/rules/</c>), embedded in this assembly. The engine's own lists,
/// which rules may read too, are <see cref="LexiconStore.Engine"/>.
/// </summary>
internal static class RuleLexicons
{
    public static LexiconStore Store { get; } = LexiconStore.Of(typeof(RuleLexicons).Assembly);
}
