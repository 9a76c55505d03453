/*
 * Pure parts of the cycle close wizard: the note rule for grade overrides, grade bands, the cycle to carry key
 * results over to, the body of POST /cycles/{id}/close and the review of what closing will do. The server checks the
 * same rules (core's closing package); these only let the wizard say so before sending. Tested under Node.
 */
define('waypoint/close/close-model', ['waypoint/format'], function (format) {
    'use strict';

    var EPSILON = 1e-9;
    var FATES = ['KEEP', 'CARRY', 'DROP'];

    /** Whether overriding {@code suggested} with {@code grade} needs a note: they differ by more than the threshold. */
    function needsNote(suggested, grade, threshold) {
        return format.isNumber(suggested) && format.isNumber(grade)
                && Math.abs(grade - suggested) > threshold + EPSILON;
    }

    /** GREEN, YELLOW or RED for a grade, with the admin's bands; null for no grade. */
    function band(score, greenFrom, yellowFrom) {
        if (!format.isNumber(score)) {
            return null;
        }
        return score >= greenFrom ? 'GREEN' : score >= yellowFrom ? 'YELLOW' : 'RED';
    }

    /**
     * The cycle to offer for carrying key results over: the first cycle that is not closed and starts after
     * {@code cycle} ends, else any other cycle that is not closed; null if none.
     */
    function defaultTarget(cycles, cycle) {
        var open = (cycles || []).filter(function (c) {
            return c.id !== cycle.id && c.state !== 'CLOSED';
        });
        var later = open.filter(function (c) {
            return c.start > cycle.end;
        }).sort(function (a, b) {
            return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
        });
        return later.length ? later[0] : open.length ? open[0] : null;
    }

    /** The key result ids with a given fate ({keyResultId: fate}; unset means KEEP), in candidate order. */
    function withFate(preview, fates, fate) {
        return (preview.carryOverCandidates || []).filter(function (candidate) {
            return (fates[candidate.keyResultId] || 'KEEP') === fate;
        }).map(function (candidate) {
            return candidate.keyResultId;
        });
    }

    /**
     * The body of POST /cycles/{id}/close: {body, errors, index}. overrides: {objectiveId: {grade: text, note: text}}
     * (an empty grade keeps the suggested one). index maps an objective id to its position in body.overrides, so
     * that field errors ("overrides[2].note") find their row. Grades are checked (0 to 1) and notes required where
     * the rule asks for one.
     */
    function closeBody(preview, fates, overrides, targetCycleId, words) {
        var errors = { fieldErrors: {}, messages: [] };
        var body = { version: preview.version, overrides: [] };
        var index = {};
        (preview.objectives || []).forEach(function (objective) {
            var typed = overrides[objective.id] || {};
            var text = typed.grade === undefined || typed.grade === null ? '' : String(typed.grade).trim();
            if (!objective.graded || text === '') {
                return;
            }
            var i = body.overrides.length;
            index[objective.id] = i;
            var grade = format.parseDecimal(text);
            var note = typed.note && String(typed.note).trim() !== '' ? String(typed.note) : null;
            if (grade === null || isNaN(grade) || grade < 0 || grade > 1) {
                errors.fieldErrors['overrides[' + i + '].grade'] = [words.gradeRange];
            } else if (!note && needsNote(objective.suggestedGrade, grade, preview.overrideNoteThreshold)) {
                errors.fieldErrors['overrides[' + i + '].note'] = [words.noteRequired];
            }
            body.overrides.push({ objectiveId: objective.id, grade: grade === null || isNaN(grade) ? null : grade,
                note: note });
        });
        var carried = withFate(preview, fates, 'CARRY');
        if (carried.length) {
            body.carryOver = { cycleId: targetCycleId || null, keyResultIds: carried };
            if (!targetCycleId) {
                errors.fieldErrors['carryOver.cycleId'] = [words.targetRequired];
            }
        }
        body.drop = withFate(preview, fates, 'DROP');
        return { body: body, index: index,
            errors: Object.keys(errors.fieldErrors).length ? errors : null };
    }

    /**
     * What closing will do, for the review: graded [{id, title, grade (null: ungraded), band, note, overridden}],
     * carried, dropped and kept [{id, title, objectiveTitle}].
     */
    function review(preview, fates, overrides) {
        var graded = (preview.objectives || []).filter(function (o) {
            return o.graded;
        }).map(function (objective) {
            var typed = overrides[objective.id] || {};
            var text = typed.grade === undefined || typed.grade === null ? '' : String(typed.grade).trim();
            var grade = text === '' ? objective.suggestedGrade : format.parseDecimal(text);
            return { id: objective.id, title: objective.title, grade: format.isNumber(grade) ? grade : null,
                band: band(grade, preview.greenFrom, preview.yellowFrom), overridden: text !== '',
                note: text !== '' && typed.note && String(typed.note).trim() !== '' ? String(typed.note) : null };
        });
        function list(fate) {
            var ids = withFate(preview, fates, fate);
            return (preview.carryOverCandidates || []).filter(function (c) {
                return ids.indexOf(c.keyResultId) >= 0;
            }).map(function (c) {
                return { id: c.keyResultId, title: c.title, objectiveTitle: c.objectiveTitle };
            });
        }
        return { graded: graded, carried: list('CARRY'), dropped: list('DROP'), kept: list('KEEP') };
    }

    /** A grade as shown: two decimals, "0.65"; "" for none. */
    function grade(score) {
        return format.isNumber(score) ? score.toFixed(2) : '';
    }

    return { FATES: FATES, needsNote: needsNote, band: band, defaultTarget: defaultTarget, withFate: withFate,
        closeBody: closeBody, review: review, grade: grade };
});
