using System.Globalization;

namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// How far the import of one file has come: on a terminal a bar redrawn in place with rows per second and the time left
/// (from the bytes read); otherwise, for logs, a plain line every few seconds.
/// </summary>
public sealed class ImportProgress(TextWriter output, bool terminal, string name, long totalBytes, TimeProvider? time = null)
{
    private const int BarWidth = 30;
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly long started = (time ?? TimeProvider.System).GetTimestamp();
    private TimeSpan lastShown;

    public TimeSpan Elapsed => clock.GetElapsedTime(started);

    public void Report(long rows, long bytes)
    {
        var now = Elapsed;
        if (now - lastShown < (terminal ? TerminalEvery : PlainEvery)) return;
        lastShown = now;
        Show(rows, bytes, now);
    }

    /// <summary>The file is done: the bar at 100 % and the line ended.</summary>
    public void Complete(long rows)
    {
        Show(rows, totalBytes, Elapsed);
        if (terminal) output.WriteLine();
    }

    private void Show(long rows, long bytes, TimeSpan elapsed)
    {
        var share = totalBytes > 0 ? Math.Clamp((double)bytes / totalBytes, 0, 1) : 1;
        var rate = elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0;
        var left = share > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - share) / share) : TimeSpan.Zero;
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"{share,5:P0}  {rows:N0} rows  {rate:N0} rows/s  {left:h\\:mm\\:ss} left");
        if (terminal)
        {
            var filled = (int)(share * BarWidth);
            output.Write($"\r{name} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {figures}   ");
        }
        else
        {
            output.WriteLine($"{name}: {figures}");
        }

        output.Flush();
    }
}
