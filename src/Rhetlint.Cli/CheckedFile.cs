using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Cli;

/// <summary>The outcome of checking one file: its text and findings, or the reason it could not be read.</summary>
internal sealed record CheckedFile(string Path, SourceText? Text, ImmutableArray<Finding> Findings, string? Error);
