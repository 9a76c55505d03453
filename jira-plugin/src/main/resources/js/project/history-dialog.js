/*
 * The check-in history of a key result (GET /key-results/{id}/check-ins), newest first, in a dialog to read: the
 * date, the value as the key result shows its values (its unit, or its KPI's format), the confidence, the comment and
 * who checked in (the display name, or the refresh job for computed values). A spinner while it loads, a sentence when there is none, the
 * error when it fails. Comments are the users' text: they go into the table as text nodes.
 */
define('waypoint/project/history-dialog', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/format',
    'waypoint/texts', 'waypoint/messages', 'waypoint/okr-model'],
        function (dom, dialog, rest, format, texts, messages, model) {
    'use strict';

    var h = dom.h;

    /** What a check-in recorded: its value, or how many milestones were done, or that it gave no value. */
    function valueText(checkIn, keyResult) {
        if (format.isNumber(checkIn.value)) {
            return format.keyResultValue(checkIn.value, keyResult);
        }
        if (Array.isArray(checkIn.milestones)) {
            return AJS.I18n.getText('waypoint.web.history.milestones',
                    String(checkIn.milestones.filter(Boolean).length), String(checkIn.milestones.length));
        }
        return AJS.I18n.getText('waypoint.web.history.noValue');
    }

    /**
     * Who checked in: the user's display name (authors: the answer's names by user key), else the user key; Waypoint
     * for values of the refresh job.
     */
    function authorText(checkIn, authors) {
        if (checkIn.origin === 'REFRESH' || !checkIn.author) {
            return AJS.I18n.getText('waypoint.web.history.byWaypoint');
        }
        var names = authors || {};
        return Object.prototype.hasOwnProperty.call(names, checkIn.author) ? String(names[checkIn.author])
            : checkIn.author;
    }

    function confidenceText(checkIn) {
        return format.isNumber(checkIn.confidence)
            ? AJS.I18n.getText('waypoint.web.history.confidenceOf', String(checkIn.confidence)) : '';
    }

    function row(checkIn, keyResult, authors) {
        return h('tr', { className: 'waypoint-history-entry', data: { 'check-in-id': checkIn.id } }, [
            h('td', { className: 'waypoint-history-date', text: format.date(checkIn.effectiveDate) }),
            h('td', { className: 'waypoint-history-value', text: valueText(checkIn, keyResult) }),
            h('td', { className: 'waypoint-history-confidence', text: confidenceText(checkIn) }),
            h('td', { className: 'waypoint-history-comment', text: checkIn.comment || '' }),
            h('td', { className: 'waypoint-history-author', text: authorText(checkIn, authors) })
        ]);
    }

    function table(list, keyResult, authors) {
        var headings = [AJS.I18n.getText('waypoint.web.history.date'), AJS.I18n.getText('waypoint.web.history.value'),
            AJS.I18n.getText('waypoint.web.history.confidence'), AJS.I18n.getText('waypoint.web.history.comment'),
            AJS.I18n.getText('waypoint.web.history.author')];
        return h('table', { className: 'aui waypoint-history-table' }, [
            h('caption', { className: 'assistive', text: AJS.I18n.getText('waypoint.web.history.caption',
                String(list.length)) }),
            h('thead', {}, h('tr', {}, headings.map(function (heading) {
                return h('th', { scope: 'col', text: heading });
            }))),
            h('tbody', {}, list.map(function (checkIn) {
                return row(checkIn, keyResult, authors);
            }))
        ]);
    }

    /** What the region shows for an answer of GET /key-results/{id}/check-ins. */
    function content(history, keyResult) {
        var list = model.newestFirst(history && history.checkIns);
        return list.length ? table(list, keyResult, history.authors)
            : h('p', { className: 'waypoint-history-empty', text: AJS.I18n.getText('waypoint.web.history.none') });
    }

    /** Opens the history of keyResult (of the page's read model) and loads it. */
    function open(keyResult) {
        var region = h('div', { className: 'waypoint-history', 'aria-busy': 'true', 'aria-live': 'polite' }, [
            h('div', { className: 'waypoint-status' }, [h('aui-spinner', { size: 'small' }),
                h('span', { text: texts.get('loading') })])
        ]);
        var shown = dialog.open({
            id: 'waypoint-history-dialog',
            title: AJS.I18n.getText('waypoint.web.history.title', keyResult.title),
            size: 'large',
            viewOnly: true,
            body: [region]
        });
        var done = function (nodes) {
            dom.replace(region, nodes);
            region.setAttribute('aria-busy', 'false');
        };
        rest.get('/key-results/' + rest.segment(keyResult.id) + '/check-ins').then(function (history) {
            done(content(history, keyResult));
        }, function (error) {
            done(messages.errorBox(messages.describe(error)));
        });
        return shown;
    }

    return { open: open, content: content, valueText: valueText, authorText: authorText };
});
