namespace Rhetlint.LanguageServer.Tests;

/// <summary>Rewrite templates as LSP snippets: placeholders become tab stops in order, snippet syntax in the text is escaped.</summary>
public sealed class TemplateSnippetTests
{
    [Theory]
    [InlineData("[Name], a scholar at [organization],", "${1:[Name]}, a scholar at ${2:[organization]},")]
    // A placeholder that repeats is a stop of its own: the two years are different years.
    [InlineData("rose from [x] to [y] between [year] and [year]", "rose from ${1:[x]} to ${2:[y]} between ${3:[year]} and ${4:[year]}")]
    [InlineData("[claim] ([evidence: a figure, a named source])", "${1:[claim]} (${2:[evidence: a figure, a named source]})")]
    [InlineData("no placeholder here", "no placeholder here")]
    public void Placeholders_become_numbered_tab_stops(string template, string snippet) =>
        Assert.Equal(snippet, TemplateSnippet.From(template));

    [Theory]
    // The writer's own words inside a template: a dollar, a brace or a backslash is text, not snippet syntax.
    [InlineData("the $5 billion levy ([source])", @"the \$5 billion levy (${1:[source]})")]
    [InlineData(@"a {brace} and C:\ferry ([source])", @"a {brace\} and C:\\ferry (${1:[source]})")]
    [InlineData("[cost in $ or }]", @"${1:[cost in \$ or \}]}")]
    [InlineData("$1 and ${2:x}", @"\$1 and \${2:x\}")]
    public void Dollar_brace_and_backslash_are_escaped_inside_and_outside_placeholders(string template, string snippet) =>
        Assert.Equal(snippet, TemplateSnippet.From(template));

    [Theory]
    // Brackets that enclose nothing, or never close, are text; of nested ones the inner pair is the placeholder.
    [InlineData("an empty [] pair and an open [ bracket", "an empty [] pair and an open [ bracket")]
    [InlineData("[outer [inner] tail]", "[outer ${1:[inner]} tail]")]
    public void Brackets_that_are_no_placeholder_stay_text(string template, string snippet) =>
        Assert.Equal(snippet, TemplateSnippet.From(template));
}
