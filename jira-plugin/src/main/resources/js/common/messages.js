/*
 * Shows outcomes: AUI flags for successes and errors that belong to no field, inline errors under the fields of a form
 * (AUI's "div.error" in a field-group). Texts always go in as text: AUI 10 escapes a flag's title itself and takes its
 * body as HTML, so the body is escaped first.
 */
define('waypoint/messages', ['waypoint/dom', 'waypoint/texts'], function (dom, texts) {
    'use strict';

    var h = dom.h;

    /**
     * The sentence for a RestError: its general messages, else one for its status; with the correlation id the answer
     * carried, so that an administrator can find the request in the log.
     */
    function describe(error) {
        var text = statusText(error);
        return error && error.correlationId && text.indexOf(error.correlationId) < 0
            ? AJS.I18n.getText('waypoint.lead.error.reference', text, error.correlationId) : text;
    }

    function statusText(error) {
        if (!error || typeof error.status !== 'number') {
            return texts.get('errorNetwork');
        }
        if (error.messages && error.messages.length) {
            return error.messages.join(' ');
        }
        switch (error.status) {
            case 0:
                return texts.get('errorNetwork');
            case 401:
                return texts.get('errorLogin');
            case 403:
                return texts.get('errorForbidden');
            case 404:
                return texts.get('errorNotFound');
            case 409:
                return texts.get('errorConflict');
            default:
                return error.status >= 500 && error.correlationId ? texts.errorServer(error.correlationId)
                        : texts.errorStatus(error.status);
        }
    }

    /** An AUI flag. AUI escapes the title itself; the body is HTML to AUI, so it goes in escaped. */
    function flag(type, title, body) {
        return window.AJS.flag({
            type: type,
            title: String(title),
            body: body ? dom.escapeHtml(body) : '',
            close: type === 'error' ? 'manual' : 'auto'
        });
    }

    function success(text) {
        return flag('success', text, null);
    }

    function error(restError) {
        return flag('error', texts.get('errorTitle'), describe(restError));
    }

    /** An inline error message box (aui-message) with a text. */
    function errorBox(text) {
        return h('div', { className: 'aui-message aui-message-error waypoint-inline-error', role: 'alert' },
                [h('p', { text: text })]);
    }

    function clearForm(form) {
        Array.prototype.slice.call(form.querySelectorAll('.error[data-waypoint-error], .waypoint-form-error'))
                .forEach(function (node) {
                    node.parentNode.removeChild(node);
                });
        Array.prototype.slice.call(form.querySelectorAll('[aria-invalid]')).forEach(function (node) {
            node.removeAttribute('aria-invalid');
            node.removeAttribute('aria-describedby');
        });
    }

    /**
     * Shows a RestError (or {fieldErrors, messages}) in a form: each field error under the control whose
     * data-field is the error's field (e.g. "measure.target"); the rest in a box at the top of the form. Focuses the
     * first invalid control. Returns whether anything was shown.
     */
    function showForm(form, restError) {
        clearForm(form);
        var general = [];
        var first = null;
        var fieldErrors = (restError && restError.fieldErrors) || {};
        Object.keys(fieldErrors).forEach(function (field) {
            var control = form.querySelector('[data-field="' + field.replace(/["\\]/g, '') + '"]');
            if (!control) {
                general = general.concat(fieldErrors[field]);
                return;
            }
            var id = dom.uid('waypoint-error');
            var message = h('div', { className: 'error', id: id, data: { 'waypoint-error': field } },
                    fieldErrors[field].join(' '));
            var group = control.closest('.field-group, fieldset') || control.parentNode;
            group.appendChild(message);
            control.setAttribute('aria-invalid', 'true');
            control.setAttribute('aria-describedby', id);
            first = first || control;
        });
        if (restError && (restError.messages && restError.messages.length || !Object.keys(fieldErrors).length)) {
            general = general.concat([describe(restError)]);
        }
        if (general.length) {
            var box = errorBox(general.join(' '));
            box.classList.add('waypoint-form-error');
            form.insertBefore(box, form.firstChild);
        }
        if (first) {
            first.focus();
        }
        return Boolean(first) || general.length > 0;
    }

    return { describe: describe, success: success, error: error, errorBox: errorBox, showForm: showForm,
        clearForm: clearForm };
});
