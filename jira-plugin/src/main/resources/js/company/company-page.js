/*
 * The company page (#waypoint-company-page): for a chosen cycle, the alignment tree from the company objectives down
 * (GET /company: the company level expanded; deeper levels load on demand), search and filters (GET .../search), the
 * KPI tree beside it (GET /company/kpi-tree), and for those allowed: create and edit company objectives, align team
 * objectives, close the cycle (the close wizard). A closed cycle shows grades and offers no action.
 */
define('waypoint/company/page', ['waypoint/dom', 'waypoint/rest', 'waypoint/texts', 'waypoint/format',
    'waypoint/messages', 'waypoint/widgets', 'waypoint/company/company-model', 'waypoint/company/company-tree',
    'waypoint/company/company-dialogs', 'waypoint/close/wizard'],
        function (dom, rest, texts, format, messages, widgets, model, companyTree, dialogs, wizard) {
    'use strict';

    var h = dom.h;

    function option(value, label, selected) {
        return h('option', { value: value, selected: selected }, label);
    }

    function CompanyPage(root) {
        this.root = root;
        this.status = root.querySelector('[data-region=status]');
        this.actions = root.querySelector('[data-region=actions]');
        this.summary = root.querySelector('[data-region=cycle-summary]');
        this.treeRegion = root.querySelector('[data-region=tree]');
        this.kpiRegion = root.querySelector('[data-region=kpi-tree]');
        this.form = root.querySelector('#waypoint-company-filters');
        this.cyclePicker = root.querySelector('#waypoint-company-cycle');
        this.search = root.querySelector('#waypoint-company-search');
        this.project = root.querySelector('#waypoint-company-project');
        this.level = root.querySelector('#waypoint-company-level');
        this.statusFilter = root.querySelector('#waypoint-company-status');
        this.data = null;
        this.searchRequest = 0;
    }

    CompanyPage.prototype.start = function () {
        var page = this;
        var match = /[?&]cycle=(\d+)/.exec(window.location.search);
        page.form.addEventListener('submit', function (event) {
            event.preventDefault();
            page.applyFilters();
        });
        page.cyclePicker.addEventListener('change', function () {
            var id = page.cyclePicker.value;
            if (window.history && window.history.replaceState) {
                window.history.replaceState(null, '', window.location.pathname + (id ? '?cycle=' + id : ''));
            }
            page.load(id);
        });
        var timer = null;
        page.search.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                page.applyFilters();
            }, 250);
        });
        [page.project, page.level, page.statusFilter].forEach(function (select) {
            select.addEventListener('change', function () {
                page.applyFilters();
            });
        });
        page.loadKpis();
        return page.load(match ? match[1] : null);
    };

    CompanyPage.prototype.load = function (cycleId) {
        var page = this;
        page.root.setAttribute('data-state', 'loading');
        page.treeRegion.setAttribute('aria-busy', 'true');
        return rest.get('/company' + rest.query({ cycle: cycleId })).then(function (data) {
            page.render(data);
        }, function (error) {
            page.fail(error);
        });
    };

    CompanyPage.prototype.fail = function (error) {
        dom.replace(this.status, messages.errorBox(messages.describe(error)));
        this.treeRegion.setAttribute('aria-busy', 'false');
        this.root.setAttribute('data-state', 'error');
    };

    CompanyPage.prototype.renderFilters = function (data) {
        var closed = data.cycle && data.cycle.state === 'CLOSED';
        var keep = { project: this.project.value, level: this.level.value, status: this.statusFilter.value };
        dom.replace(this.cyclePicker, data.cycles.length ? data.cycles.map(function (cycle) {
            return option(String(cycle.id), AJS.I18n.getText('waypoint.web.cycle.option', cycle.name,
                    texts.label('cycleState', cycle.state).toLowerCase()), data.cycle && cycle.id === data.cycle.id);
        }) : option('', texts.get('none'), true));
        this.cyclePicker.disabled = !data.cycles.length;
        dom.replace(this.project, [option('', AJS.I18n.getText('waypoint.company.filter.all'), true)]
                .concat(data.projects.map(function (key) {
                    return option(key, key, key === keep.project);
                })));
        dom.replace(this.level, [option('', AJS.I18n.getText('waypoint.company.filter.all'), true)]
                .concat(texts.options('level').map(function (o) {
                    return option(o.value, o.label, o.value === keep.level);
                })));
        dom.replace(this.statusFilter, [option('', AJS.I18n.getText('waypoint.company.filter.all'), true)]
                .concat(model.statusValues(closed).map(function (value) {
                    return option(value, closed ? wizard.bandLabel(value) : texts.label('pace', value),
                            value === keep.status);
                })));
    };

    CompanyPage.prototype.render = function (data) {
        var page = this;
        page.data = data;
        var cycle = data.cycle;
        var closed = cycle && cycle.state === 'CLOSED';
        page.renderFilters(data);
        page.root.setAttribute('data-cycle-id', cycle ? String(cycle.id) : '');
        page.root.setAttribute('data-cycle-state', cycle ? cycle.state : '');
        var actions = [];
        if (cycle && !closed && data.canManageCompany) {
            actions.push(widgets.button(AJS.I18n.getText('waypoint.company.objective.create'),
                    { id: 'waypoint-create-company-objective', on: { click: function () {
                        rest.get('/me').then(function (me) {
                            return me.userKey;
                        }, function () {
                            return null;
                        }).then(function (owner) {
                            dialogs.companyObjective({ cycleId: cycle.id, owner: owner,
                                onSaved: page.saved.bind(page) });
                        });
                    } } }, true));
        }
        if (cycle && data.canClose) {
            actions.push(widgets.button(AJS.I18n.getText('waypoint.company.close', cycle.name),
                    { id: 'waypoint-close-cycle', on: { click: function () {
                        wizard.open({ cycle: cycle, cycles: data.cycles, onClosed: page.saved.bind(page) });
                    } } }));
        }
        dom.replace(page.actions, actions);
        dom.replace(page.summary, cycle ? [
            h('span', { text: AJS.I18n.getText('waypoint.company.cycle.range', format.date(cycle.start),
                    format.date(cycle.end)) }),
            closed ? h('span', { className: 'aui-lozenge aui-lozenge-success waypoint-closed-note',
                text: AJS.I18n.getText('waypoint.company.closed') })
                : h('span', { text: AJS.I18n.getText('waypoint.company.elapsed', format.percent(data.expectedProgress)) })
        ] : []);
        page.tree = new companyTree.Tree(page.treeRegion, {
            cycleId: cycle ? cycle.id : null,
            onEdit: function (node) {
                rest.get('/objectives/' + rest.segment(node.id)).then(function (objective) {
                    dialogs.companyObjective({ cycleId: cycle.id, objective: objective,
                        onSaved: page.saved.bind(page) });
                }, messages.error);
            },
            onAlign: function (node) {
                rest.get('/objectives/' + rest.segment(node.id)).then(function (objective) {
                    dialogs.align({ objective: objective, parents: model.parentChoices(data.objectives, node),
                        onSaved: page.saved.bind(page) });
                }, messages.error);
            },
            onError: messages.error
        });
        dom.clear(page.status);
        if (!cycle) {
            dom.replace(page.treeRegion, widgets.emptyState(AJS.I18n.getText('waypoint.company.noCycle.title'),
                    AJS.I18n.getText('waypoint.company.noCycle.body')));
        } else if (!data.objectives.length && !data.unaligned) {
            dom.replace(page.treeRegion, widgets.emptyState(AJS.I18n.getText('waypoint.company.empty.title', cycle.name),
                    data.canManageCompany && !closed ? AJS.I18n.getText('waypoint.company.empty.manager')
                        : AJS.I18n.getText('waypoint.company.empty.body')));
        } else if (model.searchParams(page.filters(), closed)) {
            page.applyFilters();
        } else {
            page.tree.render(data.objectives, data.unaligned);
        }
        page.treeRegion.setAttribute('aria-busy', 'false');
        page.root.setAttribute('data-state', cycle && (data.objectives.length || data.unaligned) ? 'ready' : 'empty');
        if (window.performance && window.performance.mark) {
            window.performance.mark('waypoint-company-rendered');
        }
    };

    CompanyPage.prototype.filters = function () {
        return { q: this.search.value, project: this.project.value, level: this.level.value,
            status: this.statusFilter.value };
    };

    CompanyPage.prototype.applyFilters = function () {
        var page = this;
        var data = page.data;
        if (!data || !data.cycle) {
            return Promise.resolve();
        }
        var params = model.searchParams(page.filters(), data.cycle.state === 'CLOSED');
        var mine = ++page.searchRequest;
        if (!params) {
            page.tree.render(data.objectives, data.unaligned);
            page.root.setAttribute('data-state', 'ready');
            return Promise.resolve();
        }
        page.treeRegion.setAttribute('aria-busy', 'true');
        return rest.get('/company/cycles/' + rest.segment(data.cycle.id) + '/search' + rest.query(params))
            .then(function (result) {
                if (mine === page.searchRequest) {
                    page.tree.renderMatches(result);
                    page.root.setAttribute('data-state', 'searched');
                }
            }, messages.error).then(function () {
                page.treeRegion.setAttribute('aria-busy', 'false');
            });
    };

    CompanyPage.prototype.saved = function (message) {
        if (message) {
            messages.success(message);
        }
        return this.load(this.data && this.data.cycle ? String(this.data.cycle.id) : null);
    };

    function kpiItem(node) {
        return h('li', { className: 'waypoint-kpi-node', data: { 'kpi-id': node.id } }, [
            h('div', { className: 'waypoint-kpi-row' }, [
                h('span', { className: 'waypoint-kpi-name', text: node.name }),
                h('span', { className: 'waypoint-kpi-value', text: format.kpiValue(node.value, node.format, node.unit)
                    || AJS.I18n.getText('waypoint.company.kpi.noValue') }),
                widgets.health(node.health),
                node.contribution !== null && node.contribution !== undefined ? h('span', {
                    className: 'waypoint-kpi-share', text: AJS.I18n.getText('waypoint.company.kpi.share',
                            model.share(node.contribution)) }) : null
            ]),
            node.children.length ? h('ul', { className: 'waypoint-kpi-children' }, node.children.map(kpiItem)) : null
        ]);
    }

    CompanyPage.prototype.loadKpis = function () {
        var region = this.kpiRegion;
        return rest.get('/company/kpi-tree').then(function (roots) {
            dom.replace(region, roots.length ? h('ul', { className: 'waypoint-kpi-roots' }, roots.map(kpiItem))
                : widgets.emptyState(AJS.I18n.getText('waypoint.company.kpi.empty'), null));
        }, function (error) {
            dom.replace(region, messages.errorBox(messages.describe(error)));
        }).then(function () {
            region.setAttribute('aria-busy', 'false');
        });
    };

    return { CompanyPage: CompanyPage };
});
