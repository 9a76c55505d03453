/*
 * Link issues to a key result (issue 13, item 1): the issues linked now (GET /key-results/{id}/initiatives, each with
 * Unlink), then three ways to link more, each resolved by the server as the viewer (only issues they may see, at most
 * 200): several issues found with Jira's issue picker, every issue of a JQL query (previewed: counted and listed), or an
 * epic with its children (previewed). Link sends POST /key-results/{id}/issue-selection; the key result's progress is
 * evaluated at once and the page shows it; the dialog stays open to link more.
 */
define('waypoint/project/link-dialog', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/texts',
    'waypoint/messages', 'waypoint/widgets', 'waypoint/project/issue-picker'],
        function (dom, dialog, rest, texts, messages, widgets, issuePicker) {
    'use strict';

    var h = dom.h;
    var ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;
    var SHOWN = 10;

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

    /** The preview of a JQL query or an epic: how many, how many linked already, the first ones. */
    function previewNodes(answer) {
        var fresh = answer.issues.filter(function (issue) {
            return !issue.linked;
        }).length;
        var lines = [h('p', { className: 'waypoint-preview-count', text: AJS.I18n.getText('waypoint.lead.link.found',
                String(answer.total), String(answer.linked)) })];
        if (answer.capped) {
            lines.push(h('p', { className: 'description', text: AJS.I18n.getText('waypoint.lead.link.capped',
                    String(answer.max)) }));
        }
        lines.push(h('ul', { className: 'waypoint-preview-issues' }, answer.issues.slice(0, SHOWN).map(function (issue) {
            return h('li', { data: { 'issue-key': issue.issueKey } }, issueLine(issue).concat(issue.linked
                    ? [' ', h('span', { className: 'waypoint-muted', text: AJS.I18n.getText('waypoint.lead.link.already') })]
                    : []));
        })));
        if (answer.issues.length > SHOWN) {
            lines.push(h('p', { className: 'description', text: AJS.I18n.getText('waypoint.lead.link.more',
                    String(answer.issues.length - SHOWN)) }));
        }
        return { nodes: lines, fresh: fresh };
    }

    /** options: keyResult ({id, title}), onChanged(message) after each link or unlink (null: no flag). */
    function open(options) {
        var keyResult = options.keyResult;
        var base = '/key-results/' + rest.segment(keyResult.id);
        var linkedKeys = {};
        var linked = h('ul', { className: 'waypoint-linked-issues', 'aria-live': 'polite',
            'aria-label': AJS.I18n.getText('waypoint.web.link.linked') });
        var mode = 'search';
        var picker = issuePicker.field({ name: 'issueKeys', multiple: true,
            label: AJS.I18n.getText('waypoint.lead.link.chosen'),
            placeholder: AJS.I18n.getText('waypoint.lead.link.searchPlaceholder'),
            skip: function (key) {
                return linkedKeys[key];
            }, onChange: label });
        var jql = h('textarea', { className: 'textarea long-field', name: 'jql', rows: '2', maxlength: '4000',
            spellcheck: 'false', placeholder: AJS.I18n.getText('waypoint.lead.link.jqlPlaceholder') });
        var epic = issuePicker.field({ name: 'epicKey', multiple: false, currentJql: 'issuetype = Epic',
            label: AJS.I18n.getText('waypoint.lead.link.epicChosen'),
            placeholder: AJS.I18n.getText('waypoint.lead.link.epicPlaceholder'), onChange: previewEpic });
        var preview = h('div', { className: 'waypoint-link-preview', 'aria-live': 'polite' });
        var previewButton = widgets.button(AJS.I18n.getText('waypoint.lead.link.preview'),
                { on: { click: previewJql } });
        var previewed = null;

        var radios = [['search', 'waypoint.lead.link.mode.search'], ['jql', 'waypoint.lead.link.mode.jql'],
            ['epic', 'waypoint.lead.link.mode.epic']];
        var modeLabels = {
            search: AJS.I18n.getText('waypoint.lead.link.mode.search'),
            jql: AJS.I18n.getText('waypoint.lead.link.mode.jql'),
            epic: AJS.I18n.getText('waypoint.lead.link.mode.epic')
        };
        var groups = {
            search: dialog.field(AJS.I18n.getText('waypoint.lead.link.issues'), picker.element,
                    { input: picker.input, field: 'issueKeys',
                        description: AJS.I18n.getText('waypoint.lead.link.searchHelp') }),
            jql: h('div', {}, [dialog.field(AJS.I18n.getText('waypoint.lead.link.jql'), jql, { field: 'jql',
                description: AJS.I18n.getText('waypoint.lead.link.jqlHelp') }), previewButton]),
            epic: dialog.field(AJS.I18n.getText('waypoint.lead.link.epic'), epic.element, { input: epic.input,
                field: 'epicKey', description: AJS.I18n.getText('waypoint.lead.link.epicHelp') })
        };
        var modeSet = h('fieldset', { className: 'group waypoint-link-modes' }, [
            h('legend', {}, h('span', { text: AJS.I18n.getText('waypoint.lead.link.how') }))
        ].concat(radios.map(function (entry) {
            var id = dom.uid('waypoint-link-mode');
            var radio = h('input', { type: 'radio', className: 'radio', name: 'linkMode', id: id, value: entry[0],
                checked: entry[0] === mode });
            radio.addEventListener('change', function () {
                mode = radio.value;
                sync();
            });
            return h('div', { className: 'radio' }, [radio, h('label', { for: id, text: modeLabels[entry[0]] })]);
        })));

        function sync() {
            Object.keys(groups).forEach(function (name) {
                groups[name].hidden = name !== mode;
            });
            dom.clear(preview);
            previewed = null;
            if (mode === 'epic' && epic.keys().length) {
                previewEpic();
            }
            label();
        }

        var shown = null;

        function label() {
            if (!shown) {
                return;
            }
            var text = AJS.I18n.getText('waypoint.web.link.submit');
            if (mode === 'search' && picker.keys().length) {
                text = picker.keys().length === 1 ? AJS.I18n.getText('waypoint.lead.link.submitOne')
                        : AJS.I18n.getText('waypoint.lead.link.submitMany', String(picker.keys().length));
            } else if (mode === 'jql' && previewed) {
                text = AJS.I18n.getText('waypoint.lead.link.submitAll', String(previewed.fresh));
            } else if (mode === 'epic' && previewed) {
                text = AJS.I18n.getText('waypoint.lead.link.submitEpic', String(Math.max(0, previewed.total - 1)));
            }
            shown.submitLabel(text);
        }

        function selection() {
            if (mode === 'jql') {
                return { jql: jql.value };
            }
            if (mode === 'epic') {
                return { epicKey: epic.keys()[0] || null };
            }
            return { issueKeys: picker.keys() };
        }

        function showPreview(body) {
            dom.replace(preview, h('p', { className: 'waypoint-muted', text: texts.get('loading') }));
            return rest.post(base + '/issue-selection/preview', body).then(function (answer) {
                var built = previewNodes(answer);
                previewed = { fresh: built.fresh, total: answer.total };
                dom.replace(preview, built.nodes);
                label();
            }, function (error) {
                previewed = null;
                dom.clear(preview);
                shown.showErrors(error);
                label();
            });
        }

        function previewJql() {
            if (jql.value.trim()) {
                showPreview({ jql: jql.value });
            }
        }

        function previewEpic() {
            if (mode === 'epic' && epic.keys().length) {
                showPreview({ epicKey: epic.keys()[0] });
            } else {
                dom.clear(preview);
                previewed = null;
                label();
            }
        }

        function showLinked(list) {
            linkedKeys = {};
            (list.initiatives || []).forEach(function (issue) {
                linkedKeys[issue.issueKey] = true;
            });
            dom.replace(linked, (list.initiatives || []).length ? list.initiatives.map(function (issue) {
                return h('li', { className: 'waypoint-linked-issue', data: { 'issue-key': issue.issueKey } },
                        issueLine(issue).concat(list.canLink ? [' ', widgets.linkButton(
                                AJS.I18n.getText('waypoint.web.link.unlink'), {
                                    data: { action: 'unlink', key: issue.issueKey },
                                    'aria-label': AJS.I18n.getText('waypoint.web.link.unlinkIssue', issue.issueKey)
                                })] : []));
            }) : h('li', { className: 'waypoint-none', text: AJS.I18n.getText('waypoint.web.link.none') }));
        }

        function reload() {
            return rest.get(base + '/initiatives').then(showLinked, function (error) {
                dom.replace(linked, h('li', {}, messages.errorBox(messages.describe(error))));
            });
        }

        linked.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action="unlink"]');
            if (!button) {
                return;
            }
            var key = button.getAttribute('data-key');
            button.disabled = true;
            rest.del(base + '/initiatives/' + rest.segment(key)).then(function () {
                var text = AJS.I18n.getText('waypoint.web.link.unlinked', key, keyResult.title);
                shown.status(text);
                options.onChanged(null);
                return reload();
            }, function (error) {
                button.disabled = false;
                shown.showErrors(error);
            });
        });

        shown = dialog.open({
            id: 'waypoint-link-dialog',
            title: AJS.I18n.getText('waypoint.lead.link.title'),
            size: 'large',
            stayOpen: true,
            body: [
                h('p', { className: 'waypoint-dialog-subject' }, [h('span', { className: 'waypoint-muted',
                    text: AJS.I18n.getText('waypoint.lead.link.keyResult') + ' ' }), h('strong', { text: keyResult.title })]),
                h('h3', { className: 'waypoint-dialog-subheading', text: AJS.I18n.getText('waypoint.web.link.linked') }),
                linked,
                modeSet,
                groups.search, groups.jql, groups.epic,
                preview
            ],
            submitLabel: AJS.I18n.getText('waypoint.web.link.submit'),
            onSubmit: function () {
                var body = selection();
                if (mode === 'search' && !body.issueKeys.length) {
                    var typed = issueKey(picker.input.value);
                    if (!typed) {
                        return Promise.reject({ fieldErrors: { issueKeys: [
                            AJS.I18n.getText('waypoint.lead.link.chooseIssues')] }, messages: [] });
                    }
                    body.issueKeys = [typed];
                }
                return rest.post(base + '/issue-selection', body).then(function (answer) {
                    var count = answer.linked.length;
                    var text = count === 1 ? AJS.I18n.getText('waypoint.lead.link.linkedOne', answer.linked[0].issueKey,
                            keyResult.title) : AJS.I18n.getText('waypoint.lead.link.linkedMany', String(count),
                            keyResult.title);
                    if (answer.alreadyLinked) {
                        text += ' ' + AJS.I18n.getText('waypoint.lead.link.skipped', String(answer.alreadyLinked));
                    }
                    if (answer.notFound && answer.notFound.length) {
                        text += ' ' + AJS.I18n.getText('waypoint.lead.link.notFound', answer.notFound.join(', '));
                    }
                    shown.status(text);
                    picker.clear();
                    picker.input.value = '';
                    dom.clear(preview);
                    previewed = null;
                    label();
                    options.onChanged(null);
                    return reload().then(function () {
                        picker.input.focus();
                    });
                });
            }
        });
        sync();
        dom.replace(linked, h('li', { className: 'waypoint-muted', text: texts.get('loading') }));
        reload();
        return shown;
    }

    return { open: open, issueKey: issueKey, previewNodes: previewNodes };
});
