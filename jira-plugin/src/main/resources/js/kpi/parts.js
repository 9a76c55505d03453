/*
 * DOM pieces of the KPI pages: a value with the links to the issues behind it in Jira's issue navigator (exactly the
 * queries the refresh ran, from the read model) and when it was computed, and the sections' states (loading, empty,
 * error with the server's message).
 */
define('waypoint/kpi/parts', ['waypoint/dom', 'waypoint/messages', 'waypoint/widgets', 'wrm/context-path',
    'waypoint/kpi-model', 'waypoint/kpi-view'], function (dom, messages, widgets, contextPath, kpiModel, kpiView) {
    'use strict';

    var h = dom.h;
    // as the other dates of the app (format.js: 7 Dec 2026), with a 24-hour time: 7 Dec 2026, 14:05
    var WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit',
        minute: '2-digit', hourCycle: 'h23' });
    var FIELD = {
        'source.jql': AJS.I18n.getText('waypoint.web.kpi.drill.jql'),
        'source.numeratorJql': AJS.I18n.getText('waypoint.web.kpi.drill.numeratorJql'),
        'source.denominatorJql': AJS.I18n.getText('waypoint.web.kpi.drill.denominatorJql'),
        keyResult: AJS.I18n.getText('waypoint.web.kpi.drill.jql')
    };

    function when(iso) {
        var t = Date.parse(iso);
        return isFinite(t) ? WHEN.format(new Date(t)) : '';
    }

    /** "computed 15 Feb 2026, 14:05", or null without a time. */
    function computed(iso) {
        var shown = when(iso);
        return shown ? h('span', { className: 'waypoint-computed waypoint-meta',
            text: AJS.I18n.getText('waypoint.web.kpi.computed', shown) }) : null;
    }

    /** The issue navigator's URL for a query (run there as the viewer: only issues they may see). */
    function issuesUrl(jql) {
        return kpiModel.issuesUrl(contextPath(), jql);
    }

    /**
     * A value (text) linked to the issues behind it: the value itself links when one query produced it; with two (a
     * ratio), a link per query follows it. Then when it was computed.
     */
    function value(textValue, drillDown, latest, name) {
        var queries = drillDown || [];
        var hasValue = latest && !latest.error;
        var shown = queries.length === 1 && hasValue ? h('a', { className: 'waypoint-kpi-value-link',
            href: issuesUrl(queries[0].jql), title: AJS.I18n.getText('waypoint.web.kpi.drill.title', name),
            data: { drill: queries[0].field } }, textValue) : h('span', { text: textValue });
        var links = queries.length > 1 ? h('span', { className: 'waypoint-drill' }, queries.map(function (q) {
            return h('a', { href: issuesUrl(q.jql), data: { drill: q.field },
                title: AJS.I18n.getText('waypoint.web.kpi.drill.title', name) }, FIELD[q.field] || q.field);
        })) : null;
        return [shown, links, latest ? computed(latest.at) : null];
    }

    /** A KPI's value text (or why there is none) with its links. */
    function kpiValue(kpi, latest, drillDown) {
        return value(kpiView.valueText(latest, kpi), drillDown, latest, kpi.name);
    }

    function loading(target) {
        dom.replace(target, h('div', { className: 'waypoint-loading', role: 'status' }, [
            h('aui-spinner', { size: 'small' }), ' ', h('span', { text: AJS.I18n.getText('waypoint.web.loading') })]));
    }

    function failed(target, error) {
        dom.replace(target, messages.errorBox(messages.describe(error)));
    }

    function empty(title, body, actions) {
        return widgets.emptyState(title, body, actions);
    }

    return { when: when, computed: computed, issuesUrl: issuesUrl, value: value, kpiValue: kpiValue,
        loading: loading, failed: failed, empty: empty };
});
