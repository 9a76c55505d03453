/*
 * Create and edit a key result of every measure (POST /key-results, PUT /key-results/{id} with the version read):
 * METRIC (baseline to target; a target below the baseline is a decrease), THRESHOLD (min / max, tolerance,
 * judgement), MILESTONE (a checklist of weighted milestones) and ISSUES (mode, live or frozen scope), with the value
 * source of METRIC and THRESHOLD (check-ins, a KPI, a JQL count). Only the fields of the chosen measure show.
 */
define('waypoint/project/keyresult-dialog', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/texts',
    'waypoint/format', 'waypoint/okr-model'], function (dom, dialog, rest, texts, format, model) {
    'use strict';

    var h = dom.h;

    function input(name, value, className, attributes) {
        return h('input', Object.assign({ className: 'text ' + (className || 'medium-field'), type: 'text', name: name,
            autocomplete: 'off', value: value === null || value === undefined ? '' : String(value) }, attributes || {}));
    }

    function number(name, value) {
        return input(name, value, 'short-field', { inputmode: 'decimal' });
    }

    function group(name, nodes) {
        return h('div', { className: 'waypoint-measure-group', data: { measure: name } }, nodes);
    }

    /**
     * options: objective (of the new key result, or of the edited one), keyResult (to edit: as GET /key-results/{id}
     * answers it), owner (default owner key), onSaved(message).
     */
    function open(options) {
        var original = options.keyResult || null;
        var measure = original && original.measure ? original.measure : {};
        var title = input('title', original ? original.title : '', 'long-field', { maxlength: '255', required: true });
        var owner = input('owner', original ? original.owner : options.owner, 'medium-field', { maxlength: '255' });
        var weight = number('weight', original ? original.weight : 1);
        var unit = input('unit', original ? original.unit : '', 'short-field', { maxlength: '32' });
        var type = dialog.select('type', texts.options('measure'), measure.type || 'METRIC');

        var baseline = number('baseline', measure.baseline);
        var target = number('target', measure.target);
        var direction = h('div', { className: 'description waypoint-direction', 'aria-live': 'polite' });
        var min = number('min', measure.min);
        var max = number('max', measure.max);
        var tolerance = number('tolerance', measure.tolerance);
        var judgement = dialog.select('judgement', texts.options('judgement'), measure.judgement || 'LATEST');
        var mode = dialog.select('mode', texts.options('issuesMode'), measure.mode || 'COUNT');
        var scope = dialog.select('scope', texts.options('issuesScope'), measure.scope || 'LIVE');
        var frozenTotal = number('frozenTotal', measure.frozenTotal);
        var source = original && original.source ? original.source : { type: 'MANUAL' };
        var sourceType = dialog.select('sourceType', texts.options('source'), source.type || 'MANUAL');
        var currentKpi = source.kpiId === null || source.kpiId === undefined ? '' : String(source.kpiId);
        var kpiId = dialog.select('kpiId', [{ value: currentKpi, label: currentKpi ? '#' + currentKpi
                : texts.get('loading') }], currentKpi);
        rest.get('/kpis').then(function (kpis) {
            dom.replace(kpiId, [h('option', { value: '' }, AJS.I18n.getText('waypoint.web.kr.kpi.choose'))].concat(
                    (kpis || []).map(function (kpi) {
                        return h('option', { value: String(kpi.id), selected: String(kpi.id) === currentKpi },
                                kpi.project ? AJS.I18n.getText('waypoint.web.kr.kpi.option', kpi.name, kpi.project)
                                        : kpi.name);
                    })));
        }, function () {
            // keeps the current choice; saving reports a missing KPI
        });
        var jql = h('textarea', { className: 'textarea long-field', name: 'jql', rows: '2', maxlength: '4000' });
        jql.value = source.jql || '';

        var milestoneList = h('ol', { className: 'waypoint-milestones' });
        function addMilestone(item) {
            var row = h('li', { className: 'waypoint-milestone-row' });
            var index = milestoneList.children.length;
            var titleInput = input('milestoneTitle', item ? item.title : '', 'medium-field', { maxlength: '255',
                'aria-label': AJS.I18n.getText('waypoint.web.kr.milestone.title'),
                'data-field': 'measure.milestones[' + index + '].title' });
            var weightInput = input('milestoneWeight', item ? item.weight : '', 'short-field', { inputmode: 'decimal',
                'aria-label': AJS.I18n.getText('waypoint.web.kr.milestone.weight'),
                'data-field': 'measure.milestones[' + index + '].weight' });
            var remove = h('button', { type: 'button', className: 'aui-button aui-button-link',
                text: AJS.I18n.getText('waypoint.web.kr.milestone.remove') });
            remove.addEventListener('click', function () {
                milestoneList.removeChild(row);
            });
            dom.append(row, [titleInput, weightInput, remove]);
            milestoneList.appendChild(row);
            return titleInput;
        }
        (measure.milestones || []).forEach(addMilestone);
        var addButton = h('button', { type: 'button', className: 'aui-button',
            text: AJS.I18n.getText('waypoint.web.kr.milestone.add') });
        addButton.addEventListener('click', function () {
            addMilestone(null).focus();
        });

        var targetGroup = dialog.field(AJS.I18n.getText('waypoint.web.kr.target'), target, { field: 'measure.target' });
        targetGroup.appendChild(direction);
        var groups = {
            METRIC: group('METRIC', [
                dialog.field(AJS.I18n.getText('waypoint.web.kr.baseline'), baseline, { field: 'measure.baseline' }),
                targetGroup
            ]),
            THRESHOLD: group('THRESHOLD', [
                dialog.field(AJS.I18n.getText('waypoint.web.kr.min'), min, { field: 'measure.min' }),
                dialog.field(AJS.I18n.getText('waypoint.web.kr.max'), max, { field: 'measure.max' }),
                dialog.field(AJS.I18n.getText('waypoint.web.kr.tolerance'), tolerance, { field: 'measure.tolerance',
                    description: AJS.I18n.getText('waypoint.web.kr.tolerance.help') }),
                dialog.field(AJS.I18n.getText('waypoint.web.kr.judgement'), judgement, { field: 'measure.judgement' })
            ]),
            MILESTONE: group('MILESTONE', [
                h('fieldset', { className: 'group', data: { field: 'measure.milestones' } }, [
                    h('legend', {}, h('span', { text: AJS.I18n.getText('waypoint.web.kr.milestones') })),
                    h('p', { className: 'description', text: AJS.I18n.getText('waypoint.web.kr.milestones.help') }),
                    milestoneList,
                    addButton
                ])
            ]),
            ISSUES: group('ISSUES', [
                dialog.field(AJS.I18n.getText('waypoint.web.kr.mode'), mode, { field: 'measure.mode' }),
                dialog.field(AJS.I18n.getText('waypoint.web.kr.scope'), scope, { field: 'measure.scope' }),
                dialog.field(AJS.I18n.getText('waypoint.web.kr.frozenTotal'), frozenTotal,
                        { field: 'measure.frozenTotal', group: 'frozen' })
            ])
        };
        var sourceGroup = h('div', { className: 'waypoint-source-group' }, [
            dialog.field(AJS.I18n.getText('waypoint.web.kr.source'), sourceType, { field: 'source.type' }),
            dialog.field(AJS.I18n.getText('waypoint.web.kr.kpiId'), kpiId, { field: 'source.kpiId', group: 'kpi' }),
            dialog.field(AJS.I18n.getText('waypoint.web.kr.jql'), jql, { field: 'source.jql', group: 'jql' })
        ]);

        function sync() {
            Object.keys(groups).forEach(function (name) {
                groups[name].hidden = name !== type.value;
            });
            sourceGroup.hidden = type.value !== 'METRIC' && type.value !== 'THRESHOLD';
            kpiId.closest('.field-group').hidden = sourceType.value !== 'KPI';
            jql.closest('.field-group').hidden = sourceType.value !== 'JQL';
            frozenTotal.closest('.field-group').hidden = scope.value !== 'FROZEN';
            var aim = format.aim({ type: 'METRIC', baseline: format.parseDecimal(baseline.value),
                target: format.parseDecimal(target.value) });
            direction.textContent = aim === 'DECREASE' ? AJS.I18n.getText('waypoint.web.kr.direction.DECREASE')
                    : aim === 'INCREASE' ? AJS.I18n.getText('waypoint.web.kr.direction.INCREASE') : '';
        }
        [type, sourceType, scope].forEach(function (control) {
            control.addEventListener('change', sync);
        });
        [baseline, target].forEach(function (control) {
            control.addEventListener('input', sync);
        });

        var body = [
            dialog.field(AJS.I18n.getText('waypoint.web.kr.title'), title, { field: 'title', required: true }),
            dialog.field(AJS.I18n.getText('waypoint.web.kr.type'), type, { field: 'measure.type' }),
            groups.METRIC, groups.THRESHOLD, groups.MILESTONE, groups.ISSUES,
            sourceGroup,
            dialog.field(AJS.I18n.getText('waypoint.web.kr.unit'), unit, { field: 'unit',
                description: AJS.I18n.getText('waypoint.web.kr.unit.help') }),
            dialog.field(AJS.I18n.getText('waypoint.web.kr.owner'), owner, { field: 'owner' }),
            dialog.field(AJS.I18n.getText('waypoint.web.kr.weight'), weight, { field: 'weight' })
        ];

        var opened = dialog.open({
            id: 'waypoint-keyresult-dialog',
            title: original ? AJS.I18n.getText('waypoint.web.kr.edit.title')
                    : AJS.I18n.getText('waypoint.web.kr.create.title', options.objective.title),
            size: 'large',
            body: body,
            submitLabel: original ? texts.get('save') : AJS.I18n.getText('waypoint.web.kr.create.submit'),
            onSubmit: function () {
                var built = model.keyResultBody({
                    title: title.value,
                    owner: owner.value,
                    weight: weight.value,
                    unit: unit.value,
                    type: type.value,
                    baseline: baseline.value,
                    target: target.value,
                    min: min.value,
                    max: max.value,
                    tolerance: tolerance.value,
                    judgement: judgement.value,
                    milestones: Array.prototype.map.call(milestoneList.children, function (row) {
                        var inputs = row.querySelectorAll('input');
                        return { title: inputs[0].value, weight: inputs[1].value };
                    }),
                    mode: mode.value,
                    scope: scope.value,
                    frozenTotal: frozenTotal.value,
                    sourceType: sourceType.value,
                    kpiId: kpiId.value,
                    jql: jql.value
                }, { objectiveId: options.objective ? options.objective.id : null, original: original },
                texts.formWords());
                if (built.errors) {
                    return Promise.reject(built.errors);
                }
                var request = original ? rest.put('/key-results/' + rest.segment(original.id), built.body)
                        : rest.post('/key-results', built.body);
                return request.then(function () {
                    options.onSaved(original ? AJS.I18n.getText('waypoint.web.kr.saved', built.body.title)
                            : AJS.I18n.getText('waypoint.web.kr.created', built.body.title));
                });
            }
        });
        sync();
        return opened;
    }

    return { open: open };
});
