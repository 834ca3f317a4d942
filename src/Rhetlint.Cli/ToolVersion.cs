using System.Reflection;

namespace Rhetlint.Cli;

internal static class ToolVersion
{
    /// <summary>The informational version without the source-revision suffix ("0.1.0").</summary>
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
