'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');
const { PAYLOADS } = require('./xss-payloads.cjs');

const model = load(['common/kpi-model.js', 'dashboard/item-model.js'])('waypoint/dashboard/item-model');

test('each item reads its read model only once it is configured, with the ids and keys it was given', () => {
    assert.equal(model.query('okr-progress', {}), null);
    assert.deepEqual(model.query('okr-progress', { scope: 'project', project: 'SUP', cycle: '' }),
        { project: 'SUP', cycle: null });
    assert.deepEqual(model.query('okr-progress', { scope: 'project', project: 'SUP', cycle: '7' }),
        { project: 'SUP', cycle: '7' });
    assert.deepEqual(model.query('okr-progress', { scope: 'cycle', cycle: '3' }), { cycle: '3' });
    assert.deepEqual(model.query('okr-progress', { scope: 'objective', objective: '12' }), { objective: '12' });
    assert.equal(model.query('okr-progress', { scope: 'objective', objective: '' }), null);
    assert.deepEqual(model.query('kpi-scorecard', { source: 'kpis', kpis: '3, 1,x,3,2' }), { kpis: '3,1,2', days: 30 });
    assert.deepEqual(model.query('kpi-scorecard', { source: 'project', project: 'WEB' }), { project: 'WEB', days: 30 });
    assert.deepEqual(model.query('kpi-scorecard', { source: 'all' }), { all: 'true', days: 30 });
    assert.equal(model.query('kpi-scorecard', { source: 'kpis', kpis: '' }), null);
    assert.deepEqual(model.query('kpi-trend', { kpi: '4', days: '365' }), { kpi: '4', days: 365 });
    assert.deepEqual(model.query('kpi-trend', { kpi: '4', days: '7' }), { kpi: '4', days: 90 });
    assert.deepEqual(model.query('agent-workload', { kpi: '9' }), { kpi: '9' });
});

test('preferences that are not ids, keys or known choices configure nothing and reach no query', () => {
    for (const payload of PAYLOADS) {
        assert.equal(model.query('okr-progress', { scope: 'project', project: payload }), null, payload);
        assert.equal(model.query('okr-progress', { scope: payload, cycle: payload }), null, payload);
        assert.equal(model.query('kpi-scorecard', { source: 'kpis', kpis: payload }), null, payload);
        assert.equal(model.query('kpi-trend', { kpi: payload }), null, payload);
        assert.equal(model.refreshMinutes({ refresh: payload }), 0, payload);
    }
    assert.equal(model.query('kpi-scorecard', { source: 'project', project: 'sup' }), null);
    assert.equal(model.query('agent-workload', { kpi: '0' }), null);
});

test('the refresh interval is one of the offered choices, or never', () => {
    assert.equal(model.refreshMinutes({ refresh: '15' }), 15);
    assert.equal(model.refreshMinutes({ refresh: '0' }), 0);
    assert.equal(model.refreshMinutes({ refresh: '1' }), 0);
    assert.equal(model.refreshMinutes({}), 0);
    assert.equal(model.refreshMinutes(null), 0);
});

test('settings name the field that is missing or too long', () => {
    assert.deepEqual(model.validate('okr-progress', {}), { scope: 'required' });
    assert.deepEqual(model.validate('okr-progress', { scope: 'project' }), { project: 'required' });
    assert.deepEqual(model.validate('okr-progress', { scope: 'cycle', cycle: '' }), { cycle: 'required' });
    assert.deepEqual(model.validate('okr-progress', { scope: 'objective', objective: 'x' }), { objective: 'required' });
    assert.deepEqual(model.validate('okr-progress', { scope: 'project', project: 'SUP' }), {});
    assert.deepEqual(model.validate('kpi-scorecard', { source: 'kpis', kpis: '' }), { kpis: 'required' });
    const many = Array.from({ length: 101 }, (_, i) => String(i + 1)).join(',');
    assert.deepEqual(model.validate('kpi-scorecard', { source: 'kpis', kpis: many }), { kpis: 'tooMany' });
    assert.deepEqual(model.validate('kpi-scorecard', { source: 'all' }), {});
    assert.deepEqual(model.validate('kpi-trend', { kpi: '' }), { kpi: 'required' });
    assert.deepEqual(model.validate('agent-workload', { kpi: '5' }), {});
});

test('only 403 and 404 mean that the viewer may no longer see what an item shows', () => {
    assert.equal(model.noLongerVisible({ status: 403 }), true);
    assert.equal(model.noLongerVisible({ status: 404 }), true);
    assert.equal(model.noLongerVisible({ status: 400 }), false);
    assert.equal(model.noLongerVisible({ status: 500 }), false);
    assert.equal(model.noLongerVisible(null), false);
});

test('an objective says over how many key results its progress counts only when some are hidden', () => {
    assert.deepEqual(model.keyResultsNote({ keyResultsCounted: 2, keyResultsTotal: 3 }), { counted: 2, total: 3 });
    assert.equal(model.keyResultsNote({ keyResultsCounted: 3, keyResultsTotal: 3 }), null);
    assert.equal(model.keyResultsNote({}), null, 'read models without the fields');
});

test('the read model progress becomes the widgets progress, and closed cycles show grade bands', () => {
    assert.deepEqual(model.progress({ value: 0.5, unclamped: 0.5, warning: null }),
        { clamped: 0.5, unclamped: 0.5, warning: null });
    assert.equal(model.progress(null), null);
    assert.equal(model.gradeBand({ value: 0.7 }), 'GREEN');
    assert.equal(model.gradeBand({ value: 0.69 }), 'YELLOW');
    assert.equal(model.gradeBand({ value: 0.4 }), 'YELLOW');
    assert.equal(model.gradeBand({ value: 0.39 }), 'RED');
    assert.equal(model.gradeBand({ value: null }), null);
});

test('objectives come in tree order: parents first, children below them with their depth, siblings by id', () => {
    const order = model.tree([{ id: 5, parentId: 1 }, { id: 1, parentId: null }, { id: 3, parentId: 1 },
        { id: 9, parentId: 3 }, { id: 2, parentId: 77 }, { id: 7, parentId: 8 }, { id: 8, parentId: 7 }]);
    assert.deepEqual(order.map((e) => [e.objective.id, e.depth]),
        [[1, 0], [3, 1], [9, 2], [5, 1], [2, 0], [7, 0], [8, 1]]);
});

test('the workload sorts by name, count or health either way, ties by name, the unassigned row always last', () => {
    const rows = [{ name: 'bea', count: 3, health: 'GREEN' }, { name: null, agent: null, unassigned: true, count: 9,
        health: 'UNKNOWN' }, { name: 'Ann', count: 7, health: 'RED' }, { name: 'cy', count: 3, health: 'AMBER' }];
    const names = (sorted) => sorted.map((r) => r.name);
    assert.deepEqual(names(model.sortAgents(rows, 'name', 'asc')), ['Ann', 'bea', 'cy', null]);
    assert.deepEqual(names(model.sortAgents(rows, 'name', 'desc')), ['cy', 'bea', 'Ann', null]);
    assert.deepEqual(names(model.sortAgents(rows, 'count', 'desc')), ['Ann', 'bea', 'cy', null]);
    assert.deepEqual(names(model.sortAgents(rows, 'count', 'asc')), ['bea', 'cy', 'Ann', null]);
    assert.deepEqual(names(model.sortAgents(rows, 'health', 'desc')), ['Ann', 'cy', 'bea', null]);
    assert.equal(rows[0].name, 'bea', 'the rows given are not changed');
});

test('the trend arrow follows the week change and its label', () => {
    assert.deepEqual(model.trendArrow({ week: { delta: 2, label: 'WORSENING' } }), { direction: 'UP', label: 'WORSENING' });
    assert.deepEqual(model.trendArrow({ week: { delta: -2, label: 'IMPROVING' } }),
        { direction: 'DOWN', label: 'IMPROVING' });
    assert.deepEqual(model.trendArrow({ week: { delta: 0.001, label: 'STEADY' } }), { direction: 'FLAT', label: 'STEADY' });
    assert.equal(model.trendArrow({}), null);
});

test('the trend chart has the zones of the bands by direction and the cycles clipped to the period', () => {
    const lower = model.trendChart({ from: '2026-01-01', to: '2026-03-31',
        bands: { direction: 'LOWER_IS_BETTER', target: 20, warning: 30 },
        points: [{ at: '2026-01-02T00:00:00Z', value: 35 }, { at: '2026-03-30T00:00:00Z', value: 18 },
            { at: '2026-02-01T00:00:00Z', value: null }],
        cycles: [{ name: 'Q4', start: '2025-10-01', end: '2025-12-31', objectives: [] },
            { name: 'Q1', start: '2026-01-01', end: '2026-03-31', objectives: [{ title: 'Calm' }] },
            { name: 'Q2', start: '2026-04-01', end: '2026-06-30', objectives: [] }] });
    assert.deepEqual(lower.zones, [{ health: 'GREEN', from: null, to: 20 }, { health: 'AMBER', from: 20, to: 30 },
        { health: 'RED', from: 30, to: null }]);
    assert.deepEqual(lower.points.map((p) => p.y), [35, 18]);
    assert.deepEqual(lower.cycles.map((c) => c.name), ['Q1']);
    assert.equal(lower.cycles[0].from, Date.parse('2026-01-01'));
    assert.equal(lower.cycles[0].to, Date.parse('2026-04-01'));
    assert.ok(lower.yMin < 18 && lower.yMax > 35);

    const higher = model.trendChart({ from: '2026-01-01', to: '2026-01-31',
        bands: { direction: 'HIGHER_IS_BETTER', target: 0.9, warning: null }, points: [], cycles: [] });
    assert.deepEqual(higher.zones, [{ health: 'GREEN', from: 0.9, to: null }, { health: 'RED', from: null, to: 0.9 }]);
});

test('a workload row links to the issue navigator with its query encoded, and the wallboard is recognised', () => {
    assert.equal(model.issuesUrl('/jira', '(project = SUP) AND assignee = "o\'neil"'),
        '/jira/issues/?jql=(project%20%3D%20SUP)%20AND%20assignee%20%3D%20%22o\'neil%22');
    for (const payload of PAYLOADS) {
        assert.ok(!/[<>"\s]/.test(model.issuesUrl('', payload).replace('/issues/?jql=', '')), payload);
    }
    assert.equal(model.isWallboardPath('/jira/plugins/servlet/Wallboard/'), true);
    assert.equal(model.isWallboardPath('/plugins/servlet/Wallboard'), true);
    assert.equal(model.isWallboardPath('/secure/Dashboard.jspa'), false);
});
