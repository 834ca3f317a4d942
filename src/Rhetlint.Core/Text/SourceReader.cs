using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Text;

/// <summary>
/// Turns bytes into a <see cref="SourceText"/>: UTF-8 with or without BOM, UTF-16 with BOM; anything else is refused.
/// The text never contains the BOM, so offsets count from after it. <see cref="SourceText.Encoding"/> is the
/// encoding the file was read with, and its <see cref="Encoding.GetPreamble"/> is non-empty exactly when the
/// file had a BOM (see <see cref="HasByteOrderMark"/>), so a fixer can write the file back byte for byte.
/// </summary>
public static class SourceReader
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16LE = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16BE = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);

    /// <summary>Whether the text was read from a file that started with a byte-order mark.</summary>
    public static bool HasByteOrderMark(SourceText text) => text.Encoding is { } encoding && encoding.Preamble.Length > 0;

    /// <exception cref="InputException">The bytes are binary or not valid text.</exception>
    public static SourceText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return SourceText.From(DecodeUtf8(bytes[3..], bomLength: 3), Utf8WithBom);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return SourceText.From(DecodeUtf16(bytes[2..], bigEndian: false), Utf16LE);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return SourceText.From(DecodeUtf16(bytes[2..], bigEndian: true), Utf16BE);
        return SourceText.From(DecodeUtf8(bytes, bomLength: 0), Utf8NoBom);
    }

    /// <exception cref="InputException">The file is missing, unreadable, binary or not valid text.</exception>
    public static SourceText ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path)) throw new InputException("is a directory; only files are read");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException("no such file or directory");
        }
        catch (UnauthorizedAccessException ex)
        {
            // The outer message names the path; the inner one, when present, is the bare OS reason.
            throw new InputException(Lowercase(ex.InnerException?.Message ?? "permission denied"));
        }
        catch (IOException ex)
        {
            throw new InputException(Lowercase(OsReason(ex)));
        }
        catch (ArgumentException)
        {
            throw new InputException("not a valid file path");
        }
        return Decode(bytes);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int bomLength)
    {
        // UTF-16 without a BOM and binary files are full of NULs; real text never has them.
        if (bytes.Contains((byte)0))
            throw new InputException("binary file (contains NUL bytes); only UTF-8 or UTF-16 text is checked");
        // UTF-8 never needs more UTF-16 code units than it has bytes.
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
                throw new InputException($"not valid UTF-8 at byte {bomLength + bytesRead}; save the file as UTF-8");
            return new string(buffer, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        if (bytes.Length % 2 != 0)
            throw new InputException("not valid UTF-16 (odd number of bytes); save the file as UTF-8");
        var chars = new char[bytes.Length / 2];
        for (int i = 0; i < chars.Length; i++)
        {
            var unit = bytes.Slice(2 * i, 2);
            chars[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit));
        }
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i]))
                throw new InputException($"not valid UTF-16 (unpaired surrogate) at byte {2 + 2 * i}; save the file as UTF-8");
        }
        return new string(chars);
    }

    // IOException messages embed the path; rebuild the reason from the error code instead.
    // On Unix .NET stores the raw errno in HResult, on Windows a Win32 error wrapped as 0x8007xxxx.
    private static string OsReason(IOException ex)
    {
        var code = (ex.HResult & 0xFFFF0000) == 0x80070000 ? ex.HResult & 0xFFFF : ex.HResult;
        return code > 0 ? Marshal.GetPInvokeErrorMessage(code) : "input/output error";
    }

    private static string Lowercase(string reason) =>
        reason.Length > 0 ? char.ToLowerInvariant(reason[0]) + reason[1..].TrimEnd('.') : reason;
}
