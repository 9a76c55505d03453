/*
 * The issue panel: the key results this issue drives, directly or through its epic (GET
 * /issues/{key}/key-results), each with its objective, cycle, progress and pace (in a closed cycle the objective's grade
 * with its band colour and note instead); Unlink for direct links the viewer may change, and "Link to a key result"
 * only when there is a key result the viewer may link the issue to (the answer's linkChoices: no dead-end dialog).
 * Linking evaluates the key result's progress at once. Re-renders after each change without reloading the page.
 */
define('waypoint/issue/panel', ['waypoint/dom', 'waypoint/rest', 'waypoint/texts', 'waypoint/widgets',
    'waypoint/messages', 'waypoint/dialog'],
        function (dom, rest, texts, widgets, messages, dialog) {
    'use strict';

    var h = dom.h;

    function IssuePanel(root) {
        this.root = root;
        this.issueKey = root.getAttribute('data-issue-key');
        this.projectKey = root.getAttribute('data-project-key');
        this.list = root.querySelector('[data-region="list"]');
        this.status = root.querySelector('[data-region="status"]');
        this.actions = root.querySelector('[data-region="actions"]');
        this.data = null;
    }

    IssuePanel.prototype.start = function () {
        var self = this;
        this.list.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action="unlink"]');
            if (button && !button.disabled) {
                self.unlink(button);
            }
        });
        return this.load();
    };

    IssuePanel.prototype.load = function () {
        var self = this;
        this.root.setAttribute('data-state', 'loading');
        return rest.get('/issues/' + rest.segment(this.issueKey) + '/key-results').then(function (data) {
            self.render(data);
        }, function (error) {
            self.root.setAttribute('data-state', 'error');
            dom.clear(self.list);
            dom.replace(self.status, messages.errorBox(messages.describe(error)));
        });
    };

    function item(driven) {
        var titleId = dom.uid('waypoint-driven-title');
        var meta = [h('span', { className: 'waypoint-objective-ref', text: AJS.I18n.getText('waypoint.web.issue.objective',
                driven.objectiveTitle) }),
            h('span', { className: 'waypoint-cycle-ref', text: driven.cycleName })];
        if (driven.via === 'EPIC') {
            meta.push(h('span', { className: 'waypoint-via', text: AJS.I18n.getText('waypoint.web.issue.viaEpic',
                    driven.linkedIssueKey) }));
        }
        var closed = driven.cycleState === 'CLOSED';
        return h('li', { className: 'waypoint-driven', data: { 'key-result-id': driven.keyResultId, via: driven.via } }, [
            h('div', { className: 'waypoint-driven-title', id: titleId, text: driven.title }),
            h('div', { className: 'waypoint-meta' }, meta),
            h('div', { className: 'waypoint-driven-progress' }, [widgets.progress(driven.progress),
                closed ? (driven.grade ? widgets.grade(driven.grade.score, driven.gradeBand) : null)
                        : widgets.pace(driven.pace)]),
            closed && driven.grade && driven.grade.note ? h('p', { className: 'waypoint-grade-note',
                text: AJS.I18n.getText('waypoint.lead.grade.note', driven.grade.note) }) : null,
            driven.canUnlink ? widgets.linkButton(AJS.I18n.getText('waypoint.web.link.unlink'), {
                data: { action: 'unlink', id: driven.keyResultId, key: driven.linkedIssueKey },
                'aria-describedby': titleId
            }) : null
        ]);
    }

    IssuePanel.prototype.render = function (data) {
        var self = this;
        this.data = data;
        dom.clear(this.status);
        var drivenList = data.keyResults || [];
        dom.replace(this.list, drivenList.length ? drivenList.map(item)
                : h('li', { className: 'waypoint-none', text: AJS.I18n.getText('waypoint.web.issue.none') }));
        dom.replace(this.actions, data.canLink ? widgets.button(AJS.I18n.getText('waypoint.web.issue.link'), {
            id: 'waypoint-issue-link', on: { click: function () {
                self.openLink();
            } }
        }) : null);
        this.root.setAttribute('data-state', drivenList.length ? 'ready' : 'empty');
    };

    IssuePanel.prototype.changed = function (message) {
        if (message) {
            messages.success(message);
        }
        return this.load();
    };

    IssuePanel.prototype.unlink = function (button) {
        var self = this;
        var key = button.getAttribute('data-key');
        var id = button.getAttribute('data-id');
        button.disabled = true;
        rest.del('/key-results/' + rest.segment(id) + '/initiatives/' + rest.segment(key)).then(function () {
            self.changed(AJS.I18n.getText('waypoint.web.issue.unlinked', key));
        }, function (error) {
            button.disabled = false;
            messages.error(error);
        });
    };

    /** The key results the viewer may link the issue to, as the panel's answer lists them. */
    function choices(data) {
        return (data && data.linkChoices) || [];
    }

    IssuePanel.prototype.openLink = function () {
        var self = this;
        var list = choices(this.data);
        var select = dialog.select('keyResultId', [{ value: '', label: AJS.I18n.getText('waypoint.web.issue.link.choose') }]
                .concat(list.map(function (choice) {
                    return { value: String(choice.keyResultId), label: AJS.I18n.getText('waypoint.lead.issue.option',
                            choice.title, choice.objectiveTitle, choice.cycleName) };
                })), '');
        dialog.open({
            id: 'waypoint-issue-link-dialog',
            title: AJS.I18n.getText('waypoint.web.issue.link.title', this.issueKey),
            size: 'medium',
            body: [dialog.field(AJS.I18n.getText('waypoint.web.issue.link.keyResult'), select,
                    { field: 'keyResultId', description: AJS.I18n.getText('waypoint.lead.issue.linkHelp') })],
            submitLabel: AJS.I18n.getText('waypoint.web.link.submit'),
            onSubmit: function () {
                if (!select.value) {
                    return Promise.reject({ fieldErrors: { keyResultId: [texts.get('requiredError')] }, messages: [] });
                }
                var chosen = list.filter(function (choice) {
                    return String(choice.keyResultId) === select.value;
                })[0];
                return rest.post('/key-results/' + rest.segment(select.value) + '/initiatives',
                        { issueKey: self.issueKey }).then(function () {
                    self.changed(AJS.I18n.getText('waypoint.web.link.linkedMessage', self.issueKey, chosen.title));
                });
            }
        });
    };

    return { IssuePanel: IssuePanel, choices: choices };
});
