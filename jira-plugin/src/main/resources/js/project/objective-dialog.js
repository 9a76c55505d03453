/*
 * Create and edit an objective of the project (POST /objectives, PUT /objectives/{id} with the version read): title,
 * description, level, kind, commitment, owner (Jira's user picker for those who may choose owners, else the owner,
 * fixed), the objective it aligns to, weight and state. Opened from an insight ("Create an OKR to fix this KPI") it
 * also creates the proposed METRIC key result measured by the KPI, its baseline and target in the KPI's units.
 */
define('waypoint/project/objective-dialog', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/texts',
    'waypoint/format', 'waypoint/okr-model', 'waypoint/units', 'waypoint/user-picker'],
        function (dom, dialog, rest, texts, format, model, units, userPicker) {
    'use strict';

    var h = dom.h;

    function textInput(name, value, attributes) {
        return h('input', Object.assign({ className: 'text long-field', type: 'text', name: name, autocomplete: 'off',
            value: value === null || value === undefined ? '' : String(value) }, attributes || {}));
    }

    /**
     * options: page (the read model), project, cycleId, objective (to edit, else create), owners ({person, canChoose}:
     * the viewer and whether they may choose another owner), draft (an insight's OkrDraft: prefilled objective and key
     * result), onSaved(message).
     */
    function open(options) {
        var original = options.objective || null;
        var draft = options.draft || null;
        var created = null;
        var title = textInput('title', original ? original.title : draft ? draft.objectiveTitle : '',
                { maxlength: '255', required: true });
        var description = h('textarea', { className: 'textarea long-field', name: 'description', rows: '3',
            maxlength: '10000' });
        description.value = original && original.description ? original.description : '';
        var levels = [{ value: 'TEAM', label: texts.label('level', 'TEAM') },
            { value: 'INDIVIDUAL', label: texts.label('level', 'INDIVIDUAL') }];
        if (original && original.level === 'COMPANY') {
            levels.unshift({ value: 'COMPANY', label: texts.label('level', 'COMPANY') });
        }
        var level = dialog.select('level', levels, original ? original.level : 'TEAM');
        var kind = dialog.select('kind', [{ value: '', label: texts.get('none') }].concat(texts.options('kind')),
                original && original.kind ? original.kind : '');
        var commitment = dialog.select('commitment', texts.options('commitment'),
                original ? original.commitment : 'COMMITTED');
        var owners = options.owners || {};
        var shownOriginal = original ? model.findObjective(options.page, original.id) : null;
        var owner = userPicker.field({ name: 'owner', field: 'owner', person: original ? { key: original.owner,
            displayName: shownOriginal ? shownOriginal.ownerName : null } : owners.person,
            editable: Boolean(owners.canChoose), fixedNote: AJS.I18n.getText('waypoint.lead.owner.fixed') });
        var parents = model.parentChoices(options.page, original ? original.id : null).map(function (choice) {
            return { value: String(choice.id), label: new Array(choice.depth + 1).join('\u2014 ') + choice.title };
        });
        var parent = dialog.select('parentId', [{ value: '', label: texts.get('none') }].concat(parents),
                original && original.parentId !== null && original.parentId !== undefined ? String(original.parentId) : '');
        var weight = textInput('weight', original ? original.weight : 1, { inputmode: 'decimal' });
        weight.className = 'text short-field';
        var states = original
            ? ['DRAFT', 'ACTIVE', 'ABANDONED'].concat(original.state === 'CLOSED' ? ['CLOSED'] : [])
            : ['ACTIVE', 'DRAFT'];
        var state = dialog.select('state', states.map(function (value) {
            return { value: value, label: texts.label('state', value) };
        }), original ? original.state : 'ACTIVE');

        var body = [
            dialog.field(AJS.I18n.getText('waypoint.web.objective.title'), title, { field: 'title', required: true }),
            dialog.field(AJS.I18n.getText('waypoint.web.objective.description'), description, { field: 'description' }),
            dialog.field(AJS.I18n.getText('waypoint.web.objective.level'), level, { field: 'level' }),
            dialog.field(AJS.I18n.getText('waypoint.web.objective.kind'), kind, { field: 'kind' }),
            dialog.field(AJS.I18n.getText('waypoint.web.objective.commitment'), commitment, { field: 'commitment' }),
            dialog.field(AJS.I18n.getText('waypoint.web.objective.owner'), owner.element, { input: owner.input,
                field: 'owner' }),
            dialog.field(AJS.I18n.getText('waypoint.web.objective.parent'), parent, { field: 'parentId' }),
            dialog.field(AJS.I18n.getText('waypoint.web.objective.weight'), weight, { field: 'weight' }),
            dialog.field(AJS.I18n.getText('waypoint.web.objective.state'), state, { field: 'state' })
        ];

        var krTitle = null;
        var krBaseline = null;
        var krTarget = null;
        var draftKind = 'NUMBER';
        if (draft) {
            krTitle = textInput('krTitle', draft.keyResultTitle, { maxlength: '255' });
            krBaseline = textInput('krBaseline', '', { inputmode: 'decimal' });
            krTarget = textInput('krTarget', '', { inputmode: 'decimal' });
            krBaseline.className = krTarget.className = 'text short-field';
            var draftNote = h('div', { className: 'description', 'aria-live': 'polite' });
            var showDraft = function (kind, unit) {
                draftKind = kind;
                krBaseline.value = units.toInput(draft.measure ? draft.measure.baseline : null, kind);
                krTarget.value = units.toInput(draft.measure ? draft.measure.target : null, kind);
                draftNote.textContent = units.describe(kind, unit, {
                    percent: function (e) {
                        return AJS.I18n.getText('waypoint.lead.unit.percent', e);
                    },
                    duration: function (a, b) {
                        return AJS.I18n.getText('waypoint.lead.unit.duration', a, b);
                    },
                    number: function (u, e) {
                        return AJS.I18n.getText('waypoint.lead.unit.number', u, e);
                    },
                    plain: function (e) {
                        return AJS.I18n.getText('waypoint.lead.unit.plain', e);
                    }
                }).text;
            };
            showDraft('NUMBER', draft.unit);
            rest.get('/kpis').then(function (kpis) {
                var kpi = (kpis || []).filter(function (each) {
                    return each.id === draft.kpiId;
                })[0];
                if (kpi) {
                    showDraft(units.kindOfKpi(kpi), kpi.unit);
                }
            }, function () {
                // the values stay plain numbers
            });
            body.push(h('fieldset', { className: 'waypoint-draft-key-result' }, [
                h('legend', {}, h('span', { text: AJS.I18n.getText('waypoint.web.objective.draftKeyResult') })),
                dialog.field(AJS.I18n.getText('waypoint.web.kr.title'), krTitle, { field: 'keyResult.title' }),
                dialog.field(AJS.I18n.getText('waypoint.web.kr.baseline'), krBaseline, { field: 'keyResult.measure.baseline' }),
                dialog.field(AJS.I18n.getText('waypoint.web.kr.target'), krTarget, { field: 'keyResult.measure.target' }),
                draftNote
            ]));
        }

        return dialog.open({
            id: 'waypoint-objective-dialog',
            title: original ? AJS.I18n.getText('waypoint.web.objective.edit.title')
                    : AJS.I18n.getText('waypoint.web.objective.create.title'),
            size: 'large',
            body: body,
            submitLabel: original ? texts.get('save') : AJS.I18n.getText('waypoint.web.objective.create.submit'),
            onSubmit: function () {
                var ownerKey = owner.value();
                if (ownerKey === undefined) {
                    return Promise.reject({ fieldErrors: { owner: [AJS.I18n.getText('waypoint.lead.user.choose')] },
                        messages: [] });
                }
                var built = model.objectiveBody({
                    title: title.value,
                    description: description.value,
                    level: level.value,
                    kind: kind.value,
                    commitment: commitment.value,
                    owner: ownerKey,
                    parentId: parent.value,
                    weight: weight.value,
                    state: state.value
                }, { cycleId: original ? original.cycleId || options.cycleId : options.cycleId,
                    project: options.project, original: original,
                    alignedKpis: draft ? draft.alignedKpis || [] : [] }, texts.formWords());
                var draftValue = function (field) {
                    var value = units.fromInput(field.value, draftKind);
                    return value === null ? '' : isNaN(value) ? field.value : String(value);
                };
                var krBuilt = draft ? model.keyResultBody({
                    title: krTitle.value, owner: ownerKey, unit: draftKind === 'NUMBER' ? draft.unit : null,
                    type: 'METRIC', baseline: draftValue(krBaseline), target: draftValue(krTarget), sourceType: 'KPI',
                    kpiId: draft.kpiId === null || draft.kpiId === undefined ? '' : String(draft.kpiId)
                }, { objectiveId: null }, texts.formWords()) : null;
                var errors = built.errors || (krBuilt && krBuilt.errors ? prefix(krBuilt.errors, 'keyResult.') : null);
                if (errors) {
                    return Promise.reject(errors);
                }
                if (original) {
                    return rest.put('/objectives/' + rest.segment(original.id), built.body).then(function () {
                        options.onSaved(AJS.I18n.getText('waypoint.web.objective.saved', built.body.title));
                    });
                }
                var objective = created ? Promise.resolve(created) : rest.post('/objectives', built.body);
                return objective.then(function (answer) {
                    created = answer;
                    if (!krBuilt) {
                        return answer;
                    }
                    krBuilt.body.objectiveId = answer.id;
                    return rest.post('/key-results', krBuilt.body).catch(function (error) {
                        options.onSaved(null);
                        throw prefix(error, 'keyResult.');
                    });
                }).then(function () {
                    options.onSaved(AJS.I18n.getText('waypoint.web.objective.created', built.body.title));
                });
            }
        });
    }

    /** The errors of a nested request, with their fields under a prefix ("keyResult.title"). */
    function prefix(error, path) {
        var fieldErrors = {};
        Object.keys(error.fieldErrors || {}).forEach(function (field) {
            fieldErrors[path + field] = error.fieldErrors[field];
        });
        return { status: error.status, fieldErrors: fieldErrors, messages: error.messages || [],
            correlationId: error.correlationId };
    }

    return { open: open };
});
