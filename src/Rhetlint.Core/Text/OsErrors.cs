using System.Runtime.InteropServices;

namespace Rhetlint.Core.Text;

/// <summary>The operating system's reason for a failed file operation, without the path .NET puts in its messages
/// (for a write that path is the temporary file, which means nothing to the user).</summary>
public static class OsErrors
{
    public static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        // The outer message names the path; the inner one, when present, is the bare OS reason.
        UnauthorizedAccessException => Lowercase(e.InnerException?.Message ?? "permission denied"),
        IOException io => Lowercase(ErrorCodeMessage(io)),
        _ => Lowercase(e.Message),
    };

    // On Unix .NET stores the raw errno in HResult, on Windows a Win32 error wrapped as 0x8007xxxx.
    private static string ErrorCodeMessage(IOException ex)
    {
        var code = (ex.HResult & 0xFFFF0000) == 0x80070000 ? ex.HResult & 0xFFFF : ex.HResult;
        return code > 0 ? Marshal.GetPInvokeErrorMessage(code) : "input/output error";
    }

    private static string Lowercase(string reason) =>
        reason.Length > 0 ? char.ToLowerInvariant(reason[0]) + reason[1..].TrimEnd('.') : reason;
}
