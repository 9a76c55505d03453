/*
 * Create and edit a key result of every measure (POST /key-results, PUT /key-results/{id} with the version read):
 * METRIC (baseline to target; a target below the baseline is a decrease), THRESHOLD (min / max, tolerance,
 * judgement), MILESTONE (a checklist of weighted milestones) and ISSUES (mode, live or frozen scope), with the value
 * source of METRIC and THRESHOLD (check-ins, a KPI, a JQL count; for a company or personal objective, the projects the
 * count is made in). Values are typed in the units the page shows them, with the unit beside each field and an
 * example (a percent KPI in %, a duration KPI as "4h"). The owner is chosen with Jira's user picker by those who may
 * give items other owners; everyone else sees the owner, fixed. Only the fields of the chosen measure show.
 */
define('waypoint/project/keyresult-dialog', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/texts',
    'waypoint/format', 'waypoint/okr-model', 'waypoint/units', 'waypoint/user-picker',
    'waypoint/project/checkin-dialog'],
        function (dom, dialog, rest, texts, format, model, units, userPicker, checkInDialog) {
    'use strict';

    var h = dom.h;
    var VALUE_FIELDS = ['baseline', 'target', 'min', 'max', 'tolerance'];

    function input(name, value, className, attributes) {
        return h('input', Object.assign({ className: 'text ' + (className || 'medium-field'), type: 'text', name: name,
            autocomplete: 'off', value: value === null || value === undefined ? '' : String(value) }, attributes || {}));
    }

    function group(name, nodes) {
        return h('div', { className: 'waypoint-measure-group', data: { measure: name } }, nodes);
    }

    /**
     * options: objective (of the new key result, or of the edited one), keyResult (to edit: as GET /key-results/{id}
     * answers it), summary (the key result as the page shows it: owner's name, bound KPI), owners ({person, canChoose,
     * canSetJqlForOthers}), onSaved(message).
     */
    function open(options) {
        var original = options.keyResult || null;
        var summary = options.summary || {};
        var owners = options.owners || {};
        var measure = original && original.measure ? original.measure : {};
        var source = original && original.source ? original.source : { type: 'MANUAL' };
        var kpis = [];
        var kind = units.kindOf(summary);
        var title = input('title', original ? original.title : '', 'long-field', { maxlength: '255', required: true });
        var ownerPerson = original ? { key: original.owner, displayName: summary.ownerName } : owners.person;
        var owner = userPicker.field({ name: 'owner', field: 'owner', person: ownerPerson,
            editable: Boolean(owners.canChoose), fixedNote: AJS.I18n.getText('waypoint.lead.owner.fixed') });
        var weight = input('weight', original ? original.weight : 1, 'short-field', { inputmode: 'decimal' });
        var unit = input('unit', original ? original.unit : '', 'short-field', { maxlength: '32' });
        var type = dialog.select('type', texts.options('measure'), measure.type || 'METRIC');
        var values = {};
        VALUE_FIELDS.forEach(function (name) {
            values[name] = input(name, units.toInput(measure[name], kind), 'short-field', { inputmode: 'decimal' });
        });
        var direction = h('div', { className: 'description waypoint-direction', 'aria-live': 'polite' });
        var judgement = dialog.select('judgement', texts.options('judgement'), measure.judgement || 'LATEST');
        var mode = dialog.select('mode', texts.options('issuesMode'), measure.mode || 'COUNT');
        var scope = dialog.select('scope', texts.options('issuesScope'), measure.scope || 'LIVE');
        var frozenTotal = input('frozenTotal', measure.frozenTotal, 'short-field', { inputmode: 'decimal' });
        var sourceType = dialog.select('sourceType', texts.options('source'), source.type || 'MANUAL');
        var currentKpi = source.kpiId === null || source.kpiId === undefined ? '' : String(source.kpiId);
        var kpiId = dialog.select('kpiId', [{ value: currentKpi, label: currentKpi && summary.kpi && summary.kpi.name
                ? summary.kpi.name : texts.get('loading') }], currentKpi);
        var jql = h('textarea', { className: 'textarea long-field', name: 'jql', rows: '2', maxlength: '4000' });
        jql.value = source.jql || '';
        var companyWide = options.objective && !options.objective.project;
        var projectBoxes = h('div', { className: 'waypoint-project-choices', data: { field: 'source.projects' } });
        var chosenProjects = source.projects || [];

        var unitNotes = {};
        var suffixes = {};
        /** A value field with its unit beside it; the first of a measure also says what to type. */
        function valueField(label, name, extra) {
            var field = dialog.field(label, values[name], Object.assign({ field: 'measure.' + name, suffix: ' ' },
                    extra || {}));
            suffixes[name] = field.querySelector('.waypoint-unit');
            if (name === 'baseline' || name === 'min') {
                var note = h('div', { className: 'description waypoint-unit-note' });
                unitNotes[name] = note;
                field.appendChild(note);
            }
            return field;
        }

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

        var targetGroup = valueField(AJS.I18n.getText('waypoint.web.kr.target'), 'target');
        targetGroup.appendChild(direction);
        var groups = {
            METRIC: group('METRIC', [valueField(AJS.I18n.getText('waypoint.web.kr.baseline'), 'baseline'), targetGroup]),
            THRESHOLD: group('THRESHOLD', [
                valueField(AJS.I18n.getText('waypoint.web.kr.min'), 'min'),
                valueField(AJS.I18n.getText('waypoint.web.kr.max'), 'max'),
                valueField(AJS.I18n.getText('waypoint.web.kr.tolerance'), 'tolerance', {
                    description: AJS.I18n.getText('waypoint.web.kr.tolerance.help') }),
                dialog.field(AJS.I18n.getText('waypoint.web.kr.judgement'), judgement, { field: 'measure.judgement',
                    description: AJS.I18n.getText('waypoint.lead.judgement.help') })
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
            dialog.field(AJS.I18n.getText('waypoint.web.kr.jql'), jql, { field: 'source.jql', group: 'jql',
                description: AJS.I18n.getText('waypoint.lead.jql.help') }),
            companyWide ? h('fieldset', { className: 'group', data: { group: 'projects' } }, [
                h('legend', {}, h('span', { text: AJS.I18n.getText('waypoint.lead.jql.projects') })), projectBoxes])
                : null
        ]);
        var unitGroup = dialog.field(AJS.I18n.getText('waypoint.web.kr.unit'), unit, { field: 'unit',
            description: AJS.I18n.getText('waypoint.web.kr.unit.help') });

        function chosenKpi() {
            return kpis.filter(function (kpi) {
                return String(kpi.id) === kpiId.value;
            })[0] || null;
        }

        /** The kind of the values as the chosen source shows them; the unit beside each field and an example. */
        function syncUnits() {
            if (sourceType.value === 'KPI' && (type.value === 'METRIC' || type.value === 'THRESHOLD')) {
                var kpi = chosenKpi();
                kind = kpi ? units.kindOfKpi(kpi) : kind;
            } else {
                kind = 'NUMBER';
            }
            var kpiUnit = sourceType.value === 'KPI' && chosenKpi() ? chosenKpi().unit : null;
            var described = units.describe(kind, kpiUnit || unit.value.trim() || null, checkInDialog.unitWords());
            VALUE_FIELDS.forEach(function (name) {
                if (suffixes[name]) {
                    suffixes[name].textContent = described.unit ? ' ' + described.unit : '';
                }
                if (unitNotes[name]) {
                    unitNotes[name].textContent = described.text;
                }
            });
            unitGroup.hidden = sourceType.value === 'KPI' && type.value !== 'MILESTONE' && type.value !== 'ISSUES';
        }

        function lockOwner() {
            if (sourceType.value === 'JQL' && owners.canChoose && !owners.canSetJqlForOthers) {
                owner.input.setAttribute('aria-describedby', jqlOwner.id);
                jqlOwner.hidden = false;
            } else {
                jqlOwner.hidden = true;
            }
        }
        var jqlOwner = h('div', { className: 'description', id: dom.uid('waypoint-jql-owner'), hidden: true,
            text: AJS.I18n.getText('waypoint.lead.jql.owner') });

        function sync() {
            Object.keys(groups).forEach(function (name) {
                groups[name].hidden = name !== type.value;
            });
            sourceGroup.hidden = type.value !== 'METRIC' && type.value !== 'THRESHOLD';
            kpiId.closest('.field-group').hidden = sourceType.value !== 'KPI';
            jql.closest('.field-group').hidden = sourceType.value !== 'JQL';
            if (companyWide) {
                projectBoxes.closest('fieldset').hidden = sourceType.value !== 'JQL';
            }
            frozenTotal.closest('.field-group').hidden = scope.value !== 'FROZEN';
            var aim = format.aim({ type: 'METRIC', baseline: units.fromInput(values.baseline.value, kind),
                target: units.fromInput(values.target.value, kind) });
            direction.textContent = aim === 'DECREASE' ? AJS.I18n.getText('waypoint.web.kr.direction.DECREASE')
                    : aim === 'INCREASE' ? AJS.I18n.getText('waypoint.web.kr.direction.INCREASE') : '';
            syncUnits();
            lockOwner();
        }
        [type, sourceType, scope, kpiId].forEach(function (control) {
            control.addEventListener('change', sync);
        });
        [values.baseline, values.target, unit].forEach(function (control) {
            control.addEventListener('input', sync);
        });

        rest.get('/kpis').then(function (list) {
            kpis = list || [];
            dom.replace(kpiId, [h('option', { value: '' }, AJS.I18n.getText('waypoint.web.kr.kpi.choose'))].concat(
                    kpis.map(function (kpi) {
                        return h('option', { value: String(kpi.id), selected: String(kpi.id) === currentKpi },
                                kpi.project ? AJS.I18n.getText('waypoint.web.kr.kpi.option', kpi.name, kpi.project)
                                        : kpi.name);
                    })));
            sync();
        }, function () {
            // keeps the current choice; saving reports a missing KPI
        });
        if (companyWide) {
            rest.get('/projects').then(function (answer) {
                dom.replace(projectBoxes, (answer.projects || []).map(function (project) {
                    var id = dom.uid('waypoint-project');
                    return h('div', { className: 'checkbox' }, [h('input', { type: 'checkbox', className: 'checkbox',
                        id: id, name: 'projects', value: project.key,
                        checked: chosenProjects.indexOf(project.key) >= 0 }),
                        h('label', { for: id, text: AJS.I18n.getText('waypoint.web.kr.kpi.option', project.name,
                            project.key) })]);
                }));
            }, function () {
                dom.replace(projectBoxes, h('p', { className: 'description', text: texts.get('errorNetwork') }));
            });
        }

        var body = [
            options.objective ? h('p', { className: 'waypoint-dialog-subject' }, [
                h('span', { className: 'waypoint-muted', text: AJS.I18n.getText('waypoint.lead.kr.objective') + ' ' }),
                h('strong', { text: options.objective.title })]) : null,
            dialog.field(AJS.I18n.getText('waypoint.web.kr.title'), title, { field: 'title', required: true }),
            dialog.field(AJS.I18n.getText('waypoint.web.kr.type'), type, { field: 'measure.type' }),
            sourceGroup,
            groups.METRIC, groups.THRESHOLD, groups.MILESTONE, groups.ISSUES,
            unitGroup,
            dialog.field(AJS.I18n.getText('waypoint.web.kr.owner'), owner.element, { input: owner.input,
                field: 'owner' }),
            jqlOwner,
            dialog.field(AJS.I18n.getText('waypoint.web.kr.weight'), weight, { field: 'weight' })
        ];

        /** The typed values as numbers in stored units, or the fields that are not values of their kind. */
        function typedValues() {
            var parsed = {};
            var errors = {};
            VALUE_FIELDS.forEach(function (name) {
                var value = units.fromInput(values[name].value, kind);
                if (value !== null && isNaN(value)) {
                    errors['measure.' + name] = [kind === 'DURATION'
                        ? AJS.I18n.getText('waypoint.lead.unit.notADuration') : texts.get('notANumber')];
                }
                parsed[name] = value === null || isNaN(value) ? '' : String(value);
            });
            return { values: parsed, errors: errors };
        }

        var opened = dialog.open({
            id: 'waypoint-keyresult-dialog',
            title: original ? AJS.I18n.getText('waypoint.web.kr.edit.title')
                    : AJS.I18n.getText('waypoint.lead.kr.create.title'),
            size: 'large',
            body: body,
            submitLabel: original ? texts.get('save') : AJS.I18n.getText('waypoint.web.kr.create.submit'),
            onSubmit: function () {
                var typed = typedValues();
                var ownerKey = owner.value();
                if (ownerKey === undefined) {
                    typed.errors.owner = [AJS.I18n.getText('waypoint.lead.user.choose')];
                }
                if (Object.keys(typed.errors).length) {
                    return Promise.reject({ fieldErrors: typed.errors, messages: [] });
                }
                var built = model.keyResultBody({
                    title: title.value,
                    owner: ownerKey,
                    weight: weight.value,
                    unit: unitGroup.hidden ? '' : unit.value,
                    type: type.value,
                    baseline: typed.values.baseline,
                    target: typed.values.target,
                    min: typed.values.min,
                    max: typed.values.max,
                    tolerance: typed.values.tolerance,
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
                if (companyWide && built.body.source && built.body.source.type === 'JQL') {
                    built.body.source.projects = Array.prototype.filter.call(projectBoxes.querySelectorAll('input'),
                            function (box) {
                                return box.checked;
                            }).map(function (box) {
                                return box.value;
                            });
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
