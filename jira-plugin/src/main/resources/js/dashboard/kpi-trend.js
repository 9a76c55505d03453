/* Dashboard item "KPI trend": one KPI over time on its health zones, with the cycles of aligned objectives shaded. */
define('waypoint/dashboard/kpi-trend', ['waypoint/dom', 'waypoint/format', 'waypoint/widgets', 'waypoint/vendor/chart',
    'waypoint/dashboard/item', 'waypoint/dashboard/item-model'],
        function (dom, format, widgets, Chart, item, model) {
    'use strict';

    var h = dom.h;
    var ZONE = { GREEN: 'rgba(54,179,126,.14)', AMBER: 'rgba(255,171,0,.18)', RED: 'rgba(222,53,11,.12)' };
    var DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    var charts = [];

    function day(ms) {
        return DAY.format(new Date(ms));
    }

    /** Draws the zones and the cycles (their names as canvas text) under the line. */
    function bands(geometry, dark) {
        return { id: 'waypointBands', beforeDatasetsDraw: function (chart) {
            var a = chart.chartArea;
            var ctx = chart.ctx;
            function y(value, open) {
                return value === null ? open : Math.max(a.top, Math.min(a.bottom, chart.scales.y.getPixelForValue(value)));
            }
            ctx.save();
            geometry.zones.forEach(function (zone) {
                ctx.fillStyle = ZONE[zone.health];
                ctx.fillRect(a.left, y(zone.to, a.top), a.right - a.left, y(zone.from, a.bottom) - y(zone.to, a.top));
            });
            ctx.font = (dark ? 16 : 11) + 'px sans-serif';
            ctx.textBaseline = 'top';
            geometry.cycles.forEach(function (cycle) {
                var left = Math.max(a.left, chart.scales.x.getPixelForValue(cycle.from));
                var width = Math.min(a.right, chart.scales.x.getPixelForValue(cycle.to)) - left;
                ctx.fillStyle = 'rgba(101,84,192,.25)';
                ctx.fillRect(left, a.top, width, dark ? 22 : 16);
                ctx.fillRect(left, a.top, 1, a.bottom - a.top);
                ctx.fillStyle = dark ? '#fff' : '#403294';
                ctx.fillText(cycle.name, left + 4, a.top + 3, Math.max(1, width - 8));
            });
            ctx.restore();
        } };
    }

    function draw(canvas, kpi, geometry, dark) {
        charts = charts.filter(function (chart) {
            return chart.canvas && chart.canvas.isConnected || chart.destroy();
        });
        var ink = dark ? '#e0e6f0' : '#42526e';
        function axis(min, max, label) {
            return { min: min, max: max, grid: { color: dark ? 'rgba(255,255,255,.12)' : 'rgba(9,30,66,.08)' },
                ticks: { color: ink, maxTicksLimit: 6, font: { size: dark ? 16 : 11 }, callback: label } };
        }
        function value(v) {
            return format.kpiValue(v, kpi.format, kpi.unit);
        }
        charts.push(new Chart(canvas, {
            type: 'line',
            data: { datasets: [{ data: geometry.points, borderColor: dark ? '#4c9aff' : '#0052cc',
                borderWidth: dark ? 3 : 2, pointRadius: geometry.points.length < 2 ? 3 : 0, tension: 0.2 }] },
            options: { responsive: true, maintainAspectRatio: false, animation: false, parsing: false,
                plugins: { legend: { display: false }, tooltip: { callbacks: {
                    title: function (items) {
                        return items.length ? day(items[0].parsed.x) : '';
                    },
                    label: function (context) {
                        return value(context.parsed.y);
                    } } } },
                scales: { x: Object.assign(axis(geometry.xMin, geometry.xMax, day), { type: 'linear' }),
                    y: Object.assign(axis(null, null, value), { suggestedMin: geometry.yMin,
                        suggestedMax: geometry.yMax }) } },
            plugins: [bands(geometry, dark)]
        }));
    }

    function view(data, prefs, ui) {
        var kpi = data.kpi;
        var b = data.bands || {};
        var geometry = model.trendChart(data);
        var latest = data.latest;
        var range = format.seriesRange(geometry.points.map(function (p) {
            return { value: p.y };
        }));
        function value(v) {
            return format.kpiValue(v, kpi.format, kpi.unit);
        }
        var canvas = h('canvas', { role: 'img', 'aria-label': range ? AJS.I18n.getText('waypoint.dashboard.trend.chart',
                kpi.name, String(range.count), value(range.first), value(range.last)) : null });
        return {
            nodes: [
                h('div', { className: 'waypoint-dashboard-head' }, [
                    h('span', { className: 'waypoint-dashboard-kpi-name', text: kpi.name }),
                    h('span', { className: 'waypoint-dashboard-kpi-value', text: !latest
                            ? AJS.I18n.getText('waypoint.web.scorecard.never') : latest.error ? latest.error.message
                            : value(latest.value) }),
                    widgets.health(data.health)]),
                h('div', { className: 'waypoint-meta' }, [
                    b.direction === 'LOWER_IS_BETTER' ? AJS.I18n.getText('waypoint.web.scorecard.targetAtMost',
                            value(b.target)) : AJS.I18n.getText('waypoint.web.scorecard.targetAtLeast', value(b.target)),
                    typeof b.warning === 'number' ? ' \u00b7 ' + AJS.I18n.getText('waypoint.dashboard.trend.warning',
                            value(b.warning)) : null]),
                range ? h('div', { className: 'waypoint-dashboard-chart' }, canvas)
                        : widgets.emptyState(AJS.I18n.getText('waypoint.dashboard.trend.empty.title'),
                                AJS.I18n.getText('waypoint.dashboard.trend.empty.body', String(model.trendDays(prefs)))),
                h('ul', { className: 'waypoint-dashboard-cycles' }, geometry.cycles.map(function (cycle) {
                    return h('li', null, [h('strong', { text: cycle.name }), ' ', cycle.objectives.map(function (o) {
                        return o.title;
                    }).join(', ')]);
                }))
            ],
            after: function () {
                if (range) {
                    draw(canvas, kpi, geometry, ui.wallboard);
                }
            }
        };
    }

    function edit(prefs) {
        return item.kpiOptions(null).then(function (kpis) {
            var kpi = item.single({ field: 'kpi', label: AJS.I18n.getText('waypoint.dashboard.field.kpi'),
                options: kpis, value: prefs.kpi, gone: AJS.I18n.getText('waypoint.dashboard.picker.gone') });
            var days = item.select('days', model.TREND_DAYS.map(function (n) {
                return h('option', { value: String(n), selected: model.trendDays(prefs) === n },
                        AJS.I18n.getText('waypoint.dashboard.trend.days', String(n)));
            }));
            return {
                nodes: [kpi.element, item.field(AJS.I18n.getText('waypoint.dashboard.field.range'), days)],
                values: function () {
                    return { kpi: kpi.value(), days: days.value };
                }
            };
        });
    }

    return item.define({ kind: 'kpi-trend', view: view, edit: edit,
        errors: { kpi: { required: AJS.I18n.getText('waypoint.dashboard.error.kpi') } } });
});
