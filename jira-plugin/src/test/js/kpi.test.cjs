'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');
const { PAYLOADS } = require('./xss-payloads.cjs');

const modules = load(['common/format.js', 'common/kpi-model.js', 'kpi/kpi-input.js', 'kpi/workspace-model.js']);
const input = modules('waypoint/kpi/kpi-input');
const model = modules('waypoint/kpi/workspace-model');
const kpiModel = modules('waypoint/kpi-model');

test('a percentage is typed and shown as "92 %" and stored as the fraction', () => {
    assert.deepEqual(input.parse('92 %', 'PERCENT'), { value: 0.92 });
    assert.deepEqual(input.parse('92%', 'PERCENT'), { value: 0.92 });
    assert.deepEqual(input.parse(' 92 ', 'PERCENT'), { value: 0.92 });
    assert.deepEqual(input.parse('99,5 %', 'PERCENT'), { value: 0.995 });
    assert.deepEqual(input.parse('0.5 %', 'PERCENT'), { value: 0.005 });
    assert.deepEqual(input.parse('', 'PERCENT'), { empty: true });
    assert.deepEqual(input.parse('%', 'PERCENT'), { error: 'PERCENT' });
    assert.deepEqual(input.parse('ninety', 'PERCENT'), { error: 'PERCENT' });
    assert.equal(input.toText(0.92, 'PERCENT'), '92 %');
    assert.equal(input.toText(0.995, 'PERCENT'), '99.5 %');
    assert.equal(input.toText(0.123456, 'PERCENT'), '12.35 %');
});

test('a duration is typed and shown with units, never as seconds', () => {
    assert.deepEqual(input.parse('4h', 'DURATION'), { value: 14400 });
    assert.deepEqual(input.parse('2d', 'DURATION'), { value: 172800 });
    assert.deepEqual(input.parse('1d 4h', 'DURATION'), { value: 100800 });
    assert.deepEqual(input.parse('1D4H', 'DURATION'), { value: 100800 });
    assert.deepEqual(input.parse('1.5h', 'DURATION'), { value: 5400 });
    assert.deepEqual(input.parse('90m', 'DURATION'), { value: 5400 });
    assert.deepEqual(input.parse('1w', 'DURATION'), { value: 604800 });
    assert.deepEqual(input.parse('14400', 'DURATION'), { error: 'DURATION' });
    assert.deepEqual(input.parse('4h 4h', 'DURATION'), { error: 'DURATION' });
    assert.deepEqual(input.parse('4 hours', 'DURATION'), { error: 'DURATION' });
    assert.deepEqual(input.parse('', 'DURATION'), { empty: true });
    assert.equal(input.toText(14400, 'DURATION'), '4h');
    assert.equal(input.toText(100800, 'DURATION'), '1d 4h');
    assert.equal(input.toText(43200 + 90, 'DURATION'), '12h 1m 30s');
    assert.equal(input.toText(0, 'DURATION'), '0h');
    assert.equal(input.toText(null, 'DURATION'), '');
});

test('every shown value parses back to the stored value', () => {
    for (const [value, format] of [[0.92, 'PERCENT'], [0.05, 'PERCENT'], [86400, 'DURATION'], [93784, 'DURATION'],
        [12.5, 'NUMBER'], [-3, 'NUMBER'], [1234567.25, 'NUMBER']]) {
        assert.deepEqual(input.parse(input.toText(value, format), format), { value: value }, format + ' ' + value);
    }
});

test('a number is a plain number, and nothing else is a value of any format', () => {
    assert.deepEqual(input.parse('12', 'NUMBER'), { value: 12 });
    assert.deepEqual(input.parse('1,5', 'NUMBER'), { value: 1.5 });
    assert.deepEqual(input.parse('12 tickets', 'NUMBER'), { error: 'NUMBER' });
    for (const payload of PAYLOADS) {
        for (const format of ['NUMBER', 'PERCENT', 'DURATION']) {
            assert.ok(input.parse(payload, format).error || input.parse(payload, format).empty, payload);
        }
    }
});

const rows = [
    { kpi: { id: 1, name: 'Backlog', owner: 'lead', project: 'SUP' }, ownerName: 'Leo Lead', health: 'AMBER',
        latest: { at: '2026-02-15T10:00:00Z' } },
    { kpi: { id: 2, name: 'csat', owner: 'admin', project: null, description: 'weekly survey' }, ownerName: 'Ada',
        health: 'RED', latest: { at: '2026-02-14T10:00:00Z' } },
    { kpi: { id: 3, name: 'Answer time', owner: 'lead', project: 'APP' }, ownerName: 'Leo Lead', health: 'GREEN',
        latest: null }
];

test('the list filters by search text, health and owner', () => {
    const ids = (list) => list.map((r) => r.kpi.id);
    assert.deepEqual(ids(model.filter(rows, { search: 'SURVEY' })), [2]);
    assert.deepEqual(ids(model.filter(rows, { search: 'leo' })), [1, 3]);
    assert.deepEqual(ids(model.filter(rows, { search: 'app' })), [3]);
    assert.deepEqual(ids(model.filter(rows, { health: 'RED' })), [2]);
    assert.deepEqual(ids(model.filter(rows, { owner: 'lead', health: 'GREEN' })), [3]);
    assert.deepEqual(ids(model.filter(rows, {})), [1, 2, 3]);
    for (const payload of PAYLOADS) {
        assert.deepEqual(model.filter(rows, { search: payload, health: payload, owner: payload }), [], payload);
    }
});

test('the list sorts by name, worst health, owner and last refresh', () => {
    const ids = (list) => list.map((r) => r.kpi.id);
    assert.deepEqual(ids(model.sort(rows, 'name')), [3, 1, 2]);
    assert.deepEqual(ids(model.sort(rows, 'health')), [2, 1, 3]);
    assert.deepEqual(ids(model.sort(rows, 'owner')), [2, 3, 1]);
    assert.deepEqual(ids(model.sort(rows, 'updated')), [1, 2, 3]);
    assert.deepEqual(ids(model.sort(rows, '__proto__')), [3, 1, 2]);
    assert.deepEqual(model.owners(rows), [{ key: 'admin', name: 'Ada' }, { key: 'lead', name: 'Leo Lead' }]);
});

test('a KPI page lives at the same address with kpi=<id>, other parameters kept', () => {
    const sidebar = '?selectedItem=dev.waypoint.waypoint-jira%3Awaypoint-project-kpis-link';
    assert.equal(model.withKpi(sidebar, 12), sidebar + '&kpi=12');
    assert.equal(model.withKpi(sidebar + '&kpi=12', null), sidebar);
    assert.equal(model.withKpi('', 7), '?kpi=7');
    assert.equal(model.kpiOf(sidebar + '&kpi=12'), '12');
    assert.equal(model.kpiOf('?kpi=0'), null);
    assert.equal(model.kpiOf('?kpi=1e3'), null);
    assert.equal(model.kpiOf('?kpi=%3Cscript%3E'), null);
    assert.equal(model.kpiOf(''), null);
});

test('the period of a KPI page is in its address (days or cycle), dropped when going to another KPI', () => {
    assert.deepEqual(model.periodOf('?kpi=3&days=365'), { days: '365' });
    assert.deepEqual(model.periodOf('?kpi=3&cycle=7'), { cycle: '7' });
    assert.deepEqual(model.periodOf('?kpi=3&days=365&cycle=7'), { cycle: '7' });
    assert.deepEqual(model.periodOf('?kpi=3'), {});
    assert.deepEqual(model.periodOf('?days=-1&cycle=x'), {});
    assert.deepEqual(model.periodOf('?days=%E0%A4%A'), {});
    assert.equal(model.withPeriod('?a=1&kpi=3&days=30', { days: '365' }), '?a=1&kpi=3&days=365');
    assert.equal(model.withPeriod('?kpi=3&days=30', { cycle: '7' }), '?kpi=3&cycle=7');
    assert.equal(model.withPeriod('?kpi=3&cycle=7', {}), '?kpi=3');
    assert.equal(model.withKpi('?a=1&kpi=3&days=365&cycle=7', 4), '?a=1&kpi=4');
    assert.equal(model.withKpi('?kpi=3&days=365', null), '');
});

test('the presets are the support KPIs of the seeds, scoped to the project only for a real key', () => {
    const presets = model.presets('SUP');
    assert.deepEqual(presets.map((p) => p.id), ['openPerAgent', 'unassigned', 'firstContact', 'medianResolution',
        'olderThan14Days', 'breachedSla']);
    const open = presets[0].values;
    assert.equal(open.type, 'PER_AGENT');
    assert.equal(open.jql, 'project = "SUP" AND statusCategory != Done');
    assert.equal(presets[5].values.jql, 'project = "SUP" AND "Time to resolution" = breached()');
    assert.equal(presets[3].values.target, '12h');
    assert.equal(presets[2].values.target, '55 %');
    for (const payload of PAYLOADS) {
        assert.ok(model.presets(payload).every((p) => [p.values.jql, p.values.numeratorJql, p.values.denominatorJql]
            .every((jql) => jql === undefined || jql.indexOf(payload) < 0)), payload);
    }
    for (const preset of presets) {
        assert.deepEqual(model.request(preset.values).errors, {}, preset.id);
    }
});

test('the form becomes the body of POST /kpis, numbers as the KPI stores them', () => {
    const values = { name: 'Median resolution time', format: 'DURATION', direction: 'LOWER_IS_BETTER',
        target: '12h', warning: '1d', owner: 'lead', project: 'SUP', parentId: '', refreshMinutes: '30',
        type: 'DURATION', jql: 'project = "SUP"', fromField: 'created', toField: 'resolutiondate', statistic: 'P90',
        unit: 'ignored' };
    const built = model.request(values);
    assert.deepEqual(built.errors, {});
    assert.deepEqual(built.body, { name: 'Median resolution time', description: null, unit: null, format: 'DURATION',
        direction: 'LOWER_IS_BETTER', target: 43200, warning: 86400, owner: 'lead', project: 'SUP', parentId: null,
        refreshMinutes: 30, source: { type: 'DURATION', jql: 'project = "SUP"', fromField: 'created',
            toField: 'resolutiondate', statistic: 'P90', sampleCap: null } });
    const bad = model.request({ name: ' ', format: 'PERCENT', target: '', warning: 'lots', type: 'MANUAL' });
    assert.deepEqual(bad.errors, { name: 'required', target: 'required', warning: 'PERCENT' });
    const composite = model.request({ name: 'Q', format: 'PERCENT', target: '75 %', type: 'COMPOSITE',
        aggregation: 'WEIGHTED_AVERAGE', children: [{ kpiId: '4', weight: '2,5' }], version: 3 });
    assert.deepEqual(composite.body.source, { type: 'COMPOSITE', aggregation: 'WEIGHTED_AVERAGE',
        children: [{ kpiId: 4, weight: 2.5 }] });
    assert.equal(composite.body.version, 3);
    const agents = model.request({ name: 'A', format: 'NUMBER', target: '1', type: 'PER_AGENT', jql: 'x',
        agents: 'PROJECT_ROLE', project: 'SUP', role: 'Service Desk Team' });
    assert.deepEqual(agents.body.source, { type: 'PER_AGENT', jql: 'x', agents: 'PROJECT_ROLE', group: null,
        project: 'SUP', role: 'Service Desk Team' });
});

test('a stored KPI fills the form as its format shows its numbers, and validation counts the field typed', () => {
    const values = model.valuesOf({ id: 9, name: 'FCR', format: 'PERCENT', direction: 'HIGHER_IS_BETTER',
        target: 0.55, warning: 0.45, owner: 'lead', project: 'SUP', refreshMinutes: 60, version: 2,
        source: { type: 'JQL_RATIO', numeratorJql: 'a', denominatorJql: 'b' } });
    assert.equal(values.target, '55 %');
    assert.equal(values.warning, '45 %');
    assert.equal(values.version, 2);
    assert.deepEqual(model.request(values).body.target, 0.55);
    assert.deepEqual(model.validation(values, 'source.denominatorJql'), { owner: 'lead', project: 'SUP',
        source: { type: 'JQL_RATIO', numeratorJql: 'a', denominatorJql: 'b' }, count: 'source.denominatorJql' });
    assert.equal(model.runsQueries('MANUAL'), false);
    assert.equal(model.runsQueries('PER_AGENT'), true);
});

test('drill-down links carry the exact query, encoded, to the issue navigator', () => {
    const jql = '(project = "SUP" AND statusCategory != Done) AND assignee = "o\'neil"';
    assert.equal(kpiModel.issuesUrl('/jira', jql), '/jira/issues/?jql=' + encodeURIComponent(jql));
    assert.equal(decodeURIComponent(kpiModel.issuesUrl('', jql).split('?jql=')[1]), jql);
});

test('the trend chart of counts never suggests an axis below zero', () => {
    const counts = kpiModel.trendChart({ from: '2026-01-01', to: '2026-01-31',
        bands: { direction: 'LOWER_IS_BETTER', target: 5, warning: 10 },
        points: [{ at: '2026-01-02T00:00:00Z', value: 0 }, { at: '2026-01-30T00:00:00Z', value: 36 }], cycles: [] });
    assert.equal(counts.yMin, 0);
    const changes = kpiModel.trendChart({ from: '2026-01-01', to: '2026-01-31',
        bands: { direction: 'HIGHER_IS_BETTER', target: 0, warning: null },
        points: [{ at: '2026-01-02T00:00:00Z', value: -4 }], cycles: [] });
    assert.ok(changes.yMin < -4);
});

test('a new source type brings its own format unless the user chose another', () => {
    assert.equal(model.formatAfterTypeChange('NUMBER', 'JQL_COUNT', 'DURATION'), 'DURATION');
    assert.equal(model.formatAfterTypeChange('NUMBER', 'PER_AGENT', 'JQL_RATIO'), 'PERCENT');
    assert.equal(model.formatAfterTypeChange('DURATION', 'DURATION', 'JQL_COUNT'), 'NUMBER');
    assert.equal(model.formatAfterTypeChange('PERCENT', 'JQL_COUNT', 'DURATION'), 'PERCENT');
    assert.equal(model.formatAfterTypeChange('NUMBER', 'DURATION', 'MANUAL'), 'NUMBER');
});
