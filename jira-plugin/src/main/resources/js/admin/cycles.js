/*
 * The cycles of the admin page: a table of every cycle with its dates and state, and what may be done to each:
 * edit, start (PLANNING to ACTIVE) or move back to planning, close (the close wizard), delete (only an empty cycle).
 * Create a cycle, or the four quarters of a year in one action. Every change goes through /cycles and ends with a
 * flag; the table is then read again.
 */
define('waypoint/admin/cycles', ['waypoint/dom', 'waypoint/rest', 'waypoint/texts', 'waypoint/format',
    'waypoint/messages', 'waypoint/dialog', 'waypoint/widgets', 'waypoint/admin/admin-model', 'waypoint/close/wizard',
    'wrm/context-path'], function (dom, rest, texts, format, messages, dialog, widgets, model, wizard, contextPath) {
    'use strict';

    var h = dom.h;

    function stateLozenge(state) {
        var classes = { PLANNING: 'aui-lozenge', ACTIVE: 'aui-lozenge aui-lozenge-current',
            CLOSED: 'aui-lozenge aui-lozenge-success' };
        return h('span', { className: (classes[state] || 'aui-lozenge') + ' waypoint-cycle-state',
            data: { state: state } }, texts.label('cycleState', state));
    }

    function dateInput(name, value) {
        return h('input', { className: 'text medium-field', type: 'date', name: name, value: value || '',
            required: true });
    }

    /** The create or edit dialog of a cycle; {@code cycle} to edit, else a new one. */
    function openCycleDialog(cycle, onDone) {
        var name = h('input', { className: 'text long-field', type: 'text', name: 'name', maxlength: '255',
            autocomplete: 'off', required: true, value: cycle ? cycle.name : '' });
        var start = dateInput('start', cycle && cycle.start);
        var end = dateInput('end', cycle && cycle.end);
        var state = dialog.select('state', ['PLANNING', 'ACTIVE'].map(function (value) {
            return { value: value, label: texts.label('cycleState', value) };
        }), cycle ? cycle.state : 'PLANNING');
        return dialog.open({
            id: 'waypoint-cycle-dialog',
            title: cycle ? AJS.I18n.getText('waypoint.admin.cycle.edit.title', cycle.name)
                : AJS.I18n.getText('waypoint.admin.cycle.create.title'),
            body: [
                dialog.field(AJS.I18n.getText('waypoint.admin.cycle.name'), name, { field: 'name', required: true }),
                dialog.field(AJS.I18n.getText('waypoint.admin.cycle.start'), start, { field: 'start', required: true }),
                dialog.field(AJS.I18n.getText('waypoint.admin.cycle.end'), end, { field: 'end', required: true,
                    description: AJS.I18n.getText('waypoint.admin.cycle.end.help') }),
                dialog.field(AJS.I18n.getText('waypoint.admin.cycle.state'), state, { field: 'state',
                    description: AJS.I18n.getText('waypoint.admin.cycle.state.help') })
            ],
            submitLabel: cycle ? texts.get('save') : AJS.I18n.getText('waypoint.admin.cycle.create.submit'),
            onSubmit: function () {
                var built = model.cycleBody({ name: name.value, start: start.value, end: end.value,
                    state: state.value }, cycle, texts.formWords());
                if (built.errors) {
                    return Promise.reject(built.errors);
                }
                var saved = cycle ? rest.put('/cycles/' + rest.segment(cycle.id), built.body)
                    : rest.post('/cycles', built.body);
                return saved.then(function (answer) {
                    onDone(cycle ? AJS.I18n.getText('waypoint.admin.cycle.saved', answer.name)
                        : AJS.I18n.getText('waypoint.admin.cycle.created', answer.name));
                });
            }
        });
    }

    function openQuartersDialog(cycles, onDone) {
        var year = h('input', { className: 'text short-field', type: 'text', inputmode: 'numeric', name: 'year',
            autocomplete: 'off', value: String(model.quarterYear(cycles, new Date().toISOString())) });
        var hint = h('p', { className: 'description waypoint-quarters-hint' });
        function explain() {
            var y = format.parseWhole(year.value);
            hint.textContent = y === null || isNaN(y) ? ''
                : AJS.I18n.getText('waypoint.admin.quarters.hint', String(y));
        }
        year.addEventListener('input', explain);
        explain();
        return dialog.open({
            id: 'waypoint-quarters-dialog',
            title: AJS.I18n.getText('waypoint.admin.quarters.title'),
            size: 'small',
            body: [dialog.field(AJS.I18n.getText('waypoint.admin.quarters.year'), year, { field: 'year',
                required: true }), hint],
            submitLabel: AJS.I18n.getText('waypoint.admin.quarters.submit'),
            onSubmit: function () {
                var y = format.parseWhole(year.value);
                if (y === null || isNaN(y)) {
                    return Promise.reject({ fieldErrors: { year: [texts.get('notAWholeNumber')] }, messages: [] });
                }
                return rest.post('/cycles/quarters', { year: y }).then(function (created) {
                    onDone(AJS.I18n.getText('waypoint.admin.quarters.created', created.map(function (c) {
                        return c.name;
                    }).join(', ')));
                });
            }
        });
    }

    function openDeleteDialog(cycle, onDone) {
        return dialog.open({
            id: 'waypoint-cycle-delete-dialog',
            title: AJS.I18n.getText('waypoint.admin.cycle.delete.title', cycle.name),
            size: 'small',
            warning: true,
            focusCancel: true,
            body: [h('p', { text: AJS.I18n.getText('waypoint.admin.cycle.delete.body', cycle.name) })],
            submitLabel: AJS.I18n.getText('waypoint.admin.cycle.delete.submit'),
            onSubmit: function () {
                return rest.del('/cycles/' + rest.segment(cycle.id)).then(function () {
                    onDone(AJS.I18n.getText('waypoint.admin.cycle.deleted', cycle.name));
                });
            }
        });
    }

    function changeState(cycle, state, onDone) {
        rest.put('/cycles/' + rest.segment(cycle.id), model.stateBody(cycle, state)).then(function (answer) {
            onDone(state === 'ACTIVE' ? AJS.I18n.getText('waypoint.admin.cycle.started', answer.name)
                : AJS.I18n.getText('waypoint.admin.cycle.planned', answer.name));
        }, messages.error);
    }

    function actions(cycle, list, onDone) {
        var out = [];
        if (cycle.canEdit) {
            out.push(widgets.linkButton(AJS.I18n.getText('waypoint.admin.cycle.edit'), { data: { action: 'edit' },
                'aria-label': AJS.I18n.getText('waypoint.admin.cycle.edit.label', cycle.name),
                on: { click: function () {
                    openCycleDialog(cycle, onDone);
                } } }));
            var next = cycle.state === 'PLANNING' ? 'ACTIVE' : 'PLANNING';
            out.push(widgets.linkButton(next === 'ACTIVE' ? AJS.I18n.getText('waypoint.admin.cycle.start')
                : AJS.I18n.getText('waypoint.admin.cycle.plan'), { data: { action: next === 'ACTIVE' ? 'start' : 'plan' },
                'aria-label': next === 'ACTIVE' ? AJS.I18n.getText('waypoint.admin.cycle.start.label', cycle.name)
                    : AJS.I18n.getText('waypoint.admin.cycle.plan.label', cycle.name),
                on: { click: function () {
                    changeState(cycle, next, onDone);
                } } }));
        }
        if (cycle.canClose) {
            out.push(widgets.linkButton(AJS.I18n.getText('waypoint.admin.cycle.close'), { data: { action: 'close' },
                'aria-label': AJS.I18n.getText('waypoint.admin.cycle.close.label', cycle.name),
                on: { click: function () {
                    wizard.open({ cycle: cycle, cycles: list, onClosed: onDone });
                } } }));
        }
        if (cycle.state === 'CLOSED') {
            out.push(h('a', { className: 'waypoint-action', data: { action: 'grades' },
                href: contextPath() + '/secure/WaypointCompany.jspa?cycle=' + encodeURIComponent(cycle.id),
                'aria-label': AJS.I18n.getText('waypoint.admin.cycle.grades.label', cycle.name),
                text: AJS.I18n.getText('waypoint.admin.cycle.grades') }));
        }
        if (cycle.canDelete) {
            out.push(widgets.linkButton(AJS.I18n.getText('waypoint.admin.cycle.delete'), { data: { action: 'delete' },
                'aria-label': AJS.I18n.getText('waypoint.admin.cycle.delete.label', cycle.name),
                on: { click: function () {
                    openDeleteDialog(cycle, onDone);
                } } }));
        }
        return out;
    }

    /** Renders the cycle list ({cycles, canCreate}) and the toolbar; onDone(message) after every change. */
    function render(region, toolbar, list, onDone) {
        var cycles = list.cycles || [];
        dom.replace(toolbar, list.canCreate ? [
            widgets.button(AJS.I18n.getText('waypoint.admin.cycle.create'), { id: 'waypoint-create-cycle',
                on: { click: function () {
                    openCycleDialog(null, onDone);
                } } }),
            widgets.button(AJS.I18n.getText('waypoint.admin.quarters.create'), { id: 'waypoint-create-quarters',
                on: { click: function () {
                    openQuartersDialog(cycles, onDone);
                } } }, true)
        ] : []);
        if (!cycles.length) {
            dom.replace(region, widgets.emptyState(AJS.I18n.getText('waypoint.admin.cycles.empty.title'),
                    AJS.I18n.getText('waypoint.admin.cycles.empty.body')));
        } else {
            dom.replace(region, h('table', { className: 'aui waypoint-cycle-table', id: 'waypoint-cycle-table' }, [
                h('thead', {}, h('tr', {}, [
                    h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.admin.cycle.name') }),
                    h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.admin.cycle.dates') }),
                    h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.admin.cycle.state') }),
                    h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.admin.cycle.actions') })
                ])),
                h('tbody', {}, cycles.map(function (cycle) {
                    return h('tr', { className: 'waypoint-cycle-row', data: { 'cycle-id': cycle.id,
                        state: cycle.state } }, [
                        h('th', { scope: 'row', className: 'waypoint-cycle-name', text: cycle.name }),
                        h('td', { text: AJS.I18n.getText('waypoint.admin.cycle.range', format.date(cycle.start),
                                format.date(cycle.end)) }),
                        h('td', {}, stateLozenge(cycle.state)),
                        h('td', { className: 'waypoint-cycle-actions' }, actions(cycle, cycles, onDone))
                    ]);
                }))
            ]));
        }
        region.setAttribute('aria-busy', 'false');
    }

    return { render: render };
});
