/*
 * The check-in dialog: the value (MANUAL metric and threshold key results) or the milestones' done states, a
 * confidence 0-10, a comment and the effective date (back-dating inside the cycle). POST
 * /key-results/{id}/check-ins; on success the page reloads its data (no page reload).
 */
define('waypoint/project/checkin-dialog', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/format',
    'waypoint/texts', 'waypoint/okr-model', 'waypoint/project/tree'],
        function (dom, dialog, rest, format, texts, model, tree) {
    'use strict';

    var h = dom.h;

    /** Opens the dialog for keyResult of the page (cycle, asOf); onSaved() runs after a successful check-in. */
    function open(keyResult, cycle, asOf, onSaved) {
        var defaults = model.checkInDefaults(keyResult, cycle, asOf);
        var body = [h('p', { className: 'waypoint-dialog-subject' }, [
            h('strong', { text: keyResult.title }),
            h('span', { className: 'waypoint-aim', text: ' ' + tree.aimText(keyResult) })
        ])];
        var valueInput = null;
        var milestoneBoxes = [];
        if (model.takesValue(keyResult)) {
            valueInput = h('input', { className: 'text medium-field', type: 'text', name: 'value', inputmode: 'decimal',
                autocomplete: 'off', value: defaults.value === null ? '' : String(defaults.value) });
            body.push(dialog.field(keyResult.unit ? AJS.I18n.getText('waypoint.web.checkin.valueWithUnit', keyResult.unit)
                    : AJS.I18n.getText('waypoint.web.checkin.value'), valueInput, { field: 'value' }));
        } else if (keyResult.measure && keyResult.measure.type === 'MILESTONE') {
            var items = model.milestones(keyResult) || [{ title: AJS.I18n.getText('waypoint.web.checkin.done') }];
            var boxes = items.map(function (item, i) {
                var id = dom.uid('waypoint-milestone');
                var box = h('input', { className: 'checkbox', type: 'checkbox', id: id, name: 'milestone-' + i,
                    checked: defaults.milestones[i] });
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
        var confidence = dialog.select('confidence', [{ value: '', label: texts.get('none') }].concat(
                [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(function (n) {
                    return { value: String(n), label: String(n) };
                })), defaults.confidence === null ? '' : String(defaults.confidence));
        body.push(dialog.field(AJS.I18n.getText('waypoint.web.checkin.confidence'), confidence,
                { field: 'confidence', description: AJS.I18n.getText('waypoint.web.checkin.confidence.help') }));
        var comment = h('textarea', { className: 'textarea', name: 'comment', rows: '3', maxlength: '4000' });
        body.push(dialog.field(AJS.I18n.getText('waypoint.web.checkin.comment'), comment, { field: 'comment' }));
        var date = h('input', { className: 'text medium-field', type: 'date', name: 'effectiveDate',
            value: defaults.date || '', min: defaults.min, max: defaults.max });
        body.push(dialog.field(AJS.I18n.getText('waypoint.web.checkin.date'), date, { field: 'effectiveDate',
            description: AJS.I18n.getText('waypoint.web.checkin.date.help') }));

        return dialog.open({
            id: 'waypoint-checkin-dialog',
            title: AJS.I18n.getText('waypoint.web.checkin.title'),
            size: 'medium',
            body: body,
            submitLabel: AJS.I18n.getText('waypoint.web.checkin.submit'),
            onSubmit: function () {
                var built = model.checkInBody({
                    value: valueInput ? valueInput.value : null,
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
                return rest.post('/key-results/' + rest.segment(keyResult.id) + '/check-ins', built.body)
                        .then(function () {
                            onSaved(AJS.I18n.getText('waypoint.web.checkin.saved', keyResult.title));
                        });
            }
        });
    }

    return { open: open };
});
