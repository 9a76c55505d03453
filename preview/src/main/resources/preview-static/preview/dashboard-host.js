/*
 * The preview's dashboard host: what Jira's dashboard does for dashboard items, so that the app's items run here as
 * they run in Jira. It takes the dashboard's items with their preferences from the page (data-dashboard; else from
 * GET /rest/dashboards/1.0/{id}/items), gives
 * each item its own API object (savePreferences, resize, showLoadingBar, hideLoadingBar, isEditable, closeEdit,
 * getGadgetId, getContext, setTitle, once), constructs the item's AMD module with it and calls
 * render(context, preferences), or renderEdit(context, preferences) for the item's edit view; context is a jQuery
 * object of the item's content element. Saving stores the preferences on the server and renders the item again with
 * them. It also lists the app's items in an "Add item" dialog (the gadget directory) and removes items. On the
 * wallboard (/plugins/servlet/Wallboard/) it renders the items only, without their chrome.
 * Every text goes in with textContent; the texts come from the page's data-text-* attributes.
 */
(function () {
    'use strict';

    var root = document.getElementById('waypoint-preview-dashboard');
    if (!root) {
        return;
    }
    var base = '/rest/dashboards/1.0/' + encodeURIComponent(root.getAttribute('data-dashboard-id'));
    var wallboard = root.getAttribute('data-view') === 'wallboard';
    var columns = root.querySelectorAll('[data-column]');
    var counter = 0;
    var editable = false;

    function text(name, argument) {
        var value = root.getAttribute('data-text-' + name) || name;
        return argument === undefined ? value : value.replace('{0}', argument);
    }

    function el(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            var value = attributes[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === 'text') {
                node.textContent = String(value);
            } else if (name === 'onclick') {
                node.addEventListener('click', value);
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        });
        (children || []).forEach(function (child) {
            if (child) {
                node.appendChild(child);
            }
        });
        return node;
    }

    function request(method, path, body) {
        var init = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return fetch(base + path, init).then(function (response) {
            return response.text().then(function (body) {
                var json = body ? JSON.parse(body) : null;
                if (!response.ok) {
                    throw { status: response.status, body: json };
                }
                return json;
            });
        });
    }

    function strings(values) {
        var result = {};
        Object.keys(values || {}).forEach(function (key) {
            var value = values[key];
            result[key] = value === null || value === undefined ? '' : String(value);
        });
        return result;
    }

    function failed(node, error) {
        var message = error && error.body && error.body.errors && error.body.errors[0] && error.body.errors[0].message;
        node.appendChild(el('div', { 'class': 'aui-message aui-message-error', role: 'alert' },
                [el('p', { text: message || text('failed') })]));
    }

    /** Places one item: its chrome, its API object, its AMD module. */
    function place(item, fresh) {
        counter++;
        var empty = root.querySelector('.waypoint-preview-dashboard-empty');
        if (empty) {
            empty.parentNode.removeChild(empty);
        }
        var titleId = 'waypoint-preview-item-title-' + item.id;
        var title = el('h2', { id: titleId, 'class': 'waypoint-preview-item-title', text: item.title });
        var bar = el('div', { 'class': 'waypoint-preview-item-loading', role: 'progressbar', 'aria-label': text('loading'),
            hidden: true });
        var content = el('div', { 'class': 'waypoint-preview-item-content' });
        var actions = el('div', { 'class': 'waypoint-preview-item-actions', role: 'group',
            'aria-label': text('actions', item.title) });
        var chrome = el('section', { 'class': 'waypoint-preview-item', id: 'waypoint-preview-item-' + item.id,
            'data-item-id': item.id, 'data-item-type': item.type, 'data-mode': 'view', 'aria-labelledby': titleId },
            [el('header', { 'class': 'waypoint-preview-item-header' }, [title, actions]), bar, content]);
        var column = columns[Math.min(Math.max(item.column, 0), columns.length - 1)];
        column.appendChild(chrome);
        var context = window.jQuery(content);
        var preferences = item.preferences || {};
        var listeners = {};
        var instance = null;

        function view() {
            chrome.setAttribute('data-mode', 'view');
            instance.render(context, preferences);
        }
        function edit() {
            chrome.setAttribute('data-mode', 'edit');
            instance.renderEdit(context, preferences);
        }
        var api = {
            isEditable: function () {
                return editable && !wallboard;
            },
            savePreferences: function (values) {
                if (!api.isEditable()) {
                    return;
                }
                request('PUT', '/items/' + item.id + '/preferences', strings(values)).then(function (saved) {
                    preferences = saved.preferences;
                    view();
                }, function (error) {
                    failed(content, error);
                });
            },
            resize: function () {
                chrome.setAttribute('data-resized', String(Number(chrome.getAttribute('data-resized') || 0) + 1));
            },
            showLoadingBar: function () {
                bar.hidden = false;
            },
            hideLoadingBar: function () {
                bar.hidden = true;
            },
            closeEdit: view,
            getGadgetId: function () {
                return String(item.id);
            },
            getContext: function () {
                return context;
            },
            setTitle: function (newTitle) {
                title.textContent = String(newTitle);
            },
            once: function (event, listener) {
                (listeners[event] = listeners[event] || []).push(listener);
            }
        };
        if (api.isEditable()) {
            if (item.configurable) {
                actions.appendChild(el('button', { type: 'button', 'class': 'aui-button aui-button-subtle',
                    'data-action': 'edit-item', text: text('edit'), onclick: edit }));
            }
            actions.appendChild(el('button', { type: 'button', 'class': 'aui-button aui-button-subtle',
                'data-action': 'remove-item', text: text('remove'), onclick: function () {
                    request('DELETE', '/items/' + item.id).then(function () {
                        chrome.parentNode.removeChild(chrome);
                    }, function (error) {
                        failed(content, error);
                    });
                } }));
        }
        require([item.amdModule], function (Module) {
            instance = new Module(api);
            if (fresh && item.configurable && api.isEditable()) {
                edit();
            } else {
                view();
            }
            (listeners.afterRender || []).splice(0).forEach(function (listener) {
                listener();
            });
        });
        return chrome;
    }

    /** The "Add item" dialog: the app's items as Jira's gadget directory lists them (AUI dialog2). */
    function directory() {
        var list = el('ul', { 'class': 'waypoint-preview-directory' });
        var dialog = el('section', { id: 'waypoint-preview-directory-dialog', role: 'dialog',
            'class': 'aui-layer aui-dialog2 aui-dialog2-medium', 'aria-modal': 'true', hidden: true,
            'aria-labelledby': 'waypoint-preview-directory-title' }, [
            el('header', { 'class': 'aui-dialog2-header' }, [el('h2', { id: 'waypoint-preview-directory-title',
                'class': 'aui-dialog2-header-main', text: text('directory') })]),
            el('div', { 'class': 'aui-dialog2-content' }, [list]),
            el('footer', { 'class': 'aui-dialog2-footer' }, [el('div', { 'class': 'aui-dialog2-footer-actions' }, [
                el('button', { type: 'button', 'class': 'aui-button aui-button-link', 'data-action': 'close',
                    text: text('close'), onclick: function () {
                        window.AJS.dialog2(dialog).hide();
                    } })])])]);
        document.body.appendChild(dialog);
        request('GET', '/directory').then(function (entries) {
            entries.forEach(function (entry) {
                list.appendChild(el('li', { 'class': 'waypoint-preview-directory-entry', 'data-item-type': entry.type }, [
                    entry.thumbnail ? el('img', { src: entry.thumbnail, alt: '', width: 122, height: 62 }) : null,
                    el('div', null, [
                        el('h3', { text: entry.title }),
                        entry.description ? el('p', { text: entry.description }) : null,
                        el('p', { 'class': 'waypoint-preview-directory-meta',
                            text: text('directory-by', entry.author) + ' \u00b7 ' + entry.categories.join(', ') })
                    ]),
                    el('button', { type: 'button', 'class': 'aui-button', 'data-action': 'add-item',
                        'aria-label': text('directory-add') + ' ' + entry.title, text: text('directory-add'),
                        onclick: function () {
                            var column = columns[0].children.length <= columns[1].children.length ? 0 : 1;
                            request('POST', '/items', { type: entry.type, column: column }).then(function (item) {
                                window.AJS.dialog2(dialog).hide();
                                place(item, true).scrollIntoView();
                            }, function (error) {
                                failed(list, error);
                            });
                        } })
                ]));
            });
        });
        return dialog;
    }

    var region = root.querySelector('[data-region=columns]');
    function start(dashboard) {
        editable = dashboard.editable;
        dashboard.items.forEach(function (item) {
            place(item, false);
        });
        if (!counter) {
            region.parentNode.insertBefore(el('p', { 'class': 'waypoint-preview-dashboard-empty', text: text('empty') }),
                    region);
        }
        region.setAttribute('aria-busy', 'false');
    }
    var embedded = root.getAttribute('data-dashboard');
    if (embedded) {
        start(JSON.parse(embedded));
    } else {
        request('GET', '/items').then(start, function (error) {
            failed(region, error);
            region.setAttribute('aria-busy', 'false');
        });
    }
    var add = document.getElementById('waypoint-preview-add-item');
    if (add) {
        var dialog = null;
        add.addEventListener('click', function () {
            dialog = dialog || directory();
            window.AJS.dialog2(dialog).show();
        });
    }
}());
