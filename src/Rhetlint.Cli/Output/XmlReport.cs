using System.Text;
using System.Xml;

namespace Rhetlint.Cli.Output;

/// <summary>How the XML reports (JUnit, Checkstyle) are written: UTF-8, indented, and only characters XML 1.0 allows.</summary>
internal static class XmlReport
{
    /// <summary>
    /// Builds the document in memory and prints it: an <see cref="XmlWriter"/> over a <see cref="TextWriter"/> would
    /// declare the writer's encoding (UTF-16 for a <see cref="StringWriter"/>), not the UTF-8 that is printed.
    /// </summary>
    public static void Write(TextWriter output, Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// Text from a draft with the characters XML 1.0 cannot hold (most control characters, unpaired surrogates)
    /// replaced by U+FFFD: the writer would throw on them, and a report must not fail on an odd byte in a file.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var valid = pair || XmlConvert.IsXmlChar(c);
            if (!valid) cleaned ??= new StringBuilder(text, 0, i, text.Length);
            if (cleaned is not null)
            {
                if (!valid) cleaned.Append('\uFFFD');
                else if (pair) cleaned.Append(c).Append(text[i + 1]);
                else cleaned.Append(c);
            }
            if (pair) i++;
        }
        return cleaned?.ToString() ?? text;
    }
}
