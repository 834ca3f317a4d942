using Microsoft.CodeAnalysis;

namespace Rhetlint.Core.Analysis;

/// <summary>Diagnostics the engine itself reports about its input (RH0xxx).</summary>
public static class EngineDescriptors
{
    public static readonly DiagnosticDescriptor UnreadableInput = new(
        "RH0001", "Input cannot be checked", "{0}", RuleCategories.Engine, DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: RuleCategories.HelpUri("RH0001"));

    public static readonly DiagnosticDescriptor UnbalancedQuote = new(
        "RH0002", "Unbalanced quotation mark", "{0}; quotation analysis around it may be incomplete", RuleCategories.Engine,
        DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: RuleCategories.HelpUri("RH0002"));

    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "RH0003", "Unused suppression", "{0}", RuleCategories.Engine, DiagnosticSeverity.Info,
        isEnabledByDefault: true, helpLinkUri: RuleCategories.HelpUri("RH0003"));

    public static readonly DiagnosticDescriptor BadDirective = new(
        "RH0004", "Malformed suppression directive", "{0}", RuleCategories.Engine, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: RuleCategories.HelpUri("RH0004"));

    public static readonly DiagnosticDescriptor RuleFailed = new(
        "RH0005", "Rule failed", "{0}", RuleCategories.Engine, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: RuleCategories.HelpUri("RH0005"));
}
