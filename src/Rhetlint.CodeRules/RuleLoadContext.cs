using System.Reflection;
using System.Runtime.Loader;

namespace Rhetlint.CodeRules;

/// <summary>
/// The collectible context one compiled rule file lives in, so a loader can drop its rules again. It resolves no
/// reference itself: Rhetlint.Core, Microsoft.CodeAnalysis and the framework all come from the default context, so
/// the rule's <c>RhetoricAnalyzer</c> and <c>DiagnosticDescriptor</c> are the host's own types and the driver can run it.
/// </summary>
internal sealed class RuleLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
