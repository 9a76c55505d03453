/*
 * The history of a key result (GET /key-results/{id}/check-ins) in a dialog to read (issue 13, item 4): a chart of
 * its values against the target and the expected-pace line (values computed by Waypoint every day are folded into
 * the chart), then the manual check-ins newest first with their full comments, each with Correct and Delete where the
 * viewer may change it (their own, or anyone's as an administrator). Values show as the key result shows its values;
 * comments are the users' text: they go into the page as text nodes.
 */
define('waypoint/project/history-dialog', ['waypoint/dom', 'waypoint/dialog', 'waypoint/rest', 'waypoint/format',
    'waypoint/texts', 'waypoint/messages', 'waypoint/okr-model', 'waypoint/widgets', 'waypoint/units',
    'waypoint/vendor/chart'],
        function (dom, dialog, rest, format, texts, messages, model, widgets, units, Chart) {
    'use strict';

    var h = dom.h;
    var DAY = 86400000;

    /** What a check-in recorded: its value, or how many milestones were done, or that it gave no value. */
    function valueText(checkIn, keyResult) {
        if (format.isNumber(checkIn.value)) {
            return format.keyResultValue(checkIn.value, keyResult);
        }
        if (Array.isArray(checkIn.milestones)) {
            return AJS.I18n.getText('waypoint.web.history.milestones',
                    String(checkIn.milestones.filter(Boolean).length), String(checkIn.milestones.length));
        }
        return AJS.I18n.getText('waypoint.web.history.noValue');
    }

    /** Who checked in: their display name (authors: the answer's names by user key); Waypoint for computed values. */
    function authorText(checkIn, authors) {
        if (checkIn.origin === 'REFRESH' || !checkIn.author) {
            return AJS.I18n.getText('waypoint.web.history.byWaypoint');
        }
        var names = authors || {};
        return Object.prototype.hasOwnProperty.call(names, checkIn.author) ? String(names[checkIn.author])
            : AJS.I18n.getText('waypoint.lead.person.unknown');
    }

    function day(iso) {
        return Date.parse(iso + 'T00:00:00Z') / DAY;
    }

    /** A value on the chart's axis: percentages for PERCENT, hours for DURATION, else the value; milestones in %. */
    function scaled(value, keyResult) {
        var type = keyResult.measure && keyResult.measure.type;
        if (type === 'MILESTONE' || type === 'ISSUES') {
            return value * 100;
        }
        var kind = units.kindOf(keyResult);
        return kind === 'PERCENT' ? value * 100 : kind === 'DURATION' ? value / 3600 : value;
    }

    /** A tick of the value axis in the unit of {@link scaled}: "80%", "4h", "12 tickets". */
    function axisText(value, keyResult) {
        var type = keyResult.measure && keyResult.measure.type;
        var kind = units.kindOf(keyResult);
        var number = Number(value).toLocaleString(undefined, { maximumFractionDigits: 2 });
        if (type === 'MILESTONE' || type === 'ISSUES' || kind === 'PERCENT') {
            return number + '%';
        }
        if (kind === 'DURATION') {
            return number + 'h';
        }
        return format.keyResultValue(value, keyResult);
    }

    /** The datasets of the chart: values, expected pace, target (or the threshold's bounds). */
    function series(history, keyResult) {
        var start = day(history.cycleStart);
        var end = day(history.cycleEnd);
        var point = function (p) {
            return { x: day(p.date), y: scaled(p.value, keyResult) };
        };
        var sets = [{ label: AJS.I18n.getText('waypoint.lead.history.values'), data: (history.values || []).map(point),
            borderColor: '#0052cc', backgroundColor: '#0052cc', borderWidth: 2, pointRadius: 2, tension: 0.2 }];
        if ((history.expected || []).length) {
            sets.push({ label: AJS.I18n.getText('waypoint.lead.history.pace'), data: history.expected.map(point),
                borderColor: '#6b778c', borderDash: [4, 4], borderWidth: 1, pointRadius: 0 });
        }
        var measure = keyResult.measure || {};
        var lines = measure.type === 'METRIC' ? [measure.target] : measure.type === 'THRESHOLD'
            ? [measure.min, measure.max] : [1];
        lines.filter(format.isNumber).forEach(function (value) {
            sets.push({ label: AJS.I18n.getText('waypoint.lead.history.target'), data: [{ x: start,
                y: scaled(value, keyResult) }, { x: end, y: scaled(value, keyResult) }], borderColor: '#00875a',
                borderWidth: 1, pointRadius: 0 });
        });
        return { start: start, end: end, datasets: sets };
    }

    function chart(history, keyResult) {
        var data = series(history, keyResult);
        var values = history.values || [];
        var label = values.length ? AJS.I18n.getText('waypoint.lead.history.chart', String(values.length),
                format.keyResultValue(values[0].value, keyResult),
                format.keyResultValue(values[values.length - 1].value, keyResult), tree(keyResult))
                : AJS.I18n.getText('waypoint.web.kr.sparkline.empty');
        var canvas = h('canvas', { className: 'waypoint-history-chart', width: '640', height: '220', role: 'img',
            'aria-label': label });
        return { canvas: canvas, draw: function () {
            return new Chart(canvas, { type: 'line', data: { datasets: data.datasets }, options: {
                responsive: false, animation: false, parsing: false,
                plugins: { legend: { display: true, position: 'bottom', labels: { boxHeight: 2 } },
                    tooltip: { enabled: false } },
                scales: { x: { type: 'linear', min: data.start, max: data.end, ticks: { maxTicksLimit: 6,
                    callback: function (v) {
                        return format.date(new Date(v * DAY).toISOString().slice(0, 10));
                    } } }, y: { ticks: { maxTicksLimit: 6, callback: function (v) {
                        return axisText(v, keyResult);
                    } } } } } });
        } };
    }

    /** What the key result aims at, for the chart's text alternative: its target, or its bound, or all done. */
    function tree(keyResult) {
        var measure = keyResult.measure || {};
        var aim = [measure.target, measure.min, measure.max].filter(format.isNumber)[0];
        return format.isNumber(aim) ? format.keyResultValue(aim, keyResult) : '100%';
    }

    function row(checkIn, keyResult, history, actions) {
        var mine = (history.changeable || []).indexOf(checkIn.id) >= 0;
        var author = checkIn.author;
        return h('li', { className: 'waypoint-history-entry', data: { 'check-in-id': checkIn.id } }, [
            h('div', { className: 'waypoint-history-head' }, [
                h('span', { className: 'waypoint-history-date', text: format.date(checkIn.effectiveDate) }),
                h('strong', { className: 'waypoint-history-value', text: valueText(checkIn, keyResult) }),
                h('span', { className: 'waypoint-history-confidence', text: format.isNumber(checkIn.confidence)
                    ? AJS.I18n.getText('waypoint.web.history.confidenceOf', String(checkIn.confidence)) : '' }),
                author ? widgets.person(author, authorText(checkIn, history.authors))
                        : h('span', { text: authorText(checkIn, history.authors) }),
                mine ? widgets.linkButton(AJS.I18n.getText('waypoint.lead.history.correct'), { data: {
                    action: 'correct', id: checkIn.id } }) : null,
                mine ? widgets.linkButton(AJS.I18n.getText('waypoint.web.action.delete'), { data: {
                    action: 'delete', id: checkIn.id } }) : null
            ]),
            checkIn.comment ? h('p', { className: 'waypoint-history-comment', text: checkIn.comment }) : null
        ]);
    }

    /** What the region shows for an answer of GET /key-results/{id}/check-ins: [nodes], and charts to draw. */
    function content(history, keyResult, actions) {
        if (history && history.hidden) {
            return { nodes: [h('p', { className: 'waypoint-history-empty',
                text: AJS.I18n.getText('waypoint.web.progress.warning.HIDDEN') })], draw: null };
        }
        var list = model.newestFirst(history && history.checkIns);
        var manual = list.filter(function (checkIn) {
            return checkIn.origin !== 'REFRESH';
        });
        var computed = list.length - manual.length;
        var drawn = (history.values || []).length ? chart(history, keyResult) : null;
        var nodes = [drawn ? drawn.canvas : null];
        if (computed) {
            nodes.push(h('p', { className: 'description', text: AJS.I18n.getText('waypoint.lead.history.computed',
                    String(computed)) }));
        }
        nodes.push(h('h3', { className: 'waypoint-dialog-subheading', text: AJS.I18n.getText(
                'waypoint.lead.history.checkIns') }));
        nodes.push(manual.length ? h('ul', { className: 'waypoint-history-list' }, manual.map(function (checkIn) {
            return row(checkIn, keyResult, history, actions);
        })) : h('p', { className: 'waypoint-history-empty', text: AJS.I18n.getText('waypoint.web.history.none') }));
        return { nodes: nodes, draw: drawn ? drawn.draw : null };
    }

    /**
     * Opens the history of keyResult (of the page's read model) and loads it. options: correct(checkIn) to open the
     * correction of a check-in, changed() after a delete.
     */
    function open(keyResult, options) {
        var o = options || {};
        var region = h('div', { className: 'waypoint-history', 'aria-busy': 'true', 'aria-live': 'polite' }, [
            h('div', { className: 'waypoint-status' }, [h('aui-spinner', { size: 'small' }),
                h('span', { text: texts.get('loading') })])
        ]);
        var drawnChart = null;
        var shown = dialog.open({
            id: 'waypoint-history-dialog',
            title: AJS.I18n.getText('waypoint.web.history.title', keyResult.title),
            size: 'large',
            viewOnly: true,
            body: [region],
            onClose: function () {
                if (drawnChart) {
                    drawnChart.destroy();
                }
            }
        });
        var current = null;
        function load() {
            return rest.get('/key-results/' + rest.segment(keyResult.id) + '/check-ins').then(function (history) {
                current = history;
                var built = content(history, keyResult);
                if (drawnChart) {
                    drawnChart.destroy();
                    drawnChart = null;
                }
                dom.replace(region, built.nodes);
                region.setAttribute('aria-busy', 'false');
                if (built.draw) {
                    drawnChart = built.draw();
                }
            }, function (error) {
                dom.replace(region, messages.errorBox(messages.describe(error)));
                region.setAttribute('aria-busy', 'false');
            });
        }
        region.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action]');
            if (!button || !current) {
                return;
            }
            var id = Number(button.getAttribute('data-id'));
            var checkIn = current.checkIns.filter(function (c) {
                return c.id === id;
            })[0];
            if (!checkIn) {
                return;
            }
            if (button.getAttribute('data-action') === 'correct' && o.correct) {
                shown.hide();
                o.correct(checkIn);
            } else if (button.getAttribute('data-action') === 'delete') {
                confirmDelete(button, checkIn);
            }
        });
        function confirmDelete(button, checkIn) {
            var entry = button.closest('.waypoint-history-entry');
            if (entry.querySelector('.waypoint-confirm')) {
                return;
            }
            var yes = widgets.button(AJS.I18n.getText('waypoint.web.delete.submit'), {}, true);
            var no = widgets.button(texts.get('cancel'));
            var bar = h('div', { className: 'aui-message aui-message-warning waypoint-confirm', role: 'alert' }, [
                h('p', { text: AJS.I18n.getText('waypoint.lead.history.deleteQuestion', format.date(
                        checkIn.effectiveDate), valueText(checkIn, keyResult)) }), yes, ' ', no]);
            no.addEventListener('click', function () {
                entry.removeChild(bar);
                button.focus();
            });
            yes.addEventListener('click', function () {
                yes.disabled = true;
                rest.del('/key-results/' + rest.segment(keyResult.id) + '/check-ins/' + rest.segment(checkIn.id))
                        .then(function () {
                            shown.status(AJS.I18n.getText('waypoint.lead.history.deleted', format.date(
                                    checkIn.effectiveDate)));
                            if (o.changed) {
                                o.changed();
                            }
                            return load().then(function () {
                                var close = shown.element.querySelector('.aui-dialog2-footer .aui-button');
                                if (close) {
                                    close.focus();
                                }
                            });
                        }, function (error) {
                            yes.disabled = false;
                            shown.showErrors(error);
                        });
            });
            entry.appendChild(bar);
            yes.focus();
        }
        load();
        return shown;
    }

    return { open: open, content: content, valueText: valueText, authorText: authorText, series: series };
});
