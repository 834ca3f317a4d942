namespace Rhetlint.Core.Text;

/// <summary>A file was left as it was: the reason, for the user, without the path (the caller names the file) and never
/// naming the temporary file the write went through.</summary>
public sealed class FileWriteException(string reason) : Exception(reason);
