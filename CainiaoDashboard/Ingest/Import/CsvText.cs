using System.Text;

namespace CainiaoDashboard.Ingest.Import;

/// <summary>Writes one CSV field as RFC 4180 wants it: quoted when it holds a comma, quote, line break or edge spaces.</summary>
public static class CsvText
{
    public static void AppendField(StringBuilder line, string value)
    {
        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '));
        if (!quote)
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }

    public static string Line(IEnumerable<string> fields)
    {
        var line = new StringBuilder();
        var first = true;
        foreach (var value in fields)
        {
            if (!first) line.Append(',');
            AppendField(line, value);
            first = false;
        }

        return line.ToString();
    }
}
