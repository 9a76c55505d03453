/*
 * DOM pieces of KPI views shared by the dashboard items and the KPI pages: a value as its format shows it (or why it
 * has none), the target, the trend arrow with its words, the sortable per-agent table whose counts link to Jira's
 * issue navigator, and the trend chart on its health zones with the cycles of aligned objectives (Chart.js). Text goes
 * in through waypoint/dom only.
 */
define('waypoint/kpi-view', ['waypoint/dom', 'waypoint/format', 'waypoint/texts', 'waypoint/widgets',
    'waypoint/vendor/chart', 'wrm/context-path', 'waypoint/kpi-model'],
        function (dom, format, texts, widgets, Chart, contextPath, model) {
    'use strict';

    var h = dom.h;
    var ARROWS = { UP: '\u2191', DOWN: '\u2193', FLAT: '\u2192' };
    var ZONE = { GREEN: 'rgba(54,179,126,.14)', AMBER: 'rgba(255,171,0,.18)', RED: 'rgba(222,53,11,.12)' };
    var DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    var charts = [];

    /** A latest value ({value, error}) as the KPI's format shows it, its error's message, or "never evaluated". */
    function valueText(latest, kpi) {
        if (!latest) {
            return AJS.I18n.getText('waypoint.web.scorecard.never');
        }
        return latest.error ? latest.error.message || texts.label('health', 'UNKNOWN')
                : format.kpiValue(latest.value, kpi.format, kpi.unit);
    }

    /** "target at most 10 tickets" / "target at least 95%". */
    function targetText(kpi) {
        var target = format.kpiValue(kpi.target, kpi.format, kpi.unit);
        return kpi.direction === 'LOWER_IS_BETTER' ? AJS.I18n.getText('waypoint.web.scorecard.targetAtMost', target)
                : AJS.I18n.getText('waypoint.web.scorecard.targetAtLeast', target);
    }

    /** The week's trend arrow with its change and label in words (for screen readers and as a tooltip); or null. */
    function trendBadge(trend, kpi, className) {
        var arrow = model.trendArrow(trend);
        if (!arrow) {
            return null;
        }
        var words = AJS.I18n.getText('waypoint.web.scorecard.trend', format.kpiDelta(trend.week.delta, kpi.format,
                kpi.unit), texts.label('trend', arrow.label));
        return h('span', { className: className + ' waypoint-trend-' + String(arrow.label).toLowerCase(),
            title: words, data: { trend: arrow.direction } }, [
            h('span', { 'aria-hidden': 'true', text: ARROWS[arrow.direction] }),
            h('span', { className: 'assistive', text: words })
        ]);
    }

    var COLUMNS = [
        { key: 'name', label: AJS.I18n.getText('waypoint.dashboard.workload.agent'), first: 'asc' },
        { key: 'count', label: AJS.I18n.getText('waypoint.dashboard.workload.count'), first: 'desc' },
        { key: 'health', label: AJS.I18n.getText('waypoint.dashboard.workload.health'), first: 'desc' }
    ];

    function agentRow(agent, kpi) {
        var name = agent.unassigned ? AJS.I18n.getText('waypoint.dashboard.workload.unassigned')
                : agent.name || agent.agent;
        var count = format.kpiValue(agent.count, 'NUMBER', null);
        return h('tr', { className: agent.unassigned ? 'waypoint-dashboard-unassigned' : null,
            data: { agent: agent.agent, health: agent.health } }, [
            h('th', { scope: 'row', className: 'waypoint-dashboard-agent', text: name }),
            h('td', { className: 'waypoint-dashboard-count' }, agent.issuesJql
                    ? h('a', { href: model.issuesUrl(contextPath(), agent.issuesJql), title: AJS.I18n.getText(
                            'waypoint.dashboard.workload.issues', name, kpi.name) }, count) : count),
            h('td', null, widgets.health(agent.health))
        ]);
    }

    /**
     * The per-agent table of data ({kpi, agents}) sorted by sort ({key, direction}) into wrapper (new when not
     * given); a column header re-sorts it and keeps the focus.
     */
    function agentTable(data, sort, wrapper) {
        var box = wrapper || h('div', { className: 'waypoint-dashboard-table' });
        var headers = COLUMNS.map(function (column) {
            var active = sort.key === column.key;
            return h('th', { scope: 'col', 'aria-sort': active ? (sort.direction === 'asc' ? 'ascending'
                    : 'descending') : 'none' }, h('button', { type: 'button',
                className: 'aui-button aui-button-link waypoint-dashboard-sort', data: { sort: column.key },
                on: { click: function () {
                    sort.direction = sort.key === column.key ? (sort.direction === 'asc' ? 'desc' : 'asc')
                            : column.first;
                    sort.key = column.key;
                    agentTable(data, sort, box);
                    box.querySelector('[data-sort="' + column.key + '"]').focus();
                } } }, column.label));
        });
        dom.replace(box, h('table', { className: 'aui waypoint-dashboard-workload' }, [
            h('caption', { className: 'assistive', text: AJS.I18n.getText('waypoint.dashboard.workload.caption',
                    data.kpi.name) }),
            h('thead', null, h('tr', null, headers)),
            h('tbody', null, model.sortAgents(data.agents, sort.key, sort.direction).map(function (agent) {
                return agentRow(agent, data.kpi);
            }))
        ]));
        return box;
    }

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

    /** Draws a KPI's values ({@code geometry} of waypoint/kpi-model#trendChart) on its zones into canvas. */
    function trendChart(canvas, kpi, geometry, dark) {
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
        var chart = new Chart(canvas, {
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
        });
        charts.push(chart);
        return chart;
    }

    return { valueText: valueText, targetText: targetText, trendBadge: trendBadge, agentTable: agentTable,
        trendChart: trendChart };
});
