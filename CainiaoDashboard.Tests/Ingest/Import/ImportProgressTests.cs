using CainiaoDashboard.Ingest.Import;

namespace CainiaoDashboard.Tests.Ingest.Import;

public sealed class ImportProgressTests
{
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));
    private readonly StringWriter output = new();

    [Fact]
    public void On_a_terminal_a_bar_is_redrawn_in_place_with_rows_per_second_and_the_time_left_and_the_line_ends_when_the_file_is_done()
    {
        var progress = new ImportProgress(output, terminal: true, "events.csv", totalBytes: 1000, clock);

        clock.Advance(TimeSpan.FromSeconds(10));
        progress.Report(rows: 50_000, bytes: 250);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        progress.Report(rows: 51_000, bytes: 260); // within a quarter second of the last: not drawn
        clock.Advance(TimeSpan.FromSeconds(10));
        progress.Report(rows: 100_000, bytes: 500);
        progress.Complete(rows: 150_000);

        Assert.Equal(
            "\revents.csv [#######.......................]  25 %  50,000 rows  5,000 rows/s  0:00:30 left   " +
            "\revents.csv [###############...............]  50 %  100,000 rows  4,975 rows/s  0:00:20 left   " +
            "\revents.csv [##############################] 100 %  150,000 rows  7,463 rows/s  0:00:00 left   " + Environment.NewLine,
            output.ToString());
    }

    [Fact]
    public void Elsewhere_a_plain_line_every_five_seconds_and_one_when_the_file_is_done()
    {
        var progress = new ImportProgress(output, terminal: false, "parcels.csv", totalBytes: 1000, clock);

        clock.Advance(TimeSpan.FromSeconds(5));
        progress.Report(rows: 10_000, bytes: 100);
        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Report(rows: 14_000, bytes: 140);
        progress.Complete(rows: 20_000);

        Assert.Equal(
        [
            "parcels.csv:  10 %  10,000 rows  2,000 rows/s  0:00:45 left",
            "parcels.csv: 100 %  20,000 rows  2,857 rows/s  0:00:00 left",
        ], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
