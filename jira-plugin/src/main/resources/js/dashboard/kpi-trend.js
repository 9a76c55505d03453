/* Dashboard item "KPI trend": one KPI over time on its health zones, with the cycles of aligned objectives shaded. */
define('waypoint/dashboard/kpi-trend', ['waypoint/dom', 'waypoint/format', 'waypoint/widgets', 'waypoint/kpi-view',
    'waypoint/dashboard/item', 'waypoint/dashboard/item-model'],
        function (dom, format, widgets, kpiView, item, model) {
    'use strict';

    var h = dom.h;

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
                    kpiView.trendChart(canvas, kpi, geometry, ui.wallboard);
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
