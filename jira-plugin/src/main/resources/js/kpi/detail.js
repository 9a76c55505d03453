/*
 * A KPI's page (GET /kpi-pages/kpis/{id}[?days=|?cycle=]): its value with the issues behind it, bands and trend; the
 * history chart with its health zones and the cycles of aligned objectives, for 30, 90 or 365 days or a cycle; the
 * per-agent table; the KPI tree; the aligned objectives with their progress; its insights with their actions; its
 * manual values; and what the viewer may do (only what the server accepts: canManage, canChangeJql, canUnalign).
 */
define('waypoint/kpi/detail', ['waypoint/dom', 'waypoint/rest', 'waypoint/format', 'waypoint/texts',
    'waypoint/widgets', 'waypoint/kpi-model', 'waypoint/kpi-view', 'waypoint/kpi/parts'],
        function (dom, rest, format, texts, widgets, kpiModel, kpiView, parts) {
    'use strict';

    var h = dom.h;
    var DAYS = [30, 90, 365];
    var AGGREGATION = {
        SUM: AJS.I18n.getText('waypoint.web.kpi.aggregation.SUM'),
        AVERAGE: AJS.I18n.getText('waypoint.web.kpi.aggregation.AVERAGE'),
        WEIGHTED_AVERAGE: AJS.I18n.getText('waypoint.web.kpi.aggregation.WEIGHTED_AVERAGE')
    };
    var WARNING_TYPES = { KPI_NEEDS_OKR: true, TARGET_RAISED_WITHOUT_OKR: true, JQL_ERROR: true,
        DENOMINATOR_ZERO: true };

    function section(id, title, content, actions) {
        return h('section', { className: 'waypoint-section waypoint-kpi-section', id: id,
            'aria-labelledby': id + '-heading' }, [
            h('div', { className: 'waypoint-kpi-section-head' }, [h('h3', { id: id + '-heading', text: title }),
                actions ? h('div', { className: 'waypoint-kpi-section-actions' }, actions) : null]),
            content
        ]);
    }

    function button(label, action, handler, props) {
        return widgets.button(label, Object.assign({ data: { action: action }, on: { click: handler } },
                props || {}));
    }

    /** The insights with their one-click actions (handlers: createOkr(insight), trackAsKpi(insight)). */
    function insightList(list, handlers) {
        if (!list.length) {
            return parts.empty(AJS.I18n.getText('waypoint.web.insights.empty.title'),
                    AJS.I18n.getText('waypoint.web.kpi.insights.empty'));
        }
        return h('ul', { className: 'waypoint-insight-list waypoint-kpi-insights' }, list.map(function (insight) {
            var action = insight.action;
            var act = null;
            if (action && action.kind === 'CREATE_OKR' && action.okr && handlers.createOkr) {
                act = button(insight.type === 'TARGET_RAISED_WITHOUT_OKR'
                        ? AJS.I18n.getText('waypoint.web.kpi.insight.reachTarget')
                        : AJS.I18n.getText('waypoint.web.insight.createOkr'), 'insight-okr', function () {
                    handlers.createOkr(insight);
                });
            } else if (action && action.kind === 'TRACK_AS_KPI' && action.conversion && handlers.trackAsKpi) {
                act = button(AJS.I18n.getText('waypoint.web.insight.trackAsKpi'), 'insight-track', function () {
                    handlers.trackAsKpi(insight);
                });
            }
            return h('li', { className: 'waypoint-insight aui-message ' + (WARNING_TYPES[insight.type]
                    ? 'aui-message-warning' : 'aui-message-info'), data: { type: insight.type } }, [
                h('p', { className: 'waypoint-insight-message', text: insight.message }), act]);
        }));
    }

    function node(n, ctx) {
        return h('span', { className: 'waypoint-kpi-node', data: { 'kpi-id': n.id } }, [
            h('a', { href: ctx.pageUrl(n.id), text: n.name }), ' ',
            h('span', { className: 'waypoint-meta', text: kpiView.valueText(n.at ? { at: n.at, value: n.value,
                error: n.error } : null, n) }), ' ', widgets.health(n.health)]);
    }

    function tree(page, ctx) {
        var t = page.tree;
        var items = [];
        if (t.parent) {
            items.push(h('p', null, [AJS.I18n.getText('waypoint.web.kpi.tree.parent'), ' ', node(t.parent, ctx)]));
        }
        if (t.inputs.length) {
            items.push(h('p', { className: 'waypoint-meta', text: AJS.I18n.getText('waypoint.web.kpi.tree.combines',
                    AGGREGATION[t.aggregation] || t.aggregation) }));
            items.push(h('ul', { className: 'waypoint-kpi-inputs' }, t.inputs.map(function (input) {
                return h('li', null, [node(input.kpi, ctx), ' ', h('span', { className: 'waypoint-meta',
                    text: (t.aggregation === 'WEIGHTED_AVERAGE' ? AJS.I18n.getText('waypoint.web.kpi.tree.weight',
                            format.number(input.weight)) + ' \u00b7 ' : '') + (format.isNumber(input.contribution)
                            ? AJS.I18n.getText('waypoint.web.kpi.tree.contribution', format.kpiValue(
                                    input.contribution, page.kpi.format, page.kpi.unit))
                            : AJS.I18n.getText('waypoint.web.kpi.tree.noContribution')) })]);
            })));
        }
        if (t.children.length) {
            items.push(h('p', { text: AJS.I18n.getText('waypoint.web.kpi.tree.children') }));
            items.push(h('ul', { className: 'waypoint-kpi-children' }, t.children.map(function (child) {
                return h('li', null, node(child, ctx));
            })));
        }
        return items.length ? items : parts.empty(AJS.I18n.getText('waypoint.web.kpi.tree.empty.title'),
                AJS.I18n.getText('waypoint.web.kpi.tree.empty.body'));
    }

    function keyResult(k) {
        var value = k.hidden ? h('span', { className: 'waypoint-muted', text: texts.label('warning', 'HIDDEN') })
                : parts.value(format.isNumber(k.value) ? format.keyResultValue(k.value, k)
                        : AJS.I18n.getText('waypoint.web.kpi.noValue'), k.drillDown ? [k.drillDown] : [],
                        k.valueAt ? { at: k.valueAt } : null, k.title);
        return h('li', { className: 'waypoint-kpi-kr', data: { 'key-result-id': k.id, hidden: k.hidden } }, [
            h('span', { className: 'waypoint-kpi-kr-title', text: k.title }), ' ', value, ' ',
            k.hidden ? null : widgets.pace(k.pace)]);
    }

    function aligned(page, handlers) {
        if (!page.aligned.length) {
            return parts.empty(AJS.I18n.getText('waypoint.web.kpi.aligned.empty.title'),
                    AJS.I18n.getText('waypoint.web.kpi.aligned.empty.body'));
        }
        return h('ul', { className: 'waypoint-kpi-aligned' }, page.aligned.map(function (o) {
            var counted = o.keyResultsCounted < o.keyResultsTotal ? AJS.I18n.getText('waypoint.web.kpi.aligned.counted',
                    String(o.keyResultsCounted), String(o.keyResultsTotal)) : null;
            return h('li', { className: 'waypoint-kpi-objective', data: { 'objective-id': o.id } }, [
                h('div', { className: 'waypoint-kpi-objective-head' }, [
                    h('strong', { text: o.title }), ' ',
                    widgets.lozenge(o.project || texts.label('level', o.level)), ' ',
                    h('span', { className: 'waypoint-meta', text: o.cycle.name }), ' ',
                    widgets.pace(o.pace),
                    o.canUnalign ? widgets.linkButton(AJS.I18n.getText('waypoint.web.kpi.unalign'), {
                        data: { action: 'unalign', id: o.id }, on: { click: function () {
                            handlers.unalign(o);
                        } } }) : null
                ]),
                widgets.progress(o.progress ? { clamped: o.progress.value, unclamped: o.progress.unclamped,
                    warning: o.progress.warning } : null),
                counted ? h('p', { className: 'waypoint-meta', text: counted }) : null,
                h('ul', { className: 'waypoint-kpi-krs' }, o.keyResults.map(keyResult))
            ]);
        }));
    }

    /** The cycles of the aligned objectives, as the trend chart marks them. */
    function markers(page) {
        var byCycle = {};
        var list = [];
        page.aligned.forEach(function (o) {
            var key = String(o.cycle.id);
            if (!byCycle[key]) {
                byCycle[key] = { name: o.cycle.name, start: o.cycle.start, end: o.cycle.end, objectives: [] };
                list.push(byCycle[key]);
            }
            byCycle[key].objectives.push({ title: o.title });
        });
        return list;
    }

    function manualValues(page, handlers) {
        var values = page.points.filter(function (p) {
            return format.isNumber(p.value);
        }).slice().reverse();
        if (!values.length) {
            return parts.empty(AJS.I18n.getText('waypoint.web.kpi.values.empty.title'),
                    AJS.I18n.getText('waypoint.web.kpi.values.empty.body'));
        }
        return h('table', { className: 'aui waypoint-kpi-values' }, [
            h('thead', null, h('tr', null, [h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.web.kpi.value.date') }),
                h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.web.kpi.value.value') }),
                page.canManage ? h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.web.kpi.values.actions') })
                        : null])),
            h('tbody', null, values.map(function (p) {
                var day = String(p.at).slice(0, 10);
                return h('tr', { data: { date: day } }, [
                    h('td', { text: format.date(day) }),
                    h('td', { text: format.kpiValue(p.value, page.kpi.format, page.kpi.unit) }),
                    page.canManage ? h('td', null, [
                        widgets.linkButton(AJS.I18n.getText('waypoint.web.kpi.value.correct'), {
                            data: { action: 'correct-value', date: day }, on: { click: function () {
                                handlers.enterValue({ date: day, value: p.value });
                            } } }),
                        widgets.linkButton(AJS.I18n.getText('waypoint.web.kpi.value.delete'), {
                            data: { action: 'delete-value', date: day }, on: { click: function () {
                                handlers.deleteValue(day);
                            } } })]) : null
                ]);
            }))
        ]);
    }

    function periodPicker(page, onPeriod) {
        var current = page.period.cycleId ? 'cycle-' + page.period.cycleId : 'days-' + page.period.days;
        var choices = DAYS.map(function (d) {
            return { value: 'days-' + d, label: AJS.I18n.getText('waypoint.web.kpi.period.days', String(d)) };
        }).concat(page.cycles.map(function (c) {
            return { value: 'cycle-' + c.id, label: AJS.I18n.getText('waypoint.web.kpi.period.cycle', c.name) };
        }));
        var picker = h('select', { className: 'select', id: 'waypoint-kpi-period', name: 'period' },
                choices.map(function (c) {
                    return h('option', { value: c.value, selected: c.value === current }, c.label);
                }));
        picker.addEventListener('change', function () {
            var parts2 = picker.value.split('-');
            onPeriod(parts2[0] === 'cycle' ? { cycle: parts2[1] } : { days: parts2[1] });
        });
        return h('div', { className: 'waypoint-kpi-period' }, [h('label', { for: picker.id,
            text: AJS.I18n.getText('waypoint.web.kpi.period') }), picker]);
    }

    function history(page, onPeriod, after) {
        var kpi = page.kpi;
        var geometry = kpiModel.trendChart({ points: page.points, from: page.period.from, to: page.period.to,
            bands: { direction: kpi.direction, target: kpi.target, warning: kpi.warning }, cycles: markers(page) });
        var range = format.seriesRange(geometry.points.map(function (p) {
            return { value: p.y };
        }));
        function value(v) {
            return format.kpiValue(v, kpi.format, kpi.unit);
        }
        var canvas = h('canvas', { role: 'img', id: 'waypoint-kpi-chart', 'aria-label': range ? AJS.I18n.getText(
                'waypoint.dashboard.trend.chart', kpi.name, String(range.count), value(range.first), value(range.last))
                : null });
        if (range) {
            after.push(function () {
                kpiView.trendChart(canvas, kpi, geometry, false);
            });
        }
        return [periodPicker(page, onPeriod), range ? h('div', { className: 'waypoint-kpi-chart' }, canvas)
                : parts.empty(AJS.I18n.getText('waypoint.web.kpi.history.empty.title'),
                        AJS.I18n.getText('waypoint.web.kpi.history.empty.body'))];
    }

    function summary(page) {
        var kpi = page.kpi;
        var week = page.trend && page.trend.week;
        var month = page.trend && page.trend.month;
        function change(c, words) {
            return c ? h('li', { className: 'waypoint-trend-' + String(c.label).toLowerCase(), text: words }) : null;
        }
        function delta(c) {
            return format.kpiDelta(c.delta, kpi.format, kpi.unit);
        }
        // a PER_AGENT KPI's value is its issues divided by its agents (DESIGN §3): say so, or "17.75 tickets" puzzles
        var agents = kpi.source && kpi.source.type === 'PER_AGENT' && page.latest && !page.latest.error
                ? page.agents.filter(function (a) {
                    return !a.unassigned;
                }) : [];
        var perAgent = agents.length ? AJS.I18n.getText('waypoint.web.kpi.perAgent.explained',
                format.number(page.agents.reduce(function (sum, a) {
                    return sum + (format.isNumber(a.count) ? a.count : 0);
                }, 0)), String(agents.length)) : null;
        return h('div', { className: 'waypoint-kpi-summary' }, [
            h('div', { className: 'waypoint-kpi-big', id: 'waypoint-kpi-value' }, parts.kpiValue(kpi, page.latest,
                    page.drillDown)),
            widgets.health(page.health),
            h('ul', { className: 'waypoint-kpi-facts' }, [
                perAgent ? h('li', { className: 'waypoint-kpi-per-agent', text: perAgent }) : null,
                h('li', { text: kpiView.targetText(kpi) }),
                format.isNumber(kpi.warning) ? h('li', { text: AJS.I18n.getText('waypoint.dashboard.trend.warning',
                        format.kpiValue(kpi.warning, kpi.format, kpi.unit)) }) : null,
                change(week, week && AJS.I18n.getText('waypoint.web.kpi.trend.week', delta(week),
                        texts.label('trend', week.label))),
                change(month, month && AJS.I18n.getText('waypoint.web.kpi.trend.month', delta(month),
                        texts.label('trend', month.label))),
                h('li', { text: AJS.I18n.getText('waypoint.web.kpi.ownedBy', page.ownerName) }),
                h('li', { text: AJS.I18n.getText('waypoint.web.kpi.refreshEvery', String(kpi.refreshMinutes)) })
            ])
        ]);
    }

    /**
     * Renders page (a KpiPageResponse) into container. ctx: pageUrl(id), listUrl, csvUrl(from, to). handlers: edit(),
     * refresh(), enterValue(current), deleteValue(date), deleteKpi(), align(), unalign(objective), createOkr(insight),
     * trackAsKpi(insight), period({days}|{cycle}). Returns the functions to run once the page is in the DOM (charts).
     */
    function render(container, page, ctx, handlers) {
        var kpi = page.kpi;
        var after = [];
        var manual = kpi.source && kpi.source.type === 'MANUAL';
        var toolbar = [
            page.canManage ? button(AJS.I18n.getText('waypoint.web.kpi.edit'), 'edit-kpi', handlers.edit) : null,
            page.canManage && !manual ? button(AJS.I18n.getText('waypoint.web.kpi.refresh.now'), 'refresh-kpi',
                    handlers.refresh) : null,
            page.canManage && manual ? button(AJS.I18n.getText('waypoint.web.kpi.value.enter'), 'enter-value',
                    function () {
                        handlers.enterValue(null);
                    }) : null,
            h('a', { className: 'aui-button', href: ctx.csvUrl(page.period.from, page.period.to), download: '',
                data: { action: 'export-csv' } }, AJS.I18n.getText('waypoint.web.kpi.csv')),
            page.canManage ? button(AJS.I18n.getText('waypoint.web.kpi.delete'), 'delete-kpi', handlers.deleteKpi,
                    { className: 'aui-button aui-button-subtle' }) : null
        ];
        dom.replace(container, h('article', { className: 'waypoint-kpi-detail', data: { 'kpi-id': kpi.id } }, [
            h('a', { className: 'waypoint-kpi-back', href: ctx.listUrl, text: ctx.project
                    ? AJS.I18n.getText('waypoint.web.kpi.back.project', ctx.project)
                    : AJS.I18n.getText('waypoint.web.kpi.back.all') }),
            h('div', { className: 'waypoint-kpi-detail-head' }, [
                h('h2', { id: 'waypoint-kpi-name', text: kpi.name }),
                widgets.lozenge(kpi.project || AJS.I18n.getText('waypoint.web.kpi.global')),
                h('div', { className: 'waypoint-kpi-actions aui-buttons' }, toolbar)
            ]),
            kpi.description ? h('p', { className: 'waypoint-kpi-description', text: kpi.description }) : null,
            summary(page),
            section('waypoint-kpi-history', AJS.I18n.getText('waypoint.web.kpi.history'),
                    history(page, handlers.period, after)),
            kpi.source && kpi.source.type === 'PER_AGENT' ? section('waypoint-kpi-agents',
                    AJS.I18n.getText('waypoint.web.kpi.agents.heading'), page.agents.length
                    ? [page.latest ? h('p', null, parts.computed(page.latest.at)) : null,
                        kpiView.agentTable({ kpi: kpi, agents: page.agents }, { key: 'count', direction: 'desc' })]
                    : parts.empty(AJS.I18n.getText('waypoint.dashboard.workload.empty.title'),
                            AJS.I18n.getText('waypoint.dashboard.workload.empty.body'))) : null,
            manual ? section('waypoint-kpi-values', AJS.I18n.getText('waypoint.web.kpi.values'),
                    manualValues(page, handlers)) : null,
            section('waypoint-kpi-tree', AJS.I18n.getText('waypoint.web.kpi.tree'), tree(page, ctx)),
            section('waypoint-kpi-objectives', AJS.I18n.getText('waypoint.web.kpi.aligned'), aligned(page, handlers),
                    page.alignable.length ? [button(AJS.I18n.getText('waypoint.web.kpi.align'), 'align',
                            handlers.align)] : null),
            section('waypoint-kpi-insights', AJS.I18n.getText('waypoint.web.insights.heading'),
                    insightList(page.insights, handlers))
        ]));
        return after;
    }

    return { render: render, insightList: insightList };
});
