using System.Collections.Frozen;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Rules;

namespace Rhetlint.LanguageServer;

/// <summary>A rule's documentation page, as <c>rhetlint explain-rule</c> prints it, and the one line of it a hover shows.</summary>
internal static class RuleDocumentation
{
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

    /// <summary>The first sentence of a built-in rule's "Why is this bad?", on one line; null for a rule without one (a pack's).</summary>
    public static string? Why(string id) => WhyById.GetValueOrDefault(id);

    private static readonly FrozenDictionary<string, string> WhyById =
        BuiltInRules.All.Select(rule => rule.Documentation).OfType<Core.Analysis.RuleDocumentation>()
            .Concat(EngineDescriptors.Documentation)
            .ToFrozenDictionary(d => d.Descriptor.Id, d => FirstSentence(d.WhyIsThisBad), StringComparer.Ordinal);

    /// <summary>
    /// Up to the first full stop, question or exclamation mark followed by a space and a capital, or an opening quote
    /// and a capital (or the whole text), with line breaks as spaces.
    /// </summary>
    internal static string FirstSentence(string text)
    {
        var flat = string.Join(' ', text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        for (var i = 0; i + 2 < flat.Length; i++)
        {
            if (flat[i] is not ('.' or '?' or '!') || flat[i + 1] != ' ') continue;
            var next = flat[i + 2] is '"' or '\u201C' && i + 3 < flat.Length ? i + 3 : i + 2;
            if (char.IsUpper(flat[next])) return flat[..(i + 1)];
        }
        return flat;
    }
}
