using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Shared;

public sealed partial class ParcelListFilterTests
{
    [Fact]
    public void The_overview_drill_down_links_are_understood()
    {
        var (filter, problems) = Parse("view=inflight&carrier=zto&service=NEXT_DAY&region=US&hub=HGH");

        Assert.Empty(problems);
        Assert.Equal((ParcelView.InFlight, 1, 2, 6, 1), (filter.View, filter.CarrierId, filter.ServiceLevelId, filter.RegionId, filter.HubId));
    }

    [Fact]
    public void Malformed_values_are_reported_one_by_one_and_ignored()
    {
        var (filter, problems) = Parse("view=overdue&status=42&lateness=Latish&stalled=maybe&carrier=DHL&lane=CN-EAST&created-from=2026-13-45&promised-to=yesterday&tz=Mars");

        Assert.Equal(ParcelListFilter.All, filter);
        Assert.Equal(9, problems.Count);
        Assert.Contains(problems, p => p.Contains("Unknown view \"overdue\""));
        Assert.Contains(problems, p => p.Contains("Unknown status \"42\""));
        Assert.Contains(problems, p => p.Contains("Unknown carrier \"DHL\""));
        Assert.Contains(problems, p => p.Contains("ORIGIN:DESTINATION"));
        Assert.Contains(problems, p => p.Contains("created-from=\"2026-13-45\"") && p.Contains("YYYY-MM-DD"));
        Assert.Contains(problems, p => p.Contains("Unknown time zone \"Mars\""));
    }

    [Fact]
    public void A_filter_survives_the_round_trip_through_the_address()
    {
        var (filter, _) = Parse("view=late&status=Exception&lateness=AtRisk&stalled=no&carrier=STO&service=STANDARD&region=CN-NORTH&lane=CN-EAST:US&hub=LAX&channel=ALIEXPRESS&created-from=2026-11-01&created-to=2026-11-02&promised-from=2026-11-03&promised-to=2026-11-04&tz=UTC");

        var query = filter.ToQueryString();
        var (again, problems) = Parse(query);

        Assert.Empty(problems);
        Assert.Equal(filter, again);
        Assert.Equal((ParcelStatus.Exception, Lateness.AtRisk, false), (again.Status, again.Lateness, again.Stalled));
    }

    [Fact]
    public void A_link_built_from_a_filter_reads_back_as_the_same_filter()
    {
        var filter = ParcelListFilter.Of(ParcelView.AttemptedToday) with { LaneId = LaneCodes.Parse("CN-EAST:US"), OriginHubId = Hangzhou, Zone = DisplayTimeZones.FromKey("NY") };

        var url = filter.ToUrl();
        var (again, problems) = Parse(url[(ParcelListFilter.Path.Length + 1)..]);

        Assert.Equal("/parcels?view=attempted-today&lane=CN-EAST:US&origin-hub=HGH&tz=NY", url);
        Assert.Empty(problems);
        Assert.Equal(filter, again);
        Assert.Equal("/parcels", ParcelListFilter.All.ToUrl());
    }

    [Fact]
    public void Dates_are_whole_days_in_the_chosen_zone()
    {
        var (cst, _) = Parse("created-from=2026-11-20");
        var (ny, _) = Parse("created-from=2026-11-20&tz=NY");

        Assert.Equal(new DateTime(2026, 11, 19, 16, 0, 0, DateTimeKind.Utc), cst.StartUtc(cst.CreatedFrom!.Value));
        Assert.Equal(new DateTime(2026, 11, 20, 5, 0, 0, DateTimeKind.Utc), ny.StartUtc(ny.CreatedFrom!.Value));
    }

    private static (ParcelListFilter, IReadOnlyList<string>) Parse(string query)
    {
        var values = query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        return ParcelListFilter.Parse(key => values.GetValueOrDefault(key));
    }

    /// <summary>A bad value for every key of the address, so that every kind of message the filter writes is seen.</summary>
    private static readonly Dictionary<string, string> BadAddress = new()
    {
        ["view"] = "lately", ["status"] = "Lost", ["lateness"] = "Tardy", ["late-party"] = "Mars", ["stalled"] = "maybe",
        ["carrier"] = "DHL", ["service"] = "SLOW", ["region"] = "MOON", ["lane"] = "CN-EAST", ["hub"] = "XXX", ["origin-hub"] = "YYY",
        ["channel"] = "EBAY", ["created-from"] = "2026-02-30", ["created-to"] = "tomorrow", ["promised-from"] = "20261101",
        ["promised-to"] = "2026-13-01", ["tz"] = "Mars/Olympus",
    };

    [Fact]
    public void Every_kind_of_message_about_the_address_reads_in_chinese_with_the_value_it_was_about()
    {
        using var scope = CultureScope.Chinese();
        var problems = ParcelListFilter.Parse(key => BadAddress.GetValueOrDefault(key)).Problems;
        Assert.Equal(BadAddress.Count, problems.Count);
        foreach (var (chinese, value) in problems.Zip(BadAddress.Values))
        {
            Assert.Contains($"“{value}”", chinese);
            Assert.Matches(Han(), chinese);
            // What remains in Latin letters is the value itself, the names the address takes, and YYYY-MM-DD.
            Assert.DoesNotContain("the address", chinese);
        }

        Assert.Equal("地址中的状态“Lost”无法识别，已忽略。可选值：" + string.Join(", ", Enum.GetNames<ParcelStatus>()) + "。",
            problems[1]);
        Assert.Equal("地址中的线路“CN-EAST”无法识别，已忽略；线路写作“始发:目的”，例如 CN-EAST:US。", problems[8]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial System.Text.RegularExpressions.Regex Han();
}
