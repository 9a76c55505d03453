/*
 * The objective tree of the project page: objectives (level, title, owner, progress bar, pace lozenge) with their key
 * results (what they aim at, the latest value and confidence, progress, pace, a sparkline with the forecast, linked
 * issues) and aligned child objectives. Values show with the key result's unit, or as its KPI shows them (a
 * PERCENT KPI's fractions as percentages, a DURATION KPI's seconds as durations). Actions are native buttons
 * carrying data-action and the item's id; the page handles them by delegation. Returns the sparklines to draw once the tree is in the document.
 */
define('waypoint/project/tree', ['waypoint/dom', 'waypoint/format', 'waypoint/texts', 'waypoint/widgets'],
        function (dom, format, texts, widgets) {
    'use strict';

    var h = dom.h;
    var SPARK_WIDTH = 120;
    var SPARK_HEIGHT = 32;

    function action(label, name, id, extra) {
        return widgets.linkButton(label, Object.assign({ data: { action: name, id: id } }, extra || {}));
    }

    /** A value of the key result as it shows its values (the unit, or the format of its KPI). */
    function shown(value, keyResult) {
        return format.keyResultValue(value, keyResult);
    }

    function aimText(keyResult) {
        var measure = keyResult.measure || {};
        switch (format.aim(measure)) {
            case 'INCREASE':
                return texts.aim('INCREASE', shown(measure.baseline, keyResult), shown(measure.target, keyResult));
            case 'DECREASE':
                return texts.aim('DECREASE', shown(measure.baseline, keyResult), shown(measure.target, keyResult));
            case 'WITHIN':
                return texts.aim('WITHIN', shown(measure.min, keyResult), shown(measure.max, keyResult));
            case 'AT_LEAST':
                return texts.aim('AT_LEAST', shown(measure.min, keyResult));
            case 'AT_MOST':
                return texts.aim('AT_MOST', shown(measure.max, keyResult));
            case 'DONE':
                return texts.aim('DONE', String((measure.milestones || []).length || 1));
            case 'ISSUES':
                return texts.aim('ISSUES', texts.label('issuesMode', measure.mode || 'COUNT'));
            default:
                return '';
        }
    }

    function currentText(keyResult) {
        var latest = keyResult.latestCheckIn;
        if (!latest) {
            return AJS.I18n.getText('waypoint.web.kr.noCheckIn');
        }
        var parts = [];
        if (format.isNumber(latest.value)) {
            parts.push(AJS.I18n.getText('waypoint.web.kr.current', shown(latest.value, keyResult),
                    format.date(latest.effectiveDate)));
        } else {
            parts.push(AJS.I18n.getText('waypoint.web.kr.lastCheckIn', format.date(latest.effectiveDate)));
        }
        return parts.join(' ');
    }

    /** The forecast of a key result as lines of text (value and progress, then the 80 % range), or null. */
    function forecastText(keyResult) {
        var forecast = keyResult.forecast;
        if (!forecast || !format.isNumber(forecast.value)) {
            return null;
        }
        var lines = [AJS.I18n.getText('waypoint.web.kr.forecast', format.date(forecast.at),
                shown(forecast.value, keyResult), format.progressPercent(forecast.expected))];
        if (format.isNumber(forecast.lowerValue) && format.isNumber(forecast.upperValue)) {
            lines.push(AJS.I18n.getText('waypoint.web.kr.forecastRange', shown(forecast.lowerValue, keyResult),
                    shown(forecast.upperValue, keyResult)));
        }
        return lines;
    }

    function sparkLabel(keyResult) {
        var range = format.seriesRange(keyResult.sparkline);
        if (!range) {
            return AJS.I18n.getText('waypoint.web.kr.sparkline.empty');
        }
        return AJS.I18n.getText('waypoint.web.kr.sparkline', String(range.count), shown(range.first, keyResult),
                shown(range.last, keyResult));
    }

    function keyResultItem(keyResult, objective, sparklines) {
        var titleId = dom.uid('waypoint-kr-title');
        var meta = [h('span', { className: 'waypoint-aim', text: aimText(keyResult) })];
        meta.push(h('span', { className: 'waypoint-current', text: currentText(keyResult) }));
        var band = format.confidenceBand(keyResult.latestConfidence);
        if (band) {
            meta.push(h('span', { className: 'waypoint-confidence waypoint-confidence-' + band.toLowerCase(),
                text: AJS.I18n.getText('waypoint.web.kr.confidence', String(keyResult.latestConfidence)) }));
        }
        if (keyResult.source && keyResult.source !== 'MANUAL') {
            meta.push(h('span', { className: 'waypoint-source', text: texts.label('source', keyResult.source) }));
        }
        meta.push(h('span', { className: 'waypoint-initiatives', text: keyResult.initiativeCount === 1
                ? AJS.I18n.getText('waypoint.web.kr.issues.one')
                : AJS.I18n.getText('waypoint.web.kr.issues', String(keyResult.initiativeCount || 0)) }));
        if (keyResult.owner) {
            meta.push(h('span', { className: 'waypoint-owner',
                text: AJS.I18n.getText('waypoint.web.owner', keyResult.owner) }));
        }

        var canvas = h('canvas', { className: 'waypoint-sparkline', width: SPARK_WIDTH, height: SPARK_HEIGHT,
            role: 'img', 'aria-label': sparkLabel(keyResult) });
        if (keyResult.sparkline && keyResult.sparkline.length) {
            sparklines.push({ canvas: canvas, points: keyResult.sparkline, forecast: keyResult.forecast });
        }
        var forecast = forecastText(keyResult);

        var actions = [];
        if (keyResult.canCheckIn) {
            actions.push(action(AJS.I18n.getText('waypoint.web.action.checkIn'), 'check-in', keyResult.id,
                    { 'aria-describedby': titleId }));
            actions.push(action(AJS.I18n.getText('waypoint.web.action.linkIssue'), 'link-issue', keyResult.id,
                    { 'aria-describedby': titleId }));
        }
        actions.push(action(AJS.I18n.getText('waypoint.web.action.history'), 'check-in-history', keyResult.id,
                { 'aria-describedby': titleId }));
        if (keyResult.canEdit) {
            actions.push(action(AJS.I18n.getText('waypoint.web.action.edit'), 'edit-key-result', keyResult.id,
                    { 'aria-describedby': titleId }));
            actions.push(action(AJS.I18n.getText('waypoint.web.action.delete'), 'delete-key-result', keyResult.id,
                    { 'aria-describedby': titleId }));
        }

        return h('li', { className: 'waypoint-key-result', data: { 'key-result-id': keyResult.id,
            pace: keyResult.pace || 'UNKNOWN' } }, [
            h('div', { className: 'waypoint-kr-main' }, [
                h('span', { className: 'waypoint-kr-title', id: titleId, text: keyResult.title }),
                h('div', { className: 'waypoint-meta' }, meta),
                keyResult.latestCheckIn && keyResult.latestCheckIn.comment
                    ? h('p', { className: 'waypoint-latest-comment', text: AJS.I18n.getText('waypoint.web.kr.comment',
                        keyResult.latestCheckIn.comment) }) : null
            ]),
            h('div', { className: 'waypoint-kr-progress' }, [widgets.progress(keyResult.progress),
                widgets.pace(keyResult.pace)]),
            h('div', { className: 'waypoint-kr-trend' }, [canvas].concat((forecast || []).map(function (line) {
                return h('span', { className: 'waypoint-forecast', text: line });
            }))),
            h('div', { className: 'waypoint-actions' }, actions)
        ]);
    }

    function objectiveItem(objective, sparklines) {
        var titleId = dom.uid('waypoint-objective-title');
        var meta = [widgets.lozenge(texts.label('level', objective.level), 'waypoint-level')];
        if (objective.owner) {
            meta.push(h('span', { className: 'waypoint-owner',
                text: AJS.I18n.getText('waypoint.web.owner', objective.owner) }));
        }
        if (objective.commitment === 'ASPIRATIONAL') {
            meta.push(h('span', { className: 'waypoint-commitment', text: texts.label('commitment', 'ASPIRATIONAL') }));
        }
        if (objective.state && objective.state !== 'ACTIVE') {
            meta.push(widgets.lozenge(texts.label('state', objective.state), 'waypoint-state'));
        }
        if (objective.context) {
            meta.push(h('span', { className: 'waypoint-context',
                text: AJS.I18n.getText('waypoint.web.objective.context') }));
        }
        var actions = [];
        if (objective.canEdit) {
            actions.push(action(AJS.I18n.getText('waypoint.web.action.edit'), 'edit-objective', objective.id,
                    { 'aria-describedby': titleId }));
            actions.push(action(AJS.I18n.getText('waypoint.web.action.addKeyResult'), 'add-key-result', objective.id,
                    { 'aria-describedby': titleId }));
            actions.push(action(AJS.I18n.getText('waypoint.web.action.delete'), 'delete-objective', objective.id,
                    { 'aria-describedby': titleId }));
        }
        var keyResults = objective.keyResults || [];
        return h('li', { className: 'waypoint-objective', data: { 'objective-id': objective.id,
            pace: objective.pace || 'UNKNOWN' } }, [
            h('div', { className: 'waypoint-objective-row' }, [
                h('div', { className: 'waypoint-objective-main' }, [
                    h('h3', { className: 'waypoint-objective-title', id: titleId, text: objective.title }),
                    h('div', { className: 'waypoint-meta' }, meta),
                    objective.description ? h('p', { className: 'waypoint-description', text: objective.description })
                            : null
                ]),
                h('div', { className: 'waypoint-objective-progress' }, [widgets.progress(objective.progress),
                    widgets.pace(objective.pace)]),
                h('div', { className: 'waypoint-actions' }, actions)
            ]),
            keyResults.length
                ? h('ul', { className: 'waypoint-key-results', 'aria-label': AJS.I18n.getText('waypoint.web.kr.list',
                    objective.title) }, keyResults.map(function (keyResult) {
                        return keyResultItem(keyResult, objective, sparklines);
                    }))
                : h('p', { className: 'waypoint-no-key-results', text: AJS.I18n.getText('waypoint.web.kr.none') }),
            objective.children && objective.children.length
                ? h('ul', { className: 'waypoint-objectives waypoint-children' }, objective.children.map(function (child) {
                    return objectiveItem(child, sparklines);
                }))
                : null
        ]);
    }

    /** The tree of the page's objectives; sparklines ([{canvas, points, forecast}]) collects what to draw. */
    function render(objectives, sparklines) {
        return h('ul', { className: 'waypoint-objectives', id: 'waypoint-objective-tree' },
                objectives.map(function (objective) {
                    return objectiveItem(objective, sparklines);
                }));
    }

    return { render: render, aimText: aimText, currentText: currentText, forecastText: forecastText,
        sparkLabel: sparkLabel };
});
