namespace Rhetlint.Core.Text;

/// <summary>Input that cannot be checked: missing, unreadable, binary or not valid text. The message is one line for the user.</summary>
public sealed class InputException(string message) : Exception(message);
