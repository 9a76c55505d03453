/*
 * Confirms deleting an objective or a key result of the project page (AUI warning dialog): names the item and what
 * goes with it, the focus starts on Cancel (Enter on a button does what it says, Esc cancels), Delete sends DELETE
 * /objectives/{id} or /key-results/{id}. A refusal (a closed cycle, aligned objectives, no permission) shows the
 * server's message in the dialog, which stays open; on success the page shows a flag and its data again.
 */
define('waypoint/project/delete-dialog', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/okr-model'],
        function (dom, dialog, rest, model) {
    'use strict';

    var h = dom.h;

    function linkedIssues(count) {
        if (count === 0) {
            return null;
        }
        return count === 1 ? AJS.I18n.getText('waypoint.web.delete.links.one')
                : AJS.I18n.getText('waypoint.web.delete.links', String(count));
    }

    function open(options) {
        var body = [h('p', { className: 'waypoint-delete-question', text: options.question })].concat(
                options.consequences.filter(Boolean).map(function (text) {
                    return h('p', { className: 'waypoint-delete-consequence', text: text });
                }),
                [h('p', { className: 'waypoint-delete-final', text: AJS.I18n.getText('waypoint.web.delete.final') })]);
        return dialog.open({
            id: 'waypoint-delete-dialog',
            title: options.title,
            size: 'small',
            warning: true,
            focusCancel: true,
            body: body,
            submitLabel: AJS.I18n.getText('waypoint.web.delete.submit'),
            onSubmit: function () {
                return rest.del(options.path).then(function () {
                    options.onDeleted(options.deletedMessage);
                });
            }
        });
    }

    /** Asks before deleting objective (of the page's read model); onDeleted(message) runs after the delete. */
    function objective(item, onDeleted) {
        var goes = model.objectiveDeletion(item);
        var keyResults;
        if (goes.keyResults === 0) {
            keyResults = AJS.I18n.getText('waypoint.web.delete.objective.keyResults.none');
        } else if (goes.keyResults === 1) {
            keyResults = AJS.I18n.getText('waypoint.web.delete.objective.keyResults.one');
        } else {
            keyResults = AJS.I18n.getText('waypoint.web.delete.objective.keyResults', String(goes.keyResults));
        }
        return open({
            title: AJS.I18n.getText('waypoint.web.delete.objective.title'),
            question: AJS.I18n.getText('waypoint.web.delete.objective.question', item.title),
            consequences: [keyResults, linkedIssues(goes.linkedIssues)],
            path: '/objectives/' + rest.segment(item.id),
            deletedMessage: AJS.I18n.getText('waypoint.web.objective.deleted', item.title),
            onDeleted: onDeleted
        });
    }

    /** Asks before deleting keyResult of objective (the page's read model); onDeleted(message) runs after it. */
    function keyResult(item, objectiveItem, onDeleted) {
        return open({
            title: AJS.I18n.getText('waypoint.web.delete.keyResult.title'),
            question: AJS.I18n.getText('waypoint.web.delete.keyResult.question', item.title, objectiveItem.title),
            consequences: [AJS.I18n.getText('waypoint.web.delete.keyResult.checkIns'),
                linkedIssues(model.keyResultDeletion(item).linkedIssues)],
            path: '/key-results/' + rest.segment(item.id),
            deletedMessage: AJS.I18n.getText('waypoint.web.kr.deleted', item.title),
            onDeleted: onDeleted
        });
    }

    return { objective: objective, keyResult: keyResult };
});
