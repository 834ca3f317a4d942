using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;

namespace Rhetlint.Cli;

/// <summary>The analyzers of one C# rule file and the problems that kept any out; the same shape in the JIT and the native build.</summary>
internal sealed record LoadedCodeRules(ImmutableArray<RhetoricAnalyzer> Analyzers, ImmutableArray<RuleLoadProblem> Problems);
