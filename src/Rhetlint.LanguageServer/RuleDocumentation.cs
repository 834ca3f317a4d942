using Rhetlint.Core.Config;
using Rhetlint.Rules;

namespace Rhetlint.LanguageServer;

/// <summary>A rule's documentation page, as <c>rhetlint explain-rule</c> prints it, and the part of it a hover shows.</summary>
internal static class RuleDocumentation
{
    /// <summary>Hovers are read in a small box: past this many characters the page is cut at a paragraph and linked.</summary>
    private const int HoverLength = 1500;

    /// <summary>The page of a built-in rule, or of a rule of one of the packs these configurations run; null for an unknown id.</summary>
    public static string? Page(string id, LintEngine engine, IEnumerable<DocumentOptions> configurations)
    {
        if (BuiltInRules.Documentation(id) is { } page) return page;
        foreach (var options in configurations)
        {
            try
            {
                if (engine.PacksFor(options).Select(p => p.Documentation(id)).FirstOrDefault(p => p is not null) is { } packPage) return packPage;
            }
            catch (ConfigException)
            {
                // A configuration that cannot load its packs has no page to offer; another may.
            }
        }
        return null;
    }

    /// <summary>
    /// The page without its title (the hover has its own), cut at a section or paragraph break after about
    /// <see cref="HoverLength"/> characters, with a link to the whole page when one exists.
    /// </summary>
    public static string ForHover(string page, string? helpUri)
    {
        var body = page.ReplaceLineEndings("\n").TrimStart();
        if (body.StartsWith("# ", StringComparison.Ordinal)) body = body[(body.IndexOf('\n') is var end and >= 0 ? end + 1 : body.Length)..].TrimStart();
        if (body.Length > HoverLength)
        {
            var cut = body.LastIndexOf("\n## ", HoverLength, StringComparison.Ordinal);
            if (cut < HoverLength / 2) cut = body.LastIndexOf("\n\n", HoverLength, StringComparison.Ordinal);
            if (cut <= 0) cut = HoverLength;
            body = body[..cut].TrimEnd() + "\n\n…";
        }
        return string.IsNullOrEmpty(helpUri) ? body.TrimEnd() : $"{body.TrimEnd()}\n\n[Full documentation]({helpUri})";
    }
}
