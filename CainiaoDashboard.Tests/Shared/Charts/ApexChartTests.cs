using System.Text.Json;
using Bunit;
using CainiaoDashboard.Shared.Charts;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Tests.Shared.Charts;

public sealed class ApexChartTests : MudTestContext
{
    private const string ModulePath = "./Shared/Charts/ApexChart.razor.js";

    private static readonly IReadOnlyList<ChartSeries> OneSeries = [new("Parcels", [new ChartPoint("ZTO", 3), new ChartPoint("STO", 5)])];

    [Fact]
    public void The_host_element_is_an_accessible_image_with_the_chart_id()
    {
        JSInterop.SetupModule(ModulePath);
        var cut = Render<ApexChart>(p => p
            .Add(c => c.ChartId, "volume")
            .Add(c => c.Options, new ChartOptions())
            .Add(c => c.Series, OneSeries)
            .Add(c => c.AriaLabel, "Parcels per day"));

        var host = cut.Find("[data-chart-id=volume]");
        Assert.Equal("img", host.GetAttribute("role"));
        Assert.Equal("Parcels per day", host.GetAttribute("aria-label"));
    }

    [Fact]
    public void First_render_creates_the_chart_with_the_cascaded_dark_palette()
    {
        var module = JSInterop.SetupModule(ModulePath);
        var create = module.SetupVoid("create", _ => true);

        Render<CascadingValue<ChartPalette>>(p => p
            .Add(c => c.Value, ChartPalette.Dark)
            .AddChildContent<ApexChart>(c => c
                .Add(x => x.ChartId, "throughput")
                .Add(x => x.Options, new ChartOptions { Chart = new ChartSettings { Type = "bar" } })
                .Add(x => x.Series, OneSeries)));

        var invocation = Assert.Single(create.Invocations);
        using var options = JsonDocument.Parse((string)invocation.Arguments[1]!);
        var root = options.RootElement;
        Assert.Equal("throughput", root.GetProperty("chart").GetProperty("id").GetString());
        Assert.Equal("bar", root.GetProperty("chart").GetProperty("type").GetString());
        Assert.Equal("dark", root.GetProperty("theme").GetProperty("mode").GetString());
        Assert.Equal(ChartPalette.Dark.TextColor, root.GetProperty("chart").GetProperty("foreColor").GetString());
        Assert.Equal(ChartPalette.Dark.Series[0], root.GetProperty("colors")[0].GetString());
        Assert.Contains("\"name\":\"Parcels\"", (string)invocation.Arguments[2]!);
    }

    [Fact]
    public void New_series_with_the_same_options_update_only_the_series()
    {
        var module = JSInterop.SetupModule(ModulePath);
        module.SetupVoid("create", _ => true).SetVoidResult();
        var updateSeries = module.SetupVoid("updateSeries", _ => true);
        updateSeries.SetVoidResult();
        var updateOptions = module.SetupVoid("updateOptions", _ => true);
        var options = new ChartOptions();
        var cut = Render<ApexChart>(p => p.Add(c => c.ChartId, "c").Add(c => c.Options, options).Add(c => c.Series, OneSeries));

        cut.Render(p => p.Add(c => c.Series, [new ChartSeries("Parcels", [new ChartPoint("ZTO", 4)])]));

        Assert.Single(updateSeries.Invocations);
        Assert.Empty(updateOptions.Invocations);
    }

    [Fact]
    public void With_a_minimum_redraw_interval_only_the_newest_series_is_drawn_once_the_interval_is_up()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
        Services.AddSingleton<TimeProvider>(clock);
        var module = JSInterop.SetupModule(ModulePath);
        module.SetupVoid("create", _ => true).SetVoidResult();
        var updateSeries = module.SetupVoid("updateSeries", _ => true);
        updateSeries.SetVoidResult();
        var options = new ChartOptions();
        var cut = Render<ApexChart>(p => p.Add(c => c.ChartId, "c").Add(c => c.Options, options).Add(c => c.Series, OneSeries)
            .Add(c => c.MinimumRedrawInterval, TimeSpan.FromSeconds(10)));

        clock.Advance(TimeSpan.FromSeconds(4));
        cut.Render(p => p.Add(c => c.Series, [new ChartSeries("Parcels", [new ChartPoint("ZTO", 4)])]));
        clock.Advance(TimeSpan.FromSeconds(4));
        cut.Render(p => p.Add(c => c.Series, [new ChartSeries("Parcels", [new ChartPoint("ZTO", 6)])]));
        Assert.Empty(updateSeries.Invocations);

        clock.Advance(TimeSpan.FromSeconds(2));
        cut.WaitForAssertion(() => Assert.Single(updateSeries.Invocations));
        Assert.Contains("\"y\":6", (string)Assert.Single(updateSeries.Invocations).Arguments[1]!);

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Single(updateSeries.Invocations);
    }

    [Theory]
    [InlineData("en-GB", "could not be drawn")]
    [InlineData("zh-CN", "此图表无法绘制")]
    public void A_chart_the_library_refuses_shows_a_message_instead_of_failing_the_page(string language, string message)
    {
        using var culture = CultureScope.Of(language);
        var module = JSInterop.SetupModule(ModulePath);
        module.SetupVoid("create", _ => true).SetException(new Microsoft.JSInterop.JSException("bad options"));

        var cut = Render<ApexChart>(p => p.Add(c => c.ChartId, "c").Add(c => c.Options, new ChartOptions()).Add(c => c.Series, OneSeries));

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Find("[role=alert]").TextContent));
    }

    [Theory]
    [InlineData("en-GB", "November", "Nov", "Mon", "Download SVG", "Menu")]
    [InlineData("zh-CN", "十一月", "11月", "周一", "下载 SVG", "菜单")]
    public void Every_chart_is_drawn_in_the_readers_locale_without_the_page_asking(
        string language, string november, string shortNovember, string shortMonday, string exportToSvg, string menu)
    {
        using var culture = CultureScope.Of(language);
        var module = JSInterop.SetupModule(ModulePath);
        var create = module.SetupVoid("create", _ => true);

        Render<ApexChart>(p => p.Add(c => c.ChartId, "c").Add(c => c.Options, new ChartOptions { Chart = new ChartSettings { Type = "bar" } })
            .Add(c => c.Series, OneSeries));

        using var options = JsonDocument.Parse((string)Assert.Single(create.Invocations).Arguments[1]!);
        var chart = options.RootElement.GetProperty("chart");
        Assert.Equal(language.ToLowerInvariant(), chart.GetProperty("defaultLocale").GetString());
        var locale = Assert.Single(chart.GetProperty("locales").EnumerateArray());
        Assert.Equal(language.ToLowerInvariant(), locale.GetProperty("name").GetString());
        var words = locale.GetProperty("options");
        Assert.Equal(november, words.GetProperty("months")[10].GetString());
        Assert.Equal(shortNovember, words.GetProperty("shortMonths")[10].GetString());
        Assert.Equal(shortMonday, words.GetProperty("shortDays")[1].GetString());
        Assert.Equal(12, words.GetProperty("months").GetArrayLength());
        Assert.Equal(exportToSvg, words.GetProperty("toolbar").GetProperty("exportToSVG").GetString());
        Assert.Equal(menu, words.GetProperty("toolbar").GetProperty("menu").GetString());
    }

    [Fact]
    public void A_locale_is_made_once_per_language_and_not_kept_from_the_first_reader()
    {
        ChartLocale english, chinese;
        using (CultureScope.English()) english = ChartLocales.Current;
        using (CultureScope.Chinese()) chinese = ChartLocales.Current;

        Assert.Equal("Zoom In", english.Options.Toolbar!.ZoomIn);
        Assert.Equal("放大", chinese.Options.Toolbar!.ZoomIn);
        using (CultureScope.English()) Assert.Same(english, ChartLocales.Current);
    }

    [Fact]
    public void The_locale_has_the_shape_of_apexcharts_own_and_its_chinese_names()
    {
        // The locale ApexCharts ships (its package is the app's npm dependency): our typed options must write the keys it reads.
        var shipped = Path.Combine(FolderGraph.AppFolder(), "node_modules", "apexcharts", "dist", "locales", "zh-cn.json");
        using var apex = JsonDocument.Parse(File.ReadAllText(shipped));
        ChartLocale ours;
        using (CultureScope.Chinese()) ours = ChartLocales.Current;
        using var written = JsonDocument.Parse(ChartJson.Serialize(ours));

        var theirs = apex.RootElement.GetProperty("options");
        var mine = written.RootElement.GetProperty("options");
        Assert.Equal(theirs.EnumerateObject().Select(p => p.Name).Order(), mine.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(theirs.GetProperty("toolbar").EnumerateObject().Select(p => p.Name).Order(),
            mine.GetProperty("toolbar").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(Strings(theirs.GetProperty("months")), Strings(mine.GetProperty("months")));
        Assert.Equal(Strings(theirs.GetProperty("shortDays")), Strings(mine.GetProperty("shortDays")));
        Assert.Equal(apex.RootElement.GetProperty("name").GetString(), written.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void A_locale_a_chart_names_itself_wins()
    {
        var own = new ChartLocale("de", new ChartLocaleOptions { Months = ["Januar"] });
        var options = new ChartOptions { Chart = new ChartSettings { Locales = [own], DefaultLocale = "de" } };

        using var culture = CultureScope.Chinese();
        var applied = ChartLocales.Apply(options);

        Assert.Same(own, Assert.Single(applied.Chart!.Locales!));
        Assert.Equal("de", applied.Chart.DefaultLocale);
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());

    [Fact]
    public void What_a_chart_sets_itself_wins_over_the_palette()
    {
        var options = new ChartOptions { Colors = ["#123456"], Chart = new ChartSettings { ForeColor = "#abcdef" } };

        var themed = ChartTheming.Apply(options, ChartPalette.Dark, "x");

        Assert.Equal(["#123456"], themed.Colors);
        Assert.Equal("#abcdef", themed.Chart!.ForeColor);
        Assert.Equal("dark", themed.Tooltip!.Theme);
        Assert.Equal(ChartPalette.Dark.GridColor, themed.Grid!.BorderColor);
    }
}
