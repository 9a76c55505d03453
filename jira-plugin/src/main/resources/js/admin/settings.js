/*
 * The settings of the admin page: every setting with its current value and its default, one form. Save sends the
 * whole document (PUT /admin/settings); the server checks everything and names each bad field, shown under it; a
 * flag confirms what was stored. "Reset to defaults", after a confirmation, stores the defaults
 * (GET /admin/settings/defaults, then PUT) and shows them.
 */
define('waypoint/admin/settings', ['waypoint/dom', 'waypoint/rest', 'waypoint/texts', 'waypoint/messages',
    'waypoint/dialog', 'waypoint/admin/admin-model', 'waypoint/admin/group-picker'],
        function (dom, rest, texts, messages, dialog, model, groupPicker) {
    'use strict';

    var h = dom.h;

    function words() {
        return { yes: AJS.I18n.getText('waypoint.admin.setting.yes'), no: AJS.I18n.getText('waypoint.admin.setting.no'),
            none: texts.get('none') };
    }

    /** A control for one field; returns {element, get(), set(value)}. */
    function control(field, id) {
        if (field.kind === 'group' || field.kind === 'groups') {
            var picker = groupPicker.create({ id: id, field: field.path, multiple: field.kind === 'groups',
                removeLabel: function (name) {
                    return AJS.I18n.getText('waypoint.admin.group.remove', name);
                } });
            return { element: picker.element, get: picker.value, set: picker.set };
        }
        if (field.kind === 'boolean') {
            var box = h('input', { id: id, type: 'checkbox', className: 'checkbox', name: field.path });
            box.setAttribute('data-field', field.path);
            return { element: box, get: function () {
                return box.checked;
            }, set: function (value) {
                box.checked = value === true;
            } };
        }
        var input = field.kind === 'jql'
            ? h('textarea', { id: id, className: 'textarea long-field', name: field.path, rows: '2', maxlength: '4000' })
            : h('input', { id: id, type: 'text', name: field.path, autocomplete: 'off',
                className: 'text ' + (field.kind === 'text' ? 'long-field' : 'short-field'),
                inputmode: field.kind === 'text' ? null : 'decimal', maxlength: '255' });
        input.setAttribute('data-field', field.path);
        return { element: input, get: function () {
            return input.value;
        }, set: function (value) {
            input.value = value;
        } };
    }

    /** The whole-list field of an error about one of several groups: "access.companyViewerGroups[1]" -> its list. */
    function toFields(error) {
        var fieldErrors = {};
        Object.keys((error && error.fieldErrors) || {}).forEach(function (field) {
            var own = field.replace(/\[\d+\]$/, '');
            fieldErrors[own] = (fieldErrors[own] || []).concat(error.fieldErrors[field]);
        });
        return Object.assign({}, error, { fieldErrors: fieldErrors });
    }

    /** Renders the settings into {@code region}; current and defaults are settings documents. */
    function render(region, current, defaults) {
        var controls = {};
        var sections = model.SECTIONS.map(function (section) {
            var headingId = 'waypoint-settings-' + section.id;
            return h('div', { className: 'waypoint-settings-group', role: 'group', 'aria-labelledby': headingId,
                data: { section: section.id } }, [
                h('h3', { id: headingId, text: section.title }),
                section.fields.map(function (field) {
                    var id = 'waypoint-setting-' + field.path.replace('.', '-');
                    var c = control(field, id);
                    c.set(model.shown(field, model.valueAt(current, field.path)));
                    controls[field.path] = c;
                    var help = h('div', { className: 'description' }, [field.help + ' ',
                        h('span', { className: 'waypoint-setting-default', text: AJS.I18n.getText(
                                'waypoint.admin.setting.default', model.defaultText(field,
                                        model.valueAt(defaults, field.path), words())) })]);
                    return h('div', { className: 'field-group waypoint-setting', data: { setting: field.path } },
                            [h('label', { for: id, text: field.label }), c.element, help]);
                })
            ]);
        });
        var save = h('button', { type: 'submit', id: 'waypoint-settings-save', className: 'aui-button aui-button-primary',
            text: AJS.I18n.getText('waypoint.admin.settings.save') });
        var reset = h('button', { type: 'button', id: 'waypoint-settings-reset', className: 'aui-button',
            text: AJS.I18n.getText('waypoint.admin.settings.reset') });
        var form = h('form', { id: 'waypoint-settings-form', className: 'aui waypoint-settings-form', action: '#',
            novalidate: true }, [sections, h('div', { className: 'buttons-container' },
                h('div', { className: 'buttons' }, [save, reset]))]);

        function fill(document) {
            model.SECTIONS.forEach(function (section) {
                section.fields.forEach(function (field) {
                    controls[field.path].set(model.shown(field, model.valueAt(document, field.path)));
                });
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            messages.clearForm(form);
            var values = {};
            Object.keys(controls).forEach(function (path) {
                values[path] = controls[path].get();
            });
            var built = model.settingsBody(values, texts.formWords());
            if (built.errors) {
                messages.showForm(form, built.errors);
                return;
            }
            save.disabled = true;
            form.setAttribute('aria-busy', 'true');
            rest.put('/admin/settings', built.body).then(function (stored) {
                fill(stored);
                messages.success(AJS.I18n.getText('waypoint.admin.settings.saved'));
            }, function (error) {
                messages.showForm(form, toFields(error));
            }).then(function () {
                save.disabled = false;
                form.setAttribute('aria-busy', 'false');
            });
        });
        reset.addEventListener('click', function () {
            dialog.open({
                id: 'waypoint-settings-reset-dialog',
                title: AJS.I18n.getText('waypoint.admin.settings.reset.title'),
                size: 'small',
                warning: true,
                focusCancel: true,
                body: [h('p', { text: AJS.I18n.getText('waypoint.admin.settings.reset.body') })],
                submitLabel: AJS.I18n.getText('waypoint.admin.settings.reset.submit'),
                onSubmit: function () {
                    return rest.put('/admin/settings', defaults).then(function (stored) {
                        messages.clearForm(form);
                        fill(stored);
                        messages.success(AJS.I18n.getText('waypoint.admin.settings.reset.done'));
                    });
                }
            });
        });
        dom.replace(region, form);
        region.setAttribute('aria-busy', 'false');
        return form;
    }

    return { render: render, toFields: toFields };
});
