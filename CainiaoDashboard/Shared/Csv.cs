using System.Globalization;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The one CSV writer of the exports and downloads. RFC 4180: a field is quoted when it holds a comma, a quote or a
/// line break, and lines end in CRLF. Text a spreadsheet would run as a formula (starting with =, +, -, @, a tab or
/// a carriage return) gets a leading apostrophe, so opening an export never runs what someone typed; numbers such
/// as -12 or 0.5 are data and stay as they are.
/// </summary>
public static class Csv
{
    public const string NewLine = "\r\n";

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field)) + NewLine;

    public static string Field(string value)
    {
        if (IsFormula(value)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static bool IsFormula(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
