/*
 * Issues through Jira's issue picker (issue 13, item 1): a combobox that searches by key or summary as you type with
 * Jira's own endpoint GET /rest/api/2/issue/picker?query=&currentJQL= (Jira Data Center REST API reference, api/2/issue
 * "Get issue picker resource"; answers {sections: [{label, sub, id, issues: [{key, keyHtml, img, summary,
 * summaryText}]}]}), showing key and plain summary (never its HTML). With multiple, chosen issues collect as removable
 * chips; otherwise one issue is chosen. Arrow keys move, Enter chooses, Escape closes the list (not the dialog),
 * Backspace in the empty field removes the last chip.
 */
define('waypoint/project/issue-picker', ['waypoint/dom', 'wrm/context-path'], function (dom, contextPath) {
    'use strict';

    var h = dom.h;

    /** Issues matching {@code query} (within {@code currentJql}, if given): [{key, summary}], each once. */
    function search(query, currentJql) {
        var url = contextPath() + '/rest/api/2/issue/picker?query=' + encodeURIComponent(query) + '&showSubTasks=true'
                + (currentJql ? '&currentJQL=' + encodeURIComponent(currentJql) : '');
        return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (response) {
                    return response.ok ? response.json() : { sections: [] };
                }).then(function (body) {
                    var seen = {};
                    var found = [];
                    (body && Array.isArray(body.sections) ? body.sections : []).forEach(function (section) {
                        (section.issues || []).forEach(function (issue) {
                            if (issue && issue.key && !seen[issue.key]) {
                                seen[issue.key] = true;
                                found.push({ key: issue.key, summary: issue.summaryText || '' });
                            }
                        });
                    });
                    return found;
                }, function () {
                    return [];
                });
    }

    /**
     * options: name, field, label (of the list of chosen issues), multiple, currentJql, placeholder, skip(key) (issues
     * not to offer, e.g. linked already), onChange(). Returns {element, input, keys(), clear()}.
     */
    function field(options) {
        var listId = dom.uid('waypoint-issues');
        var chosen = [];
        var chips = h('ul', { className: 'waypoint-chips', 'aria-label': options.label, 'aria-live': 'polite' });
        var input = h('input', { className: 'text long-field waypoint-issue-input', type: 'text', name: options.name,
            autocomplete: 'off', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
            'aria-controls': listId, spellcheck: 'false', placeholder: options.placeholder });
        var list = h('ul', { className: 'waypoint-options', id: listId, role: 'listbox', hidden: true,
            'aria-label': options.label });
        var wrap = h('div', { className: 'waypoint-combobox waypoint-issue-picker' }, [chips, input, list]);
        var found = [];
        var active = -1;
        var timer = null;
        var asked = 0;

        function changed() {
            if (options.onChange) {
                options.onChange();
            }
            input.dispatchEvent(new Event('change', { bubbles: true }));
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function mark(index) {
            active = index;
            Array.prototype.forEach.call(list.children, function (option, i) {
                option.setAttribute('aria-selected', String(i === index));
                option.classList.toggle('waypoint-option-active', i === index);
            });
            if (index >= 0 && list.children[index]) {
                input.setAttribute('aria-activedescendant', list.children[index].id);
            }
        }

        function renderChips() {
            dom.replace(chips, chosen.map(function (issue) {
                var remove = h('button', { type: 'button', className: 'aui-button aui-button-subtle waypoint-chip-remove',
                    'aria-label': AJS.I18n.getText('waypoint.lead.issues.remove', issue.key) }, '\u00d7');
                remove.addEventListener('click', function () {
                    chosen = chosen.filter(function (other) {
                        return other.key !== issue.key;
                    });
                    renderChips();
                    changed();
                    input.focus();
                });
                return h('li', { className: 'waypoint-chip', data: { 'issue-key': issue.key } }, [
                    h('strong', { text: issue.key }), ' ', h('span', { className: 'waypoint-chip-summary',
                        text: issue.summary }), remove]);
            }));
        }

        function choose(issue) {
            if (options.multiple) {
                if (!chosen.some(function (other) {
                    return other.key === issue.key;
                })) {
                    chosen.push(issue);
                }
                input.value = '';
            } else {
                chosen = [issue];
                input.value = '';
            }
            renderChips();
            close();
            changed();
        }

        function show(issues) {
            found = issues.filter(function (issue) {
                return !(options.skip && options.skip(issue.key)) && !chosen.some(function (other) {
                    return other.key === issue.key;
                });
            });
            dom.replace(list, found.length ? found.map(function (issue, i) {
                var option = h('li', { className: 'waypoint-option', role: 'option', id: listId + '-' + i,
                    'aria-selected': 'false', data: { 'issue-key': issue.key } }, [
                    h('strong', { text: issue.key }), ' ', h('span', { text: issue.summary })]);
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(issue);
                });
                return option;
            }) : h('li', { className: 'waypoint-option-none', role: 'presentation',
                text: AJS.I18n.getText('waypoint.lead.issues.none') }));
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
            mark(found.length ? 0 : -1);
        }

        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            var query = input.value.trim();
            if (!query) {
                close();
                return;
            }
            timer = window.setTimeout(function () {
                var ask = ++asked;
                search(query, options.currentJql).then(function (issues) {
                    if (ask === asked && document.activeElement === input) {
                        show(issues);
                    }
                });
            }, 200);
        });
        input.addEventListener('keydown', function (event) {
            if (event.key === 'Backspace' && !input.value && chosen.length) {
                chosen.pop();
                renderChips();
                changed();
                return;
            }
            if (list.hidden) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                var step = event.key === 'ArrowDown' ? 1 : -1;
                mark(found.length ? (active + step + found.length) % found.length : -1);
            } else if (event.key === 'Enter' && active >= 0) {
                event.preventDefault();
                choose(found[active]);
            } else if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                close();
            }
        });
        input.addEventListener('blur', function () {
            window.setTimeout(close, 150);
        });
        return {
            element: wrap,
            input: input,
            keys: function () {
                return chosen.map(function (issue) {
                    return issue.key;
                });
            },
            clear: function () {
                chosen = [];
                renderChips();
            }
        };
    }

    return { field: field, search: search };
});
