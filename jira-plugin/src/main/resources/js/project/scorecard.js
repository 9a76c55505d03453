/*
 * The project's KPI scorecard (GET /dashboard/kpi-scorecard?project=KEY): each KPI with its latest value (or why it
 * has none), health lozenge, 7-day trend and a 30-day sparkline.
 */
define('waypoint/project/scorecard', ['waypoint/dom', 'waypoint/rest', 'waypoint/format', 'waypoint/texts',
    'waypoint/widgets', 'waypoint/messages'], function (dom, rest, format, texts, widgets, messages) {
    'use strict';

    var h = dom.h;

    function valueText(card) {
        var latest = card.latest;
        if (!latest) {
            return AJS.I18n.getText('waypoint.web.scorecard.never');
        }
        if (latest.error) {
            return latest.error.message || texts.label('health', 'UNKNOWN');
        }
        return format.kpiValue(latest.value, card.kpi.format, card.kpi.unit);
    }

    function targetText(kpi) {
        var target = format.kpiValue(kpi.target, kpi.format, kpi.unit);
        return kpi.direction === 'LOWER_IS_BETTER' ? AJS.I18n.getText('waypoint.web.scorecard.targetAtMost', target)
                : AJS.I18n.getText('waypoint.web.scorecard.targetAtLeast', target);
    }

    function trendText(card) {
        var week = card.trend && card.trend.week;
        if (!week) {
            return null;
        }
        return AJS.I18n.getText('waypoint.web.scorecard.trend', format.kpiDelta(week.delta, card.kpi.format, card.kpi.unit),
                texts.label('trend', week.label));
    }

    function card(item, sparklines) {
        var points = (item.history || []).map(function (point) {
            return { date: point.at, value: point.value };
        });
        var range = format.seriesRange(points);
        var canvas = h('canvas', { className: 'waypoint-sparkline', width: 120, height: 32, role: 'img',
            'aria-label': range ? AJS.I18n.getText('waypoint.web.kr.sparkline', String(range.count),
                    format.kpiValue(range.first, item.kpi.format, item.kpi.unit),
                    format.kpiValue(range.last, item.kpi.format, item.kpi.unit))
                    : AJS.I18n.getText('waypoint.web.kr.sparkline.empty') });
        if (range) {
            sparklines.push({ canvas: canvas, points: points, forecast: null });
        }
        var trend = trendText(item);
        return h('li', { className: 'waypoint-kpi-card', data: { 'kpi-id': item.kpi.id, health: item.health } }, [
            h('div', { className: 'waypoint-kpi-head' }, [
                h('span', { className: 'waypoint-kpi-name', text: item.kpi.name }),
                widgets.health(item.health)
            ]),
            h('div', { className: 'waypoint-kpi-value', text: valueText(item) }),
            h('div', { className: 'waypoint-meta' }, [
                h('span', { text: targetText(item.kpi) }),
                trend ? h('span', { className: 'waypoint-trend', text: trend }) : null
            ]),
            canvas
        ]);
    }

    /** Loads and renders into container; sparklines are drawn with draw(list). Resolves when done. */
    function load(container, projectKey, draw) {
        container.setAttribute('aria-busy', 'true');
        return rest.get('/dashboard/kpi-scorecard' + rest.query({ project: projectKey, days: 30 }))
                .then(function (scorecard) {
                    var sparklines = [];
                    var kpis = scorecard && scorecard.kpis || [];
                    dom.replace(container, kpis.length
                        ? h('ul', { className: 'waypoint-kpi-cards', id: 'waypoint-kpi-scorecard' },
                                kpis.map(function (item) {
                                    return card(item, sparklines);
                                }))
                        : widgets.emptyState(AJS.I18n.getText('waypoint.web.scorecard.empty.title'),
                                AJS.I18n.getText('waypoint.web.scorecard.empty.body')));
                    draw(sparklines);
                }, function (error) {
                    dom.replace(container, messages.errorBox(messages.describe(error)));
                }).then(function () {
                    container.setAttribute('aria-busy', 'false');
                });
    }

    return { load: load };
});
