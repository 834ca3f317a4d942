using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Packs;

namespace Rhetlint.LanguageServer;

/// <summary>
/// What the host gives the server to lint with, so the server needs nothing from the command line tool. The server
/// asks the host for a new engine when a configuration file changes (<c>.editorconfig</c>, a pack's YAML, a C# rule
/// file), which drops whatever the old one cached.
/// </summary>
/// <param name="OptionsFor">The configuration of the document at a path (the path need not exist); may throw <see cref="ConfigException"/>.</param>
/// <param name="LinterFor">The rules a document with this configuration runs (built-in rules and its packs).</param>
/// <param name="PacksFor">The packs of a configuration, for their rules' documentation.</param>
public sealed record LintEngine(
    Func<string, DocumentOptions> OptionsFor,
    Func<DocumentOptions, Linter> LinterFor,
    Func<DocumentOptions, ImmutableArray<RulePack>> PacksFor);
