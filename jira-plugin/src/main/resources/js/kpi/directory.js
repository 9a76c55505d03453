/*
 * A KPI page's list (GET /kpi-pages/kpis[?project=KEY]): search, filter by health and owner, sort; per KPI its name
 * (linking to its page), value as its format shows it with the issues behind it, target and warning, health, trend
 * (7 and 30 days), a 30-day sparkline, and its last refresh or error. Empty states for no KPI and for no match.
 */
define('waypoint/kpi/directory', ['waypoint/dom', 'waypoint/format', 'waypoint/texts', 'waypoint/widgets',
    'waypoint/sparkline', 'waypoint/kpi-view', 'waypoint/kpi/workspace-model', 'waypoint/kpi/parts'],
        function (dom, format, texts, widgets, sparkline, kpiView, model, parts) {
    'use strict';

    var h = dom.h;
    /** Rows shown at first and added by "Show more": the search and filters find the others. */
    var PAGE = 50;
    var SORTS = [
        { value: 'name', label: AJS.I18n.getText('waypoint.web.kpi.sort.name') },
        { value: 'health', label: AJS.I18n.getText('waypoint.web.kpi.sort.health') },
        { value: 'owner', label: AJS.I18n.getText('waypoint.web.kpi.sort.owner') },
        { value: 'updated', label: AJS.I18n.getText('waypoint.web.kpi.sort.updated') }
    ];

    function labelled(label, control) {
        control.id = control.id || dom.uid('waypoint-kpi-filter');
        return h('div', { className: 'waypoint-kpi-filter' }, [h('label', { for: control.id, text: label }), control]);
    }

    function select(name, choices, current) {
        return h('select', { className: 'select', name: name }, choices.map(function (c) {
            return h('option', { value: c.value, selected: c.value === current }, c.label);
        }));
    }

    function change(entry) {
        var week = entry.trend && entry.trend.week;
        var month = entry.trend && entry.trend.month;
        function one(c, words) {
            return c ? h('div', { className: 'waypoint-kpi-change waypoint-trend-' + String(c.label).toLowerCase(),
                text: words }) : null;
        }
        function delta(c) {
            return format.kpiDelta(c.delta, entry.kpi.format, entry.kpi.unit);
        }
        var badge = kpiView.trendBadge(entry.trend, entry.kpi, 'waypoint-kpi-trend');
        if (!week && !month) {
            return h('span', { className: 'waypoint-muted', text: AJS.I18n.getText('waypoint.web.kpi.trend.none') });
        }
        return [badge, one(week, week && AJS.I18n.getText('waypoint.web.kpi.trend.week', delta(week),
                texts.label('trend', week.label))), one(month, month && AJS.I18n.getText('waypoint.web.kpi.trend.month',
                delta(month), texts.label('trend', month.label)))];
    }

    function bands(kpi) {
        return [h('div', { text: kpiView.targetText(kpi) }), format.isNumber(kpi.warning) ? h('div', {
            className: 'waypoint-meta', text: AJS.I18n.getText('waypoint.dashboard.trend.warning',
                    format.kpiValue(kpi.warning, kpi.format, kpi.unit)) }) : null];
    }

    function row(entry, ctx, charts) {
        var kpi = entry.kpi;
        var points = (entry.history || []).map(function (p) {
            return { date: p.at, value: p.value };
        });
        var range = format.seriesRange(points);
        var canvas = h('canvas', { className: 'waypoint-sparkline', width: 120, height: 32, role: 'img',
            'aria-label': range ? AJS.I18n.getText('waypoint.web.kr.sparkline', String(range.count),
                    format.kpiValue(range.first, kpi.format, kpi.unit), format.kpiValue(range.last, kpi.format,
                            kpi.unit)) : AJS.I18n.getText('waypoint.web.kr.sparkline.empty') });
        if (range) {
            charts.push({ canvas: canvas, points: points });
        }
        var latest = entry.latest;
        return h('tr', { className: 'waypoint-kpi-row', data: { 'kpi-id': kpi.id, health: entry.health } }, [
            h('th', { scope: 'row', className: 'waypoint-kpi-name-cell' }, [
                h('a', { href: ctx.pageUrl(kpi.id), className: 'waypoint-kpi-name', text: kpi.name }),
                h('div', { className: 'waypoint-meta' }, [
                    ctx.project ? null : widgets.lozenge(kpi.project || AJS.I18n.getText('waypoint.web.kpi.global')),
                    ' ', AJS.I18n.getText('waypoint.web.kpi.ownedBy', entry.ownerName)])
            ]),
            // when the value was computed is the row's last column, so the value cell leaves it out
            h('td', { className: 'waypoint-kpi-value-cell' }, parts.kpiValue(kpi, latest, entry.drillDown)
                    .slice(0, 2)),
            h('td', { className: 'waypoint-kpi-bands' }, bands(kpi)),
            h('td', null, widgets.health(entry.health)),
            h('td', { className: 'waypoint-kpi-changes' }, change(entry)),
            h('td', null, canvas),
            h('td', { className: 'waypoint-kpi-refreshed' }, latest && latest.error ? h('span', {
                className: 'waypoint-kpi-error', text: latest.error.message }) : latest ? parts.when(latest.at)
                    : h('span', { className: 'waypoint-muted', text: AJS.I18n.getText('waypoint.web.scorecard.never') }))
        ]);
    }

    function table(rows, ctx, charts) {
        var headings = ['kpi', 'value', 'target', 'health', 'trend', 'history', 'refreshed'];
        var labels = {
            kpi: AJS.I18n.getText('waypoint.web.kpi.column.kpi'),
            value: AJS.I18n.getText('waypoint.web.kpi.column.value'),
            target: AJS.I18n.getText('waypoint.web.kpi.column.target'),
            health: AJS.I18n.getText('waypoint.web.kpi.column.health'),
            trend: AJS.I18n.getText('waypoint.web.kpi.column.trend'),
            history: AJS.I18n.getText('waypoint.web.kpi.column.history'),
            refreshed: AJS.I18n.getText('waypoint.web.kpi.column.refreshed')
        };
        return h('table', { className: 'aui waypoint-kpi-table', id: 'waypoint-kpi-list' }, [
            h('caption', { className: 'assistive', text: AJS.I18n.getText('waypoint.web.kpi.list.caption') }),
            h('thead', null, h('tr', null, headings.map(function (name) {
                return h('th', { scope: 'col', text: labels[name] });
            }))),
            h('tbody', null, rows.map(function (entry) {
                return row(entry, ctx, charts);
            }))
        ]);
    }

    /**
     * Draws the sparklines of charts ([{canvas, points}]) as their rows come into view (a chart each is costly: with
     * 200 KPIs, drawing all at once took most of the page's time), all at once where IntersectionObserver is missing.
     * Returns a Promise resolved once those in view are drawn, and a function that stops watching the rest.
     */
    function drawInView(charts) {
        if (!charts.length || typeof window.IntersectionObserver !== 'function') {
            charts.forEach(function (chart) {
                sparkline.draw(chart.canvas, chart.points, null);
            });
            return { drawn: Promise.resolve(), stop: function () {} };
        }
        var observer;
        var drawn = new Promise(function (resolve) {
            observer = new window.IntersectionObserver(function (entries) {
                entries.forEach(function (entry) {
                    if (entry.isIntersecting) {
                        observer.unobserve(entry.target);
                        var chart = charts[Number(entry.target.getAttribute('data-chart'))];
                        sparkline.draw(chart.canvas, chart.points, null);
                    }
                });
                resolve();
            }, { rootMargin: '200px 0px' });
            setTimeout(resolve, 1000); // should the first notice never come (a list out of the document)
        });
        charts.forEach(function (chart, i) {
            chart.canvas.setAttribute('data-chart', String(i));
            observer.observe(chart.canvas);
        });
        return { drawn: drawn, stop: function () {
            observer.disconnect();
        } };
    }

    /**
     * Renders list (a KpiListResponse) into container. ctx: project (the page's project key, or null), pageUrl(id),
     * create() (null when the viewer may create no KPI). Returns a Promise resolved once rendered (the sparklines in view
     * drawn).
     */
    function render(container, list, ctx) {
        var all = list.kpis || [];
        var state = { search: '', health: '', owner: '', sort: 'name', limit: PAGE };
        var search = h('input', { type: 'search', className: 'text', name: 'search', autocomplete: 'off',
            placeholder: AJS.I18n.getText('waypoint.web.kpi.search.placeholder') });
        var health = select('health', [{ value: '', label: AJS.I18n.getText('waypoint.web.kpi.filter.anyHealth') }]
                .concat(['RED', 'AMBER', 'GREEN', 'UNKNOWN'].map(function (value) {
                    return { value: value, label: texts.label('health', value) };
                })), '');
        var owner = select('owner', [{ value: '', label: AJS.I18n.getText('waypoint.web.kpi.filter.anyOwner') }]
                .concat(model.owners(all).map(function (o) {
                    return { value: o.key, label: o.name };
                })), '');
        var sort = select('sort', SORTS, 'name');
        var count = h('span', { className: 'waypoint-meta waypoint-kpi-count', 'aria-live': 'polite' });
        var body = h('div', { className: 'waypoint-kpi-list-body' });
        var create = ctx.create ? widgets.button(AJS.I18n.getText('waypoint.web.kpi.create'), {
            id: 'waypoint-kpi-create', data: { action: 'create-kpi' }, on: { click: ctx.create } }, true) : null;

        var watching = { stop: function () {} };

        function draw() {
            var rows = model.sort(model.filter(all, state), state.sort);
            var charts = [];
            count.textContent = AJS.I18n.getText('waypoint.web.kpi.count', String(rows.length), String(all.length));
            if (!all.length) {
                dom.replace(body, parts.empty(AJS.I18n.getText('waypoint.web.kpi.empty.title'),
                        ctx.project ? AJS.I18n.getText('waypoint.web.kpi.empty.project')
                                : AJS.I18n.getText('waypoint.web.kpi.empty.all'),
                        create ? [widgets.button(AJS.I18n.getText('waypoint.web.kpi.create'),
                                { on: { click: ctx.create }, data: { action: 'create-kpi-empty' } }, true)] : null));
            } else if (!rows.length) {
                dom.replace(body, parts.empty(AJS.I18n.getText('waypoint.web.kpi.noMatch.title'),
                        AJS.I18n.getText('waypoint.web.kpi.noMatch.body')));
            } else {
                var more = rows.length - state.limit;
                dom.replace(body, [h('div', { className: 'waypoint-kpi-table-wrap' }, table(rows.slice(0, state.limit),
                        ctx, charts)), more > 0 ? h('p', { className: 'waypoint-kpi-more' }, [
                    h('span', { className: 'waypoint-meta', text: AJS.I18n.getText('waypoint.web.kpi.shown',
                            String(state.limit), String(rows.length)) }),
                    widgets.button(AJS.I18n.getText('waypoint.web.kpi.more', String(Math.min(more, PAGE))), {
                        data: { action: 'more-kpis' }, on: { click: function () {
                            var first = state.limit;
                            state.limit += PAGE;
                            draw();
                            var link = body.querySelectorAll('.waypoint-kpi-name')[first];
                            if (link) {
                                link.focus();
                            }
                        } } })]) : null]);
            }
            watching.stop();
            watching = drawInView(charts);
            return watching.drawn;
        }

        search.addEventListener('input', function () {
            state.search = search.value;
            state.limit = PAGE;
            draw();
        });
        [[health, 'health'], [owner, 'owner'], [sort, 'sort']].forEach(function (pair) {
            pair[0].addEventListener('change', function () {
                state[pair[1]] = pair[0].value;
                state.limit = PAGE;
                draw();
            });
        });
        dom.replace(container, [
            h('form', { className: 'aui waypoint-kpi-toolbar', role: 'search', action: '#',
                on: { submit: function (event) {
                    event.preventDefault();
                } } }, [
                labelled(AJS.I18n.getText('waypoint.web.kpi.search'), search),
                labelled(AJS.I18n.getText('waypoint.web.kpi.filter.health'), health),
                labelled(AJS.I18n.getText('waypoint.web.kpi.filter.owner'), owner),
                labelled(AJS.I18n.getText('waypoint.web.kpi.sort'), sort),
                h('div', { className: 'waypoint-kpi-toolbar-actions' }, [count, create])
            ]),
            body
        ]);
        return draw();
    }

    return { render: render };
});
