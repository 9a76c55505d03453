/* Dashboard item "KPI scorecard": value, target, health, trend arrow and sparkline per KPI, in the chosen order. */
define('waypoint/dashboard/kpi-scorecard', ['waypoint/dom', 'waypoint/format', 'waypoint/widgets',
    'waypoint/sparkline', 'waypoint/kpi-view', 'waypoint/dashboard/item', 'waypoint/dashboard/item-model'],
        function (dom, format, widgets, sparkline, kpiView, item, model) {
    'use strict';

    var h = dom.h;

    function card(entry, compact, charts) {
        var kpi = entry.kpi;
        var points = (entry.history || []).map(function (p) {
            return { date: p.at, value: p.value };
        });
        var range = format.seriesRange(points);
        var canvas = null;
        if (!compact) {
            canvas = h('canvas', { className: 'waypoint-sparkline', width: 120, height: 32, role: 'img',
                'aria-label': range ? AJS.I18n.getText('waypoint.web.kr.sparkline', String(range.count),
                        format.kpiValue(range.first, kpi.format, kpi.unit), format.kpiValue(range.last, kpi.format,
                                kpi.unit)) : AJS.I18n.getText('waypoint.web.kr.sparkline.empty') });
            if (range) {
                charts.push({ canvas: canvas, points: points });
            }
        }
        return h('li', { className: 'waypoint-dashboard-kpi waypoint-health-' + String(entry.health).toLowerCase(),
            data: { 'kpi-id': kpi.id, health: entry.health } }, [
            h('span', { className: 'waypoint-dashboard-kpi-name', text: kpi.name }),
            h('span', { className: 'waypoint-dashboard-kpi-value', text: kpiView.valueText(entry.latest, kpi) }),
            kpiView.trendBadge(entry.trend, kpi, 'waypoint-dashboard-trend'),
            widgets.health(entry.health),
            h('span', { className: 'waypoint-meta waypoint-dashboard-kpi-target', text: kpiView.targetText(kpi) }),
            canvas
        ]);
    }

    function view(data, prefs) {
        var kpis = data.kpis || [];
        var missing = (data.missing || []).length;
        if (!kpis.length && missing) {
            return { gone: true };
        }
        if (!kpis.length) {
            return { nodes: widgets.emptyState(AJS.I18n.getText('waypoint.dashboard.scorecard.empty.title'),
                    AJS.I18n.getText('waypoint.dashboard.scorecard.empty.body')) };
        }
        var compact = prefs.compact === 'true';
        var charts = [];
        return {
            nodes: [
                h('ul', { className: 'waypoint-dashboard-kpis' + (compact ? ' waypoint-compact' : '') },
                        kpis.map(function (entry) {
                            return card(entry, compact, charts);
                        })),
                missing ? h('p', { className: 'waypoint-meta waypoint-dashboard-missing', role: 'note',
                    text: AJS.I18n.getText('waypoint.dashboard.scorecard.missing', String(missing)) }) : null
            ],
            after: function () {
                charts.forEach(function (chart) {
                    sparkline.draw(chart.canvas, chart.points, null);
                });
            }
        };
    }

    function edit(prefs) {
        return Promise.all([item.kpiOptions(null), item.projectOptions()]).then(function (answers) {
            var source = item.radios('source', AJS.I18n.getText('waypoint.dashboard.scorecard.source'), [
                { value: 'kpis', label: AJS.I18n.getText('waypoint.dashboard.scorecard.source.kpis') },
                { value: 'project', label: AJS.I18n.getText('waypoint.dashboard.scorecard.source.project') },
                { value: 'all', label: AJS.I18n.getText('waypoint.dashboard.scorecard.source.all') }
            ], prefs.source || 'kpis');
            var kpis = item.ordered({ field: 'kpis', label: AJS.I18n.getText('waypoint.dashboard.field.kpis'),
                chosenLabel: AJS.I18n.getText('waypoint.dashboard.field.kpis.chosen'), options: answers[0],
                values: model.ids(prefs.kpis), max: model.MAX_KPIS,
                gone: AJS.I18n.getText('waypoint.dashboard.picker.goneSome') });
            var project = item.single({ field: 'project', label: AJS.I18n.getText('waypoint.dashboard.field.project'),
                options: answers[1], value: prefs.project, gone: AJS.I18n.getText('waypoint.dashboard.picker.gone') });
            var compact = h('input', { type: 'checkbox', className: 'checkbox', id: dom.uid('waypoint-compact'),
                name: 'compact', checked: prefs.compact === 'true' });
            function showFor(chosen) {
                kpis.element.hidden = chosen !== 'kpis';
                project.element.hidden = chosen !== 'project';
            }
            source.onChange(showFor);
            showFor(prefs.source || 'kpis');
            return {
                nodes: [source.element, kpis.element, project.element,
                    h('div', { className: 'checkbox' }, [compact, h('label', { 'for': compact.id,
                        text: AJS.I18n.getText('waypoint.dashboard.scorecard.compact') })])],
                values: function () {
                    var chosen = source.value();
                    return { source: chosen, kpis: chosen === 'kpis' ? kpis.value().join(',') : '',
                        project: chosen === 'project' ? project.value() : '', compact: String(compact.checked) };
                }
            };
        });
    }

    return item.define({
        kind: 'kpi-scorecard',
        view: view,
        edit: edit,
        errors: {
            source: { required: AJS.I18n.getText('waypoint.dashboard.error.source') },
            kpis: { required: AJS.I18n.getText('waypoint.dashboard.error.kpis'),
                tooMany: AJS.I18n.getText('waypoint.dashboard.error.kpis.tooMany', String(model.MAX_KPIS)) },
            project: { required: AJS.I18n.getText('waypoint.dashboard.error.project') }
        }
    });
});
