/*
 * The KPI pages' controller, on #waypoint-kpi-page when the viewer may see it: a project's KPIs or the directory, or a
 * KPI's page when the address names one (?kpi=<id>, kept with the page's other parameters). Loads the read model,
 * renders it, wires the dialogs, and after each change shows a flag and renders the data again without reloading the
 * page. Marks performance ("waypoint-kpi-rendered") once the page's data is drawn.
 */
require(['waypoint/dom', 'waypoint/rest', 'waypoint/messages', 'waypoint/kpi/workspace-model',
    'waypoint/kpi/parts', 'waypoint/kpi/directory', 'waypoint/kpi/detail', 'waypoint/kpi/kpi-dialog',
    'waypoint/kpi/actions'], function (dom, rest, messages, model, parts, directory, detail, kpiDialog, actions) {
    'use strict';

    function viewerName(key) {
        var meta = document.querySelector('meta[name="ajs-remote-user-fullname"]');
        return meta && meta.getAttribute('content') || key;
    }

    function Page(root) {
        this.root = root;
        this.project = root.getAttribute('data-project-key') || null;
        this.viewer = { key: root.getAttribute('data-viewer-key'), name: viewerName(root.getAttribute('data-viewer-key')) };
        this.status = root.querySelector('[data-region="status"]');
        this.view = root.querySelector('[data-region="view"]');
        this.period = model.periodOf(window.location.search);
        this.listData = null;
    }

    Page.prototype.pageUrl = function (id) {
        return window.location.pathname + model.withKpi(window.location.search, id);
    };

    Page.prototype.busy = function (flag) {
        this.root.setAttribute('aria-busy', flag ? 'true' : 'false');
        this.status.hidden = !flag;
    };

    Page.prototype.done = function (state, after) {
        (after || []).forEach(function (draw) {
            draw();
        });
        this.busy(false);
        this.root.setAttribute('data-state', state);
        if (window.performance && performance.mark && state === 'ready') {
            performance.mark('waypoint-kpi-rendered');
        }
    };

    Page.prototype.failed = function (error) {
        parts.failed(this.view, error);
        this.done('error');
    };

    Page.prototype.start = function () {
        var id = model.kpiOf(window.location.search);
        return id ? this.loadKpi(id) : this.loadList();
    };

    /** The list's read model (also what the dialogs offer: KPIs to choose, where to create), read once per change. */
    Page.prototype.list = function () {
        var self = this;
        if (!this.listData) {
            this.listData = rest.get('/kpi-pages/kpis' + rest.query({ project: this.project })).catch(function (e) {
                self.listData = null;
                throw e;
            });
        }
        return this.listData;
    };

    Page.prototype.dialogContext = function () {
        var self = this;
        return this.list().then(function (list) {
            return { viewer: self.viewer, project: self.project, createIn: list.createIn,
                canCreateGlobal: list.canCreateGlobal, kpis: (list.kpis || []).map(function (e) {
                    return e.kpi;
                }) };
        });
    };

    Page.prototype.changed = function (message, reload) {
        if (message) {
            messages.success(message);
        }
        this.listData = null;
        this.busy(true);
        return reload.call(this);
    };

    Page.prototype.create = function (values) {
        var self = this;
        return this.dialogContext().then(function (context) {
            return kpiDialog.open(Object.assign(context, { values: values, onSaved: function (kpi) {
                messages.success(AJS.I18n.getText('waypoint.web.kpi.created', kpi.name));
                window.location.assign(self.pageUrl(kpi.id));
            } }));
        }, function (error) {
            messages.error(error);
        });
    };

    Page.prototype.insightHandlers = function (cycles, reload) {
        var self = this;
        return {
            createOkr: function (insight) {
                var kpiId = insight.kpis[0];
                Promise.all([cycles(), self.dialogContext()]).then(function (answers) {
                    var kpi = answers[1].kpis.filter(function (k) {
                        return k.id === kpiId;
                    })[0] || { id: kpiId, name: '', format: 'NUMBER' };
                    actions.createOkr(kpi, insight.action.okr, answers[0], function (message) {
                        self.changed(message, reload);
                    });
                }, function (error) {
                    messages.error(error);
                });
            },
            trackAsKpi: function (insight) {
                self.dialogContext().then(function (context) {
                    actions.trackAsKpi(insight.action.conversion, context, function (message) {
                        self.changed(message, reload);
                    });
                }, function (error) {
                    messages.error(error);
                });
            }
        };
    };

    Page.prototype.loadList = function () {
        var self = this;
        this.busy(true);
        return this.list().then(function (list) {
            var insights = dom.h('div', { className: 'waypoint-kpi-insights-region', 'aria-busy': 'true' });
            var box = dom.h('div', { className: 'waypoint-kpi-list' });
            dom.replace(self.view, [box, dom.h('section', { className: 'waypoint-section waypoint-kpi-section',
                id: 'waypoint-kpi-scope-insights', 'aria-labelledby': 'waypoint-kpi-scope-insights-heading' }, [
                dom.h('h3', { id: 'waypoint-kpi-scope-insights-heading',
                    text: AJS.I18n.getText('waypoint.web.insights.heading') }), insights])]);
            var canCreate = (list.createIn || []).length > 0 || list.canCreateGlobal;
            return directory.render(box, list, { project: self.project, pageUrl: self.pageUrl.bind(self),
                create: canCreate ? function () {
                    self.create(null);
                } : null }).then(function () {
                self.done('ready');
                self.loadInsights(insights);
            });
        }, function (error) {
            self.failed(error);
        });
    };

    Page.prototype.loadInsights = function (container) {
        var self = this;
        var handlers = this.insightHandlers(function () {
            return rest.get('/cycles');
        }, this.loadList);
        parts.loading(container);
        return rest.get('/insights' + rest.query({ project: this.project })).then(function (list) {
            dom.replace(container, detail.insightList((list || []).filter(function (i) {
                return i.kpis.length > 0 || i.type === 'BUSINESS_AS_USUAL';
            }), handlers));
        }, function (error) {
            parts.failed(container, error);
        }).then(function () {
            container.setAttribute('aria-busy', 'false');
        });
    };

    Page.prototype.loadKpi = function (id) {
        var self = this;
        this.busy(true);
        this.kpiId = id;
        var reload = function () {
            return self.loadKpi(id);
        };
        return rest.get('/kpi-pages/kpis/' + rest.segment(id) + rest.query(this.period)).then(function (page) {
            var after = detail.render(self.view, page, {
                project: self.project,
                pageUrl: self.pageUrl.bind(self),
                listUrl: self.pageUrl(null),
                csvUrl: function (from, to) {
                    return rest.url('/kpis/' + rest.segment(id) + '/values.csv' + rest.query({ from: from, to: to }));
                }
            }, Object.assign(self.insightHandlers(function () {
                return Promise.resolve(page.cycles);
            }, reload), {
                edit: function () {
                    self.dialogContext().then(function (context) {
                        kpiDialog.open(Object.assign(context, { kpi: page.kpi, ownerName: page.ownerName,
                            canChangeJql: page.canChangeJql, onSaved: function (kpi) {
                                self.changed(AJS.I18n.getText('waypoint.web.kpi.saved', kpi.name), reload);
                            } }));
                    }, function (error) {
                        messages.error(error);
                    });
                },
                refresh: function () {
                    actions.refresh(page.kpi, function (message) {
                        self.changed(message, reload);
                    });
                },
                enterValue: function (current) {
                    actions.enterValue(page.kpi, current, function (message) {
                        self.changed(message, reload);
                    });
                },
                deleteValue: function (date) {
                    actions.deleteValue(page.kpi, date, function (message) {
                        self.changed(message, reload);
                    });
                },
                deleteKpi: function () {
                    actions.deleteKpi(page.kpi, function () {
                        window.location.assign(self.pageUrl(null));
                    });
                },
                align: function () {
                    actions.align(page.kpi, page.alignable, function (message) {
                        self.changed(message, reload);
                    });
                },
                unalign: function (objective) {
                    actions.unalign(page.kpi, objective, function (message) {
                        self.changed(message, reload);
                    });
                },
                period: function (period) {
                    self.period = period;
                    if (window.history && history.replaceState) {
                        history.replaceState(history.state, '', window.location.pathname
                                + model.withPeriod(window.location.search, period));
                    }
                    reload();
                }
            }));
            self.done('ready', after);
        }, function (error) {
            self.failed(error);
            // a KPI that is gone (or hidden) leaves the reader a way back to the KPIs they may see
            self.view.insertBefore(dom.h('a', { className: 'waypoint-kpi-back', href: self.pageUrl(null),
                text: self.project ? AJS.I18n.getText('waypoint.web.kpi.back.project', self.project)
                    : AJS.I18n.getText('waypoint.web.kpi.back.all') }), self.view.firstChild);
        });
    };

    function start() {
        var root = document.getElementById('waypoint-kpi-page');
        if (root && root.getAttribute('data-state') === 'loading') {
            new Page(root).start();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
});
