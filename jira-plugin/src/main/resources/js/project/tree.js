/*
 * The objective tree of the project page (issue 13, item 5: a page that reads at a glance). Every row has the same
 * columns: the title with one line of facts, one progress figure with its bar, the status (pace, or the grade once the
 * cycle is closed), the trend (a sparkline with the forecast in the key result's own unit) and a single "..." menu of
 * what the viewer may do. Values show with the key result's unit, or as its KPI shows them. Owners show by avatar and
 * display name. Objective titles are headings nested by the tree's depth. Returns the sparklines to draw once the tree
 * is in the document.
 */
define('waypoint/project/tree', ['waypoint/dom', 'waypoint/format', 'waypoint/texts', 'waypoint/widgets'],
        function (dom, format, texts, widgets) {
    'use strict';

    var h = dom.h;
    var SPARK_WIDTH = 120;
    var SPARK_HEIGHT = 28;
    var LONG_COMMENT = 90;

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
                var count = (measure.milestones || []).length;
                return count > 1 ? texts.aim('DONE', String(count)) : count === 1
                    ? AJS.I18n.getText('waypoint.lead.aim.oneMilestone') : AJS.I18n.getText('waypoint.lead.aim.done');
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
        if (format.isNumber(latest.value)) {
            return AJS.I18n.getText('waypoint.web.kr.current', shown(latest.value, keyResult),
                    format.date(latest.effectiveDate));
        }
        return AJS.I18n.getText('waypoint.web.kr.lastCheckIn', format.date(latest.effectiveDate));
    }

    /** Where the values come from, by name: the KPI's name, the JQL count, check-ins. */
    function sourceText(keyResult) {
        if (keyResult.source === 'KPI') {
            return keyResult.kpi && keyResult.kpi.name ? AJS.I18n.getText('waypoint.lead.source.kpi', keyResult.kpi.name)
                    : AJS.I18n.getText('waypoint.web.source.KPI');
        }
        return keyResult.source === 'JQL' ? AJS.I18n.getText('waypoint.lead.source.jql') : null;
    }

    /** Whether a measure's values are fractions done (milestones, linked issues): forecast as a percentage. */
    function fractional(keyResult) {
        var type = keyResult.measure && keyResult.measure.type;
        return type === 'MILESTONE' || type === 'ISSUES';
    }

    /**
     * The forecast of a key result as lines of text in its own unit (a percentage done for milestones and issues),
     * then the 80 % range; null without one.
     */
    function forecastText(keyResult) {
        var forecast = keyResult.forecast;
        if (!forecast || !format.isNumber(forecast.value)) {
            return null;
        }
        var value = function (v) {
            return fractional(keyResult) ? format.percent(Math.max(0, Math.min(1, v))) : shown(v, keyResult);
        };
        var lines = [AJS.I18n.getText('waypoint.lead.forecast', format.date(forecast.at), value(forecast.value))];
        if (format.isNumber(forecast.lowerValue) && format.isNumber(forecast.upperValue)) {
            lines.push(AJS.I18n.getText('waypoint.web.kr.forecastRange', value(forecast.lowerValue),
                    value(forecast.upperValue)));
        }
        return lines;
    }

    function sparkLabel(keyResult) {
        var range = format.seriesRange(keyResult.sparkline);
        if (!range) {
            return AJS.I18n.getText('waypoint.web.kr.sparkline.empty');
        }
        var value = function (v) {
            return fractional(keyResult) ? format.percent(v) : shown(v, keyResult);
        };
        return AJS.I18n.getText('waypoint.web.kr.sparkline', String(range.count), value(range.first), value(range.last));
    }

    /** A comment, one line with "Show more" when it is long (full comments on demand). */
    function comment(text) {
        var paragraph = h('p', { className: 'waypoint-latest-comment', text: AJS.I18n.getText('waypoint.web.kr.comment',
                text) });
        if (text.length <= LONG_COMMENT) {
            return paragraph;
        }
        paragraph.classList.add('waypoint-clamped');
        var toggle = widgets.linkButton(AJS.I18n.getText('waypoint.lead.comment.more'), { 'aria-expanded': 'false',
            className: 'aui-button aui-button-link waypoint-comment-toggle' });
        toggle.addEventListener('click', function () {
            var open = paragraph.classList.toggle('waypoint-clamped') === false;
            toggle.setAttribute('aria-expanded', String(open));
            toggle.textContent = open ? AJS.I18n.getText('waypoint.lead.comment.less')
                    : AJS.I18n.getText('waypoint.lead.comment.more');
        });
        return h('div', { className: 'waypoint-comment' }, [paragraph, toggle]);
    }

    function judgement(keyResult) {
        var measure = keyResult.measure || {};
        if (measure.type !== 'THRESHOLD' || !measure.judgement || measure.judgement === 'LATEST') {
            return null;
        }
        return h('span', { className: 'waypoint-judgement', text: measure.judgement === 'AVERAGE'
            ? AJS.I18n.getText('waypoint.lead.judged.AVERAGE') : AJS.I18n.getText('waypoint.lead.judged.WORST') });
    }

    /** The status column: pace while the cycle runs; nothing but the final figure once it is closed. */
    function status(pace, closed) {
        return closed ? null : widgets.pace(pace);
    }

    function keyResultItem(keyResult, context, sparklines) {
        var titleId = dom.uid('waypoint-kr-title');
        var meta = [];
        var canvas = null;
        var forecast = null;
        if (keyResult.hidden) {
            meta.push(h('span', { className: 'waypoint-hidden-note', text: AJS.I18n.getText('waypoint.lead.hidden') }));
        } else {
            meta.push(h('span', { className: 'waypoint-aim', text: aimText(keyResult) }));
            meta.push(h('span', { className: 'waypoint-current', text: currentText(keyResult) }));
            var band = format.confidenceBand(keyResult.latestConfidence);
            if (band) {
                meta.push(h('span', { className: 'waypoint-confidence waypoint-confidence-' + band.toLowerCase(),
                    text: AJS.I18n.getText('waypoint.web.kr.confidence', String(keyResult.latestConfidence)) }));
            }
            var source = sourceText(keyResult);
            if (source) {
                meta.push(h('span', { className: 'waypoint-source', text: source }));
            }
            if (keyResult.measure && keyResult.measure.type === 'ISSUES' || keyResult.initiativeCount) {
                meta.push(h('span', { className: 'waypoint-initiatives', text: keyResult.initiativeCount === 1
                    ? AJS.I18n.getText('waypoint.web.kr.issues.one')
                    : AJS.I18n.getText('waypoint.web.kr.issues', String(keyResult.initiativeCount || 0)) }));
            }
            canvas = h('canvas', { className: 'waypoint-sparkline', width: SPARK_WIDTH, height: SPARK_HEIGHT,
                role: 'img', 'aria-label': sparkLabel(keyResult) });
            if (keyResult.sparkline && keyResult.sparkline.length) {
                sparklines.push({ canvas: canvas, points: keyResult.sparkline,
                    forecast: context.closed ? null : keyResult.forecast });
            }
            forecast = context.closed ? null : forecastText(keyResult);
        }
        meta.push(widgets.person(keyResult.owner, keyResult.ownerName));

        var items = [];
        var item = function (label, action) {
            items.push({ label: label, action: action, id: keyResult.id });
        };
        if (keyResult.canCheckIn) {
            item(AJS.I18n.getText('waypoint.web.action.checkIn'), 'check-in');
            item(AJS.I18n.getText('waypoint.lead.action.linkIssues'), 'link-issue');
        }
        if (keyResult.canRefresh) {
            item(AJS.I18n.getText('waypoint.lead.action.refresh'), 'refresh');
        }
        if (!keyResult.hidden) {
            item(AJS.I18n.getText('waypoint.web.action.history'), 'check-in-history');
        }
        if (keyResult.canEdit) {
            item(AJS.I18n.getText('waypoint.web.action.edit'), 'edit-key-result');
            item(AJS.I18n.getText('waypoint.web.action.delete'), 'delete-key-result');
        }

        return h('li', { className: 'waypoint-key-result waypoint-row', data: { 'key-result-id': keyResult.id,
            pace: keyResult.pace || 'UNKNOWN' } }, [
            h('div', { className: 'waypoint-row-main' }, [
                h('span', { className: 'waypoint-kr-title', id: titleId, text: keyResult.title }),
                h('div', { className: 'waypoint-meta' }, meta),
                !keyResult.hidden && keyResult.latestCheckIn && keyResult.latestCheckIn.comment
                    ? comment(keyResult.latestCheckIn.comment) : null
            ]),
            h('div', { className: 'waypoint-row-progress' }, [widgets.progress(keyResult.progress),
                keyResult.hidden ? null : judgement(keyResult)]),
            h('div', { className: 'waypoint-row-status' }, keyResult.hidden ? null : status(keyResult.pace,
                    context.closed)),
            h('div', { className: 'waypoint-row-trend' }, [canvas].concat((forecast || []).map(function (line) {
                return h('span', { className: 'waypoint-forecast', text: line });
            }))),
            h('div', { className: 'waypoint-row-actions' }, widgets.actionsMenu(AJS.I18n.getText(
                    'waypoint.lead.menu.keyResult', keyResult.title), items, 'key-result-' + keyResult.id))
        ]);
    }

    function objectiveItem(objective, depth, context, sparklines) {
        var titleId = dom.uid('waypoint-objective-title');
        var meta = [widgets.lozenge(texts.label('level', objective.level), 'waypoint-level')];
        meta.push(widgets.person(objective.owner, objective.ownerName));
        if (objective.commitment === 'ASPIRATIONAL') {
            meta.push(h('span', { className: 'waypoint-commitment', text: texts.label('commitment', 'ASPIRATIONAL') }));
        }
        if (objective.state && objective.state !== 'ACTIVE' && objective.state !== 'CLOSED') {
            meta.push(widgets.lozenge(texts.label('state', objective.state), 'waypoint-state'));
        }
        if (objective.context) {
            meta.push(h('span', { className: 'waypoint-context',
                text: AJS.I18n.getText('waypoint.lead.objective.companyWide') }));
        }
        if (objective.keyResultsCounted < objective.keyResultsTotal) {
            meta.push(h('span', { className: 'waypoint-counted', text: AJS.I18n.getText('waypoint.lead.counted',
                    String(objective.keyResultsCounted), String(objective.keyResultsTotal)) }));
        }
        var items = [];
        if (objective.canEdit) {
            items.push({ label: AJS.I18n.getText('waypoint.web.action.edit'), action: 'edit-objective', id: objective.id });
            items.push({ label: AJS.I18n.getText('waypoint.web.action.addKeyResult'), action: 'add-key-result',
                id: objective.id });
            items.push({ label: AJS.I18n.getText('waypoint.web.action.delete'), action: 'delete-objective',
                id: objective.id });
        }
        var statusNodes = [];
        if (context.closed && objective.grade) {
            statusNodes.push(widgets.grade(objective.grade.score, objective.gradeBand));
        } else if (!context.closed) {
            statusNodes.push(widgets.pace(objective.pace));
        }
        var keyResults = objective.keyResults || [];
        var heading = 'h' + Math.min(6, depth + 3);
        return h('li', { className: 'waypoint-objective', data: { 'objective-id': objective.id,
            pace: objective.pace || 'UNKNOWN' } }, [
            h('div', { className: 'waypoint-objective-row waypoint-row' }, [
                h('div', { className: 'waypoint-row-main' }, [
                    h(heading, { className: 'waypoint-objective-title', id: titleId, text: objective.title }),
                    h('div', { className: 'waypoint-meta' }, meta),
                    objective.description ? h('p', { className: 'waypoint-description', text: objective.description })
                            : null,
                    context.closed && objective.grade && objective.grade.note ? h('p', { className: 'waypoint-grade-note',
                        text: AJS.I18n.getText('waypoint.lead.grade.note', objective.grade.note) }) : null
                ]),
                h('div', { className: 'waypoint-row-progress' }, widgets.progress(objective.progress)),
                h('div', { className: 'waypoint-row-status' }, statusNodes),
                h('div', { className: 'waypoint-row-trend' }),
                h('div', { className: 'waypoint-row-actions' }, widgets.actionsMenu(AJS.I18n.getText(
                        'waypoint.lead.menu.objective', objective.title), items, 'objective-' + objective.id))
            ]),
            keyResults.length
                ? h('ul', { className: 'waypoint-key-results', 'aria-label': AJS.I18n.getText('waypoint.web.kr.list',
                    objective.title) }, keyResults.map(function (keyResult) {
                        return keyResultItem(keyResult, context, sparklines);
                    }))
                : h('p', { className: 'waypoint-no-key-results', text: AJS.I18n.getText('waypoint.web.kr.none') }),
            objective.children && objective.children.length
                ? h('ul', { className: 'waypoint-objectives waypoint-children' }, objective.children.map(function (child) {
                    return objectiveItem(child, depth + 1, context, sparklines);
                }))
                : null
        ]);
    }

    /** The column heads, aligned with the rows, with help for the terms. */
    function head(closed) {
        return h('div', { className: 'waypoint-tree-head waypoint-row', 'aria-hidden': 'false' }, [
            h('span', { className: 'waypoint-row-main' }),
            h('span', { className: 'waypoint-row-progress' }, AJS.I18n.getText('waypoint.lead.column.progress')),
            h('span', { className: 'waypoint-row-status' }, closed ? AJS.I18n.getText('waypoint.lead.column.grade')
                    : [AJS.I18n.getText('waypoint.lead.column.pace'), ' ', widgets.help(
                        AJS.I18n.getText('waypoint.lead.help.pace.label'),
                        AJS.I18n.getText('waypoint.lead.help.pace'))]),
            h('span', { className: 'waypoint-row-trend' }, [AJS.I18n.getText('waypoint.lead.column.trend'), ' ',
                widgets.help(AJS.I18n.getText('waypoint.lead.help.forecast.label'),
                        AJS.I18n.getText('waypoint.lead.help.forecast'))]),
            h('span', { className: 'waypoint-row-actions' })
        ]);
    }

    /** The tree of the page's objectives; sparklines ([{canvas, points, forecast}]) collects what to draw. */
    function render(objectives, sparklines, closed) {
        var context = { closed: Boolean(closed) };
        return [head(context.closed), h('ul', { className: 'waypoint-objectives', id: 'waypoint-objective-tree' },
                objectives.map(function (objective) {
                    return objectiveItem(objective, 0, context, sparklines);
                }))];
    }

    return { render: render, aimText: aimText, currentText: currentText, forecastText: forecastText,
        sparkLabel: sparkLabel, sourceText: sourceText };
});
