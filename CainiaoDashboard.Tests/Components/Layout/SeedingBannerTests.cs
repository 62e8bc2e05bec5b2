using Bunit;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Simulation;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Components.Layout;

/// <summary>The banner words what the simulator reports it is doing in the reader's language, from a real live feed.</summary>
public sealed class SeedingBannerTests : MudTestContext
{
    [Theory]
    [InlineData("en-GB", "Seeding 14 days of history: 45%. The dashboard stays usable; figures fill in as history arrives.", "Seeding progress")]
    [InlineData("zh-CN", "正在生成14天的历史数据：45%。仪表盘可照常使用，历史数据到达后各项数字陆续补齐。", "历史数据生成进度")]
    public async Task The_progress_reads_in_the_readers_language(string language, string sentence, string label)
    {
        await WhileSeedingAsync(new SeedingProgress(true, 0.45, "Seeding 14 days of history: 45%", HistoryDays: 14), () =>
        {
            using var culture = CultureScope.Of(language);
            var cut = Render<SeedingBanner>();

            Assert.Equal(sentence, cut.Find("[data-testid=seeding-progress] span").TextContent);
            Assert.Equal(label, cut.Find("[aria-valuetext]").GetAttribute("aria-label"));
            Assert.Equal("45%", cut.Find(".seeding-percent").TextContent);
        });
    }

    [Theory]
    [InlineData("en-GB", "Catching up simulated traffic…")]
    [InlineData("zh-CN", "正在补齐模拟流量…")]
    public async Task A_catch_up_after_a_pause_is_worded_too(string language, string activity)
    {
        await WhileSeedingAsync(new SeedingProgress(true, 0, "Catching up simulated traffic…"), () =>
        {
            using var culture = CultureScope.Of(language);
            var cut = Render<SeedingBanner>();

            Assert.StartsWith(activity, cut.Find("[data-testid=seeding-progress] span").TextContent);
        });
    }

    /// <summary>Runs <paramref name="check"/> once the live feed carries <paramref name="progress"/>.</summary>
    private async Task WhileSeedingAsync(SeedingProgress progress, Action check)
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        await using var data = await SupportDatabase.CreateAsync();
        var seeding = new SeedingStatus();
        using var live = new LiveOperations(data.Pipeline, new OperationsSnapshotQuery(data.Contexts, Options.Create(new KpiOptions())),
            seeding, TimeProvider.System, NullLogger<LiveOperations>.Instance);
        await live.StartAsync(ct);
        try
        {
            seeding.Report(progress);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (live.Current.Seeding != progress && clock.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(50, ct);
            Assert.Equal(progress, live.Current.Seeding);
            Services.AddSingleton(live);
            // As the layout prerenders it: no subscription to the feed, only what it carries now.
            SetRendererInfo(new RendererInfo("Static", isInteractive: false));
            check();
        }
        finally
        {
            await live.StopAsync(CancellationToken.None);
        }
    }
}
