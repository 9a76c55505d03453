/* Dashboard item "agent workload": per-agent rows of a PER_AGENT KPI, sortable, each linking to its issues. */
define('waypoint/dashboard/agent-workload', ['waypoint/dom', 'waypoint/format', 'waypoint/widgets',
    'waypoint/kpi-view', 'waypoint/dashboard/item'], function (dom, format, widgets, kpiView, item) {
    'use strict';

    var h = dom.h;

    function view(data) {
        var kpi = data.kpi;
        var summary = h('div', { className: 'waypoint-dashboard-head' }, [
            h('span', { className: 'waypoint-dashboard-kpi-name', text: kpi.name }),
            h('span', { className: 'waypoint-dashboard-kpi-value', text: data.error ? data.error.message
                    : typeof data.value === 'number' ? format.kpiValue(data.value, kpi.format, kpi.unit)
                    : AJS.I18n.getText('waypoint.web.scorecard.never') }),
            widgets.health(data.health)
        ]);
        if (!data.agents || !data.agents.length) {
            return { nodes: [summary, widgets.emptyState(AJS.I18n.getText('waypoint.dashboard.workload.empty.title'),
                    AJS.I18n.getText('waypoint.dashboard.workload.empty.body'))] };
        }
        return { nodes: [summary, kpiView.agentTable(data, { key: 'count', direction: 'desc' })] };
    }

    function edit(prefs) {
        return item.kpiOptions('PER_AGENT').then(function (kpis) {
            var kpi = item.single({ field: 'kpi', label: AJS.I18n.getText('waypoint.dashboard.field.perAgentKpi'),
                options: kpis, value: prefs.kpi, gone: AJS.I18n.getText('waypoint.dashboard.picker.gone'),
                hint: kpis.length ? null : AJS.I18n.getText('waypoint.dashboard.workload.noKpis') });
            return { nodes: [kpi.element], values: function () {
                return { kpi: kpi.value() };
            } };
        });
    }

    return item.define({
        kind: 'agent-workload',
        view: view,
        edit: edit,
        errors: { kpi: { required: AJS.I18n.getText('waypoint.dashboard.error.perAgentKpi') } }
    });
});
