using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "—“Ferry fares to rise in spring,” by the Harbor Gazette's Ana Ruiz: …", "“Notes on a quiet harbour” by Tomas
/// Weir": a quotation credited with "by" and a name right after its closing mark is a work with its author, a
/// headline in a digest of links or a title, whose speaker is the name. "By" with no name after it ("“…,” by all
/// accounts", "“…” by Friday") credits nobody.
/// </summary>
internal static class Bylines
{
    /// <summary>Lower-case words allowed between "by" and the name: "by the New York Post's", "by former editor Jo Lind".</summary>
    private const int MaxWordsBeforeName = 2;

    public static bool Credit(DocumentModel document, Quotation quotation)
    {
        var tokens = document.Tokens;
        var close = quotation.CloseToken!.Value;
        // "“Fascism.” By that she means …": a quotation that ends its sentence leaves "by" to open the next one.
        if (tokens[close - 1].Text is "." or "!" or "?") return false;
        var k = close + 1;
        if (k < tokens.Length && tokens[k].Text == ",") k++;
        if (k >= tokens.Length || tokens[k].Norm != "by") return false;
        for (var n = k + 1; n < tokens.Length && n - k <= MaxWordsBeforeName + 1 && tokens[n].IsWord; n++)
            if (tokens[n].IsCapitalized)
                return !FunctionWords.Weekdays.Contains(tokens[n]) && !FunctionWords.Months.Contains(tokens[n]);
        return false;
    }
}
