using System.Collections.Immutable;
using Rhetlint.Core.Config;

namespace Rhetlint.CodeRules;

/// <summary>The compiled assembly of a rule file, or (when <see cref="Image"/> is null) the errors that prevented it.</summary>
internal sealed record CompileOutcome(byte[]? Image, ImmutableArray<RuleLoadProblem> Problems);
