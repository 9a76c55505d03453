/*
 * Link issues to a key result: the issues linked now (GET /key-results/{id}/initiatives, each with Unlink), and an
 * issue picker: type an issue key, the dialog looks it up as you type (GET /issues/{key}: only issues you may see)
 * and shows its summary and status; Link (or Enter) links it (POST .../initiatives).
 */
define('waypoint/project/link-dialog', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/texts',
    'waypoint/messages', 'waypoint/widgets'], function (dom, dialog, rest, texts, messages, widgets) {
    'use strict';

    var h = dom.h;
    var ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;

    /** Normalises what a person typed into an issue key ("sup-12 " -> "SUP-12"), or null if it is not one. */
    function issueKey(text) {
        var key = String(text || '').trim().toUpperCase();
        return ISSUE_KEY.test(key) ? key : null;
    }

    function issueLine(issue) {
        return [h('strong', { className: 'waypoint-issue-key', text: issue.issueKey || issue.key }),
            ' ', h('span', { className: 'waypoint-issue-summary', text: issue.summary }),
            issue.statusCategory ? ' ' : null,
            issue.statusCategory ? widgets.lozenge(texts.label('status', issue.statusCategory), 'waypoint-status-category')
                    : null];
    }

    /** options: keyResult ({id, title}), onChanged(message) after each link or unlink. */
    function open(options) {
        var keyResult = options.keyResult;
        var base = '/key-results/' + rest.segment(keyResult.id) + '/initiatives';
        var linked = h('ul', { className: 'waypoint-linked-issues', 'aria-live': 'polite',
            'aria-label': AJS.I18n.getText('waypoint.web.link.linked') });
        var hidden = h('p', { className: 'description waypoint-hidden-links', hidden: true });
        var picker = h('input', { className: 'text medium-field', type: 'text', name: 'issueKey', autocomplete: 'off',
            placeholder: AJS.I18n.getText('waypoint.web.link.placeholder'), 'aria-describedby': 'waypoint-link-preview',
            spellcheck: 'false' });
        var preview = h('div', { id: 'waypoint-link-preview', className: 'waypoint-link-preview', role: 'status',
            'aria-live': 'polite' });

        function showLinked(list) {
            dom.replace(linked, (list.initiatives || []).length ? list.initiatives.map(function (issue) {
                return h('li', { className: 'waypoint-linked-issue', data: { 'issue-key': issue.issueKey } },
                        issueLine(issue).concat(list.canLink ? [' ', widgets.linkButton(
                                AJS.I18n.getText('waypoint.web.link.unlink'), {
                                    data: { action: 'unlink', key: issue.issueKey },
                                    'aria-label': AJS.I18n.getText('waypoint.web.link.unlinkIssue', issue.issueKey)
                                })] : []));
            }) : h('li', { className: 'waypoint-none', text: AJS.I18n.getText('waypoint.web.link.none') }));
            hidden.hidden = !list.hidden;
            hidden.textContent = list.hidden ? AJS.I18n.getText('waypoint.web.link.hidden', String(list.hidden)) : '';
        }

        function reload() {
            return rest.get(base).then(showLinked, function (error) {
                dom.replace(linked, h('li', {}, messages.errorBox(messages.describe(error))));
            });
        }

        var lookup = null;
        var timer = null;
        function look() {
            var key = issueKey(picker.value);
            lookup = key;
            if (!key) {
                dom.replace(preview, picker.value.trim() ? h('span', { className: 'waypoint-muted',
                    text: AJS.I18n.getText('waypoint.web.link.notAKey') }) : null);
                return;
            }
            rest.get('/issues/' + rest.segment(key)).then(function (issue) {
                if (lookup === key) {
                    dom.replace(preview, h('span', { className: 'waypoint-found' }, issueLine(issue)));
                }
            }, function (error) {
                if (lookup === key) {
                    dom.replace(preview, h('span', { className: 'waypoint-muted', text: error.status === 404
                        ? AJS.I18n.getText('waypoint.web.link.notFound', key) : messages.describe(error) }));
                }
            });
        }
        picker.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(look, 250);
        });

        linked.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action="unlink"]');
            if (!button) {
                return;
            }
            var key = button.getAttribute('data-key');
            button.disabled = true;
            rest.del(base + '/' + rest.segment(key)).then(function () {
                options.onChanged(AJS.I18n.getText('waypoint.web.link.unlinked', key, keyResult.title));
                return reload();
            }, function (error) {
                button.disabled = false;
                messages.error(error);
            });
        });

        var opened = dialog.open({
            id: 'waypoint-link-dialog',
            title: AJS.I18n.getText('waypoint.web.link.title', keyResult.title),
            size: 'medium',
            body: [
                h('h3', { className: 'waypoint-dialog-subheading', text: AJS.I18n.getText('waypoint.web.link.linked') }),
                linked,
                hidden,
                dialog.field(AJS.I18n.getText('waypoint.web.link.issue'), picker, { field: 'issueKey' }),
                preview
            ],
            submitLabel: AJS.I18n.getText('waypoint.web.link.submit'),
            onSubmit: function () {
                var key = issueKey(picker.value);
                if (!key) {
                    return Promise.reject({ fieldErrors: { issueKey: [AJS.I18n.getText('waypoint.web.link.notAKey')] },
                        messages: [] });
                }
                return rest.post(base, { issueKey: key }).then(function () {
                    options.onChanged(AJS.I18n.getText('waypoint.web.link.linkedMessage', key, keyResult.title));
                });
            }
        });
        dom.replace(linked, h('li', { className: 'waypoint-muted', text: texts.get('loading') }));
        reload();
        return opened;
    }

    return { open: open, issueKey: issueKey };
});
