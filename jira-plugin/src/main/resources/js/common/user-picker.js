/*
 * Owners through Jira's user picker (issue 13, item 1): a combobox that searches by name as you type with Jira's own
 * endpoint GET /rest/api/2/user/picker?query=&maxResults=&showAvatar=true (Jira Data Center REST API reference, api/2/user
 * "Find users for picker"; answers {users: [{name, key, html, displayName, avatarUrl}], total, header}) and shows
 * each user by avatar and display name, never by key. The chosen user's key is the field's value. Arrow keys move,
 * Enter chooses, Escape closes the list (not the dialog). Read-only when the user may not choose another owner: then
 * it shows the owner, fixed, and says why.
 */
define('waypoint/user-picker', ['waypoint/dom', 'waypoint/widgets', 'wrm/context-path'],
        function (dom, widgets, contextPath) {
    'use strict';

    var h = dom.h;
    var MAX = 10;

    /** Users matching {@code query}, as Jira's user picker answers them: [{key, displayName, avatarUrl}]. */
    function search(query) {
        var url = contextPath() + '/rest/api/2/user/picker?query=' + encodeURIComponent(query) + '&maxResults=' + MAX
                + '&showAvatar=true';
        return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (response) {
                    return response.ok ? response.json() : { users: [] };
                }).then(function (body) {
                    return (body && Array.isArray(body.users) ? body.users : []).map(function (user) {
                        return { key: user.key || user.name, displayName: user.displayName || user.name,
                            avatarUrl: user.avatarUrl || widgets.avatarUrl(user.key || user.name) };
                    });
                }, function () {
                    return [];
                });
    }

    /**
     * A user field. options: name, field (for inline errors), person ({key, displayName} or null), editable (false: the
     * person shown, fixed), fixedNote (why it is fixed). Returns {element, input, value(): key or null (undefined when
     * text was typed but no user chosen)}.
     */
    function field(options) {
        var chosen = options.person && options.person.key ? options.person : null;
        if (options.editable === false) {
            var fixed = h('div', { className: 'waypoint-user-fixed', id: dom.uid('waypoint-user'),
                data: { field: options.field } }, [widgets.person(chosen && chosen.key, chosen && chosen.displayName),
                    options.fixedNote ? h('span', { className: 'description', text: ' ' + options.fixedNote }) : null]);
            return { element: fixed, input: fixed, value: function () {
                return chosen ? chosen.key : null;
            } };
        }
        var listId = dom.uid('waypoint-users');
        var input = h('input', { className: 'text medium-field waypoint-user-input', type: 'text', name: options.name,
            autocomplete: 'off', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
            'aria-controls': listId, spellcheck: 'false',
            placeholder: AJS.I18n.getText('waypoint.lead.user.placeholder'),
            value: chosen ? chosen.displayName || '' : '' });
        var avatar = h('img', { className: 'waypoint-avatar waypoint-user-avatar', alt: '', width: '16', height: '16',
            hidden: !chosen, src: chosen ? widgets.avatarUrl(chosen.key) : undefined });
        var list = h('ul', { className: 'waypoint-options', id: listId, role: 'listbox', hidden: true,
            'aria-label': AJS.I18n.getText('waypoint.lead.user.options') });
        var wrap = h('div', { className: 'waypoint-combobox waypoint-user-picker' }, [avatar, input, list]);
        var users = [];
        var active = -1;
        var timer = null;
        var asked = 0;
        var typed = false;

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

        function choose(user) {
            chosen = user;
            typed = false;
            input.value = user.displayName;
            avatar.src = user.avatarUrl;
            avatar.hidden = false;
            close();
            input.dispatchEvent(new Event('change', { bubbles: true }));
        }

        function show(found) {
            users = found;
            dom.replace(list, found.length ? found.map(function (user, i) {
                var option = h('li', { className: 'waypoint-option', role: 'option', id: listId + '-' + i,
                    'aria-selected': 'false', data: { user: user.key } }, [
                    h('img', { className: 'waypoint-avatar', src: user.avatarUrl, alt: '', width: '16', height: '16' }),
                    h('span', { text: user.displayName })]);
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(user);
                });
                return option;
            }) : h('li', { className: 'waypoint-option-none', role: 'presentation',
                text: AJS.I18n.getText('waypoint.lead.user.none') }));
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
            mark(found.length ? 0 : -1);
        }

        input.addEventListener('input', function () {
            typed = true;
            chosen = null;
            avatar.hidden = true;
            window.clearTimeout(timer);
            var query = input.value.trim();
            if (!query) {
                close();
                return;
            }
            timer = window.setTimeout(function () {
                var ask = ++asked;
                search(query).then(function (found) {
                    if (ask === asked && document.activeElement === input) {
                        show(found);
                    }
                });
            }, 200);
        });
        input.addEventListener('keydown', function (event) {
            if (list.hidden) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                var step = event.key === 'ArrowDown' ? 1 : -1;
                mark(users.length ? (active + step + users.length) % users.length : -1);
            } else if (event.key === 'Enter' && active >= 0) {
                event.preventDefault();
                choose(users[active]);
            } else if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                close();
            }
        });
        input.addEventListener('blur', function () {
            window.setTimeout(close, 150);
        });
        input.setAttribute('data-field', options.field);
        return { element: wrap, input: input, value: function () {
            if (chosen) {
                return chosen.key;
            }
            return typed && input.value.trim() ? undefined : null;
        } };
    }

    return { field: field, search: search };
});
