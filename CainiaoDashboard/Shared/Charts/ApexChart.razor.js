// The one JS handler behind ApexChart.razor. Charts are kept in a WeakMap keyed by their host element,
// so nothing lands on window and a removed element releases its chart.
import ApexCharts from '../../lib/apexcharts/apexcharts.esm.js';

const charts = new WeakMap();

export async function create(host, optionsJson, seriesJson, dotNet) {
    const options = prepare(optionsJson, seriesJson);
    options.chart = options.chart ?? {};
    options.chart.events = {
        dataPointSelection: (_event, _context, config) => {
            dotNet.invokeMethodAsync('OnDataPointSelected', config.seriesIndex, config.dataPointIndex)
                .catch(() => { /* circuit gone */ });
        },
        updated: () => markDrawn(host),
        mounted: () => markDrawn(host),
    };
    host.dataset.updateCount = '0';
    await draw(host, options, options.chart.events);
}

async function draw(host, options, events) {
    const chart = new ApexCharts(host, options);
    charts.set(host, { chart, events, mode: options.theme?.mode });
    await chart.render();
}

// A redraw rebuilds the chart's SVG and measures its labels: tens of milliseconds of the page's only thread, and far
// more on a busy machine, during which the page takes in no update from the server. New series are therefore drawn in
// a background-priority task, after the render batches already waiting (the figures and the feed), one chart per task;
// series arriving meanwhile replace the waiting ones, so only the newest is drawn.
export function updateSeries(host, seriesJson) {
    const entry = charts.get(host);
    if (!entry) return;
    const redrawQueued = entry.pendingSeries !== undefined;
    entry.pendingSeries = seriesJson;
    if (!redrawQueued) inBackground(() => drawPendingSeries(host, entry));
}

async function drawPendingSeries(host, entry) {
    const seriesJson = entry.pendingSeries;
    entry.pendingSeries = undefined;
    // Destroyed, drawn anew, or given these series with new options while waiting.
    if (charts.get(host) !== entry || seriesJson === undefined) return;
    host.dataset.updateCount = String(Number(host.dataset.updateCount ?? '0') + 1);
    await entry.chart.updateSeries(JSON.parse(seriesJson), false);
}

function inBackground(work) {
    if (globalThis.scheduler?.postTask) {
        scheduler.postTask(work, { priority: 'background' });
    } else {
        setTimeout(work, 0);
    }
}

export async function updateOptions(host, optionsJson, seriesJson) {
    const entry = charts.get(host);
    if (!entry) return;
    const options = prepare(optionsJson, seriesJson);
    // These options carry the newest series: a redraw still waiting has nothing left to draw.
    entry.pendingSeries = undefined;
    options.chart = { ...(options.chart ?? {}), events: entry.events };
    host.dataset.updateCount = String(Number(host.dataset.updateCount ?? '0') + 1);
    // ApexCharts answers any theme in updateOptions with its own text colour for the mode, over the palette's
    // (chart.foreColor): a chart whose theme changes (the theme toggle on a live page) is drawn anew, as on a page load
    // in that theme, and an update within the same theme leaves the theme out.
    if (options.theme?.mode !== entry.mode) {
        entry.chart.destroy();
        await draw(host, options, entry.events);
        return;
    }
    delete options.theme;
    await entry.chart.updateOptions(options, false, false);
}

export function destroy(host) {
    const entry = charts.get(host);
    if (!entry) return;
    entry.chart.destroy();
    charts.delete(host);
}

// ApexCharts writes the values of the value axis, and of tooltips, which take that axis' labels, without grouping
// (12000, 93.5): written here in the chart's locale (the reader's culture, chart.defaultLocale) with at most two
// decimals, 12,000 and 93.5. A chart that formats its own labels keeps them.
function prepare(optionsJson, seriesJson) {
    const options = JSON.parse(optionsJson);
    options.series = JSON.parse(seriesJson);
    const locale = options.chart?.defaultLocale;
    const yaxis = options.yaxis;
    if (locale && yaxis && !Array.isArray(yaxis) && yaxis.labels?.formatter === undefined) {
        const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
        yaxis.labels = { ...yaxis.labels, formatter: value => typeof value === 'number' && Number.isFinite(value) ? numbers.format(value) : value };
    }
    return options;
}

function markDrawn(host) {
    host.dataset.drawn = 'true';
}
