/*
 * AUI dialog2 around a form, built from DOM nodes (no HTML strings): the first field gets the focus, Esc closes (after
 * "Unsaved changes - discard?" when something was typed), Enter in a field submits (the footer's submit button belongs
 * to the form), errors show inline under their fields. While a dialog is open, flags show at the bottom of the window,
 * clear of its buttons. On close the dialog leaves the DOM and the focus returns to where it was.
 */
define('waypoint/dialog', ['waypoint/dom', 'waypoint/texts', 'waypoint/messages'], function (dom, texts, messages) {
    'use strict';

    var h = dom.h;
    /** The dialogs open now, the topmost last. */
    var openDialogs = [];
    var FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

    /**
     * Opens a dialog. options: id, title, size ("small", "medium", "large"), body (nodes of the form), submitLabel,
     * onSubmit(form, dialog): a Promise (resolved: the dialog closes; rejected with a RestError or
     * {fieldErrors, messages}: the errors show in the form) or undefined (nothing happens), footer (extra nodes left of
     * the buttons), onClose(), warning (true: AUI's warning dialog, for what cannot be undone), focusCancel (true: the
     * focus starts on Cancel, the safe choice, instead of the first field; AUI focuses [autofocus] on show),
     * viewOnly (true: a dialog to read, whose only button is Close, which has the focus), stayOpen (true: a successful
     * submit keeps the dialog open, e.g. to link more issues).
     * Returns {element, form, hide(), busy(flag), showErrors(error), status(text), clean(), submitLabel(text)}.
     */
    function open(options) {
        var returnFocus = document.activeElement;
        var headingId = options.id + '-heading';
        var formId = options.id + '-form';
        var form = h('form', { id: formId, className: 'aui waypoint-dialog-form', action: '#', novalidate: true },
                options.body);
        var submit = options.viewOnly ? null : h('button', { type: 'submit', form: formId, id: options.id + '-submit',
            className: 'aui-button aui-button-primary' }, options.submitLabel || texts.get('save'));
        var cancel = options.viewOnly
            ? h('button', { type: 'button', id: options.id + '-close', className: 'aui-button', autofocus: true },
                    texts.get('close'))
            : h('button', { type: 'button', id: options.id + '-cancel', className: 'aui-button aui-button-link',
                autofocus: Boolean(options.focusCancel) }, texts.get('cancel'));
        var close = h('button', { type: 'button', className: 'aui-close-button', 'aria-label': texts.get('close') });
        var element = h('section', {
            id: options.id,
            className: 'aui-dialog2 aui-dialog2-' + (options.size || 'medium') + ' aui-layer waypoint-dialog'
                    + (options.warning ? ' aui-dialog2-warning' : ''),
            role: 'dialog',
            'aria-modal': 'true',
            'aria-labelledby': headingId,
            'data-aui-modal': 'true',
            hidden: true
        }, [
            h('header', { className: 'aui-dialog2-header' }, [
                h('h2', { className: 'aui-dialog2-header-main', id: headingId, text: options.title }),
                close
            ]),
            h('div', { className: 'aui-dialog2-content' }, [form, h('p', { className: 'waypoint-dialog-status',
                role: 'status', 'aria-live': 'polite' })]),
            h('footer', { className: 'aui-dialog2-footer' }, [
                h('div', { className: 'aui-dialog2-footer-actions' }, [submit, cancel]),
                options.footer ? h('div', { className: 'aui-dialog2-footer-hint' }, options.footer) : null
            ])
        ]);
        document.body.appendChild(element);
        var aui = window.AJS.dialog2(element);
        var closed = false;
        var dirty = false;
        var confirmBar = null;
        form.addEventListener('input', function () {
            dirty = true;
        });
        form.addEventListener('change', function () {
            dirty = true;
        });

        /** Escape or the close button: asks first when something was typed (issue 13). */
        function leave() {
            if (!dirty || options.viewOnly) {
                api.hide();
                return;
            }
            if (confirmBar) {
                confirmBar.querySelector('.waypoint-discard').focus();
                return;
            }
            var keep = h('button', { type: 'button', className: 'aui-button waypoint-keep' },
                    AJS.I18n.getText('waypoint.lead.dialog.keep'));
            var discard = h('button', { type: 'button', className: 'aui-button aui-button-primary waypoint-discard' },
                    AJS.I18n.getText('waypoint.lead.dialog.discard'));
            confirmBar = h('div', { className: 'aui-message aui-message-warning waypoint-discard-bar',
                role: 'alertdialog', 'aria-label': AJS.I18n.getText('waypoint.lead.dialog.unsaved') }, [
                h('p', { text: AJS.I18n.getText('waypoint.lead.dialog.unsaved') }), discard, ' ', keep]);
            keep.addEventListener('click', function () {
                var bar = confirmBar;
                confirmBar = null;
                bar.parentNode.removeChild(bar);
                var first = form.querySelector(FIELDS);
                (first || submit || cancel).focus();
            });
            discard.addEventListener('click', api.hide);
            element.querySelector('.aui-dialog2-footer').appendChild(confirmBar);
            discard.focus();
        }
        /** Escape anywhere while this is the topmost dialog (the focus may have left it, e.g. after a delete). */
        function onEscape(event) {
            if (event.key !== 'Escape' || openDialogs[openDialogs.length - 1] !== element) {
                return;
            }
            event.preventDefault();
            event.stopPropagation();
            if (confirmBar) {
                confirmBar.querySelector('.waypoint-keep').click();
            } else {
                leave();
            }
        }
        document.addEventListener('keydown', onEscape);
        openDialogs.push(element);

        var api = {
            element: element,
            form: form,
            hide: function () {
                if (!closed) {
                    aui.hide();
                }
            },
            busy: function (flag) {
                if (!submit) {
                    return;
                }
                submit.disabled = flag;
                submit.setAttribute('aria-busy', flag ? 'true' : 'false');
                element.classList.toggle('waypoint-busy', flag);
            },
            showErrors: function (error) {
                return messages.showForm(form, error);
            },
            status: function (text) {
                element.querySelector('.waypoint-dialog-status').textContent = text || '';
            },
            clean: function () {
                dirty = false;
            },
            submitLabel: function (text) {
                if (submit) {
                    submit.textContent = text;
                }
            }
        };

        aui.on('hide', function () {
            if (closed) {
                return;
            }
            closed = true;
            document.removeEventListener('keydown', onEscape);
            openDialogs.splice(openDialogs.indexOf(element), 1);
            if (!openDialogs.length) {
                document.body.classList.remove('waypoint-dialog-open');
            }
            window.setTimeout(function () {
                if (typeof aui.remove === 'function') {
                    aui.remove();
                }
                if (element.parentNode) {
                    element.parentNode.removeChild(element);
                }
            }, 0);
            if (options.onClose) {
                options.onClose();
            }
            focusBack(returnFocus);
        });
        cancel.addEventListener('click', api.hide);
        close.addEventListener('click', leave);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!submit || submit.disabled || !options.onSubmit) {
                return;
            }
            messages.clearForm(form);
            var outcome = options.onSubmit(form, api);
            if (!outcome || typeof outcome.then !== 'function') {
                return;
            }
            api.busy(true);
            outcome.then(function () {
                api.busy(false);
                if (options.stayOpen) {
                    dirty = false;
                } else {
                    api.hide();
                }
            }, function (error) {
                api.busy(false);
                messages.showForm(form, error);
            });
        });

        aui.show();
        document.body.classList.add('waypoint-dialog-open');
        var first = options.focusCancel || options.viewOnly ? cancel : form.querySelector(FIELDS);
        (first || submit).focus();
        return api;
    }

    /**
     * Gives the focus back to where it was before a dialog opened; when that element was rendered anew meanwhile (the
     * page reloads its data after a change), to its successor with the same data-focus-key.
     */
    function focusBack(element) {
        var target = element;
        if (target && !document.body.contains(target) && target.getAttribute && target.getAttribute('data-focus-key')) {
            target = document.querySelector('[data-focus-key="' + target.getAttribute('data-focus-key') + '"]');
        }
        if (target && typeof target.focus === 'function' && document.body.contains(target)) {
            target.focus();
        }
    }

    /**
     * A labelled AUI field group: label, the control (with data-field for inline errors), an optional description.
     * options.input: the element the label names when the control is a composite (a picker); options.suffix: a unit
     * shown right after the control ("%").
     */
    function field(label, control, options) {
        var o = options || {};
        var labelled = o.input || control;
        var id = labelled.id || dom.uid('waypoint-field');
        labelled.id = id;
        if (o.field) {
            labelled.setAttribute('data-field', o.field);
        }
        var description = o.description ? h('div', { className: 'description', id: id + '-description',
            text: o.description }) : null;
        if (description) {
            labelled.setAttribute('aria-describedby', id + '-description');
        }
        return h('div', { className: 'field-group' + (o.hidden ? ' hidden' : ''), data: { group: o.group } }, [
            h('label', { for: id }, [label, o.required ? h('span', { className: 'aui-icon icon-required',
                text: texts.get('required') }) : null]),
            o.suffix ? h('span', { className: 'waypoint-with-unit' }, [control, h('span', {
                className: 'waypoint-unit', 'aria-hidden': 'true', text: o.suffix })]) : control,
            description
        ]);
    }

    /** A select with options [{value, label}], the current value selected. */
    function select(name, choices, current, attributes) {
        return h('select', Object.assign({ className: 'select', name: name }, attributes || {}),
                choices.map(function (choice) {
                    return h('option', { value: choice.value, selected: String(choice.value) === String(current) },
                            choice.label);
                }));
    }

    return { open: open, field: field, select: select };
});
