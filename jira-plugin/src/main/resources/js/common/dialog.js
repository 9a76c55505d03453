/*
 * AUI dialog2 around a form, built from DOM nodes (no HTML strings): the first field gets the focus, Esc closes (AUI),
 * Enter in a field submits (the footer's submit button belongs to the form), errors show inline under their fields.
 * On close the dialog leaves the DOM and the focus returns to where it was.
 */
define('waypoint/dialog', ['waypoint/dom', 'waypoint/texts', 'waypoint/messages'], function (dom, texts, messages) {
    'use strict';

    var h = dom.h;
    var FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

    /**
     * Opens a dialog. options: id, title, size ("small", "medium", "large"), body (nodes of the form), submitLabel,
     * onSubmit(form, dialog): a Promise (resolved: the dialog closes; rejected with a RestError or
     * {fieldErrors, messages}: the errors show in the form) or undefined (nothing happens), footer (extra nodes left of
     * the buttons), onClose(), warning (true: AUI's warning dialog, for what cannot be undone), focusCancel (true: the
     * focus starts on Cancel, the safe choice, instead of the first field; AUI focuses [autofocus] on show),
     * viewOnly (true: a dialog to read, whose only button is Close, which has the focus).
     * Returns {element, form, hide(), busy(flag), showErrors(error)}.
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
            hidden: true
        }, [
            h('header', { className: 'aui-dialog2-header' }, [
                h('h2', { className: 'aui-dialog2-header-main', id: headingId, text: options.title }),
                close
            ]),
            h('div', { className: 'aui-dialog2-content' }, form),
            h('footer', { className: 'aui-dialog2-footer' }, [
                h('div', { className: 'aui-dialog2-footer-actions' }, [submit, cancel]),
                options.footer ? h('div', { className: 'aui-dialog2-footer-hint' }, options.footer) : null
            ])
        ]);
        document.body.appendChild(element);
        var aui = window.AJS.dialog2(element);
        var closed = false;

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
            }
        };

        aui.on('hide', function () {
            if (closed) {
                return;
            }
            closed = true;
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
            if (returnFocus && typeof returnFocus.focus === 'function' && document.body.contains(returnFocus)) {
                returnFocus.focus();
            }
        });
        cancel.addEventListener('click', api.hide);
        close.addEventListener('click', api.hide);
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
                api.hide();
            }, function (error) {
                api.busy(false);
                messages.showForm(form, error);
            });
        });

        aui.show();
        var first = options.focusCancel || options.viewOnly ? cancel : form.querySelector(FIELDS);
        (first || submit).focus();
        return api;
    }

    /** A labelled AUI field group: label, the control (with data-field for inline errors), an optional description. */
    function field(label, control, options) {
        var o = options || {};
        var id = control.id || dom.uid('waypoint-field');
        control.id = id;
        if (o.field) {
            control.setAttribute('data-field', o.field);
        }
        return h('div', { className: 'field-group' + (o.hidden ? ' hidden' : ''), data: { group: o.group } }, [
            h('label', { for: id }, [label, o.required ? h('span', { className: 'aui-icon icon-required',
                text: texts.get('required') }) : null]),
            control,
            o.description ? h('div', { className: 'description', text: o.description }) : null
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
