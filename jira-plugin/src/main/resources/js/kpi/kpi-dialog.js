/*
 * The dialog that creates or changes a KPI (issue 10), for every source: JQL count, JQL ratio, per agent (group, project
 * role or assignees), duration between two date fields, manual and composite. Queries are checked as the user types
 * (debounced) through POST /kpis/validate-jql, as the would-be owner: Jira's messages under the field, and a live
 * count of the query being typed. Target and warning are typed as their format shows them (waypoint/kpi/kpi-input).
 * The owner is chosen with Jira's user picker. Presets fill the support KPIs of the seeds, editable before saving.
 */
define('waypoint/kpi/kpi-dialog', ['waypoint/dom', 'waypoint/rest', 'waypoint/texts', 'waypoint/dialog',
    'waypoint/kpi/kpi-input', 'waypoint/kpi/workspace-model', 'waypoint/kpi/user-picker'],
        function (dom, rest, texts, dialog, input, model, userPicker) {
    'use strict';

    var h = dom.h;
    var DELAY_MS = 500;
    var JQL_FIELDS = ['jql', 'numeratorJql', 'denominatorJql'];
    var REFRESH = [5, 15, 30, 60, 240, 1440];
    var TYPE = {
        JQL_COUNT: AJS.I18n.getText('waypoint.web.kpi.type.JQL_COUNT'),
        JQL_RATIO: AJS.I18n.getText('waypoint.web.kpi.type.JQL_RATIO'),
        PER_AGENT: AJS.I18n.getText('waypoint.web.kpi.type.PER_AGENT'),
        DURATION: AJS.I18n.getText('waypoint.web.kpi.type.DURATION'),
        MANUAL: AJS.I18n.getText('waypoint.web.kpi.type.MANUAL'),
        COMPOSITE: AJS.I18n.getText('waypoint.web.kpi.type.COMPOSITE')
    };
    var FORMAT = [
        { value: 'NUMBER', label: AJS.I18n.getText('waypoint.web.kpi.format.NUMBER') },
        { value: 'PERCENT', label: AJS.I18n.getText('waypoint.web.kpi.format.PERCENT') },
        { value: 'DURATION', label: AJS.I18n.getText('waypoint.web.kpi.format.DURATION') }
    ];
    var DIRECTION = [
        { value: 'HIGHER_IS_BETTER', label: AJS.I18n.getText('waypoint.web.kpi.HIGHER_IS_BETTER') },
        { value: 'LOWER_IS_BETTER', label: AJS.I18n.getText('waypoint.web.kpi.LOWER_IS_BETTER') }
    ];
    var AGENTS = [
        { value: 'ASSIGNEES', label: AJS.I18n.getText('waypoint.web.kpi.agents.ASSIGNEES') },
        { value: 'GROUP', label: AJS.I18n.getText('waypoint.web.kpi.agents.GROUP') },
        { value: 'PROJECT_ROLE', label: AJS.I18n.getText('waypoint.web.kpi.agents.PROJECT_ROLE') }
    ];
    var STATISTIC = [
        { value: 'MEDIAN', label: AJS.I18n.getText('waypoint.web.kpi.statistic.MEDIAN') },
        { value: 'MEAN', label: AJS.I18n.getText('waypoint.web.kpi.statistic.MEAN') },
        { value: 'P90', label: AJS.I18n.getText('waypoint.web.kpi.statistic.P90') }
    ];
    var AGGREGATION = [
        { value: 'SUM', label: AJS.I18n.getText('waypoint.web.kpi.aggregation.SUM') },
        { value: 'AVERAGE', label: AJS.I18n.getText('waypoint.web.kpi.aggregation.AVERAGE') },
        { value: 'WEIGHTED_AVERAGE', label: AJS.I18n.getText('waypoint.web.kpi.aggregation.WEIGHTED_AVERAGE') }
    ];
    var PRESET = {
        openPerAgent: AJS.I18n.getText('waypoint.web.kpi.preset.openPerAgent'),
        unassigned: AJS.I18n.getText('waypoint.web.kpi.preset.unassigned'),
        firstContact: AJS.I18n.getText('waypoint.web.kpi.preset.firstContact'),
        medianResolution: AJS.I18n.getText('waypoint.web.kpi.preset.medianResolution'),
        olderThan14Days: AJS.I18n.getText('waypoint.web.kpi.preset.olderThan14Days'),
        breachedSla: AJS.I18n.getText('waypoint.web.kpi.preset.breachedSla')
    };
    var FORMAT_ERROR = {
        PERCENT: AJS.I18n.getText('waypoint.web.kpi.input.percent'),
        DURATION: AJS.I18n.getText('waypoint.web.kpi.input.duration'),
        NUMBER: texts.get('notANumber'),
        required: texts.get('requiredError')
    };

    function text(name, value, attributes) {
        return h('input', Object.assign({ type: 'text', className: 'text long-field', name: name,
            value: value || '' }, attributes || {}));
    }

    function area(name, value) {
        return h('textarea', { className: 'textarea long-field waypoint-jql', name: name, rows: 3, spellcheck: 'false',
            value: value || '' });
    }

    function exampleOf(kpiFormat) {
        return AJS.I18n.getText('waypoint.web.kpi.input.example', input.example(kpiFormat));
    }

    /**
     * Opens the dialog. options: kpi (a KpiResponse to change; none to create), ownerName, viewer ({key, name}),
     * project (the page's project, fixed; null on the directory), createIn ([{key, name}]), canCreateGlobal,
     * canChangeJql (when changing), kpis (KpiResponses to choose as parent or composite children), values (prefilled
     * form values, e.g. from an insight), title, onSaved(kpi).
     */
    function open(options) {
        var o = options || {};
        var editing = Boolean(o.kpi);
        var v = Object.assign({ format: 'NUMBER', direction: 'LOWER_IS_BETTER', type: 'JQL_COUNT', agents: 'ASSIGNEES',
            statistic: 'MEDIAN', aggregation: 'SUM', children: [], project: o.project || '' },
                editing ? model.valuesOf(o.kpi) : {}, o.values || {});
        var queriesLocked = editing && !o.canChangeJql;
        var controls = {};
        var statuses = {};
        var groups = {};
        var pending = null;
        var asked = 0;

        function field(label, name, control, extra) {
            var e = extra || {};
            controls[name] = control;
            var group = dialog.field(label, control, { field: e.field || name, required: e.required,
                description: e.description, group: name });
            if (e.status) {
                statuses[e.field] = h('div', { className: 'waypoint-jql-status', 'aria-live': 'polite',
                    data: { for: e.field } });
                group.appendChild(statuses[e.field]);
            }
            return group;
        }

        var presetSelect = editing ? null : dialog.select('preset', [{ value: '', label: texts.get('none') }]
                .concat(model.presets(o.project).map(function (p) {
                    return { value: p.id, label: PRESET[p.id] };
                })), '');
        var typeSelect = dialog.select('type', model.SOURCE_TYPES.map(function (t) {
            return { value: t, label: TYPE[t] };
        }), v.type, { disabled: queriesLocked });
        var shownType = typeSelect.value;

        var query = field(AJS.I18n.getText('waypoint.web.kpi.jql'), 'jql', area('jql', v.jql),
                { field: 'source.jql', status: true, required: true });
        var numerator = field(AJS.I18n.getText('waypoint.web.kpi.numeratorJql'), 'numeratorJql',
                area('numeratorJql', v.numeratorJql), { field: 'source.numeratorJql', status: true, required: true });
        var denominator = field(AJS.I18n.getText('waypoint.web.kpi.denominatorJql'), 'denominatorJql',
                area('denominatorJql', v.denominatorJql), { field: 'source.denominatorJql', status: true,
                    required: true });
        var agents = field(AJS.I18n.getText('waypoint.web.kpi.agents'), 'agents', dialog.select('agents', AGENTS,
                v.agents), { field: 'source.agents' });
        var group = field(AJS.I18n.getText('waypoint.web.kpi.group'), 'group', text('group', v.group),
                { field: 'source.group', required: true });
        var role = field(AJS.I18n.getText('waypoint.web.kpi.role'), 'role', text('role', v.role),
                { field: 'source.role', required: true,
                    description: AJS.I18n.getText('waypoint.web.kpi.role.description') });
        var fromField = field(AJS.I18n.getText('waypoint.web.kpi.fromField'), 'fromField',
                text('fromField', v.fromField || 'created'), { field: 'source.fromField', required: true });
        var toField = field(AJS.I18n.getText('waypoint.web.kpi.toField'), 'toField',
                text('toField', v.toField || 'resolutiondate'), { field: 'source.toField', required: true });
        var statistic = field(AJS.I18n.getText('waypoint.web.kpi.statistic'), 'statistic',
                dialog.select('statistic', STATISTIC, v.statistic), { field: 'source.statistic' });
        var aggregation = field(AJS.I18n.getText('waypoint.web.kpi.aggregation'), 'aggregation',
                dialog.select('aggregation', AGGREGATION, v.aggregation), { field: 'source.aggregation' });
        var chosenChildren = {};
        (v.children || []).forEach(function (c) {
            chosenChildren[c.kpiId] = c.weight;
        });
        var childRows = (o.kpis || []).filter(function (k) {
            return !editing || k.id !== o.kpi.id;
        }).map(function (k) {
            var box = h('input', { type: 'checkbox', className: 'checkbox', id: dom.uid('waypoint-child'),
                value: String(k.id), checked: Object.prototype.hasOwnProperty.call(chosenChildren, String(k.id)) });
            var weight = h('input', { type: 'text', className: 'text short-field waypoint-child-weight',
                inputmode: 'decimal', value: chosenChildren[String(k.id)] || '1',
                'aria-label': AJS.I18n.getText('waypoint.web.kpi.weightOf', k.name) });
            return { kpi: k, box: box, weight: weight, element: h('li', { className: 'waypoint-child' }, [
                box, h('label', { for: box.id, text: k.project ? k.name + ' (' + k.project + ')' : k.name }),
                weight]) };
        });
        var children = h('fieldset', { className: 'group waypoint-kpi-pick', data: { field: 'source.children' } }, [
            h('legend', null, h('span', { text: AJS.I18n.getText('waypoint.web.kpi.children') })),
            childRows.length ? h('ul', { className: 'waypoint-child-list' }, childRows.map(function (r) {
                return r.element;
            })) : h('p', { className: 'waypoint-muted', text: AJS.I18n.getText('waypoint.web.kpi.children.none') })
        ]);
        groups = { jql: query, numeratorJql: numerator, denominatorJql: denominator, agents: agents, group: group,
            role: role, fromField: fromField, toField: toField, statistic: statistic, aggregation: aggregation,
            children: children };

        var formatSelect = dialog.select('format', FORMAT, v.format);
        var unit = field(AJS.I18n.getText('waypoint.web.kpi.unit'), 'unit', text('unit', v.unit,
                { maxlength: '32' }), { description: AJS.I18n.getText('waypoint.web.kpi.unit.description') });
        var targetInput = text('target', v.target, { inputmode: 'decimal' });
        var warningInput = text('warning', v.warning, { inputmode: 'decimal' });
        var target = field(AJS.I18n.getText('waypoint.web.kpi.target'), 'target', targetInput,
                { required: true, description: exampleOf(v.format) });
        var warning = field(AJS.I18n.getText('waypoint.web.kpi.warning'), 'warning', warningInput,
                { description: AJS.I18n.getText('waypoint.web.kpi.warning.description') });
        var owner = userPicker.create(editing ? { key: v.owner, name: o.ownerName } : o.viewer,
                { id: dom.uid('waypoint-owner'), field: 'owner', disabled: queriesLocked });
        var scopes = (o.createIn || []).map(function (p) {
            return { value: p.key, label: p.name === p.key ? p.key : p.name + ' (' + p.key + ')' };
        });
        if (o.canCreateGlobal || (editing && !v.project)) {
            scopes.unshift({ value: '', label: AJS.I18n.getText('waypoint.web.kpi.global') });
        }
        if (v.project && !scopes.some(function (s) {
            return s.value === v.project;
        })) {
            scopes.push({ value: v.project, label: v.project });
        }
        var projectSelect = dialog.select('project', scopes, v.project, { disabled: Boolean(o.project) });
        var parents = [{ value: '', label: texts.get('none') }].concat((o.kpis || []).filter(function (k) {
            return !editing || k.id !== o.kpi.id;
        }).map(function (k) {
            return { value: String(k.id), label: k.name };
        }));
        var refresh = dialog.select('refreshMinutes', [{ value: '', label: AJS.I18n.getText(
                'waypoint.web.kpi.refresh.default') }].concat(REFRESH.map(function (m) {
            return { value: String(m), label: AJS.I18n.getText('waypoint.web.kpi.refresh.minutes', String(m)) };
        })), v.refreshMinutes || '');
        if (v.refreshMinutes && REFRESH.indexOf(Number(v.refreshMinutes)) < 0) {
            refresh.appendChild(h('option', { value: String(v.refreshMinutes), selected: true },
                    AJS.I18n.getText('waypoint.web.kpi.refresh.minutes', String(v.refreshMinutes))));
        }

        function values() {
            var type = typeSelect.value;
            return {
                name: controls.name.value, description: controls.description.value, unit: controls.unit.value,
                format: formatSelect.value, direction: controls.direction.value, target: targetInput.value,
                warning: warningInput.value, owner: owner.value(), project: projectSelect.value,
                parentId: controls.parentId.value, refreshMinutes: refresh.value, type: type,
                jql: controls.jql.value, numeratorJql: controls.numeratorJql.value,
                denominatorJql: controls.denominatorJql.value, agents: controls.agents.value,
                group: controls.group.value, role: controls.role.value, fromField: controls.fromField.value,
                toField: controls.toField.value, statistic: controls.statistic.value,
                sampleCap: v.sampleCap || '', aggregation: controls.aggregation.value,
                children: childRows.filter(function (r) {
                    return r.box.checked;
                }).map(function (r) {
                    return { kpiId: String(r.kpi.id), weight: r.weight.value };
                }),
                version: editing ? o.kpi.version : undefined
            };
        }

        function show() {
            var type = typeSelect.value;
            var agentsKind = controls.agents.value;
            var visible = {
                jql: type === 'JQL_COUNT' || type === 'PER_AGENT' || type === 'DURATION',
                numeratorJql: type === 'JQL_RATIO', denominatorJql: type === 'JQL_RATIO',
                agents: type === 'PER_AGENT', group: type === 'PER_AGENT' && agentsKind === 'GROUP',
                role: type === 'PER_AGENT' && agentsKind === 'PROJECT_ROLE', fromField: type === 'DURATION',
                toField: type === 'DURATION', statistic: type === 'DURATION', aggregation: type === 'COMPOSITE',
                children: type === 'COMPOSITE'
            };
            Object.keys(groups).forEach(function (name) {
                groups[name].hidden = !visible[name];
            });
            var weighted = controls.aggregation.value === 'WEIGHTED_AVERAGE';
            childRows.forEach(function (r) {
                r.weight.hidden = !weighted;
            });
            unit.hidden = formatSelect.value !== 'NUMBER';
            [target, warning].forEach(function (g, i) {
                var hint = g.querySelector('.description');
                hint.textContent = i === 0 ? exampleOf(formatSelect.value)
                        : AJS.I18n.getText('waypoint.web.kpi.warning.description');
            });
        }

        /** Jira's verdict on the queries as the user types: messages under the fields, the count of the one typed. */
        function check(field) {
            clearTimeout(pending);
            pending = setTimeout(function () {
                var current = values();
                if (!model.runsQueries(current.type) || queriesLocked) {
                    return;
                }
                var run = ++asked;
                var shown = JQL_FIELDS.filter(function (name) {
                    return !groups[name].hidden;
                }).map(function (name) {
                    return 'source.' + name;
                });
                shown.forEach(function (name) {
                    live(name, null, AJS.I18n.getText('waypoint.web.kpi.jql.checking'));
                });
                rest.post('/kpis/validate-jql', model.validation(current, field)).then(function (verdict) {
                    if (run !== asked) {
                        return;
                    }
                    var errors = {};
                    (verdict.errors || []).forEach(function (e) {
                        (errors[e.field] = errors[e.field] || []).push(e.message);
                    });
                    shown.forEach(function (name) {
                        var count = verdict.count && verdict.count.field === name ? verdict.count : null;
                        live(name, errors[name] ? errors[name].join(' ') : count && count.error ? count.error : null,
                                count && typeof count.issues === 'number' ? AJS.I18n.getText(
                                        'waypoint.web.kpi.jql.count', String(count.issues)) : '');
                    });
                }, function (error) {
                    if (run !== asked) {
                        return;
                    }
                    shown.forEach(function (name) {
                        var messages = error && error.fieldErrors && error.fieldErrors[name];
                        live(name, messages ? messages.join(' ') : null, '');
                    });
                });
            }, DELAY_MS);
        }

        /** The live line under a query field: an error (Jira's words) or a note (checking, the count). */
        function live(name, error, note) {
            var status = statuses[name];
            if (!status) {
                return;
            }
            status.className = 'waypoint-jql-status' + (error ? ' error' : '');
            status.textContent = error || note || '';
            Array.prototype.slice.call(status.parentNode.querySelectorAll('.error[data-waypoint-error]'))
                    .forEach(function (old) {
                        old.parentNode.removeChild(old);
                    });
            var control = controls[name.replace('source.', '')];
            if (error) {
                control.setAttribute('aria-invalid', 'true');
            } else {
                control.removeAttribute('aria-invalid');
            }
        }

        function fill(values) {
            Object.keys(values).forEach(function (name) {
                var control = name === 'type' ? typeSelect : name === 'format' ? formatSelect
                        : name === 'target' ? targetInput : name === 'warning' ? warningInput : controls[name];
                if (control && typeof values[name] === 'string') {
                    control.value = values[name];
                }
            });
            shownType = typeSelect.value;
            show();
            check('source.' + (values.numeratorJql ? 'numeratorJql' : 'jql'));
        }

        var body = [
            presetSelect ? dialog.field(AJS.I18n.getText('waypoint.web.kpi.preset'), presetSelect,
                    { description: AJS.I18n.getText('waypoint.web.kpi.preset.description') }) : null,
            field(AJS.I18n.getText('waypoint.web.kpi.name'), 'name', text('name', v.name, { maxlength: '255' }),
                    { required: true }),
            field(AJS.I18n.getText('waypoint.web.kpi.description'), 'description', h('textarea', {
                className: 'textarea long-field', name: 'description', rows: 2, value: v.description || '' })),
            h('fieldset', { className: 'waypoint-kpi-source' }, [
                h('legend', null, h('span', { text: AJS.I18n.getText('waypoint.web.kpi.source') })),
                dialog.field(AJS.I18n.getText('waypoint.web.kpi.type'), typeSelect, { field: 'source.type',
                    description: queriesLocked ? AJS.I18n.getText('waypoint.web.kpi.queriesLocked') : null }),
                query, numerator, denominator, agents, group, role, fromField, toField, statistic, aggregation,
                children
            ]),
            dialog.field(AJS.I18n.getText('waypoint.web.kpi.format'), formatSelect, { field: 'format' }),
            unit,
            field(AJS.I18n.getText('waypoint.web.kpi.direction'), 'direction', dialog.select('direction', DIRECTION,
                    v.direction)),
            target,
            warning,
            dialog.field(AJS.I18n.getText('waypoint.web.kpi.owner'), owner.element, { field: 'owner',
                description: AJS.I18n.getText('waypoint.web.kpi.owner.description') }),
            dialog.field(AJS.I18n.getText('waypoint.web.kpi.project'), projectSelect, { field: 'project' }),
            field(AJS.I18n.getText('waypoint.web.kpi.parent'), 'parentId', dialog.select('parentId', parents,
                    v.parentId || '')),
            dialog.field(AJS.I18n.getText('waypoint.web.kpi.refresh'), refresh, { field: 'refreshMinutes' })
        ];
        owner.input.setAttribute('data-field', 'owner');
        JQL_FIELDS.forEach(function (name) {
            controls[name].readOnly = queriesLocked;
            controls[name].addEventListener('input', function () {
                check('source.' + name);
            });
        });
        typeSelect.addEventListener('change', function () {
            // a duration is shown as one and a ratio as a percentage, unless the user chose the format
            formatSelect.value = model.formatAfterTypeChange(formatSelect.value, shownType, typeSelect.value);
            shownType = typeSelect.value;
        });
        [typeSelect, projectSelect].forEach(function (control) {
            control.addEventListener('change', function () {
                show();
                check(null);
            });
        });
        owner.onChange(function () {
            check(null);
        });
        [formatSelect, controls.agents, controls.aggregation].forEach(function (control) {
            control.addEventListener('change', show);
        });
        if (presetSelect) {
            presetSelect.addEventListener('change', function () {
                var preset = model.presets(projectSelect.value || o.project).filter(function (p) {
                    return p.id === presetSelect.value;
                })[0];
                if (preset) {
                    fill(preset.values);
                }
            });
        }

        var api = dialog.open({
            id: 'waypoint-kpi-dialog',
            title: o.title || (editing ? AJS.I18n.getText('waypoint.web.kpi.edit.title', o.kpi.name)
                    : AJS.I18n.getText('waypoint.web.kpi.create.title')),
            size: 'large',
            body: body,
            submitLabel: editing ? texts.get('save') : AJS.I18n.getText('waypoint.web.kpi.create.submit'),
            onSubmit: function () {
                var built = model.request(values());
                var fieldErrors = {};
                Object.keys(built.errors).forEach(function (name) {
                    fieldErrors[name] = [FORMAT_ERROR[built.errors[name]] || texts.get('requiredError')];
                });
                if (Object.keys(fieldErrors).length) {
                    return Promise.reject({ fieldErrors: fieldErrors, messages: [] });
                }
                var saving = editing ? rest.put('/kpis/' + rest.segment(o.kpi.id), built.body)
                        : rest.post('/kpis', built.body);
                return saving.then(function (saved) {
                    if (o.onSaved) {
                        o.onSaved(saved);
                    }
                }, function (error) {
                    Object.keys(error && error.fieldErrors || {}).forEach(function (name) {
                        live(name, null, '');
                    });
                    throw error;
                });
            }
        });
        show();
        if (model.runsQueries(v.type) && !queriesLocked && (v.jql || v.numeratorJql)) {
            check('source.' + (v.type === 'JQL_RATIO' ? 'numeratorJql' : 'jql'));
        }
        return api;
    }

    return { open: open };
});
