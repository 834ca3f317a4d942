using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;

namespace Rhetlint.CodeRules;

/// <summary>
/// What loading one rule file gave: the analyzers that passed every check, the problems that kept the others (or
/// the whole file) out, and whether the compiled assembly came from the disk cache rather than the compiler.
/// </summary>
public sealed record CodeRuleLoad(ImmutableArray<RhetoricAnalyzer> Analyzers, ImmutableArray<RuleLoadProblem> Problems, bool FromCache);
