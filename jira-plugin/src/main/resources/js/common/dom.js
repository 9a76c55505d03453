/*
 * DOM building without HTML strings: every text goes through textContent, every attribute through setAttribute, so
 * user text can never become markup (DESIGN §5). escapeHtml is for the few AUI APIs that take HTML (flags).
 */
define('waypoint/dom', [], function () {
    'use strict';

    var HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;', '`': '&#96;' };

    /** The text as HTML that shows it literally: null and undefined become the empty string. */
    function escapeHtml(value) {
        if (value === null || value === undefined) {
            return '';
        }
        return String(value).replace(/[&<>"'`]/g, function (c) {
            return HTML_ESCAPES[c];
        });
    }

    function append(parent, child) {
        if (child === null || child === undefined || child === false) {
            return;
        }
        if (Array.isArray(child)) {
            child.forEach(function (each) {
                append(parent, each);
            });
            return;
        }
        parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    }

    /**
     * An element: h('button', {className: 'aui-button', type: 'button', data: {action: 'edit'}, on: {click: fn}},
     * ['Edit']). Props: className, text (textContent), data (data-* attributes), on (listeners), hidden, disabled,
     * checked, selected, value (properties); anything else is an attribute (null, undefined and false are left out,
     * true gives an empty attribute). Children: nodes, strings (as text), arrays, null (skipped).
     */
    function h(tag, props, children) {
        var element = document.createElement(tag);
        var p = props || {};
        Object.keys(p).forEach(function (name) {
            var value = p[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === 'className') {
                element.className = value;
            } else if (name === 'text') {
                element.textContent = String(value);
            } else if (name === 'data') {
                Object.keys(value).forEach(function (key) {
                    if (value[key] !== null && value[key] !== undefined) {
                        element.setAttribute('data-' + key, String(value[key]));
                    }
                });
            } else if (name === 'on') {
                Object.keys(value).forEach(function (event) {
                    element.addEventListener(event, value[event]);
                });
            } else if (name === 'value' || name === 'checked' || name === 'selected' || name === 'disabled'
                    || name === 'hidden') {
                element[name] = value;
            } else {
                element.setAttribute(name, value === true ? '' : String(value));
            }
        });
        append(element, children);
        return element;
    }

    /** Removes every child of {@code node}; returns it. */
    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    /** Replaces the children of {@code node}. */
    function replace(node, children) {
        clear(node);
        append(node, children);
        return node;
    }

    /** A unique id for labels and ARIA references. */
    var counter = 0;
    function uid(prefix) {
        counter += 1;
        return (prefix || 'waypoint') + '-' + counter;
    }

    return { escapeHtml: escapeHtml, h: h, clear: clear, replace: replace, append: append, uid: uid };
});
