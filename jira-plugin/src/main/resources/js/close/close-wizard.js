/*
 * The cycle close wizard (DESIGN §3 "Grade at close", §4), in one dialog with three steps:
 * 1. Key results: for each unfinished key result, keep it as history (the default), carry it over to a chosen cycle,
 *    or drop it (deleted, left out of its objective's grade).
 * 2. Grades: each objective with its suggested grade (without the dropped key results) and band; an override further
 *    than the admin's threshold from the suggestion needs a note.
 * 3. Review: what closing will do; then close (POST /cycles/{id}/close). Errors go back to the step of their field.
 */
define('waypoint/close/wizard', ['waypoint/dom', 'waypoint/rest', 'waypoint/texts', 'waypoint/format',
    'waypoint/messages', 'waypoint/dialog', 'waypoint/widgets', 'waypoint/close/close-model'],
        function (dom, rest, texts, format, messages, dialog, widgets, model) {
    'use strict';

    var h = dom.h;
    var ID = 'waypoint-close-wizard';
    var BANDS = { GREEN: 'aui-lozenge aui-lozenge-success', YELLOW: 'aui-lozenge aui-lozenge-moved',
        RED: 'aui-lozenge aui-lozenge-error' };

    function bandLabel(band) {
        switch (band) {
            case 'GREEN':
                return AJS.I18n.getText('waypoint.grade.band.GREEN');
            case 'YELLOW':
                return AJS.I18n.getText('waypoint.grade.band.YELLOW');
            case 'RED':
                return AJS.I18n.getText('waypoint.grade.band.RED');
            default:
                return AJS.I18n.getText('waypoint.grade.none');
        }
    }

    /** A grade with its band's colour: "0.65" in a yellow lozenge; "No grade" in grey. */
    function gradeLozenge(score, band) {
        return h('span', { className: (BANDS[band] || 'aui-lozenge') + ' waypoint-grade', data: { band: band || 'NONE' },
            title: bandLabel(band) }, model.grade(score) || AJS.I18n.getText('waypoint.grade.none'));
    }

    function words() {
        return { gradeRange: AJS.I18n.getText('waypoint.close.grade.range'),
            noteRequired: AJS.I18n.getText('waypoint.close.note.required'),
            targetRequired: AJS.I18n.getText('waypoint.close.target.required') };
    }

    /** options: cycle ({id, name, start, end, version}), cycles (every cycle, for the target), onClosed(message). */
    function open(options) {
        var cycle = options.cycle;
        var initial = null;
        var preview = null;
        var fates = {};
        var overrides = {};
        var target = model.defaultTarget(options.cycles, cycle);
        var targetSelect = null;
        var step = 0;
        var STEP_TITLES = [AJS.I18n.getText('waypoint.close.step.keyResults'),
            AJS.I18n.getText('waypoint.close.step.grades'), AJS.I18n.getText('waypoint.close.step.review')];
        var tracker = h('ol', { className: 'aui-progress-tracker waypoint-close-steps' }, STEP_TITLES.map(function (t) {
            return h('li', { className: 'aui-progress-tracker-step' }, h('span', { text: t }));
        }));
        var steps = [h('div', { data: { step: '1' } }), h('div', { data: { step: '2' }, hidden: true }),
            h('div', { data: { step: '3' }, hidden: true })];
        var status = h('div', { className: 'waypoint-status', role: 'status', 'aria-live': 'polite' },
                [h('aui-spinner', { size: 'small' }), h('span', { text: texts.get('loading') })]);
        var back = widgets.button(AJS.I18n.getText('waypoint.close.back'), { id: ID + '-back', hidden: true });
        var wizard = dialog.open({
            id: ID,
            title: AJS.I18n.getText('waypoint.close.title', cycle.name),
            size: 'large',
            body: [tracker, status].concat(steps),
            footer: [back],
            submitLabel: AJS.I18n.getText('waypoint.close.next'),
            onSubmit: function () {
                if (step === 1) {
                    return toGrades();
                }
                if (step === 2) {
                    return toReview();
                }
                return step === 3 ? close() : undefined;
            }
        });
        var submit = wizard.element.querySelector('#' + ID + '-submit');
        submit.disabled = true;

        function show(number) {
            step = number;
            steps.forEach(function (node, i) {
                node.hidden = i !== number - 1;
            });
            Array.prototype.forEach.call(tracker.children, function (item, i) {
                item.classList.toggle('aui-progress-tracker-step-current', i === number - 1);
                if (i === number - 1) {
                    item.setAttribute('aria-current', 'step');
                } else {
                    item.removeAttribute('aria-current');
                }
            });
            back.hidden = number === 1;
            submit.textContent = number === 3 ? AJS.I18n.getText('waypoint.close.submit', cycle.name)
                : AJS.I18n.getText('waypoint.close.next');
            var first = steps[number - 1].querySelector('input, select, textarea, button');
            if (first) {
                first.focus();
            } else {
                submit.focus();
            }
        }

        function busy(flag) {
            wizard.busy(flag);
            back.disabled = flag;
        }

        function fail(error) {
            dom.replace(status, messages.errorBox(messages.describe(error)));
            status.hidden = false;
        }

        function keyResultsStep() {
            var candidates = initial.carryOverCandidates || [];
            var choices = (options.cycles || []).filter(function (c) {
                return c.id !== cycle.id && c.state !== 'CLOSED';
            });
            targetSelect = dialog.select('carryOverCycle', [{ value: '', label: texts.get('none') }].concat(
                    choices.map(function (c) {
                        return { value: String(c.id), label: c.name };
                    })), target ? String(target.id) : '');
            targetSelect.setAttribute('data-field', 'carryOver.cycleId');
            var rows = candidates.map(function (candidate) {
                var name = 'fate-' + candidate.keyResultId;
                var legendId = dom.uid('waypoint-fate');
                var choicesOf = [['KEEP', AJS.I18n.getText('waypoint.close.fate.KEEP')],
                    ['CARRY', AJS.I18n.getText('waypoint.close.fate.CARRY')],
                    ['DROP', AJS.I18n.getText('waypoint.close.fate.DROP')]];
                return h('div', { className: 'waypoint-fate', role: 'radiogroup',
                    data: { 'key-result-id': candidate.keyResultId }, 'aria-labelledby': legendId }, [
                    h('div', { className: 'waypoint-fate-subject' }, [
                        h('strong', { id: legendId, className: 'waypoint-fate-title', text: candidate.title }),
                        h('span', { className: 'waypoint-fate-objective', text: AJS.I18n.getText(
                                'waypoint.close.fate.of', candidate.objectiveTitle) }),
                        h('div', { className: 'waypoint-fate-progress' }, widgets.progress(candidate.progress))
                    ]),
                    h('div', { className: 'waypoint-fate-choices' }, choicesOf.map(function (choice) {
                        var id = dom.uid('waypoint-fate-choice');
                        return h('span', { className: 'radio' }, [
                            h('input', { type: 'radio', className: 'radio', id: id, name: name, value: choice[0],
                                checked: (fates[candidate.keyResultId] || 'KEEP') === choice[0],
                                on: { change: function () {
                                    fates[candidate.keyResultId] = choice[0];
                                } } }),
                            h('label', { for: id, text: choice[1] })
                        ]);
                    }))
                ]);
            });
            dom.replace(steps[0], [
                h('p', { className: 'waypoint-close-lead', text: AJS.I18n.getText('waypoint.close.keyResults.lead') }),
                candidates.length ? dialog.field(AJS.I18n.getText('waypoint.close.target'), targetSelect,
                        { description: AJS.I18n.getText('waypoint.close.target.help') }) : null,
                candidates.length ? h('div', { className: 'waypoint-fates' }, rows)
                    : widgets.emptyState(AJS.I18n.getText('waypoint.close.keyResults.none'), null)
            ]);
        }

        function toGrades() {
            var chosenTarget = targetSelect && targetSelect.value ? Number(targetSelect.value) : null;
            target = (options.cycles || []).filter(function (c) {
                return c.id === chosenTarget;
            })[0] || null;
            if (model.withFate(initial, fates, 'CARRY').length && !target) {
                wizard.showErrors({ fieldErrors: { 'carryOver.cycleId': [words().targetRequired] }, messages: [] });
                return undefined;
            }
            var drop = model.withFate(initial, fates, 'DROP');
            busy(true);
            rest.get('/cycles/' + rest.segment(cycle.id) + '/close/preview' + rest.query({ drop: drop.join(',') }))
                .then(function (answer) {
                    preview = answer;
                    gradesStep();
                    show(2);
                }, function (error) {
                    wizard.showErrors(error);
                }).then(function () {
                    busy(false);
                });
            return undefined;
        }

        function gradesStep() {
            var threshold = preview.overrideNoteThreshold;
            var rows = (preview.objectives || []).map(function (objective) {
                var typed = overrides[objective.id] || (overrides[objective.id] = { grade: '', note: '' });
                var suggested = gradeLozenge(objective.suggestedGrade,
                        model.band(objective.suggestedGrade, preview.greenFrom, preview.yellowFrom));
                if (!objective.graded) {
                    return h('tr', { className: 'waypoint-grade-row', data: { 'objective-id': objective.id } }, [
                        h('th', { scope: 'row', text: objective.title }),
                        h('td', { colspan: '3', text: AJS.I18n.getText('waypoint.close.abandoned') })
                    ]);
                }
                var labelId = dom.uid('waypoint-grade-title');
                var input = h('input', { type: 'text', inputmode: 'decimal', className: 'text short-field',
                    name: 'grade-' + objective.id, autocomplete: 'off', value: typed.grade,
                    placeholder: model.grade(objective.suggestedGrade),
                    'aria-label': AJS.I18n.getText('waypoint.close.grade.label', objective.title) });
                var note = h('textarea', { className: 'textarea', name: 'note-' + objective.id, rows: '1',
                    maxlength: '4000', 'aria-label': AJS.I18n.getText('waypoint.close.note.label', objective.title) });
                note.value = typed.note;
                var hint = h('div', { className: 'description waypoint-note-hint', 'aria-live': 'polite' });
                var band = h('span', { className: 'waypoint-override-band' });
                function update() {
                    typed.grade = input.value;
                    typed.note = note.value;
                    var value = format.parseDecimal(input.value);
                    var valid = input.value.trim() !== '' && !isNaN(value) && value !== null && value >= 0
                            && value <= 1;
                    dom.replace(band, valid ? gradeLozenge(value, model.band(value, preview.greenFrom,
                            preview.yellowFrom)) : null);
                    hint.textContent = valid && model.needsNote(objective.suggestedGrade, value, threshold)
                        ? AJS.I18n.getText('waypoint.close.note.needed', model.grade(threshold)) : '';
                }
                input.addEventListener('input', update);
                note.addEventListener('input', update);
                update();
                return h('tr', { className: 'waypoint-grade-row', data: { 'objective-id': objective.id } }, [
                    h('th', { scope: 'row' }, [h('span', { id: labelId, text: objective.title }),
                        h('span', { className: 'waypoint-grade-context', text: objective.project
                            ? texts.label('level', objective.level) + ' \u00b7 ' + objective.project
                            : texts.label('level', objective.level) })]),
                    h('td', {}, [suggested, h('div', { className: 'waypoint-grade-progress' },
                            widgets.progress(objective.progress))]),
                    h('td', { className: 'waypoint-override' }, [input, band]),
                    h('td', { className: 'waypoint-override-note' }, [note, hint])
                ]);
            });
            dom.replace(steps[1], [
                h('p', { className: 'waypoint-close-lead', text: AJS.I18n.getText('waypoint.close.grades.lead',
                        model.grade(threshold)) }),
                h('p', { className: 'description', text: AJS.I18n.getText('waypoint.close.hiddenObjectives') }),
                rows.length ? h('table', { className: 'aui waypoint-grade-table' }, [
                    h('thead', {}, h('tr', {}, [
                        h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.close.col.objective') }),
                        h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.close.col.suggested') }),
                        h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.close.col.grade') }),
                        h('th', { scope: 'col', text: AJS.I18n.getText('waypoint.close.col.note') })
                    ])),
                    h('tbody', {}, rows)
                ]) : widgets.emptyState(AJS.I18n.getText('waypoint.close.grades.none'), null)
            ]);
        }

        /** Puts data-field on the controls, as the body names them, so errors appear under them. */
        function label(built) {
            Object.keys(built.index).forEach(function (objectiveId) {
                var i = built.index[objectiveId];
                var grade = steps[1].querySelector('[name="grade-' + objectiveId + '"]');
                var note = steps[1].querySelector('[name="note-' + objectiveId + '"]');
                grade.setAttribute('data-field', 'overrides[' + i + '].grade');
                note.setAttribute('data-field', 'overrides[' + i + '].note');
            });
            var fields = {};
            (built.body.carryOver ? built.body.carryOver.keyResultIds : []).forEach(function (id, i) {
                fields[id] = 'carryOver.keyResultIds[' + i + ']';
            });
            (built.body.drop || []).forEach(function (id, i) {
                fields[id] = 'drop[' + i + ']';
            });
            Array.prototype.forEach.call(steps[0].querySelectorAll('[role=radiogroup][data-key-result-id]'),
                    function (set) {
                var field = fields[set.getAttribute('data-key-result-id')];
                if (field) {
                    set.setAttribute('data-field', field);
                } else {
                    set.removeAttribute('data-field');
                }
            });
        }

        function build() {
            var built = model.closeBody(preview, fates, overrides, target ? target.id : null, words());
            label(built);
            return built;
        }

        /** Shows errors on the step of the first field that has one. */
        function showErrors(error) {
            var fields = Object.keys((error && error.fieldErrors) || {});
            var at = fields.length && /^(carryOver|drop)/.test(fields[0]) ? 1 : fields.length ? 2 : step;
            show(at);
            wizard.showErrors(error);
        }

        function toReview() {
            var built = build();
            if (built.errors) {
                showErrors(built.errors);
                return undefined;
            }
            var r = model.review(preview, fates, overrides);
            function list(items, empty) {
                return items.length ? h('ul', { className: 'waypoint-review-list' }, items.map(function (item) {
                    return h('li', {}, [h('strong', { text: item.title }), ' ', h('span', { className: 'description',
                        text: AJS.I18n.getText('waypoint.close.fate.of', item.objectiveTitle) })]);
                })) : h('p', { className: 'description', text: empty });
            }
            dom.replace(steps[2], [
                h('div', { className: 'aui-message aui-message-warning' }, h('p', { text: AJS.I18n.getText(
                        'waypoint.close.review.warning', cycle.name) })),
                h('h3', { text: AJS.I18n.getText('waypoint.close.review.grades', String(r.graded.length)) }),
                r.graded.length ? h('ul', { className: 'waypoint-review-list waypoint-review-grades' },
                        r.graded.map(function (item) {
                            return h('li', { data: { 'objective-id': item.id } }, [
                                gradeLozenge(item.grade, item.band), ' ', h('strong', { text: item.title }),
                                item.overridden ? h('span', { className: 'description',
                                    text: ' ' + AJS.I18n.getText('waypoint.close.review.overridden') }) : null,
                                item.note ? h('blockquote', { className: 'waypoint-grade-note', text: item.note })
                                    : null
                            ]);
                        })) : h('p', { className: 'description', text: AJS.I18n.getText('waypoint.close.grades.none') }),
                h('h3', { text: target ? AJS.I18n.getText('waypoint.close.review.carried', target.name,
                        String(r.carried.length)) : AJS.I18n.getText('waypoint.close.review.carriedNone') }),
                list(r.carried, AJS.I18n.getText('waypoint.close.review.nothing')),
                h('h3', { text: AJS.I18n.getText('waypoint.close.review.dropped', String(r.dropped.length)) }),
                r.dropped.length ? h('p', { className: 'description', text: AJS.I18n.getText(
                        'waypoint.close.review.dropped.help') }) : null,
                list(r.dropped, AJS.I18n.getText('waypoint.close.review.nothing')),
                h('h3', { text: AJS.I18n.getText('waypoint.close.review.kept', String(r.kept.length)) }),
                list(r.kept, AJS.I18n.getText('waypoint.close.review.nothing'))
            ]);
            show(3);
            return undefined;
        }

        function close() {
            var built = build();
            if (built.errors) {
                showErrors(built.errors);
                return undefined;
            }
            busy(true);
            rest.post('/cycles/' + rest.segment(cycle.id) + '/close', built.body).then(function (closed) {
                busy(false);
                wizard.hide();
                options.onClosed(AJS.I18n.getText('waypoint.close.done', closed.cycle.name,
                        String(closed.graded.length), String(closed.carriedOver.length),
                        String(closed.dropped.length)));
            }, function (error) {
                busy(false);
                showErrors(error);
            });
            return undefined;
        }

        back.addEventListener('click', function () {
            show(step - 1);
        });

        rest.get('/cycles/' + rest.segment(cycle.id) + '/close/preview').then(function (answer) {
            initial = answer;
            status.hidden = true;
            keyResultsStep();
            submit.disabled = false;
            show(1);
        }, fail);
        return wizard;
    }

    return { open: open, gradeLozenge: gradeLozenge, bandLabel: bandLabel };
});
