/*
 * Pure logic of the dashboard items (preferences, queries, validation, order); tested under Node. What the KPI pages
 * share with them (agent order, trend arrow, chart geometry, issue navigator links) is waypoint/kpi-model's.
 */
define('waypoint/dashboard/item-model', ['waypoint/kpi-model'], function (kpiModel) {
    'use strict';

    var REFRESH = [0, 5, 15, 30, 60];
    var TREND_DAYS = [30, 90, 180, 365];
    var MAX_KPIS = 100;

    function text(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    function isId(value) {
        return /^[1-9][0-9]{0,17}$/.test(text(value));
    }

    function isProject(value) {
        return /^[A-Z][A-Z0-9_]{0,254}$/.test(text(value));
    }

    /** The ids of a comma-separated list, in order, each once; whatever is not an id is dropped. */
    function ids(value) {
        return text(value).split(',').map(function (part) {
            return part.trim();
        }).filter(function (part, i, all) {
            return isId(part) && all.indexOf(part) === i;
        });
    }

    function oneOf(choices, value, otherwise) {
        var number = Number(text(value) || 'x');
        return choices.indexOf(number) >= 0 ? number : otherwise;
    }

    function refreshMinutes(prefs) {
        return oneOf(REFRESH, prefs && prefs.refresh, 0);
    }

    function trendDays(prefs) {
        return oneOf(TREND_DAYS, prefs && prefs.days, 90);
    }

    /** The query of each item's read model from its preferences; null while the item is not configured. */
    var QUERIES = {
        'okr-progress': function (p) {
            if (p.scope === 'project' && isProject(p.project)) {
                return { project: p.project, cycle: isId(p.cycle) ? p.cycle : null };
            }
            if (p.scope === 'cycle' && isId(p.cycle)) {
                return { cycle: p.cycle };
            }
            return p.scope === 'objective' && isId(p.objective) ? { objective: p.objective } : null;
        },
        'kpi-scorecard': function (p) {
            if (p.source === 'kpis' && ids(p.kpis).length) {
                return { kpis: ids(p.kpis).slice(0, MAX_KPIS).join(','), days: 30 };
            }
            if (p.source === 'project' && isProject(p.project)) {
                return { project: p.project, days: 30 };
            }
            return p.source === 'all' ? { all: 'true', days: 30 } : null;
        },
        'kpi-trend': function (p) {
            return isId(p.kpi) ? { kpi: p.kpi, days: trendDays(p) } : null;
        },
        'agent-workload': function (p) {
            return isId(p.kpi) ? { kpi: p.kpi } : null;
        }
    };

    function query(kind, prefs) {
        return QUERIES[kind](prefs || {});
    }

    /** The problems of settings about to be saved (strings, as the preferences), by field: 'required' or 'tooMany'. */
    function validate(kind, v) {
        var errors = {};
        function need(field, ok) {
            if (!ok) {
                errors[field] = 'required';
            }
        }
        if (kind === 'okr-progress') {
            need('scope', /^(project|cycle|objective)$/.test(v.scope));
            if (v.scope === 'project') {
                need('project', isProject(v.project));
            } else if (v.scope) {
                need(v.scope, isId(v[v.scope]));
            }
        } else if (kind === 'kpi-scorecard') {
            need('source', /^(kpis|project|all)$/.test(v.source));
            if (v.source === 'kpis') {
                need('kpis', ids(v.kpis).length);
                if (ids(v.kpis).length > MAX_KPIS) {
                    errors.kpis = 'tooMany';
                }
            } else if (v.source === 'project') {
                need('project', isProject(v.project));
            }
        } else {
            need('kpi', isId(v.kpi));
        }
        return errors;
    }

    function noLongerVisible(error) {
        return !!error && (error.status === 403 || error.status === 404);
    }

    /** "n of m key results" when an objective's progress counts fewer key results than it has; else null. */
    function keyResultsNote(objective) {
        var counted = objective && objective.keyResultsCounted;
        var total = objective && objective.keyResultsTotal;
        return typeof counted === 'number' && typeof total === 'number' && counted < total
            ? { counted: counted, total: total } : null;
    }

    /** A read model's progress ({value, unclamped, warning}) as the shared widgets take it ({clamped, ...}). */
    function progress(p) {
        return p ? { clamped: p.value, unclamped: p.unclamped, warning: p.warning } : null;
    }

    /** The grade band of a progress (DESIGN §3): GREEN 0.7-1, YELLOW 0.4-0.69, RED below; null when unknown. */
    function gradeBand(p) {
        var value = p && p.value;
        if (typeof value !== 'number') {
            return null;
        }
        return value >= 0.7 ? 'GREEN' : value >= 0.4 ? 'YELLOW' : 'RED';
    }

    /** Objectives in tree order with their depth: parents before their children, siblings by id. */
    function tree(objectives) {
        var list = (objectives || []).slice().sort(function (a, b) {
            return a.id - b.id;
        });
        var known = {};
        var placed = {};
        var out = [];
        list.forEach(function (o) {
            known[o.id] = true;
        });
        function place(o, depth) {
            placed[o.id] = true;
            out.push({ objective: o, depth: depth });
            list.forEach(function (child) {
                if (!placed[child.id] && child.parentId === o.id) {
                    place(child, depth + 1);
                }
            });
        }
        list.forEach(function (o) {
            if (!placed[o.id] && !known[o.parentId]) {
                place(o, 0);
            }
        });
        list.forEach(function (o) {
            if (!placed[o.id]) {
                place(o, 0);
            }
        });
        return out;
    }

    /** Whether the page is Jira's wallboard ("View as wallboard": /plugins/servlet/Wallboard/). */
    function isWallboardPath(pathname) {
        return /\/plugins\/servlet\/Wallboard(\/|$)/.test(text(pathname));
    }

    return { REFRESH: REFRESH, TREND_DAYS: TREND_DAYS, MAX_KPIS: MAX_KPIS, isId: isId, isProject: isProject, ids: ids,
        refreshMinutes: refreshMinutes, trendDays: trendDays, query: query, validate: validate,
        noLongerVisible: noLongerVisible, keyResultsNote: keyResultsNote, progress: progress, gradeBand: gradeBand, tree: tree,
        sortAgents: kpiModel.sortAgents, trendArrow: kpiModel.trendArrow, trendChart: kpiModel.trendChart,
        issuesUrl: kpiModel.issuesUrl,
        isWallboardPath: isWallboardPath };
});
