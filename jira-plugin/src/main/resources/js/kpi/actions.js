/*
 * What a KPI page lets its viewer do besides editing the KPI: enter or correct a manual value for a date, delete one,
 * align an objective and remove the alignment, refresh now, delete the KPI, and the insights' actions ("Create an OKR
 * to fix this KPI", "Create an OKR to reach the raised target", "Track it as a KPI" with the offer to retire the
 * repeated key result). Every change goes through the REST API; errors show in the dialog, from the server.
 */
define('waypoint/kpi/actions', ['waypoint/dom', 'waypoint/rest', 'waypoint/texts', 'waypoint/dialog',
    'waypoint/messages', 'waypoint/format', 'waypoint/kpi/kpi-input', 'waypoint/kpi/kpi-dialog'],
        function (dom, rest, texts, dialog, messages, format, input, kpiDialog) {
    'use strict';

    var h = dom.h;
    var FORMAT_ERROR = {
        PERCENT: AJS.I18n.getText('waypoint.web.kpi.input.percent'),
        DURATION: AJS.I18n.getText('waypoint.web.kpi.input.duration'),
        NUMBER: texts.get('notANumber')
    };

    function today() {
        var now = new Date();
        return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    }

    /** A warning dialog asking to confirm something that cannot be undone; onConfirm returns a Promise. */
    function confirm(id, title, question, submitLabel, onConfirm) {
        return dialog.open({ id: id, title: title, size: 'small', warning: true, focusCancel: true,
            body: [h('p', { text: question })], submitLabel: submitLabel, onSubmit: onConfirm });
    }

    /** Enter or correct the value of a MANUAL KPI for a date (the value of that date is replaced). */
    function enterValue(kpi, current, onSaved) {
        var date = h('input', { type: 'date', className: 'text medium-field', name: 'date', max: today(),
            value: current && current.date || today(), required: true });
        var value = h('input', { type: 'text', className: 'text medium-field', name: 'value', inputmode: 'decimal',
            value: current ? input.toText(current.value, kpi.format) : '' });
        return dialog.open({
            id: 'waypoint-kpi-value-dialog',
            title: AJS.I18n.getText('waypoint.web.kpi.value.title', kpi.name),
            size: 'medium',
            body: [dialog.field(AJS.I18n.getText('waypoint.web.kpi.value.date'), date, { field: 'date',
                required: true }),
                dialog.field(AJS.I18n.getText('waypoint.web.kpi.value.value'), value, { field: 'value',
                    required: true, description: AJS.I18n.getText('waypoint.web.kpi.input.example',
                            input.example(kpi.format)) })],
            submitLabel: texts.get('save'),
            onSubmit: function () {
                var parsed = input.parse(value.value, kpi.format);
                if (parsed.empty || parsed.error || !date.value) {
                    var errors = {};
                    if (!date.value) {
                        errors.date = [texts.get('requiredError')];
                    }
                    if (parsed.empty || parsed.error) {
                        errors.value = [parsed.empty ? texts.get('requiredError') : FORMAT_ERROR[parsed.error]];
                    }
                    return Promise.reject({ fieldErrors: errors, messages: [] });
                }
                return rest.put('/kpis/' + rest.segment(kpi.id) + '/values/' + rest.segment(date.value),
                        { value: parsed.value }).then(function () {
                    onSaved(AJS.I18n.getText('waypoint.web.kpi.value.saved', format.date(date.value)));
                });
            }
        });
    }

    function deleteValue(kpi, date, onSaved) {
        return confirm('waypoint-kpi-value-delete', AJS.I18n.getText('waypoint.web.kpi.value.delete.title'),
                AJS.I18n.getText('waypoint.web.kpi.value.delete.question', format.date(date), kpi.name),
                AJS.I18n.getText('waypoint.web.kpi.delete.submit'), function () {
                    return rest.del('/kpis/' + rest.segment(kpi.id) + '/values/' + rest.segment(date))
                            .then(function () {
                                onSaved(AJS.I18n.getText('waypoint.web.kpi.value.deleted', format.date(date)));
                            });
                });
    }

    function deleteKpi(kpi, onDeleted) {
        return confirm('waypoint-kpi-delete', AJS.I18n.getText('waypoint.web.kpi.delete.title'),
                AJS.I18n.getText('waypoint.web.kpi.delete.question', kpi.name),
                AJS.I18n.getText('waypoint.web.kpi.delete.submit'), function () {
                    return rest.del('/kpis/' + rest.segment(kpi.id)).then(onDeleted);
                });
    }

    /** "Refresh now": the new value, or why there is none, as a flag. */
    function refresh(kpi, onDone) {
        return rest.post('/kpis/' + rest.segment(kpi.id) + '/refresh').then(function (value) {
            var shown = value && value.error ? value.error.message : format.kpiValue(value && value.value, kpi.format,
                    kpi.unit);
            onDone(AJS.I18n.getText('waypoint.web.kpi.refreshed', shown));
        }, function (error) {
            messages.error(error);
        });
    }

    function objectiveLabel(o) {
        return AJS.I18n.getText('waypoint.web.kpi.align.option', o.title, o.cycle.name,
                o.project || texts.label('level', o.level));
    }

    /** Align one of the objectives the viewer could align (page.alignable) to the KPI. */
    function align(kpi, alignable, onSaved) {
        var objective = dialog.select('objectiveId', alignable.map(function (o) {
            return { value: String(o.id), label: objectiveLabel(o) };
        }), alignable.length ? String(alignable[0].id) : '');
        return dialog.open({
            id: 'waypoint-kpi-align-dialog',
            title: AJS.I18n.getText('waypoint.web.kpi.align.title', kpi.name),
            size: 'medium',
            body: [dialog.field(AJS.I18n.getText('waypoint.web.kpi.align.objective'), objective,
                    { field: 'objectiveId', description: AJS.I18n.getText('waypoint.web.kpi.align.description') })],
            submitLabel: AJS.I18n.getText('waypoint.web.kpi.align.submit'),
            onSubmit: function () {
                return rest.post('/alignments', { objectiveId: Number(objective.value), kpiId: kpi.id })
                        .then(function () {
                            onSaved(AJS.I18n.getText('waypoint.web.kpi.align.saved'));
                        });
            }
        });
    }

    function unalign(kpi, objective, onSaved) {
        return confirm('waypoint-kpi-unalign', AJS.I18n.getText('waypoint.web.kpi.unalign.title'),
                AJS.I18n.getText('waypoint.web.kpi.unalign.question', objective.title, kpi.name),
                AJS.I18n.getText('waypoint.web.kpi.unalign.submit'), function () {
                    return rest.del('/alignments/' + rest.segment(objective.id) + '/' + rest.segment(kpi.id))
                            .then(function () {
                                onSaved(AJS.I18n.getText('waypoint.web.kpi.unalign.saved', objective.title));
                            });
                });
    }

    /**
     * "Create an OKR" from an insight's draft ({objective, keyResult}, the bodies of POST /objectives and
     * POST /key-results): the user picks the cycle and reviews the titles and numbers; the objective is created aligned
     * to the KPI, then its key result, measured by the KPI.
     */
    function createOkr(kpi, draft, cycles, onSaved) {
        var open = (cycles || []).filter(function (c) {
            return c.state !== 'CLOSED';
        });
        var cycle = dialog.select('cycleId', open.map(function (c) {
            return { value: String(c.id), label: c.name };
        }), open.length ? String((open.filter(function (c) {
            return c.state === 'ACTIVE';
        })[0] || open[0]).id) : '');
        var objectiveTitle = h('input', { type: 'text', className: 'text long-field', name: 'title',
            maxlength: '255', value: draft.objective.title });
        var keyResultTitle = h('input', { type: 'text', className: 'text long-field', name: 'keyResultTitle',
            maxlength: '255', value: draft.keyResult.title });
        var measure = draft.keyResult.measure || {};
        var baseline = h('input', { type: 'text', className: 'text medium-field', name: 'baseline',
            inputmode: 'decimal', value: input.toText(measure.baseline, kpi.format) });
        var target = h('input', { type: 'text', className: 'text medium-field', name: 'target', inputmode: 'decimal',
            value: input.toText(measure.target, kpi.format) });
        var hint = AJS.I18n.getText('waypoint.web.kpi.input.example', input.example(kpi.format));
        return dialog.open({
            id: 'waypoint-kpi-okr-dialog',
            title: AJS.I18n.getText('waypoint.web.kpi.okr.title', kpi.name),
            size: 'medium',
            body: [
                open.length ? null : messages.errorBox(AJS.I18n.getText('waypoint.web.kpi.okr.noCycle')),
                dialog.field(AJS.I18n.getText('waypoint.web.kpi.okr.cycle'), cycle, { field: 'cycleId',
                    required: true }),
                dialog.field(AJS.I18n.getText('waypoint.web.kpi.okr.objective'), objectiveTitle,
                        { field: 'title', required: true }),
                dialog.field(AJS.I18n.getText('waypoint.web.kpi.okr.keyResult'), keyResultTitle,
                        { field: 'keyResult.title', required: true }),
                dialog.field(AJS.I18n.getText('waypoint.web.kpi.okr.baseline'), baseline,
                        { field: 'measure.baseline', required: true, description: hint }),
                dialog.field(AJS.I18n.getText('waypoint.web.kpi.okr.target'), target,
                        { field: 'measure.target', required: true, description: hint })
            ],
            submitLabel: AJS.I18n.getText('waypoint.web.kpi.okr.submit'),
            onSubmit: function () {
                var from = input.parse(baseline.value, kpi.format);
                var to = input.parse(target.value, kpi.format);
                var errors = {};
                if (from.empty || from.error) {
                    errors['measure.baseline'] = [from.empty ? texts.get('requiredError') : FORMAT_ERROR[from.error]];
                }
                if (to.empty || to.error) {
                    errors['measure.target'] = [to.empty ? texts.get('requiredError') : FORMAT_ERROR[to.error]];
                }
                if (!cycle.value) {
                    errors.cycleId = [texts.get('requiredError')];
                }
                if (Object.keys(errors).length) {
                    return Promise.reject({ fieldErrors: errors, messages: [] });
                }
                var objective = Object.assign({}, draft.objective, { cycleId: Number(cycle.value),
                    title: objectiveTitle.value });
                return rest.post('/objectives', objective).then(function (created) {
                    var keyResult = Object.assign({}, draft.keyResult, { objectiveId: created.id,
                        title: keyResultTitle.value, measure: Object.assign({}, measure, { baseline: from.value,
                            target: to.value }) });
                    return rest.post('/key-results', keyResult).then(function () {
                        onSaved(AJS.I18n.getText('waypoint.web.kpi.okr.saved', objectiveTitle.value));
                    }, function (error) {
                        error.messages = [AJS.I18n.getText('waypoint.web.kpi.okr.partly', objectiveTitle.value)]
                                .concat(error.messages || []);
                        throw prefixed(error, 'keyResult.');
                    });
                });
            }
        });
    }

    /** Field errors of the key result's request under the dialog's names (title becomes keyResult.title). */
    function prefixed(error, prefix) {
        var fieldErrors = {};
        Object.keys(error.fieldErrors || {}).forEach(function (name) {
            fieldErrors[name === 'title' ? prefix + name : name] = error.fieldErrors[name];
        });
        error.fieldErrors = fieldErrors;
        return error;
    }

    /**
     * "Track it as a KPI": the KPI dialog prefilled from the repeated key results; once it is saved, the offer to
     * retire the key result of the current cycle (delete it: the KPI tracks it from now on). Key results already
     * measured by a KPI are tracked there: only the offer to retire the current one.
     */
    function trackAsKpi(conversion, context, onSaved) {
        if (conversion.existingKpiId) {
            var existing = (context.kpis || []).filter(function (k) {
                return k.id === conversion.existingKpiId;
            })[0] || { id: conversion.existingKpiId, name: '#' + conversion.existingKpiId };
            return retire((conversion.keyResults || [])[0], existing, onSaved);
        }
        var proposal = conversion.kpi || {};
        var values = { name: proposal.name || '', description: proposal.description || '', unit: proposal.unit || '',
            format: proposal.format || 'NUMBER', direction: proposal.direction || 'HIGHER_IS_BETTER',
            target: input.toText(proposal.target, proposal.format || 'NUMBER'), project: proposal.project || '',
            owner: proposal.owner || undefined,
            type: proposal.source ? proposal.source.type : 'MANUAL', jql: proposal.source && proposal.source.jql || '' };
        return kpiDialog.open(Object.assign({}, context, {
            values: values,
            title: AJS.I18n.getText('waypoint.web.insight.trackAsKpi.title'),
            onSaved: function (kpi) {
                var current = (conversion.keyResults || [])[0];
                onSaved(AJS.I18n.getText('waypoint.web.insight.trackAsKpi.saved', kpi.name));
                if (current) {
                    window.setTimeout(function () {
                        retire(current, kpi, onSaved);
                    }, 0);
                }
            }
        }));
    }

    function retire(keyResultId, kpi, onSaved) {
        return confirm('waypoint-kpi-retire', AJS.I18n.getText('waypoint.web.kpi.retire.title'),
                AJS.I18n.getText('waypoint.web.kpi.retire.question', kpi.name),
                AJS.I18n.getText('waypoint.web.kpi.retire.submit'), function () {
                    return rest.del('/key-results/' + rest.segment(keyResultId)).then(function () {
                        onSaved(AJS.I18n.getText('waypoint.web.kpi.retire.saved'));
                    });
                });
    }

    return { enterValue: enterValue, deleteValue: deleteValue, deleteKpi: deleteKpi, refresh: refresh, align: align,
        unalign: unalign, createOkr: createOkr, trackAsKpi: trackAsKpi };
});
