/*
 * Jira's user picker for a KPI's owner: a combobox (ARIA 1.2) that asks Jira's documented user search for pickers,
 * GET /rest/api/2/user/picker?query=...&maxResults=... ({users: [{name, key, displayName, html, avatarUrl}], total,
 * header}), as the user types (debounced), and keeps the chosen user's key. The answer's html is never used: names
 * go in as text. Keyboard: arrows move through the suggestions, Enter chooses, Escape closes.
 */
define('waypoint/kpi/user-picker', ['waypoint/dom', 'wrm/context-path'], function (dom, contextPath) {
    'use strict';

    var h = dom.h;
    var DELAY_MS = 250;
    var MAX_RESULTS = 10;

    /**
     * A picker with the current user ({key, name}) chosen, or none. options: id, field (data-field for errors),
     * disabled. Returns {element, input, value(), onChange(listener)}.
     */
    function create(current, options) {
        var o = options || {};
        var chosen = current && current.key ? { key: current.key, name: current.name || current.key } : null;
        var listId = o.id + '-suggestions';
        var listeners = [];
        var timer = null;
        var asked = 0;
        var active = -1;
        var users = [];
        var textbox = h('input', { type: 'text', className: 'text long-field waypoint-user-picker-input', id: o.id,
            role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
            'aria-controls': listId, value: chosen ? chosen.name : '', disabled: Boolean(o.disabled),
            data: { field: o.field, key: chosen ? chosen.key : '' } });
        var list = h('ul', { className: 'waypoint-user-picker-list', id: listId, role: 'listbox', hidden: true });
        var status = h('span', { className: 'assistive', 'aria-live': 'polite' });

        function close() {
            list.hidden = true;
            textbox.setAttribute('aria-expanded', 'false');
            textbox.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function choose(user) {
            chosen = user;
            textbox.value = user.name;
            textbox.setAttribute('data-key', user.key);
            close();
            listeners.forEach(function (listener) {
                listener(user);
            });
        }

        function highlight(index) {
            active = index;
            Array.prototype.forEach.call(list.children, function (item, i) {
                item.setAttribute('aria-selected', i === index ? 'true' : 'false');
            });
            if (index >= 0 && list.children[index]) {
                textbox.setAttribute('aria-activedescendant', list.children[index].id);
            }
        }

        function show(found) {
            users = found;
            dom.replace(list, found.map(function (user, i) {
                return h('li', { id: listId + '-' + i, role: 'option', className: 'waypoint-user-picker-option',
                    'aria-selected': 'false', data: { key: user.key },
                    on: { mousedown: function (event) {
                        event.preventDefault();
                        choose(user);
                    } } }, [h('span', { text: user.name }), ' ',
                    h('span', { className: 'waypoint-muted', text: '(' + user.username + ')' })]);
            }));
            list.hidden = found.length === 0;
            textbox.setAttribute('aria-expanded', found.length ? 'true' : 'false');
            status.textContent = found.length ? AJS.I18n.getText('waypoint.web.kpi.owner.found', String(found.length))
                    : AJS.I18n.getText('waypoint.web.kpi.owner.none');
            active = -1;
        }

        function search() {
            var query = textbox.value.trim();
            var run = ++asked;
            if (query === '') {
                show([]);
                return;
            }
            fetch(contextPath() + '/rest/api/2/user/picker?query=' + encodeURIComponent(query) + '&maxResults='
                    + MAX_RESULTS, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                    .then(function (response) {
                        return response.ok ? response.json() : { users: [] };
                    }, function () {
                        return { users: [] };
                    }).then(function (answer) {
                        if (run !== asked || document.activeElement !== textbox) {
                            return;
                        }
                        show((answer && Array.isArray(answer.users) ? answer.users : []).filter(function (u) {
                            return u && typeof u.key === 'string';
                        }).map(function (u) {
                            return { key: u.key, username: String(u.name || u.key),
                                name: String(u.displayName || u.name || u.key) };
                        }));
                    });
        }

        textbox.addEventListener('input', function () {
            chosen = null;
            textbox.setAttribute('data-key', '');
            clearTimeout(timer);
            timer = setTimeout(search, DELAY_MS);
        });
        textbox.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown' && users.length) {
                event.preventDefault();
                list.hidden = false;
                textbox.setAttribute('aria-expanded', 'true');
                highlight(Math.min(active + 1, users.length - 1));
            } else if (event.key === 'ArrowUp' && users.length) {
                event.preventDefault();
                highlight(Math.max(active - 1, 0));
            } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
                event.preventDefault();
                choose(users[active]);
            } else if (event.key === 'Escape' && !list.hidden) {
                event.preventDefault();
                event.stopPropagation();
                close();
            }
        });
        textbox.addEventListener('blur', function () {
            setTimeout(close, 150);
        });

        return {
            element: h('div', { className: 'waypoint-user-picker' }, [textbox, list, status]),
            input: textbox,
            /** The chosen user's key; the typed text when nobody was chosen (the server then names the field). */
            value: function () {
                return chosen ? chosen.key : textbox.value.trim();
            },
            onChange: function (listener) {
                listeners.push(listener);
            }
        };
    }

    return { create: create };
});
