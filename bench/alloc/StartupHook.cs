/// <summary>
/// Loaded by the runtime before rhetlint's Main (DOTNET_STARTUP_HOOKS): at exit, writes to standard error the managed
/// bytes the process allocated and the collections it ran of each generation (bench/startup_alloc.sh).
/// </summary>
internal static class StartupHook
{
    public static void Initialize() =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.Error.WriteLine(
            $"allocation-probe {GC.GetTotalAllocatedBytes(precise: true)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)}");
}
