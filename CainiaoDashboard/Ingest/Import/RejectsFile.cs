using System.Text;

namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// <c>&lt;file&gt;.rejects.csv</c>: every rejected row of an imported file with its line and the reason, the file's own
/// columns between them, so the rows can be corrected and imported again as they are. Created with the first reject;
/// one left by an earlier run is removed first, so the file always speaks of the last run.
/// </summary>
public sealed class RejectsFile : IDisposable
{
    private readonly string path;
    private readonly string[] header;
    private StreamWriter? writer;

    public RejectsFile(string importedFile, string[] header)
    {
        path = importedFile + ".rejects.csv";
        this.header = header;
        File.Delete(path);
    }

    public string Path => path;
    public long Count { get; private set; }

    /// <param name="fields">The row's fields; empty for a row that could not be read.</param>
    public void Write(long line, string[] fields, string reason)
    {
        if (writer is null)
        {
            writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.WriteLine(CsvText.Line(["line", .. header, "reason"]));
        }

        var values = fields.Length == header.Length ? fields : Enumerable.Repeat("", header.Length).ToArray();
        writer.WriteLine(CsvText.Line([line.ToString(System.Globalization.CultureInfo.InvariantCulture), .. values, reason]));
        Count++;
    }

    public void Dispose() => writer?.Dispose();
}
