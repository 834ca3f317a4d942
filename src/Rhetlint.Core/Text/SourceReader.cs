using System.Buffers;
using System.Buffers.Binary;
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
        // FF FE 00 00 also starts UTF-16LE text whose first character is U+0000, which is refused below anyway.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            throw new InputException("UTF-32 text (byte-order mark); only UTF-8 or UTF-16 text is checked, save the file as UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return SourceText.From(DecodeUtf8(bytes[3..], bomLength: 3), Utf8WithBom);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return SourceText.From(DecodeUtf16(bytes[2..], bigEndian: false), Utf16LE);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return SourceText.From(DecodeUtf16(bytes[2..], bigEndian: true), Utf16BE);
        return SourceText.From(DecodeUtf8(bytes, bomLength: 0), Utf8NoBom);
    }

    /// <summary>The largest input read, in bytes (16 MiB, some 2,500 pages of prose): enough for any draft, and a cap on the
    /// memory one file can take (about 40 bytes per byte of input while it is analyzed).</summary>
    public const int MaxInputBytes = 16 * 1024 * 1024;

    /// <exception cref="InputException">The file is missing, unreadable, not a regular file, too large, binary or not valid text.</exception>
    public static SourceText ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path)) throw new InputException("is a directory; only files are read");
            // Only regular files: opening a FIFO blocks until someone writes to it, and a device such as /dev/zero never ends.
            if (FileStatus.Of(path) is { Kind: not UnixFileKind.Regular } status)
                throw new InputException($"{FileStatus.Describe(status.Kind)}, not a regular file; only files are read (pipe text to `-` instead)");
            // Unbuffered: ReadCapped reads in chunks of its own, and a buffer of the stream's would be one more per file.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            bytes = ReadCapped(stream);
        }
        catch (ArgumentException)
        {
            throw new InputException("not a valid file path");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(OsErrors.Reason(ex));
        }
        return Decode(bytes);
    }

    /// <summary>All of a stream (standard input), up to <see cref="MaxInputBytes"/>.</summary>
    /// <exception cref="InputException">The stream holds more.</exception>
    public static byte[] ReadCapped(Stream stream)
    {
        // The length a file reports is not trusted (files in /proc say 0): read one byte past the cap to know.
        using var buffer = new MemoryStream();
        // Rented: a chunk allocated per file was most of what checking a folder of short drafts allocated (issue 18).
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, MaxInputBytes + 1L - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxInputBytes)
                    throw new InputException($"larger than {MaxInputBytes / (1024 * 1024)} MB; Rhetlint checks drafts up to that size (split the file)");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int bomLength)
    {
        // UTF-16 without a BOM and binary files are full of NULs; real text never has them.
        if (bytes.Contains((byte)0))
            throw new InputException("binary file (contains NUL bytes); only UTF-8 or UTF-16 text is checked");
        // Counted first and decoded straight into the string: a rented buffer as large as the file would stay in the
        // shared pool for the rest of the run (32 MiB for a 10 MB file). An invalid sequence is counted as a replacement
        // character, so the count still covers the valid part the decoder stops after.
        var length = Encoding.UTF8.GetCharCount(bytes);
        return string.Create(length, bytes, (chars, utf8) =>
        {
            var status = Utf8.ToUtf16(utf8, chars, out var bytesRead, out _, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
                throw new InputException($"not valid UTF-8 at byte {bomLength + bytesRead}; save the file as UTF-8");
        });
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
        // As in UTF-8: real text never has U+0000.
        if (chars.AsSpan().Contains('\0'))
            throw new InputException("binary file (contains NUL characters); only UTF-8 or UTF-16 text is checked");
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i]))
                throw new InputException($"not valid UTF-16 (unpaired surrogate) at byte {2 + 2 * i}; save the file as UTF-8");
        }
        return new string(chars);
    }
}
