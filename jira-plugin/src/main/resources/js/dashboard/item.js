/*
 * Shared by the dashboard items on Jira's dashboard-item contract (see atlassian-plugin.xml): states, manual and
 * automatic refresh, wallboard look, settings form and its pickers (choose by name, filtered by typing, never a raw
 * id; native controls for keyboard and screen readers). spec: kind, view(data, prefs, ui), edit(prefs), errors.
 */
define('waypoint/dashboard/item', ['waypoint/dom', 'waypoint/rest', 'waypoint/widgets', 'waypoint/texts',
    'waypoint/messages', 'waypoint/dashboard/item-model'], function (dom, rest, widgets, texts, messages, model) {
    'use strict';

    var h = dom.h;
    var TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

    function call(api, name, argument) {
        return typeof api[name] === 'function' ? api[name](argument) : undefined;
    }

    function element(context) {
        return context && context.jquery ? context[0] : context;
    }

    function select(name, options) {
        return h('select', { className: 'select', name: name, id: dom.uid('waypoint-' + name), data: { field: name } },
                options);
    }

    function field(label, control) {
        return h('div', { className: 'field-group' }, [h('label', { 'for': control.id, text: label }), control]);
    }

    function define(spec) {
        function Item(API) {
            this.API = API || {};
            this.run = 0;
        }

        Item.prototype.render = function (context, preferences) {
            var self = this;
            var api = this.API;
            var prefs = preferences || {};
            var root = element(context);
            var run = ++this.run;
            clearTimeout(this.timer);
            var wallboard = prefs.display === 'wallboard' || model.isWallboardPath(window.location.pathname);
            var query = model.query(spec.kind, prefs);
            var content = h('div', { className: 'waypoint-dashboard-content' });
            var updated = h('span', { className: 'waypoint-dashboard-updated', 'aria-live': 'polite' });
            var refresh = wallboard ? null : widgets.button(AJS.I18n.getText('waypoint.dashboard.refresh'), {
                className: 'aui-button aui-button-subtle waypoint-dashboard-refresh', data: { action: 'refresh' },
                on: { click: load } });
            var toolbar = h('div', { className: 'waypoint-dashboard-toolbar' }, [updated, refresh]);
            var box = h('div', { className: 'waypoint-dashboard-item waypoint-dashboard-' + spec.kind
                    + (wallboard ? ' waypoint-wallboard' : ''), data: { item: spec.kind, state: 'loading' } },
                    [query ? toolbar : null, content]);
            dom.replace(root, box);

            function show(state, nodes) {
                dom.replace(content, nodes);
                box.setAttribute('data-state', state);
            }
            function configure() {
                return call(api, 'isEditable') === false ? null : [widgets.button(
                        AJS.I18n.getText('waypoint.dashboard.configure'), { data: { action: 'configure' },
                            on: { click: function () {
                                self.renderEdit(context, prefs);
                            } } }, true)];
            }
            function gone() {
                if (toolbar.parentNode) {
                    box.removeChild(toolbar);
                }
                show('gone', h('div', { className: 'aui-message aui-message-warning', role: 'status' }, [
                    h('p', { className: 'title' }, h('strong', { text: AJS.I18n.getText('waypoint.dashboard.gone.title') })),
                    h('p', { text: call(api, 'isEditable') === false ? AJS.I18n.getText('waypoint.dashboard.gone.readonly')
                            : AJS.I18n.getText('waypoint.dashboard.gone.body') }), configure()]));
            }
            function load() {
                if (run !== self.run || box.getAttribute('aria-busy') === 'true') {
                    return;
                }
                clearTimeout(self.timer);
                box.setAttribute('aria-busy', 'true');
                if (refresh) {
                    refresh.setAttribute('aria-disabled', 'true');
                }
                call(api, 'showLoadingBar');
                rest.get('/dashboard/' + spec.kind + rest.query(query)).then(function (data) {
                    var view = run === self.run ? spec.view(data, prefs, { wallboard: wallboard }) : {};
                    if (view.gone) {
                        gone();
                    } else if (view.nodes) {
                        show('ready', view.nodes);
                        updated.textContent = AJS.I18n.getText('waypoint.dashboard.updated', TIME.format(new Date()));
                        if (view.after) {
                            view.after();
                        }
                        if (window.performance && performance.mark) {
                            performance.mark('waypoint-dashboard-item-ready');
                        }
                    }
                }, function (error) {
                    if (run === self.run && model.noLongerVisible(error)) {
                        gone();
                    } else if (run === self.run) {
                        show('error', messages.errorBox(messages.describe(error)));
                    }
                }).then(function () {
                    if (run !== self.run) {
                        return;
                    }
                    box.setAttribute('aria-busy', 'false');
                    if (refresh) {
                        refresh.removeAttribute('aria-disabled');
                    }
                    call(api, 'hideLoadingBar');
                    call(api, 'resize');
                    var minutes = model.refreshMinutes(prefs);
                    if (minutes && box.getAttribute('data-state') !== 'gone') {
                        self.timer = setTimeout(function () {
                            if (document.body.contains(box)) {
                                load();
                            }
                        }, minutes * 60000);
                    }
                });
            }

            if (query) {
                load();
            } else {
                show('unconfigured', widgets.emptyState(AJS.I18n.getText('waypoint.dashboard.unconfigured.title'),
                        call(api, 'isEditable') === false ? AJS.I18n.getText('waypoint.dashboard.unconfigured.readonly')
                                : AJS.I18n.getText('waypoint.dashboard.unconfigured.body'), configure()));
                call(api, 'resize');
            }
        };

        Item.prototype.renderEdit = function (context, preferences) {
            var self = this;
            var api = this.API;
            var prefs = preferences || {};
            var run = ++this.run;
            clearTimeout(this.timer);
            var form = h('form', { className: 'aui waypoint-dashboard-edit', novalidate: true,
                data: { item: spec.kind, state: 'loading' } }, h('p', { text: texts.get('loading') }));
            dom.replace(element(context), form);
            call(api, 'resize');
            spec.edit(prefs).then(function (fields) {
                if (run !== self.run) {
                    return;
                }
                var refresh = select('refresh', model.REFRESH.map(function (minutes) {
                    return h('option', { value: String(minutes), selected: model.refreshMinutes(prefs) === minutes },
                            minutes ? AJS.I18n.getText('waypoint.dashboard.edit.refresh.every', String(minutes))
                                    : AJS.I18n.getText('waypoint.dashboard.edit.refresh.never'));
                }));
                var display = select('display', [
                    h('option', { value: 'auto' }, AJS.I18n.getText('waypoint.dashboard.edit.display.auto')),
                    h('option', { value: 'wallboard', selected: prefs.display === 'wallboard' },
                            AJS.I18n.getText('waypoint.dashboard.edit.display.wallboard'))]);
                dom.replace(form, [
                    h('h3', { text: AJS.I18n.getText('waypoint.dashboard.edit.title') }),
                    fields.nodes,
                    field(AJS.I18n.getText('waypoint.dashboard.edit.refresh'), refresh),
                    field(AJS.I18n.getText('waypoint.dashboard.edit.display'), display),
                    h('div', { className: 'buttons-container' }, h('div', { className: 'buttons' }, [
                        h('button', { type: 'submit', className: 'aui-button aui-button-primary',
                            data: { action: 'save' } }, texts.get('save')),
                        model.query(spec.kind, prefs) ? h('button', { type: 'button',
                            className: 'aui-button aui-button-link', data: { action: 'cancel' },
                            on: { click: function () {
                                if (typeof api.closeEdit === 'function') {
                                    api.closeEdit();
                                } else {
                                    self.render(context, prefs);
                                }
                            } } }, texts.get('cancel')) : null]))
                ]);
                form.setAttribute('data-state', 'ready');
                form.addEventListener('submit', function (event) {
                    event.preventDefault();
                    var values = fields.values();
                    values.refresh = refresh.value;
                    values.display = display.value;
                    var problems = model.validate(spec.kind, values);
                    var fieldErrors = {};
                    Object.keys(problems).forEach(function (name) {
                        fieldErrors[name] = [(spec.errors[name] || {})[problems[name]] || texts.get('requiredError')];
                    });
                    messages.clearForm(form);
                    if (Object.keys(problems).length) {
                        messages.showForm(form, { fieldErrors: fieldErrors, messages: [] });
                    } else {
                        call(api, 'savePreferences', values);
                    }
                    call(api, 'resize');
                });
                call(api, 'resize');
            }, function (error) {
                if (run === self.run) {
                    dom.replace(form, messages.errorBox(messages.describe(error)));
                    form.setAttribute('data-state', 'error');
                }
            });
        };

        return Item;
    }

    function radios(name, legend, choices, chosen) {
        var inputs = choices.map(function (choice) {
            return h('input', { type: 'radio', className: 'radio', name: name, id: dom.uid('waypoint-' + name),
                value: choice.value, checked: choice.value === chosen, data: { field: name } });
        });
        return {
            element: h('fieldset', { className: 'group' }, [h('legend', null, h('span', { text: legend }))]
                    .concat(inputs.map(function (input, i) {
                        return h('div', { className: 'radio' }, [input, h('label', { 'for': input.id,
                            text: choices[i].label })]);
                    }))),
            value: function () {
                return inputs.filter(function (input) {
                    return input.checked;
                }).map(function (input) {
                    return input.value;
                })[0] || '';
            },
            onChange: function (listener) {
                inputs.forEach(function (input) {
                    input.addEventListener('change', function () {
                        listener(input.value);
                    });
                });
            }
        };
    }

    function kpiOptions(sourceType) {
        return rest.get('/kpis').then(function (kpis) {
            return (kpis || []).filter(function (kpi) {
                return !sourceType || kpi.source && kpi.source.type === sourceType;
            }).map(function (kpi) {
                return { value: String(kpi.id), label: kpi.name, hint: kpi.project };
            });
        });
    }

    function projectOptions() {
        return rest.get('/projects').then(function (answer) {
            return (answer && answer.projects || []).map(function (p) {
                return { value: p.key, label: p.name, hint: p.key };
            });
        });
    }

    function list(field, multiple) {
        return h('select', { className: 'select waypoint-picker-list', id: dom.uid('waypoint-picker'), size: 6,
            multiple: multiple, data: { field: field } });
    }

    function fill(target, options, filter, chosen) {
        var needle = filter.value.trim().toLowerCase();
        dom.replace(target, options.filter(function (o) {
            return o.value === chosen || (o.label + ' ' + (o.hint || '')).toLowerCase().indexOf(needle) >= 0;
        }).map(function (o) {
            return h('option', { value: o.value, selected: o.value === chosen },
                    o.hint ? o.label + ' \u2014 ' + o.hint : o.label);
        }));
    }

    function group(config, target, extra, lost) {
        var filter = h('input', { type: 'search', className: 'text waypoint-picker-filter', autocomplete: 'off',
            placeholder: AJS.I18n.getText('waypoint.dashboard.picker.filter'), 'aria-controls': target.id,
            'aria-label': config.label + ': ' + AJS.I18n.getText('waypoint.dashboard.picker.filter') });
        return { filter: filter, element: h('div', { className: 'field-group waypoint-picker' }, [
            h('label', { 'for': target.id, text: config.label }), filter, target, extra,
            lost ? h('div', { className: 'waypoint-picker-gone', role: 'note', text: config.gone }) : null,
            config.hint ? h('div', { className: 'description', text: config.hint }) : null]) };
    }

    function single(config) {
        var target = list(config.field, false);
        var options;
        var saved = config.value ? String(config.value) : '';
        var parts;
        var listeners = [];
        function setOptions(newOptions) {
            options = (config.none !== undefined ? [{ value: '', label: config.none }] : []).concat(newOptions);
            fill(target, options, parts.filter, target.value || saved);
        }
        parts = group(config, target, null, saved && config.options.length && !config.options.some(function (o) {
            return o.value === saved;
        }));
        parts.filter.addEventListener('input', function () {
            fill(target, options, parts.filter, target.value);
        });
        target.addEventListener('change', function () {
            listeners.forEach(function (listener) {
                listener(target.value);
            });
        });
        setOptions(config.options);
        return { element: parts.element, setOptions: setOptions, value: function () {
            return target.value || '';
        }, onChange: function (listener) {
            listeners.push(listener);
        } };
    }

    /** Several choices in the user's order (add, move up, move down, remove). config as single, plus values, max. */
    function ordered(config) {
        var available = list(null, true);
        var chosen = list(config.field, false);
        var byValue = {};
        config.options.forEach(function (o) {
            byValue[o.value] = o;
        });
        var saved = config.values.filter(function (v) {
            return byValue[v];
        });
        function values() {
            return Array.prototype.map.call(chosen.options, function (o) {
                return o.value;
            });
        }
        function show(list) {
            dom.replace(chosen, list.map(function (v) {
                return h('option', { value: v }, byValue[v].label);
            }));
        }
        function move(step) {
            var all = values();
            var i = chosen.selectedIndex;
            if (i >= 0 && i + step >= 0 && i + step < all.length) {
                all.splice(i + step, 0, all.splice(i, 1)[0]);
                show(all);
                chosen.selectedIndex = i + step;
            }
        }
        function button(label, action, onClick) {
            return widgets.button(label, { data: { action: action }, on: { click: onClick } });
        }
        show(saved);
        chosen.setAttribute('aria-label', config.chosenLabel);
        var parts = group(config, available, h('div', { className: 'waypoint-picker-ordered' }, [
            h('div', { className: 'waypoint-picker-buttons' }, [
                button(AJS.I18n.getText('waypoint.dashboard.picker.add'), 'add', function () {
                    var all = values();
                    Array.prototype.forEach.call(available.selectedOptions, function (o) {
                        if (all.indexOf(o.value) < 0 && all.length < config.max) {
                            all.push(o.value);
                        }
                    });
                    show(all);
                }),
                button(AJS.I18n.getText('waypoint.dashboard.picker.up'), 'up', function () {
                    move(-1);
                }),
                button(AJS.I18n.getText('waypoint.dashboard.picker.down'), 'down', function () {
                    move(1);
                }),
                button(AJS.I18n.getText('waypoint.dashboard.picker.remove'), 'remove', function () {
                    var i = chosen.selectedIndex;
                    if (i >= 0) {
                        chosen.removeChild(chosen.options[i]);
                        chosen.selectedIndex = Math.min(i, chosen.options.length - 1);
                    }
                })]),
            h('label', { 'for': chosen.id, text: config.chosenLabel }), chosen]), saved.length < config.values.length);
        parts.filter.addEventListener('input', function () {
            fill(available, config.options, parts.filter, null);
        });
        fill(available, config.options, parts.filter, null);
        return { element: parts.element, value: values };
    }

    return { define: define, radios: radios, single: single, ordered: ordered, select: select, field: field, kpiOptions: kpiOptions,
        projectOptions: projectOptions };
});
