/* Dashboard item "agent workload": per-agent rows of a PER_AGENT KPI, sortable, each linking to its issues. */
define('waypoint/dashboard/agent-workload', ['waypoint/dom', 'waypoint/format', 'waypoint/widgets',
    'wrm/context-path', 'waypoint/dashboard/item', 'waypoint/dashboard/item-model'],
        function (dom, format, widgets, contextPath, item, model) {
    'use strict';

    var h = dom.h;
    var COLUMNS = [
        { key: 'name', label: AJS.I18n.getText('waypoint.dashboard.workload.agent'), first: 'asc' },
        { key: 'count', label: AJS.I18n.getText('waypoint.dashboard.workload.count'), first: 'desc' },
        { key: 'health', label: AJS.I18n.getText('waypoint.dashboard.workload.health'), first: 'desc' }
    ];

    function row(agent, kpi) {
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

    /** The sortable table into wrapper (new when not given); sorting redraws it and keeps the focus. */
    function table(data, sort, wrapper) {
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
                    table(data, sort, box);
                    box.querySelector('[data-sort="' + column.key + '"]').focus();
                } } }, column.label));
        });
        dom.replace(box, h('table', { className: 'aui waypoint-dashboard-workload' }, [
            h('caption', { className: 'assistive', text: AJS.I18n.getText('waypoint.dashboard.workload.caption',
                    data.kpi.name) }),
            h('thead', null, h('tr', null, headers)),
            h('tbody', null, model.sortAgents(data.agents, sort.key, sort.direction).map(function (agent) {
                return row(agent, data.kpi);
            }))
        ]));
        return box;
    }

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
        return { nodes: [summary, table(data, { key: 'count', direction: 'desc' })] };
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
