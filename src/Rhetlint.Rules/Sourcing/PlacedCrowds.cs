using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "Residents of the Carrow estate say", "neighbours of the Ashby plant say": people named by where they live
/// (inhabitant_nouns.txt) are a crowd whatever place the phrase names, since a place is no body that speaks for them, as
/// the Harlow Institute speaks for its economists. RH3009 lets a named body's professionals speak in public, and read the
/// place as such a body. A phrase that goes on to name its members ("residents, including the tenants' chair Ruth Bale,")
/// names its speakers, as "critics, including the Riverside Merchants Association," does.
/// </summary>
internal static class PlacedCrowds
{
    public static bool Are(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        if (!Vocabulary.IsInhabitantNoun(tokens[frame.SourceHeadEnd - 1])) return false;
        for (var k = frame.SourceHeadEnd; k < frame.SourceEnd; k++)
            if (tokens[k].Text is "," or "(" || tokens[k].Norm is "including" or "like" or "led") return false;
        return true;
    }
}
