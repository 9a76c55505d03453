/*
 * The project page controller: loads the read model (GET /projects/{key}/okrs[?cycleId=]), renders the cycle picker,
 * the objective tree or an empty state, then the KPI scorecard and the insights; wires the actions (check in, see
 * the check-ins, create, edit and delete objectives and key results, link issues) and re-renders after each change
 * without reloading the page. The chosen cycle is kept in the address (?cycle=ID) so that a reload shows the same
 * cycle.
 */
define('waypoint/project/page', ['waypoint/dom', 'waypoint/rest', 'waypoint/format', 'waypoint/texts',
    'waypoint/widgets', 'waypoint/messages', 'waypoint/okr-model', 'waypoint/sparkline', 'waypoint/project/tree',
    'waypoint/project/checkin-dialog', 'waypoint/project/objective-dialog', 'waypoint/project/keyresult-dialog',
    'waypoint/project/link-dialog', 'waypoint/project/delete-dialog', 'waypoint/project/history-dialog',
    'waypoint/project/scorecard', 'waypoint/project/insights'],
        function (dom, rest, format, texts, widgets, messages, model, sparkline, tree, checkInDialog,
                objectiveDialog, keyResultDialog, linkDialog, deleteDialog, historyDialog, scorecard, insights) {
    'use strict';

    var h = dom.h;
    var CYCLE_PARAM = 'cycle';

    function cycleFromAddress() {
        var match = /[?&]cycle=(\d+)(&|$)/.exec(window.location.search);
        return match ? Number(match[1]) : null;
    }

    function rememberCycle(cycleId) {
        if (!window.history || !window.history.replaceState) {
            return;
        }
        var params = window.location.search.replace(/^\?/, '').split('&').filter(function (part) {
            return part && part.indexOf(CYCLE_PARAM + '=') !== 0;
        });
        if (cycleId !== null && cycleId !== undefined) {
            params.push(CYCLE_PARAM + '=' + encodeURIComponent(String(cycleId)));
        }
        window.history.replaceState(window.history.state, '',
                window.location.pathname + (params.length ? '?' + params.join('&') : '') + window.location.hash);
    }

    function ProjectPage(root) {
        this.root = root;
        this.projectKey = root.getAttribute('data-project-key');
        this.regions = {};
        var self = this;
        ['toolbar-actions', 'status', 'tree', 'cycle-summary', 'scorecard', 'insights'].forEach(function (name) {
            self.regions[name] = root.querySelector('[data-region="' + name + '"]');
        });
        this.picker = root.querySelector('#waypoint-cycle-picker');
        this.page = null;
        this.charts = [];
        this.viewerKey = root.getAttribute('data-viewer-key') || null;
        this.firstRender = true;
    }

    ProjectPage.prototype.start = function () {
        var self = this;
        this.picker.addEventListener('change', function () {
            var id = self.picker.value ? Number(self.picker.value) : null;
            rememberCycle(id);
            self.load(id);
        });
        this.root.addEventListener('click', function (event) {
            var target = event.target.closest('[data-action]');
            if (target && self.root.contains(target) && !target.disabled) {
                event.preventDefault();
                self.act(target.getAttribute('data-action'), Number(target.getAttribute('data-id')), target);
            }
        });
        // AUI may show a row's "..." menu outside the page's element: its items are handled here
        document.addEventListener('click', function (event) {
            var target = event.target.closest && event.target.closest('aui-dropdown-menu[id^="waypoint-menu"] [data-action]');
            if (target && !self.root.contains(target)) {
                event.preventDefault();
                self.act(target.getAttribute('data-action'), Number(target.getAttribute('data-id')), target);
            }
        });
        return this.load(cycleFromAddress()).then(function () {
            self.loadKpis();
        });
    };

    /** Loads the read model of a cycle (null: the default cycle) and renders it. */
    ProjectPage.prototype.load = function (cycleId) {
        var self = this;
        this.root.setAttribute('data-state', 'loading');
        this.regions.tree.setAttribute('aria-busy', 'true');
        var path = '/projects/' + rest.segment(this.projectKey) + '/okrs' + rest.query({ cycleId: cycleId });
        return rest.get(path).then(function (page) {
            self.render(page);
        }, function (error) {
            if (error.status === 404 && cycleId !== null && cycleId !== undefined) {
                rememberCycle(null);
                return self.load(null);
            }
            self.showError(error);
        });
    };

    ProjectPage.prototype.showError = function (error) {
        var self = this;
        this.root.setAttribute('data-state', 'error');
        this.regions.tree.setAttribute('aria-busy', 'false');
        dom.replace(this.regions.status, [messages.errorBox(messages.describe(error)),
            widgets.button(texts.get('retry'), { on: { click: function () {
                self.load(self.page ? self.page.selectedCycleId : cycleFromAddress());
            } } })]);
    };

    ProjectPage.prototype.renderPicker = function (page) {
        var picker = this.picker;
        dom.replace(picker, page.cycles.length ? page.cycles.map(function (cycle) {
            return h('option', { value: String(cycle.id), selected: cycle.id === page.selectedCycleId },
                    AJS.I18n.getText('waypoint.web.cycle.option', cycle.name, texts.label('cycleState', cycle.state)));
        }) : h('option', { value: '' }, AJS.I18n.getText('waypoint.web.cycle.none')));
        picker.disabled = page.cycles.length === 0;
    };

    ProjectPage.prototype.renderToolbar = function (page) {
        var self = this;
        var cycle = model.selectedCycle(page);
        var canCreate = page.actions && page.actions.canCreateObjective && cycle && cycle.state !== 'CLOSED';
        dom.replace(this.regions['toolbar-actions'], canCreate ? widgets.button(
                AJS.I18n.getText('waypoint.web.action.createObjective'),
                { id: 'waypoint-create-objective', on: { click: function () {
                    self.openObjective(null, null);
                } } }, true) : null);
        var closed = cycle && cycle.state === 'CLOSED';
        dom.replace(this.regions['cycle-summary'], cycle ? h('p', { className: 'waypoint-cycle-dates' }, [
            AJS.I18n.getText('waypoint.web.cycle.dates', format.date(cycle.start), format.date(cycle.end)),
            closed ? ' ' + AJS.I18n.getText('waypoint.lead.cycle.closed') : null,
            !closed && format.isNumber(page.expectedProgress) ? ' ' + AJS.I18n.getText('waypoint.web.cycle.expected',
                    format.percent(page.expectedProgress)) + ' ' : null,
            !closed && format.isNumber(page.expectedProgress) ? widgets.help(
                    AJS.I18n.getText('waypoint.lead.help.expected.label'),
                    AJS.I18n.getText('waypoint.lead.help.expected')) : null
        ]) : null);
    };

    ProjectPage.prototype.renderEmpty = function (page, state) {
        var self = this;
        if (state === 'NO_CYCLES') {
            return widgets.emptyState(AJS.I18n.getText('waypoint.web.empty.noCycles.title'),
                    page.actions && page.actions.canManageCycles ? AJS.I18n.getText('waypoint.web.empty.noCycles.admin')
                            : AJS.I18n.getText('waypoint.web.empty.noCycles.body'));
        }
        var cycle = model.selectedCycle(page);
        var canCreate = page.actions && page.actions.canCreateObjective && cycle && cycle.state !== 'CLOSED';
        return widgets.emptyState(AJS.I18n.getText('waypoint.web.empty.noObjectives.title'),
                canCreate ? AJS.I18n.getText('waypoint.web.empty.noObjectives.body')
                        : AJS.I18n.getText('waypoint.web.empty.noObjectives.readOnly'),
                canCreate ? [widgets.button(AJS.I18n.getText('waypoint.web.action.createFirstObjective'),
                    { id: 'waypoint-create-first-objective', on: { click: function () {
                        self.openObjective(null, null);
                    } } }, true)] : null);
    };

    /** The row whose "..." menu has the focus (or had it), to focus it again after the tree is rendered anew. */
    function focusedAction(root) {
        var active = document.activeElement;
        if (!active || !root.contains(active) || !active.classList.contains('waypoint-menu-trigger')) {
            return null;
        }
        var row = active.closest('[data-key-result-id], [data-objective-id]');
        return row ? { kr: row.getAttribute('data-key-result-id'), objective: row.getAttribute('data-objective-id') }
                : null;
    }

    function refocus(root, target) {
        if (!target || root.contains(document.activeElement) && document.activeElement !== document.body) {
            return;
        }
        var row = target.kr ? root.querySelector('[data-key-result-id="' + target.kr + '"]')
                : root.querySelector('[data-objective-id="' + target.objective + '"]');
        var trigger = row && row.querySelector('.waypoint-menu-trigger');
        if (trigger) {
            trigger.focus();
        }
    }

    ProjectPage.prototype.render = function (page) {
        var focusTarget = focusedAction(this.root);
        this.page = page;
        this.charts.forEach(function (chart) {
            chart.destroy();
        });
        this.charts = [];
        this.renderPicker(page);
        this.renderToolbar(page);
        dom.clear(this.regions.status);
        var empty = model.emptyState(page);
        var sparklines = [];
        var cycle = model.selectedCycle(page);
        dom.replace(this.regions.tree, empty ? this.renderEmpty(page, empty) : tree.render(page.objectives, sparklines,
                cycle && cycle.state === 'CLOSED'));
        this.regions.tree.setAttribute('aria-busy', 'false');
        this.root.setAttribute('data-state', empty ? 'empty' : 'ready');
        this.root.setAttribute('data-cycle-id', page.selectedCycleId === null ? '' : String(page.selectedCycleId));
        if (this.firstRender && window.performance && window.performance.mark) {
            window.performance.mark('waypoint-tree-rendered');
        }
        this.draw(sparklines);
        if (this.firstRender && window.performance && window.performance.mark) {
            window.performance.mark('waypoint-sparklines-drawn');
        }
        refocus(this.root, focusTarget);
        this.firstRender = false;
    };

    /**
     * Draws the sparklines as they come into view (all at once where the browser has no IntersectionObserver): a
     * chart costs a few milliseconds, and at 400 key results drawing every one at once kept the page busy for a
     * second after its tree was shown.
     */
    ProjectPage.prototype.draw = function (sparklines) {
        var charts = this.charts;
        if (this.sparklineObserver) {
            this.sparklineObserver.disconnect();
            this.sparklineObserver = null;
        }
        if (typeof window.IntersectionObserver !== 'function') {
            sparklines.forEach(function (each) {
                charts.push(sparkline.draw(each.canvas, each.points, each.forecast));
            });
            return;
        }
        var pending = new Map();
        var observer = new window.IntersectionObserver(function (entries) {
            entries.forEach(function (entry) {
                var each = pending.get(entry.target);
                if (entry.isIntersecting && each) {
                    pending.delete(entry.target);
                    observer.unobserve(entry.target);
                    charts.push(sparkline.draw(each.canvas, each.points, each.forecast));
                }
            });
        }, { rootMargin: '200px 0px' });
        sparklines.forEach(function (each) {
            pending.set(each.canvas, each);
            observer.observe(each.canvas);
        });
        this.sparklineObserver = observer;
    };

    ProjectPage.prototype.loadKpis = function () {
        var self = this;
        var draw = function (list) {
            self.draw(list);
        };
        return Promise.all([
            scorecard.load(this.regions.scorecard, this.projectKey, draw),
            insights.load(this.regions.insights, this.projectKey, {
                createOkr: function (okr) {
                    self.openObjective(null, {
                        objectiveTitle: okr.objective.title,
                        alignedKpis: okr.objective.alignedKpis,
                        keyResultTitle: okr.keyResult.title,
                        measure: okr.keyResult.measure,
                        unit: okr.keyResult.unit,
                        kpiId: okr.keyResult.source ? okr.keyResult.source.kpiId : null
                    });
                },
                saved: function (message) {
                    self.changed(message);
                }
            })
        ]);
    };

    /**
     * After a change: a flag, then the data again (tree, scorecard, insights), without reloading the page. The page is
     * aria-busy from the change until all three are rendered again (assistive technology and tests wait for that).
     */
    ProjectPage.prototype.changed = function (message) {
        if (message) {
            messages.success(message);
        }
        var self = this;
        var settled = function () {
            self.pendingChanges -= 1;
            if (self.pendingChanges === 0) {
                self.root.removeAttribute('aria-busy');
            }
        };
        this.pendingChanges = (this.pendingChanges || 0) + 1;
        this.root.setAttribute('aria-busy', 'true');
        return this.load(this.page ? this.page.selectedCycleId : null).then(function () {
            return self.loadKpis();
        }).then(settled, settled);
    };

    /**
     * After a delete: as after any change, then, since the item's button went with it, the focus goes to the heading
     * of the objectives (unless it is somewhere on the page already).
     */
    ProjectPage.prototype.deleted = function (message) {
        var root = this.root;
        return this.changed(message).then(function () {
            var active = document.activeElement;
            if (!active || active === document.body || !root.contains(active)) {
                var heading = root.querySelector('#waypoint-okr-heading');
                if (heading) {
                    heading.setAttribute('tabindex', '-1');
                    heading.focus();
                }
            }
        });
    };

    /**
     * Who may own what the viewer creates or edits: {person: the viewer ({key, displayName}), canChoose: whether they
     * may choose someone else (project administrators; everybody else creates and keeps items they own).
     */
    ProjectPage.prototype.owners = function () {
        var page = this.page || {};
        return { person: page.viewer || (this.viewerKey ? { key: this.viewerKey, displayName: null } : null),
            canChoose: Boolean(page.actions && page.actions.canChooseOwner),
            canSetJqlForOthers: Boolean(page.actions && page.actions.canSetJqlForOthers) };
    };

    ProjectPage.prototype.openObjective = function (objective, draft) {
        var self = this;
        objectiveDialog.open({
            page: this.page,
            project: this.projectKey,
            cycleId: this.page.selectedCycleId,
            objective: objective,
            draft: draft,
            owners: this.owners(),
            onSaved: function (message) {
                self.changed(message);
            }
        });
    };

    /**
     * Edit dialogs start from the item as the API answers it (every field, e.g. aligned KPIs and the value source,
     * and the version to send back), not from the page's summary.
     */
    ProjectPage.prototype.fetchThen = function (button, path, open) {
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        rest.get(path).then(function (full) {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            open(full);
        }, function (error) {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            messages.error(error);
        });
    };

    /** A menu item (possibly shown outside the page) gives the focus to its row's menu button first. */
    ProjectPage.prototype.anchor = function (button) {
        var menu = button.closest('aui-dropdown-menu');
        var trigger = menu && menu.id ? document.querySelector('[aria-controls="' + menu.id + '"]') : null;
        if (trigger) {
            trigger.focus();
            return trigger;
        }
        return button;
    };

    /** "Refresh now" of a key result: evaluated at once; a flag says what happened. */
    ProjectPage.prototype.refresh = function (keyResult) {
        var self = this;
        return rest.post('/key-results/' + rest.segment(keyResult.id) + '/refresh', {}).then(function (answer) {
            if (answer.error) {
                messages.error({ status: 200, messages: [AJS.I18n.getText('waypoint.lead.refresh.failed',
                        keyResult.title, answer.error.message)], fieldErrors: {} });
                return self.changed(null);
            }
            return self.changed(answer.result === 'RECENT'
                ? AJS.I18n.getText('waypoint.lead.refresh.recent', keyResult.title)
                : AJS.I18n.getText('waypoint.lead.refresh.done', keyResult.title));
        }, function (error) {
            messages.error(error);
        });
    };

    ProjectPage.prototype.act = function (action, id, clicked) {
        var self = this;
        var button = this.anchor(clicked);
        var onSaved = function (message) {
            self.changed(message);
        };
        var found = model.findKeyResult(this.page, id);
        var cycle = model.selectedCycle(this.page);
        switch (action) {
            case 'check-in':
                if (found) {
                    checkInDialog.open(found.keyResult, cycle, this.page.asOf, onSaved);
                }
                break;
            case 'check-in-history':
                if (found) {
                    historyDialog.open(found.keyResult, {
                        correct: function (checkIn) {
                            checkInDialog.open(found.keyResult, cycle, self.page.asOf, onSaved, checkIn);
                        },
                        changed: function () {
                            self.changed(null);
                        }
                    });
                }
                break;
            case 'link-issue':
                if (found) {
                    linkDialog.open({ keyResult: found.keyResult, onChanged: onSaved });
                }
                break;
            case 'refresh':
                if (found) {
                    this.refresh(found.keyResult);
                }
                break;
            case 'edit-key-result':
                if (found) {
                    this.fetchThen(button, '/key-results/' + rest.segment(id), function (full) {
                        keyResultDialog.open({ keyResult: full, objective: found.objective, owners: self.owners(),
                            summary: found.keyResult, onSaved: onSaved });
                    });
                }
                break;
            case 'edit-objective':
                if (model.findObjective(this.page, id)) {
                    this.fetchThen(button, '/objectives/' + rest.segment(id), function (full) {
                        self.openObjective(full, null);
                    });
                }
                break;
            case 'delete-key-result':
                if (found) {
                    deleteDialog.keyResult(found.keyResult, found.objective, function (message) {
                        self.deleted(message);
                    });
                }
                break;
            case 'delete-objective':
                if (model.findObjective(this.page, id)) {
                    deleteDialog.objective(model.findObjective(this.page, id), function (message) {
                        self.deleted(message);
                    });
                }
                break;
            case 'add-key-result':
                if (model.findObjective(this.page, id)) {
                    keyResultDialog.open({ objective: model.findObjective(this.page, id), owners: this.owners(),
                        onSaved: onSaved });
                }
                break;
            default:
                break;
        }
    };

    return { ProjectPage: ProjectPage, cycleFromAddress: cycleFromAddress };
});
