/*
 * Pure logic of KPI views shared by the dashboard items and the KPI pages: the order of per-agent rows, the trend
 * arrow, the geometry of a trend chart with its health zones and cycles, and links to Jira's issue navigator. No DOM,
 * no AJS: tested under Node.
 */
define('waypoint/kpi-model', [], function () {
    'use strict';

    var HEALTH_RANK = { RED: 3, AMBER: 2, GREEN: 1 };
    var DAY = 86400000;

    function text(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    /** Workload rows by 'name', 'count' or 'health', 'asc' or 'desc', ties by name; unassigned always last. */
    function sortAgents(rows, key, direction) {
        function name(row) {
            return text(row.name || row.agent).toLowerCase();
        }
        function byName(a, b) {
            return name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0;
        }
        function value(row) {
            return key === 'health' ? HEALTH_RANK[row.health] || 0 : row.count || 0;
        }
        return (rows || []).slice().sort(function (a, b) {
            if (a.unassigned !== b.unassigned) {
                return a.unassigned ? 1 : -1;
            }
            var diff = key === 'name' ? byName(a, b) : value(a) - value(b);
            return diff ? (direction === 'asc' ? diff : -diff) : byName(a, b);
        });
    }

    /** UP, DOWN or FLAT for the week's change of a KPI, with its label (IMPROVING ...); null without. */
    function trendArrow(trend) {
        var week = trend && trend.week;
        if (!week || typeof week.delta !== 'number') {
            return null;
        }
        return { direction: week.label === 'STEADY' || !week.delta ? 'FLAT' : week.delta > 0 ? 'UP' : 'DOWN',
            label: week.label };
    }

    function time(value) {
        var t = Date.parse(value);
        return isFinite(t) ? t : null;
    }

    function trendChart(item) {
        var points = (item.points || []).filter(function (p) {
            return typeof p.value === 'number' && time(p.at) !== null;
        }).map(function (p) {
            return { x: time(p.at), y: p.value };
        });
        var from = time(item.from);
        var end = time(item.to) + DAY;
        var b = item.bands || {};
        var target = b.target;
        var warning = typeof b.warning === 'number' ? b.warning : target;
        var values = points.map(function (p) {
            return p.y;
        }).concat(typeof target === 'number' ? [target, warning] : []);
        var min = values.length ? Math.min.apply(null, values) : 0;
        var max = values.length ? Math.max.apply(null, values) : 1;
        var pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
        var zones = [];
        if (typeof target === 'number') {
            var lower = b.direction === 'LOWER_IS_BETTER';
            zones = lower ? [{ health: 'GREEN', from: null, to: target }, { health: 'AMBER', from: target, to: warning },
                { health: 'RED', from: warning, to: null }]
                : [{ health: 'GREEN', from: target, to: null }, { health: 'AMBER', from: warning, to: target },
                    { health: 'RED', from: null, to: warning }];
            zones = zones.filter(function (zone) {
                return zone.health !== 'AMBER' || warning !== target;
            });
        }
        var cycles = (item.cycles || []).map(function (c) {
            return { name: c.name, objectives: c.objectives || [], from: Math.max(time(c.start), from),
                to: Math.min(time(c.end) + DAY, end) };
        }).filter(function (c) {
            return c.from < c.to;
        });
        return { points: points, xMin: from, xMax: end, yMin: min >= 0 ? Math.max(0, min - pad) : min - pad,
            yMax: max + pad, zones: zones, cycles: cycles };
    }

    function issuesUrl(contextPath, jql) {
        return text(contextPath) + '/issues/?jql=' + encodeURIComponent(text(jql));
    }

    return { sortAgents: sortAgents, trendArrow: trendArrow, trendChart: trendChart, issuesUrl: issuesUrl };
});
