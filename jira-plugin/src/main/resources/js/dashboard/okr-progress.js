/* Dashboard item "OKR progress": a project's, a cycle's or one objective's progress, pace or grade, and hidden key results. */
define('waypoint/dashboard/okr-progress', ['waypoint/dom', 'waypoint/rest', 'waypoint/format', 'waypoint/texts',
    'waypoint/widgets', 'waypoint/dashboard/item', 'waypoint/dashboard/item-model'],
        function (dom, rest, format, texts, widgets, item, model) {
    'use strict';

    var h = dom.h;
    var GRADE = { GREEN: 'aui-lozenge aui-lozenge-success', YELLOW: 'aui-lozenge aui-lozenge-moved',
        RED: 'aui-lozenge aui-lozenge-error' };

    /** The grade in a closed cycle (nothing without a value to grade: never a pace there), else the pace. */
    function status(objective, closed) {
        if (!closed) {
            return widgets.pace(objective.pace);
        }
        var band = model.gradeBand(objective.progress);
        return band ? h('span', { className: GRADE[band] + ' waypoint-grade', data: { grade: band } },
                AJS.I18n.getText('waypoint.dashboard.okr.grade', format.progressPercent(model.progress(objective.progress))))
                : null;
    }

    function keyResult(kr, closed) {
        if (kr.hidden) {
            return h('li', { className: 'waypoint-dashboard-kr waypoint-dashboard-kr-hidden', data: { hidden: 'true' } }, [
                h('span', { className: 'waypoint-dashboard-kr-title', text: kr.title }),
                widgets.lozenge(AJS.I18n.getText('waypoint.dashboard.okr.hidden'), 'waypoint-hidden')
            ]);
        }
        return h('li', { className: 'waypoint-dashboard-kr' }, [
            h('span', { className: 'waypoint-dashboard-kr-title', text: kr.title }),
            widgets.progress(model.progress(kr.progress)),
            status(kr, closed)
        ]);
    }

    function objectiveNode(entry, closed) {
        var o = entry.objective;
        var note = model.keyResultsNote(o);
        return h('li', { className: 'waypoint-dashboard-objective waypoint-depth-' + Math.min(entry.depth, 4),
            data: { 'objective-id': o.id, depth: entry.depth } }, [
            h('div', { className: 'waypoint-dashboard-head' }, [
                h('span', { className: 'waypoint-dashboard-objective-title', text: o.title }),
                o.context ? widgets.lozenge(AJS.I18n.getText('waypoint.dashboard.okr.context')) : null,
                status(o, closed)
            ]),
            widgets.progress(model.progress(o.progress)),
            note ? h('div', { className: 'waypoint-meta waypoint-dashboard-counted', text: AJS.I18n.getText(
                    'waypoint.dashboard.okr.counted', String(note.counted), String(note.total)) }) : null,
            o.keyResults && o.keyResults.length ? h('ul', { className: 'waypoint-dashboard-krs' },
                    o.keyResults.map(function (kr) {
                        return keyResult(kr, closed);
                    })) : null
        ]);
    }

    function view(data) {
        if (!data.cycle) {
            return { nodes: widgets.emptyState(AJS.I18n.getText('waypoint.dashboard.okr.noCycle.title'),
                    AJS.I18n.getText('waypoint.dashboard.okr.noCycle.body')) };
        }
        var closed = data.cycle.state === 'CLOSED';
        var entries = model.tree(data.objectives);
        return { nodes: [
            h('div', { className: 'waypoint-meta waypoint-dashboard-cycle' }, [
                h('strong', { text: data.cycle.name }),
                h('span', { text: format.date(data.cycle.start) + ' \u2013 ' + format.date(data.cycle.end) }),
                typeof data.expectedProgress === 'number' && !closed ? h('span', { text: AJS.I18n.getText(
                        'waypoint.dashboard.okr.expected', format.percent(data.expectedProgress)) }) : null
            ]),
            entries.length ? h('ul', { className: 'waypoint-dashboard-objectives' }, entries.map(function (entry) {
                return objectiveNode(entry, closed);
            })) : widgets.emptyState(AJS.I18n.getText('waypoint.dashboard.okr.empty.title'),
                    AJS.I18n.getText('waypoint.dashboard.okr.empty.body'))
        ] };
    }

    function cycleOptions(cycles) {
        return (cycles || []).slice().sort(function (a, b) {
            return a.start < b.start ? 1 : a.start > b.start ? -1 : 0;
        }).map(function (c) {
            return { value: String(c.id), label: c.name, hint: texts.label('cycleState', c.state) };
        });
    }

    function edit(prefs) {
        return Promise.all([item.projectOptions(), rest.get('/cycles')]).then(function (answers) {
            var gone = AJS.I18n.getText('waypoint.dashboard.picker.gone');
            var cycles = cycleOptions(answers[1]);
            var scope = item.radios('scope', AJS.I18n.getText('waypoint.dashboard.okr.scope'), [
                { value: 'project', label: AJS.I18n.getText('waypoint.dashboard.okr.scope.project') },
                { value: 'cycle', label: AJS.I18n.getText('waypoint.dashboard.okr.scope.cycle') },
                { value: 'objective', label: AJS.I18n.getText('waypoint.dashboard.okr.scope.objective') }
            ], prefs.scope || 'project');
            var project = item.single({ field: 'project', label: AJS.I18n.getText('waypoint.dashboard.field.project'),
                options: answers[0], value: prefs.scope === 'project' ? prefs.project : '', gone: gone });
            var projectCycle = item.single({ field: 'projectCycle', label: AJS.I18n.getText(
                    'waypoint.dashboard.field.cycle'), options: cycles, value: prefs.scope === 'project' ? prefs.cycle
                    : '', none: AJS.I18n.getText('waypoint.dashboard.okr.currentCycle'), gone: gone });
            var cycle = item.single({ field: 'cycle', label: AJS.I18n.getText('waypoint.dashboard.field.cycle'),
                options: cycles, value: prefs.scope !== 'project' ? prefs.cycle : '', gone: gone });
            var objective = item.single({ field: 'objective', label: AJS.I18n.getText(
                    'waypoint.dashboard.field.objective'), options: [], value: prefs.objective, gone: gone });
            function loadObjectives(cycleId) {
                if (!model.isId(cycleId)) {
                    objective.setOptions([]);
                    return;
                }
                rest.get('/objectives' + rest.query({ cycleId: cycleId })).then(function (list) {
                    objective.setOptions((list || []).map(function (o) {
                        return { value: String(o.id), label: o.title, hint: o.project || texts.label('level', o.level) };
                    }));
                }, function () {
                    objective.setOptions([]);
                });
            }
            function showFor(chosen) {
                project.element.hidden = projectCycle.element.hidden = chosen !== 'project';
                cycle.element.hidden = chosen === 'project';
                objective.element.hidden = chosen !== 'objective';
            }
            scope.onChange(showFor);
            cycle.onChange(loadObjectives);
            showFor(prefs.scope || 'project');
            loadObjectives(prefs.cycle);
            return {
                nodes: [scope.element, project.element, projectCycle.element, cycle.element, objective.element],
                values: function () {
                    var chosen = scope.value();
                    return {
                        scope: chosen,
                        project: chosen === 'project' ? project.value() : '',
                        cycle: chosen === 'project' ? projectCycle.value() : cycle.value(),
                        objective: chosen === 'objective' ? objective.value() : ''
                    };
                }
            };
        });
    }

    return item.define({
        kind: 'okr-progress',
        view: view,
        edit: edit,
        errors: {
            scope: { required: AJS.I18n.getText('waypoint.dashboard.error.scope') },
            project: { required: AJS.I18n.getText('waypoint.dashboard.error.project') },
            cycle: { required: AJS.I18n.getText('waypoint.dashboard.error.cycle') },
            objective: { required: AJS.I18n.getText('waypoint.dashboard.error.objective') }
        }
    });
});
