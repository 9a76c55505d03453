/*
 * Jira's group picker pattern: type a part of a group's name, pick it from the suggestions of Jira's own REST
 * resource GET /rest/api/2/groups/picker?query=&maxResults= (answer {header, total, groups: [{name, html}]}; only
 * "name" is used, never the HTML). One group (a text field with suggestions) or several (chosen groups as removable
 * lozenges before the field). Keyboard: Down/Up move through the suggestions, Enter picks, Escape closes them,
 * Backspace in the empty field removes the last chosen group. The server checks that the groups exist.
 */
define('waypoint/admin/group-picker', ['waypoint/dom', 'wrm/context-path'], function (dom, contextPath) {
    'use strict';

    var h = dom.h;
    var MAX_RESULTS = 10;

    /** Group names from an answer of /rest/api/2/groups/picker, at most MAX_RESULTS, without those in {@code skip}. */
    function names(answer, skip) {
        var groups = answer && Array.isArray(answer.groups) ? answer.groups : [];
        return groups.map(function (group) {
            return group && typeof group.name === 'string' ? group.name : null;
        }).filter(function (name) {
            return name && (skip || []).indexOf(name) < 0;
        }).slice(0, MAX_RESULTS);
    }

    function suggest(query) {
        var url = contextPath() + '/rest/api/2/groups/picker?maxResults=' + MAX_RESULTS + '&query='
                + encodeURIComponent(query);
        return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) {
                return response.ok ? response.json() : { groups: [] };
            }, function () {
                return { groups: [] };
            });
    }

    /**
     * options: id, field (data-field for inline errors), multiple, value (a name, or a list of names when multiple),
     * label (the visible label's text, for the lozenges' remove buttons), removeLabel(name). Returns {element,
     * value(), set(value)}.
     */
    function create(options) {
        var chosen = options.multiple ? (options.value || []).slice() : [];
        var listId = options.id + '-suggestions';
        var input = h('input', { id: options.id, className: 'text long-field waypoint-group-input', type: 'text',
            autocomplete: 'off', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
            'aria-controls': listId, maxlength: '255',
            value: options.multiple ? '' : (options.value || '') });
        input.setAttribute('data-field', options.field);
        var list = h('ul', { id: listId, className: 'waypoint-group-suggestions', role: 'listbox', hidden: true });
        var chips = h('span', { className: 'waypoint-group-chips' });
        var active = -1;
        var request = 0;
        var timer = null;

        function renderChips() {
            dom.replace(chips, chosen.map(function (name) {
                return h('span', { className: 'aui-lozenge aui-lozenge-subtle waypoint-group-chip' }, [
                    h('span', { text: name }),
                    h('button', { type: 'button', className: 'aui-button aui-button-link waypoint-group-remove',
                        'aria-label': options.removeLabel(name), text: '\u00d7',
                        on: { click: function () {
                            chosen = chosen.filter(function (other) {
                                return other !== name;
                            });
                            renderChips();
                            input.focus();
                        } } })
                ]);
            }));
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function highlight(index) {
            var items = list.querySelectorAll('[role=option]');
            active = items.length ? (index + items.length) % items.length : -1;
            Array.prototype.forEach.call(items, function (item, i) {
                item.setAttribute('aria-selected', i === active ? 'true' : 'false');
            });
            if (active >= 0) {
                input.setAttribute('aria-activedescendant', items[active].id);
            }
        }

        function pick(name) {
            if (options.multiple) {
                if (chosen.indexOf(name) < 0) {
                    chosen.push(name);
                }
                input.value = '';
                renderChips();
            } else {
                input.value = name;
            }
            close();
            input.focus();
        }

        function show(found) {
            dom.replace(list, found.map(function (name, i) {
                return h('li', { id: listId + '-' + i, role: 'option', className: 'waypoint-group-option',
                    'aria-selected': 'false', text: name, on: { mousedown: function (event) {
                        event.preventDefault();
                        pick(name);
                    } } });
            }));
            list.hidden = found.length === 0;
            input.setAttribute('aria-expanded', found.length ? 'true' : 'false');
            active = -1;
        }

        function lookUp() {
            var query = input.value.trim();
            var mine = ++request;
            suggest(query).then(function (answer) {
                if (mine === request && document.activeElement === input) {
                    show(names(answer, chosen));
                }
            });
        }

        input.addEventListener('input', function () {
            close();
            request++;
            window.clearTimeout(timer);
            timer = window.setTimeout(lookUp, 150);
        });
        input.addEventListener('focus', lookUp);
        input.addEventListener('blur', function () {
            window.setTimeout(close, 100);
        });
        input.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                if (list.hidden) {
                    lookUp();
                } else {
                    highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
                }
            } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
                event.preventDefault();
                pick(list.querySelectorAll('[role=option]')[active].textContent);
            } else if (event.key === 'Enter' && options.multiple && input.value.trim() !== '') {
                event.preventDefault();
                pick(input.value.trim());
            } else if (event.key === 'Escape' && !list.hidden) {
                event.preventDefault();
                event.stopPropagation();
                close();
            } else if (event.key === 'Backspace' && options.multiple && input.value === '' && chosen.length) {
                chosen.pop();
                renderChips();
            }
        });
        renderChips();

        return {
            element: h('div', { className: 'waypoint-group-picker' + (options.multiple ? ' waypoint-group-multi' : '') },
                    [chips, input, list]),
            value: function () {
                if (!options.multiple) {
                    return input.value.trim();
                }
                var typed = input.value.trim();
                return typed && chosen.indexOf(typed) < 0 ? chosen.concat([typed]) : chosen.slice();
            },
            set: function (value) {
                if (options.multiple) {
                    chosen = (value || []).slice();
                    input.value = '';
                    renderChips();
                } else {
                    input.value = value || '';
                }
            }
        };
    }

    return { create: create, names: names };
});
