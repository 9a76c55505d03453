/*
 * The project's insights (GET /insights?project=KEY) with their one-click actions: "Create an OKR to fix this KPI"
 * opens the objective dialog prefilled with the proposed objective and METRIC key result; "Track it as a KPI" opens a
 * small dialog prefilled with the proposed KPI (POST /kpis), or names the KPI the key results already use.
 */
define('waypoint/project/insights', ['waypoint/dom', 'waypoint/rest', 'waypoint/texts', 'waypoint/widgets',
    'waypoint/messages', 'waypoint/dialog', 'waypoint/format'],
        function (dom, rest, texts, widgets, messages, dialog, format) {
    'use strict';

    var h = dom.h;

    var WARNING_TYPES = { KPI_NEEDS_OKR: true, TARGET_RAISED_WITHOUT_OKR: true, JQL_ERROR: true,
        DENOMINATOR_ZERO: true };

    /** Opens the "track as KPI" dialog for a TRACK_AS_KPI action with a proposed KPI. */
    function openKpiDialog(proposal, onSaved) {
        var name = h('input', { className: 'text long-field', type: 'text', name: 'name', maxlength: '255',
            value: proposal.name || '' });
        var direction = dialog.select('direction', [
            { value: 'HIGHER_IS_BETTER', label: AJS.I18n.getText('waypoint.web.kpi.HIGHER_IS_BETTER') },
            { value: 'LOWER_IS_BETTER', label: AJS.I18n.getText('waypoint.web.kpi.LOWER_IS_BETTER') }
        ], proposal.direction || 'HIGHER_IS_BETTER');
        var target = h('input', { className: 'text short-field', type: 'text', name: 'target', inputmode: 'decimal',
            value: format.isNumber(proposal.target) ? String(proposal.target) : '' });
        return dialog.open({
            id: 'waypoint-kpi-dialog',
            title: AJS.I18n.getText('waypoint.web.insight.trackAsKpi.title'),
            size: 'medium',
            body: [
                dialog.field(AJS.I18n.getText('waypoint.web.kpi.name'), name, { field: 'name', required: true }),
                dialog.field(AJS.I18n.getText('waypoint.web.kpi.direction'), direction, { field: 'direction' }),
                dialog.field(AJS.I18n.getText('waypoint.web.kpi.target'), target, { field: 'target' })
            ],
            submitLabel: AJS.I18n.getText('waypoint.web.insight.trackAsKpi.submit'),
            onSubmit: function () {
                var value = format.parseDecimal(target.value);
                if (value !== null && isNaN(value)) {
                    return Promise.reject({ fieldErrors: { target: [texts.get('notANumber')] }, messages: [] });
                }
                var body = Object.assign({}, proposal, { name: name.value, direction: direction.value, target: value });
                return rest.post('/kpis', body).then(function () {
                    onSaved(AJS.I18n.getText('waypoint.web.insight.trackAsKpi.saved', name.value));
                });
            }
        });
    }

    function actionButton(insight, handlers) {
        var action = insight.action;
        if (!action) {
            return null;
        }
        if (action.kind === 'CREATE_OKR' && action.okr) {
            return widgets.button(AJS.I18n.getText('waypoint.web.insight.createOkr'), { on: { click: function () {
                handlers.createOkr(action.okr);
            } }, className: 'aui-button waypoint-insight-action', data: { action: 'create-okr' } });
        }
        if (action.kind === 'TRACK_AS_KPI' && action.conversion) {
            if (action.conversion.kpi) {
                return widgets.button(AJS.I18n.getText('waypoint.web.insight.trackAsKpi'), { on: { click: function () {
                    openKpiDialog(action.conversion.kpi, handlers.saved);
                } }, className: 'aui-button waypoint-insight-action', data: { action: 'track-as-kpi' } });
            }
            var named = h('span', { className: 'waypoint-muted', text: AJS.I18n.getText('waypoint.lead.insight.kpi') });
            rest.get('/kpis/' + rest.segment(action.conversion.existingKpiId)).then(function (detail) {
                named.textContent = AJS.I18n.getText('waypoint.web.insight.existingKpi', detail.kpi.name);
            }, function () {
                // the KPI stays unnamed for a viewer who may not see it
            });
            return named;
        }
        return null;
    }

    function item(insight, handlers) {
        var warning = WARNING_TYPES[insight.type];
        return h('li', { className: 'waypoint-insight aui-message ' + (warning ? 'aui-message-warning'
                : 'aui-message-info'), data: { type: insight.type } }, [
            h('p', { className: 'waypoint-insight-message', text: insight.message }),
            actionButton(insight, handlers)
        ]);
    }

    /** Loads and renders into container. handlers: createOkr(okrDraft), saved(message). */
    function load(container, projectKey, handlers) {
        container.setAttribute('aria-busy', 'true');
        return rest.get('/insights' + rest.query({ project: projectKey })).then(function (insights) {
            var list = insights || [];
            dom.replace(container, list.length
                ? h('ul', { className: 'waypoint-insight-list', id: 'waypoint-insight-list' }, list.map(function (each) {
                    return item(each, handlers);
                }))
                : widgets.emptyState(AJS.I18n.getText('waypoint.web.insights.empty.title'),
                        AJS.I18n.getText('waypoint.web.insights.empty.body')));
        }, function (error) {
            dom.replace(container, messages.errorBox(messages.describe(error)));
        }).then(function () {
            container.setAttribute('aria-busy', 'false');
        });
    }

    return { load: load };
});
