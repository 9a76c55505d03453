/*
 * Pure logic of the KPI pages (issue 10): filtering and sorting the list, the URL of a KPI's page, the presets of the
 * support KPIs, and the KPI dialog's form values to and from the REST bodies (POST /kpis, PUT /kpis/{id},
 * POST /kpis/validate-jql). No DOM, no AJS; tested under Node.
 */
define('waypoint/kpi/workspace-model', ['waypoint/kpi/kpi-input'], function (input) {
    'use strict';

    var HEALTH_RANK = { RED: 0, AMBER: 1, GREEN: 2, UNKNOWN: 3 };
    var SOURCE_TYPES = ['JQL_COUNT', 'JQL_RATIO', 'PER_AGENT', 'DURATION', 'MANUAL', 'COMPOSITE'];
    var PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;
    var ID = /^[1-9][0-9]{0,17}$/;
    var DAYS = /^[1-9][0-9]{0,3}$/;

    function text(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    function own(map, key) {
        return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
    }

    /**
     * The list's rows that match: search (in name, description, owner's name, project, case-insensitive), health
     * ('' for any) and owner (a user key, '' for any).
     */
    function filter(rows, criteria) {
        var c = criteria || {};
        var needle = text(c.search).trim().toLowerCase();
        return (rows || []).filter(function (row) {
            var kpi = row.kpi || {};
            var haystack = [kpi.name, kpi.description, row.ownerName, kpi.project].map(text).join('\n').toLowerCase();
            return (!needle || haystack.indexOf(needle) >= 0) && (!c.health || row.health === c.health)
                    && (!c.owner || kpi.owner === c.owner);
        });
    }

    function latestAt(row) {
        var t = row.latest ? Date.parse(row.latest.at) : NaN;
        return isFinite(t) ? t : -Infinity;
    }

    var SORTS = {
        name: function (a, b) {
            return text(a.kpi.name).localeCompare(text(b.kpi.name), undefined, { sensitivity: 'base' });
        },
        health: function (a, b) {
            return (own(HEALTH_RANK, a.health) || 0) - (own(HEALTH_RANK, b.health) || 0);
        },
        owner: function (a, b) {
            return text(a.ownerName).localeCompare(text(b.ownerName), undefined, { sensitivity: 'base' });
        },
        updated: function (a, b) {
            return latestAt(b) - latestAt(a);
        }
    };

    /** Rows sorted by 'name', 'health' (worst first), 'owner' or 'updated' (latest first); ties by name, then id. */
    function sort(rows, key) {
        var by = own(SORTS, key) || SORTS.name;
        return (rows || []).slice().sort(function (a, b) {
            return by(a, b) || SORTS.name(a, b) || a.kpi.id - b.kpi.id;
        });
    }

    /** The distinct owners of the rows, by name: [{key, name}]. */
    function owners(rows) {
        var seen = {};
        var list = [];
        (rows || []).forEach(function (row) {
            var key = row.kpi && row.kpi.owner;
            if (key && !own(seen, key)) {
                seen[key] = true;
                list.push({ key: key, name: row.ownerName || key });
            }
        });
        return list.sort(function (a, b) {
            return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
        });
    }

    /** The decoded value of the query string's parameter name, or ''. */
    function param(search, name) {
        var match = new RegExp('(?:^\\?|&)' + name + '=([^&]*)').exec(text(search));
        if (!match) {
            return '';
        }
        try {
            return decodeURIComponent(match[1]);
        } catch (e) {
            return '';
        }
    }

    /** The query string without the parameters names, and with the pairs added (values encoded). */
    function withParams(search, names, pairs) {
        var kept = text(search).replace(/^\?/, '').split('&').filter(function (part) {
            return part !== '' && names.every(function (name) {
                return part.indexOf(name + '=') !== 0;
            });
        });
        pairs.forEach(function (pair) {
            kept.push(pair[0] + '=' + encodeURIComponent(String(pair[1])));
        });
        return kept.length ? '?' + kept.join('&') : '';
    }

    /** The id of the KPI whose page the URL's query string names (?kpi=12), or null. */
    function kpiOf(search) {
        var id = param(search, 'kpi');
        return ID.test(id) ? id : null;
    }

    /**
     * The query string with kpi set to id (or removed for null), other parameters kept as they are except the period
     * of the KPI's page it leaves.
     */
    function withKpi(search, id) {
        return withParams(search, ['kpi', 'days', 'cycle'], id !== null && id !== undefined ? [['kpi', id]] : []);
    }

    /** The period of a KPI's page the URL names (?days=365 or ?cycle=3): {days} or {cycle}, or {} for the default. */
    function periodOf(search) {
        var cycle = param(search, 'cycle');
        var days = param(search, 'days');
        return ID.test(cycle) ? { cycle: cycle } : DAYS.test(days) ? { days: days } : {};
    }

    /** The query string with the period of a KPI's page set to period ({days} or {cycle}; {} for the default). */
    function withPeriod(search, period) {
        var p = period || {};
        return withParams(search, ['days', 'cycle'], p.cycle ? [['cycle', p.cycle]] : p.days ? [['days', p.days]]
                : []);
    }

    /** A project's clause of a preset's query: project = "KEY" (keys are checked, so quoting cannot be broken). */
    function projectClause(project) {
        return PROJECT_KEY.test(text(project)) ? 'project = "' + project + '"' : null;
    }

    function scoped(project, condition) {
        var clause = projectClause(project);
        return clause ? clause + ' AND ' + condition : condition;
    }

    /**
     * The support KPIs of the seeds as editable starting points for a project (DESIGN §3; issue 10): each a set of
     * form values.
     */
    function presets(project) {
        var open = 'statusCategory != Done';
        var resolved = 'resolved >= -30d';
        return [
            { id: 'openPerAgent', values: { name: 'Open tickets per agent', unit: 'tickets', format: 'NUMBER',
                direction: 'LOWER_IS_BETTER', target: '10', warning: '14', type: 'PER_AGENT',
                jql: scoped(project, open), agents: 'ASSIGNEES' } },
            { id: 'unassigned', values: { name: 'Unassigned tickets', unit: 'tickets', format: 'NUMBER',
                direction: 'LOWER_IS_BETTER', target: '5', warning: '10', type: 'JQL_COUNT',
                jql: scoped(project, open + ' AND assignee is EMPTY') } },
            { id: 'firstContact', values: { name: 'First-contact resolution rate', format: 'PERCENT',
                direction: 'HIGHER_IS_BETTER', target: '55 %', warning: '45 %', type: 'JQL_RATIO',
                numeratorJql: scoped(project, 'labels = "first-contact" AND ' + resolved),
                denominatorJql: scoped(project, resolved) } },
            { id: 'medianResolution', values: { name: 'Median resolution time', format: 'DURATION',
                direction: 'LOWER_IS_BETTER', target: '12h', warning: '1d', type: 'DURATION',
                jql: scoped(project, resolved), fromField: 'created', toField: 'resolutiondate',
                statistic: 'MEDIAN' } },
            { id: 'olderThan14Days', values: { name: 'Tickets older than 14 days', unit: 'tickets',
                format: 'NUMBER', direction: 'LOWER_IS_BETTER', target: '10', warning: '20', type: 'JQL_COUNT',
                jql: scoped(project, open + ' AND created <= -14d') } },
            { id: 'breachedSla', values: { name: 'Breached SLA tickets', unit: 'tickets', format: 'NUMBER',
                direction: 'LOWER_IS_BETTER', target: '0', warning: '3', type: 'JQL_COUNT',
                jql: scoped(project, '"Time to resolution" = breached()') } }
        ];
    }

    /** The form values of a stored KPI (a KpiResponse), its numbers as their format shows them. */
    function valuesOf(kpi) {
        var s = kpi.source || {};
        return { name: kpi.name, description: kpi.description || '', unit: kpi.unit || '', format: kpi.format,
            direction: kpi.direction, target: input.toText(kpi.target, kpi.format),
            warning: input.toText(kpi.warning, kpi.format), owner: kpi.owner, project: kpi.project || '',
            parentId: kpi.parentId ? String(kpi.parentId) : '',
            refreshMinutes: kpi.refreshMinutes ? String(kpi.refreshMinutes) : '', type: s.type,
            jql: s.jql || '', numeratorJql: s.numeratorJql || '', denominatorJql: s.denominatorJql || '',
            agents: s.agents || 'ASSIGNEES', group: s.group || '', role: s.role || '', fromField: s.fromField || '',
            toField: s.toField || '', statistic: s.statistic || 'MEDIAN',
            sampleCap: s.sampleCap ? String(s.sampleCap) : '', aggregation: s.aggregation || 'SUM',
            children: (s.children || []).map(function (c) {
                return { kpiId: String(c.kpiId), weight: String(c.weight === undefined ? 1 : c.weight) };
            }), version: kpi.version };
    }

    function optional(value) {
        var t = text(value).trim();
        return t === '' ? null : t;
    }

    /** The source body of the form values (only the properties of its type). */
    function source(v) {
        switch (v.type) {
            case 'JQL_COUNT':
                return { type: v.type, jql: text(v.jql) };
            case 'JQL_RATIO':
                return { type: v.type, numeratorJql: text(v.numeratorJql), denominatorJql: text(v.denominatorJql) };
            case 'PER_AGENT':
                return { type: v.type, jql: text(v.jql), agents: v.agents,
                    group: v.agents === 'GROUP' ? text(v.group) : null,
                    project: v.agents === 'PROJECT_ROLE' ? optional(v.project) : null,
                    role: v.agents === 'PROJECT_ROLE' ? text(v.role) : null };
            case 'DURATION':
                return { type: v.type, jql: text(v.jql), fromField: text(v.fromField), toField: text(v.toField),
                    statistic: v.statistic, sampleCap: optional(v.sampleCap) === null ? null : Number(v.sampleCap) };
            case 'COMPOSITE':
                return { type: v.type, aggregation: v.aggregation, children: (v.children || []).map(function (c) {
                    return { kpiId: Number(c.kpiId), weight: v.aggregation === 'WEIGHTED_AVERAGE'
                            ? Number(String(c.weight).replace(',', '.')) : 1 };
                }) };
            default:
                return { type: 'MANUAL' };
        }
    }

    /** Whether a source type runs JQL (its queries are validated and counted as the user types). */
    function runsQueries(type) {
        return type === 'JQL_COUNT' || type === 'JQL_RATIO' || type === 'PER_AGENT' || type === 'DURATION';
    }

    /**
     * The body of POST /kpis (PUT /kpis/{id} with a version) from the form values, and the fields the browser can
     * already tell are wrong ({field: 'required' | format}); the server checks everything again.
     */
    function request(v) {
        var errors = {};
        var target = input.parse(v.target, v.format);
        var warning = input.parse(v.warning, v.format);
        if (target.empty) {
            errors.target = 'required';
        } else if (target.error) {
            errors.target = target.error;
        }
        if (warning.error) {
            errors.warning = warning.error;
        }
        if (text(v.name).trim() === '') {
            errors.name = 'required';
        }
        var body = { name: text(v.name), description: optional(v.description),
            unit: v.format === 'NUMBER' ? optional(v.unit) : null, format: v.format, direction: v.direction,
            target: target.value === undefined ? null : target.value,
            warning: warning.value === undefined ? null : warning.value, owner: optional(v.owner),
            project: optional(v.project), parentId: ID.test(text(v.parentId)) ? Number(v.parentId) : null,
            refreshMinutes: optional(v.refreshMinutes) === null ? null : Number(v.refreshMinutes),
            source: source(v) };
        if (v.version !== undefined && v.version !== null) {
            body.version = v.version;
        }
        return { body: body, errors: errors };
    }

    /** How a KPI of a source type is shown unless chosen otherwise: a duration as one, a ratio as a percentage. */
    function formatFor(type) {
        return type === 'DURATION' ? 'DURATION' : type === 'JQL_RATIO' ? 'PERCENT' : 'NUMBER';
    }

    /**
     * The format after the source type changed from previous to type: the new type's own format when the format was
     * the previous type's own (nobody chose it), else the format as it was.
     */
    function formatAfterTypeChange(currentFormat, previous, type) {
        return currentFormat === formatFor(previous) ? formatFor(type) : currentFormat;
    }

    /** The body of POST /kpis/validate-jql for the form values, counting the query of field (e.g. source.jql). */
    function validation(v, field) {
        return { owner: optional(v.owner), project: optional(v.project), source: source(v), count: field };
    }

    return { SOURCE_TYPES: SOURCE_TYPES, filter: filter, sort: sort, owners: owners, kpiOf: kpiOf, withKpi: withKpi,
        periodOf: periodOf, withPeriod: withPeriod,
        presets: presets, valuesOf: valuesOf, source: source, runsQueries: runsQueries, request: request,
        validation: validation, formatFor: formatFor, formatAfterTypeChange: formatAfterTypeChange };
});
