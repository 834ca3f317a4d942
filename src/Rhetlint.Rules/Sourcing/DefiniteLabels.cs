using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "It has already been called the comeback of the season", "the lineup has been dubbed the weakest in a decade": a naming
/// participle in the perfect, with "the" and a lower-case phrase, hands on a label someone has given, as "has been called
/// a hero" does. A capital after "the" is a name ("has been called the Harbor Clause"), and the simple passive names or
/// classifies ("the process is called the carbon cycle"); the perfect says the label was given, by someone, over time.
/// </summary>
internal static class DefiniteLabels
{
    public static bool At(ImmutableArray<Token> tokens, Sentence sentence, int aux, int participle)
    {
        var the = participle + 1;
        if (the + 1 >= sentence.EndToken || tokens[the].Norm != "the" || !tokens[the + 1].IsWord || tokens[the + 1].IsCapitalized) return false;
        for (var k = aux; k < participle; k++)
            if (tokens[k].Norm == "been") return true;
        return false;
    }
}
