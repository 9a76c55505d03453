/*
 * The check-in dialog: the value (MANUAL metric and threshold key results) or the milestones' done states, a
 * confidence 0-10, a comment and the effective date (back-dating inside the cycle). The value field starts empty with
 * the latest value as a hint, its unit beside it and an example (issue 13, item 2): nobody appends to a pre-filled
 * number. POST /key-results/{id}/check-ins; with a check-in to correct, PUT .../check-ins/{checkInId} and the fields
 * start with its values, selected. On success the page reloads its data (no page reload).
 */
define('waypoint/project/checkin-dialog', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/format',
    'waypoint/texts', 'waypoint/okr-model', 'waypoint/units', 'waypoint/project/tree'],
        function (dom, dialog, rest, format, texts, model, units, tree) {
    'use strict';

    var h = dom.h;

    /** The words units.describe takes. */
    function unitWords() {
        return {
            percent: function (example) {
                return AJS.I18n.getText('waypoint.lead.unit.percent', example);
            },
            duration: function (first, second) {
                return AJS.I18n.getText('waypoint.lead.unit.duration', first, second);
            },
            number: function (unit, example) {
                return AJS.I18n.getText('waypoint.lead.unit.number', unit, example);
            },
            plain: function (example) {
                return AJS.I18n.getText('waypoint.lead.unit.plain', example);
            }
        };
    }

    /**
     * Opens the dialog for keyResult of the page (cycle, asOf); onSaved() runs after a successful check-in. correct: a
     * check-in of GET .../check-ins to correct (optional).
     */
    function open(keyResult, cycle, asOf, onSaved, correct) {
        var defaults = model.checkInDefaults(keyResult, cycle, asOf);
        var kind = units.kindOf(keyResult);
        var body = [h('p', { className: 'waypoint-dialog-subject' }, [
            h('strong', { text: keyResult.title }),
            h('span', { className: 'waypoint-aim', text: ' ' + tree.aimText(keyResult) })
        ])];
        var valueInput = null;
        var milestoneBoxes = [];
        if (model.takesValue(keyResult)) {
            var described = units.describe(kind, keyResult.unit, unitWords());
            var latest = keyResult.latestCheckIn && format.isNumber(keyResult.latestCheckIn.value)
                ? keyResult.latestCheckIn : null;
            valueInput = h('input', { className: 'text medium-field', type: 'text', name: 'value', inputmode: 'decimal',
                autocomplete: 'off', value: correct ? units.toInput(correct.value, kind) : '',
                placeholder: latest ? units.toInput(latest.value, kind) : described.example });
            var hint = [described.text];
            if (latest) {
                hint.unshift(AJS.I18n.getText('waypoint.lead.checkin.latest', format.keyResultValue(latest.value,
                        keyResult), format.date(latest.effectiveDate)));
            }
            body.push(dialog.field(AJS.I18n.getText('waypoint.web.checkin.value'), valueInput, { field: 'value',
                suffix: described.unit, description: hint.join(' ') }));
        } else if (keyResult.measure && keyResult.measure.type === 'MILESTONE') {
            var items = model.milestones(keyResult) || [{ title: AJS.I18n.getText('waypoint.web.checkin.done') }];
            var states = correct && Array.isArray(correct.milestones) ? correct.milestones : defaults.milestones;
            var boxes = items.map(function (item, i) {
                var id = dom.uid('waypoint-milestone');
                var box = h('input', { className: 'checkbox', type: 'checkbox', id: id, name: 'milestone-' + i,
                    checked: states[i] === true });
                milestoneBoxes.push(box);
                return h('div', { className: 'checkbox' }, [box, h('label', { for: id, text: item.title })]);
            });
            body.push(h('fieldset', { className: 'group', data: { field: 'milestones' } }, [
                h('legend', {}, h('span', { text: AJS.I18n.getText('waypoint.web.checkin.milestones') }))
            ].concat(boxes)));
        } else {
            body.push(h('div', { className: 'aui-message aui-message-info' }, [
                h('p', { text: AJS.I18n.getText('waypoint.web.checkin.computed') })
            ]));
        }
        var currentConfidence = correct ? correct.confidence : defaults.confidence;
        var confidence = dialog.select('confidence', [{ value: '', label: texts.get('none') }].concat(
                [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(function (n) {
                    return { value: String(n), label: String(n) };
                })), currentConfidence === null || currentConfidence === undefined ? '' : String(currentConfidence));
        body.push(dialog.field(AJS.I18n.getText('waypoint.web.checkin.confidence'), confidence,
                { field: 'confidence', description: AJS.I18n.getText('waypoint.web.checkin.confidence.help') }));
        var comment = h('textarea', { className: 'textarea', name: 'comment', rows: '3', maxlength: '4000' });
        comment.value = correct && correct.comment ? correct.comment : '';
        body.push(dialog.field(AJS.I18n.getText('waypoint.web.checkin.comment'), comment, { field: 'comment' }));
        var date = h('input', { className: 'text medium-field', type: 'date', name: 'effectiveDate',
            value: correct ? correct.effectiveDate : defaults.date || '', min: defaults.min, max: defaults.max });
        body.push(dialog.field(AJS.I18n.getText('waypoint.web.checkin.date'), date, { field: 'effectiveDate',
            description: AJS.I18n.getText('waypoint.web.checkin.date.help') }));

        var opened = dialog.open({
            id: 'waypoint-checkin-dialog',
            title: correct ? AJS.I18n.getText('waypoint.lead.checkin.correctTitle')
                    : AJS.I18n.getText('waypoint.web.checkin.title'),
            size: 'medium',
            body: body,
            submitLabel: correct ? texts.get('save') : AJS.I18n.getText('waypoint.web.checkin.submit'),
            onSubmit: function () {
                var value = valueInput ? units.fromInput(valueInput.value, kind) : null;
                if (valueInput && value !== null && isNaN(value)) {
                    return Promise.reject({ fieldErrors: { value: [kind === 'DURATION'
                        ? AJS.I18n.getText('waypoint.lead.unit.notADuration')
                        : texts.get('notANumber')] }, messages: [] });
                }
                var built = model.checkInBody({
                    value: value === null ? null : String(value),
                    milestones: milestoneBoxes.length ? milestoneBoxes.map(function (box) {
                        return box.checked;
                    }) : null,
                    confidence: confidence.value,
                    comment: comment.value,
                    date: date.value
                }, keyResult, texts.formWords());
                if (built.errors) {
                    return Promise.reject(built.errors);
                }
                var path = '/key-results/' + rest.segment(keyResult.id) + '/check-ins';
                var request = correct ? rest.put(path + '/' + rest.segment(correct.id), built.body)
                        : rest.post(path, built.body);
                return request.then(function () {
                    onSaved(correct ? AJS.I18n.getText('waypoint.lead.checkin.corrected', keyResult.title)
                            : AJS.I18n.getText('waypoint.web.checkin.saved', keyResult.title));
                });
            }
        });
        if (valueInput && correct) {
            valueInput.select();
        }
        return opened;
    }

    return { open: open, unitWords: unitWords };
});
