/*
 * Pure functions over the project page's read model (GET /projects/{key}/okrs, ProjectPageResponse) and the forms of
 * the dialogs: tree walking, empty states, check-in defaults, and turning form values into request bodies with
 * client-side field errors. No DOM, no I18n (texts come in as "words"): tested under Node (src/test/js).
 */
define('waypoint/okr-model', ['waypoint/format'], function (format) {
    'use strict';

    /** Depth-first list of the tree: [{objective, depth, parent}]. */
    function flatten(objectives) {
        var list = [];
        (function walk(nodes, depth, parent) {
            (nodes || []).forEach(function (objective) {
                list.push({ objective: objective, depth: depth, parent: parent });
                walk(objective.children, depth + 1, objective);
            });
        }(objectives, 0, null));
        return list;
    }

    /** NO_CYCLES, NO_OBJECTIVES or null (something to show). */
    function emptyState(page) {
        if (!page || !Array.isArray(page.cycles) || page.cycles.length === 0 || page.selectedCycleId === null
                || page.selectedCycleId === undefined) {
            return 'NO_CYCLES';
        }
        return !page.objectives || page.objectives.length === 0 ? 'NO_OBJECTIVES' : null;
    }

    function selectedCycle(page) {
        return (page && page.cycles || []).filter(function (cycle) {
            return cycle.id === page.selectedCycleId;
        })[0] || null;
    }

    /** {objectives, keyResults} counted over the whole tree. */
    function counts(page) {
        var all = flatten(page && page.objectives);
        return {
            objectives: all.length,
            keyResults: all.reduce(function (sum, entry) {
                return sum + (entry.objective.keyResults || []).length;
            }, 0)
        };
    }

    function findObjective(page, id) {
        var found = flatten(page && page.objectives).filter(function (entry) {
            return entry.objective.id === id;
        })[0];
        return found ? found.objective : null;
    }

    /** {keyResult, objective} for a key result id, or null. */
    function findKeyResult(page, id) {
        var all = flatten(page && page.objectives);
        for (var i = 0; i < all.length; i++) {
            var keyResults = all[i].objective.keyResults || [];
            for (var j = 0; j < keyResults.length; j++) {
                if (keyResults[j].id === id) {
                    return { keyResult: keyResults[j], objective: all[i].objective };
                }
            }
        }
        return null;
    }

    /** The objectives an objective may align to: every objective of the page except itself and its descendants. */
    function parentChoices(page, editedId) {
        var excluded = {};
        if (editedId !== null && editedId !== undefined) {
            var edited = findObjective(page, editedId);
            flatten(edited ? [edited] : []).forEach(function (entry) {
                excluded[entry.objective.id] = true;
            });
        }
        return flatten(page && page.objectives).filter(function (entry) {
            return !excluded[entry.objective.id];
        }).map(function (entry) {
            return { id: entry.objective.id, title: entry.objective.title, level: entry.objective.level,
                depth: entry.depth };
        });
    }

    /** The key results a person may link an issue to (canCheckIn), with their objective: [{keyResult, objective}]. */
    function linkableKeyResults(page) {
        var list = [];
        flatten(page && page.objectives).forEach(function (entry) {
            (entry.objective.keyResults || []).forEach(function (keyResult) {
                if (keyResult.canCheckIn) {
                    list.push({ keyResult: keyResult, objective: entry.objective });
                }
            });
        });
        return list;
    }

    /**
     * What goes with an objective of the page when it is deleted: {keyResults, linkedIssues} (its key results, whose
     * check-ins go too, and the issue links they have; the issues stay). Objectives aligned to it prevent the delete.
     */
    function objectiveDeletion(objective) {
        var keyResults = objective && objective.keyResults || [];
        return {
            keyResults: keyResults.length,
            linkedIssues: keyResults.reduce(function (sum, keyResult) {
                return sum + (keyResult.initiativeCount || 0);
            }, 0)
        };
    }

    /** What goes with a key result when it is deleted: {linkedIssues} (and all its check-ins). */
    function keyResultDeletion(keyResult) {
        return { linkedIssues: keyResult && keyResult.initiativeCount || 0 };
    }

    /**
     * A key result's check-ins (GET /key-results/{id}/check-ins answers them oldest first) newest first: by effective
     * date, then by when they were recorded, then by id.
     */
    function newestFirst(checkIns) {
        var recorded = function (checkIn) {
            var at = Date.parse(checkIn.createdAt);
            return isNaN(at) ? 0 : at;
        };
        return (Array.isArray(checkIns) ? checkIns.slice() : []).sort(function (a, b) {
            if (a.effectiveDate !== b.effectiveDate) {
                return a.effectiveDate < b.effectiveDate ? 1 : -1;
            }
            return recorded(b) - recorded(a) || b.id - a.id;
        });
    }

    /** Whether a check-in may carry a value typed by a person (MANUAL METRIC or THRESHOLD). */
    function takesValue(keyResult) {
        var type = keyResult && keyResult.measure && keyResult.measure.type;
        return (type === 'METRIC' || type === 'THRESHOLD') && (keyResult.source || 'MANUAL') === 'MANUAL';
    }

    /** The milestones of a MILESTONE key result (a single "done" item without a checklist). */
    function milestones(keyResult) {
        var list = keyResult && keyResult.measure && keyResult.measure.milestones;
        return Array.isArray(list) && list.length ? list : null;
    }

    /**
     * The defaults of the check-in dialog: the latest value (else the baseline), the latest confidence, the latest
     * milestone states, and the dates a check-in may take: from the cycle's start to today (or the cycle's end).
     */
    function checkInDefaults(keyResult, cycle, asOf) {
        var latest = keyResult.latestCheckIn;
        var measure = keyResult.measure || {};
        var value = latest && format.isNumber(latest.value) ? latest.value
                : measure.type === 'METRIC' && format.isNumber(measure.baseline) ? measure.baseline : null;
        var items = milestones(keyResult);
        var states = latest && Array.isArray(latest.milestones) ? latest.milestones : [];
        var size = items ? items.length : 1;
        var done = [];
        for (var i = 0; i < size; i++) {
            done.push(states[i] === true);
        }
        var max = cycle ? format.minDate(asOf, cycle.end) : asOf;
        return {
            value: value,
            confidence: format.isNumber(keyResult.latestConfidence) ? keyResult.latestConfidence : null,
            milestones: measure.type === 'MILESTONE' ? done : null,
            date: max,
            min: cycle ? cycle.start : null,
            max: max
        };
    }

    function error(errors, field, message) {
        (errors.fieldErrors[field] = errors.fieldErrors[field] || []).push(message);
    }

    function hasErrors(errors) {
        return Object.keys(errors.fieldErrors).length > 0;
    }

    function text(value) {
        var trimmed = value === null || value === undefined ? '' : String(value).trim();
        return trimmed === '' ? null : trimmed;
    }

    function decimal(values, name, field, errors, words) {
        var value = format.parseDecimal(values[name]);
        if (value !== null && isNaN(value)) {
            error(errors, field, words.notANumber);
            return null;
        }
        return value;
    }

    function whole(values, name, field, errors, words) {
        var value = format.parseWhole(values[name]);
        if (value !== null && isNaN(value)) {
            error(errors, field, words.notAWholeNumber);
            return null;
        }
        return value;
    }

    /**
     * The body of POST /key-results/{id}/check-ins from the dialog's values {value, milestones, confidence, comment,
     * date}: {body, errors} where errors is null or {fieldErrors, messages}. Fields: value, confidence.
     */
    function checkInBody(values, keyResult, words) {
        var errors = { fieldErrors: {}, messages: [] };
        var body = {};
        if (takesValue(keyResult)) {
            var value = decimal(values, 'value', 'value', errors, words);
            if (value !== null) {
                body.value = value;
            }
        }
        if (keyResult.measure && keyResult.measure.type === 'MILESTONE' && Array.isArray(values.milestones)) {
            body.milestones = values.milestones.map(Boolean);
        }
        var confidence = whole(values, 'confidence', 'confidence', errors, words);
        if (confidence !== null) {
            body.confidence = confidence;
        }
        var comment = text(values.comment);
        if (comment !== null) {
            body.comment = String(values.comment);
        }
        if (text(values.date) !== null) {
            body.effectiveDate = text(values.date);
        }
        return { body: body, errors: hasErrors(errors) ? errors : null };
    }

    /**
     * The body of POST /objectives (or PUT with the version) from the dialog's values: {body, errors}. The project
     * and cycle come from the page; an update keeps what the dialog does not show (aligned KPIs).
     */
    function objectiveBody(values, context, words) {
        var errors = { fieldErrors: {}, messages: [] };
        var original = context.original || null;
        var level = values.level || 'TEAM';
        var body = {
            cycleId: context.cycleId,
            title: values.title === undefined ? null : String(values.title).trim(),
            description: text(values.description) === null ? null : String(values.description),
            level: level,
            kind: text(values.kind),
            commitment: text(values.commitment) || 'COMMITTED',
            owner: text(values.owner),
            project: level === 'COMPANY' ? null : context.project,
            parentId: text(values.parentId) === null ? null : Number(values.parentId),
            contributesToParent: values.contributesToParent !== undefined ? values.contributesToParent !== false
                    : !original || original.contributesToParent !== false,
            weight: decimal(values, 'weight', 'weight', errors, words),
            alignedKpis: original && Array.isArray(original.alignedKpis) ? original.alignedKpis
                    : context.alignedKpis || [],
            state: text(values.state)
        };
        if (!body.title) {
            error(errors, 'title', words.required);
        }
        if (original) {
            body.version = original.version;
        }
        return { body: body, errors: hasErrors(errors) ? errors : null };
    }

    /**
     * The body of POST /key-results (or PUT with the version) from the dialog's values: title, owner, weight, unit,
     * type and the fields of that type (baseline, target; min, max, tolerance, judgement; milestones [{title,
     * weight}]; mode, scope, frozenTotal), sourceType with kpiId or jql. Returns {body, errors}.
     */
    function keyResultBody(values, context, words) {
        var errors = { fieldErrors: {}, messages: [] };
        var type = values.type || 'METRIC';
        var measure = { type: type };
        if (type === 'METRIC') {
            measure.baseline = decimal(values, 'baseline', 'measure.baseline', errors, words);
            measure.target = decimal(values, 'target', 'measure.target', errors, words);
        } else if (type === 'THRESHOLD') {
            measure.min = decimal(values, 'min', 'measure.min', errors, words);
            measure.max = decimal(values, 'max', 'measure.max', errors, words);
            measure.tolerance = decimal(values, 'tolerance', 'measure.tolerance', errors, words);
            measure.judgement = text(values.judgement) || 'LATEST';
        } else if (type === 'MILESTONE') {
            var items = (values.milestones || []).filter(function (item) {
                return text(item.title) !== null || text(item.weight) !== null;
            });
            measure.milestones = items.map(function (item, i) {
                var weight = format.parseDecimal(item.weight);
                if (weight !== null && isNaN(weight)) {
                    error(errors, 'measure.milestones[' + i + '].weight', words.notANumber);
                    weight = null;
                }
                return { title: text(item.title), weight: weight };
            });
        } else if (type === 'ISSUES') {
            measure.mode = text(values.mode) || 'COUNT';
            measure.scope = text(values.scope) || 'LIVE';
            if (measure.scope === 'FROZEN') {
                measure.frozenTotal = decimal(values, 'frozenTotal', 'measure.frozenTotal', errors, words);
            }
        }
        var body = {
            title: values.title === undefined ? null : String(values.title).trim(),
            owner: text(values.owner),
            weight: decimal(values, 'weight', 'weight', errors, words),
            unit: text(values.unit),
            measure: measure
        };
        if (type === 'METRIC' || type === 'THRESHOLD') {
            var sourceType = text(values.sourceType) || 'MANUAL';
            body.source = { type: sourceType };
            if (sourceType === 'KPI') {
                body.source.kpiId = whole(values, 'kpiId', 'source.kpiId', errors, words);
            } else if (sourceType === 'JQL') {
                body.source.jql = values.jql === undefined || values.jql === null ? null : String(values.jql);
            }
        }
        if (!body.title) {
            error(errors, 'title', words.required);
        }
        if (context.original) {
            body.version = context.original.version;
        } else {
            body.objectiveId = context.objectiveId;
        }
        return { body: body, errors: hasErrors(errors) ? errors : null };
    }

    return {
        flatten: flatten,
        emptyState: emptyState,
        selectedCycle: selectedCycle,
        counts: counts,
        findObjective: findObjective,
        findKeyResult: findKeyResult,
        parentChoices: parentChoices,
        linkableKeyResults: linkableKeyResults,
        objectiveDeletion: objectiveDeletion,
        keyResultDeletion: keyResultDeletion,
        newestFirst: newestFirst,
        takesValue: takesValue,
        milestones: milestones,
        checkInDefaults: checkInDefaults,
        checkInBody: checkInBody,
        objectiveBody: objectiveBody,
        keyResultBody: keyResultBody
    };
});
