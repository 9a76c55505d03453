/*
 * The dialogs of the company page: create or edit a company objective (POST /objectives, PUT /objectives/{id} with
 * the version read; for Jira administrators and the company group), and align a team or individual objective under a
 * company objective by picking its parent (PUT /objectives/{id} with everything else as read).
 */
define('waypoint/company/company-dialogs', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/texts',
    'waypoint/okr-model', 'waypoint/company/company-model'], function (dom, dialog, rest, texts, okr, model) {
    'use strict';

    var h = dom.h;

    function textInput(name, value, attributes) {
        return h('input', Object.assign({ className: 'text long-field', type: 'text', name: name, autocomplete: 'off',
            value: value === null || value === undefined ? '' : String(value) }, attributes || {}));
    }

    /** options: cycleId, objective (as GET /objectives/{id} answered, to edit; else create), owner, onSaved(message). */
    function companyObjective(options) {
        var original = options.objective || null;
        var title = textInput('title', original ? original.title : '', { maxlength: '255', required: true });
        var description = h('textarea', { className: 'textarea long-field', name: 'description', rows: '3',
            maxlength: '10000' });
        description.value = original && original.description ? original.description : '';
        var kind = dialog.select('kind', [{ value: '', label: texts.get('none') }].concat(texts.options('kind')),
                original && original.kind ? original.kind : '');
        var commitment = dialog.select('commitment', texts.options('commitment'),
                original ? original.commitment : 'COMMITTED');
        var owner = textInput('owner', original ? original.owner : options.owner, { maxlength: '255' });
        var weight = textInput('weight', original ? original.weight : 1, { inputmode: 'decimal' });
        weight.className = 'text short-field';
        var states = original ? ['DRAFT', 'ACTIVE', 'ABANDONED'] : ['ACTIVE', 'DRAFT'];
        var state = dialog.select('state', states.map(function (value) {
            return { value: value, label: texts.label('state', value) };
        }), original ? original.state : 'ACTIVE');
        return dialog.open({
            id: 'waypoint-company-objective-dialog',
            title: original ? AJS.I18n.getText('waypoint.company.objective.edit.title')
                : AJS.I18n.getText('waypoint.company.objective.create.title'),
            size: 'large',
            body: [
                h('p', { className: 'description', text: AJS.I18n.getText('waypoint.company.objective.lead') }),
                dialog.field(AJS.I18n.getText('waypoint.web.objective.title'), title, { field: 'title', required: true }),
                dialog.field(AJS.I18n.getText('waypoint.web.objective.description'), description,
                        { field: 'description' }),
                dialog.field(AJS.I18n.getText('waypoint.web.objective.kind'), kind, { field: 'kind' }),
                dialog.field(AJS.I18n.getText('waypoint.web.objective.commitment'), commitment, { field: 'commitment' }),
                dialog.field(AJS.I18n.getText('waypoint.web.objective.owner'), owner, { field: 'owner',
                    description: AJS.I18n.getText('waypoint.web.objective.owner.help') }),
                dialog.field(AJS.I18n.getText('waypoint.web.objective.weight'), weight, { field: 'weight' }),
                dialog.field(AJS.I18n.getText('waypoint.web.objective.state'), state, { field: 'state' })
            ],
            submitLabel: original ? texts.get('save') : AJS.I18n.getText('waypoint.web.objective.create.submit'),
            onSubmit: function () {
                var built = okr.objectiveBody({
                    title: title.value, description: description.value, level: 'COMPANY', kind: kind.value,
                    commitment: commitment.value, owner: owner.value,
                    parentId: original && original.parentId !== null && original.parentId !== undefined
                        ? String(original.parentId) : '',
                    weight: weight.value, state: state.value
                }, { cycleId: original ? original.cycleId : options.cycleId, project: null, original: original },
                        texts.formWords());
                if (built.errors) {
                    return Promise.reject(built.errors);
                }
                var saved = original ? rest.put('/objectives/' + rest.segment(original.id), built.body)
                    : rest.post('/objectives', built.body);
                return saved.then(function () {
                    options.onSaved(original ? AJS.I18n.getText('waypoint.web.objective.saved', built.body.title)
                        : AJS.I18n.getText('waypoint.web.objective.created', built.body.title));
                });
            }
        });
    }

    /** options: objective (as GET /objectives/{id} answered), parents [{id, title}], onSaved(message). */
    function align(options) {
        var objective = options.objective;
        var parent = dialog.select('parentId', [{ value: '', label: AJS.I18n.getText('waypoint.company.align.none') }]
                .concat(options.parents.map(function (p) {
                    return { value: String(p.id), label: p.title };
                })), objective.parentId === null || objective.parentId === undefined ? '' : String(objective.parentId));
        return dialog.open({
            id: 'waypoint-align-dialog',
            title: AJS.I18n.getText('waypoint.company.align.title', objective.title),
            body: [
                h('p', { className: 'description', text: AJS.I18n.getText('waypoint.company.align.lead') }),
                dialog.field(AJS.I18n.getText('waypoint.company.align.parent'), parent, { field: 'parentId' })
            ],
            submitLabel: AJS.I18n.getText('waypoint.company.align.submit'),
            onSubmit: function () {
                return rest.put('/objectives/' + rest.segment(objective.id), model.alignBody(objective, parent.value))
                    .then(function () {
                        var chosen = options.parents.filter(function (p) {
                            return String(p.id) === parent.value;
                        })[0];
                        options.onSaved(chosen ? AJS.I18n.getText('waypoint.company.align.done', objective.title,
                                chosen.title) : AJS.I18n.getText('waypoint.company.align.removed', objective.title));
                    });
            }
        });
    }

    return { companyObjective: companyObjective, align: align };
});
