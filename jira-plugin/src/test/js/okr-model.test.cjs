'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');

const model = load(['common/format.js', 'common/okr-model.js'])('waypoint/okr-model');
const WORDS = { notANumber: 'NaN!', notAWholeNumber: 'Whole!', required: 'Required!' };

function keyResult(id, extra) {
    return Object.assign({ id, title: 'KR ' + id, measure: { type: 'METRIC', baseline: 120, target: 80 },
        source: 'MANUAL', canCheckIn: true, canEdit: true, latestCheckIn: null, latestConfidence: null }, extra);
}

const PAGE = {
    project: 'SUP',
    cycles: [{ id: 7, name: 'Q1', start: '2026-01-01', end: '2026-03-31', state: 'ACTIVE' }],
    selectedCycleId: 7,
    asOf: '2026-02-10',
    objectives: [
        { id: 1, title: 'Company', level: 'COMPANY', keyResults: [], children: [
            { id: 2, title: 'Team', level: 'TEAM', keyResults: [keyResult(10), keyResult(11, { canCheckIn: false })],
                children: [{ id: 3, title: 'Child', level: 'INDIVIDUAL', keyResults: [keyResult(12)], children: [] }] }
        ] },
        { id: 4, title: 'Other', level: 'TEAM', keyResults: [], children: [] }
    ]
};

test('flatten walks the tree depth first with depth and parent', () => {
    assert.deepEqual(model.flatten(PAGE.objectives).map((e) => [e.objective.id, e.depth, e.parent && e.parent.id]),
            [[1, 0, null], [2, 1, 1], [3, 2, 2], [4, 0, null]]);
    assert.deepEqual(model.flatten(undefined), []);
});

test('emptyState tells no cycles from no objectives', () => {
    assert.equal(model.emptyState({ cycles: [], selectedCycleId: null, objectives: [] }), 'NO_CYCLES');
    assert.equal(model.emptyState({ cycles: PAGE.cycles, selectedCycleId: null, objectives: [] }), 'NO_CYCLES');
    assert.equal(model.emptyState({ cycles: PAGE.cycles, selectedCycleId: 7, objectives: [] }), 'NO_OBJECTIVES');
    assert.equal(model.emptyState(PAGE), null);
    assert.equal(model.emptyState(null), 'NO_CYCLES');
});

test('selectedCycle, counts, findObjective and findKeyResult', () => {
    assert.equal(model.selectedCycle(PAGE).name, 'Q1');
    assert.deepEqual(model.counts(PAGE), { objectives: 4, keyResults: 3 });
    assert.equal(model.findObjective(PAGE, 3).title, 'Child');
    assert.equal(model.findObjective(PAGE, 99), null);
    const found = model.findKeyResult(PAGE, 12);
    assert.equal(found.keyResult.title, 'KR 12');
    assert.equal(found.objective.id, 3);
    assert.equal(model.findKeyResult(PAGE, 99), null);
});

test('parentChoices leaves out the edited objective and its descendants (no loops)', () => {
    assert.deepEqual(model.parentChoices(PAGE, 2).map((c) => c.id), [1, 4]);
    assert.deepEqual(model.parentChoices(PAGE, null).map((c) => c.id), [1, 2, 3, 4]);
});

test('objectiveDeletion and keyResultDeletion count what goes with the item', () => {
    const objective = { id: 1, keyResults: [keyResult(10, { initiativeCount: 2 }), keyResult(11, { initiativeCount: 0 }),
        keyResult(12)] };
    assert.deepEqual(model.objectiveDeletion(objective), { keyResults: 3, linkedIssues: 2 });
    assert.deepEqual(model.objectiveDeletion({ id: 2 }), { keyResults: 0, linkedIssues: 0 });
    assert.deepEqual(model.keyResultDeletion(keyResult(10, { initiativeCount: 4 })), { linkedIssues: 4 });
    assert.deepEqual(model.keyResultDeletion(keyResult(11)), { linkedIssues: 0 });
});

test('newestFirst orders check-ins by effective date, then by when they were recorded, then by id', () => {
    const checkIns = [
        { id: 1, effectiveDate: '2026-01-05', createdAt: '2026-01-05T10:00:00Z' },
        { id: 2, effectiveDate: '2026-01-20', createdAt: '2026-01-20T09:00:00Z' },
        { id: 3, effectiveDate: '2026-01-10', createdAt: '2026-01-21T09:00:00.5Z' },
        { id: 4, effectiveDate: '2026-01-20', createdAt: '2026-01-20T09:00:00.250Z' },
        { id: 5, effectiveDate: '2026-01-20', createdAt: '2026-01-20T09:00:00.250Z' }
    ];
    assert.deepEqual(model.newestFirst(checkIns).map((c) => c.id), [5, 4, 2, 3, 1]);
    assert.deepEqual(checkIns.map((c) => c.id), [1, 2, 3, 4, 5], 'the answer is left as it is');
    assert.deepEqual(model.newestFirst(null), []);
});

test('linkableKeyResults lists only key results the viewer may check in on', () => {
    assert.deepEqual(model.linkableKeyResults(PAGE).map((e) => [e.keyResult.id, e.objective.id]), [[10, 2], [12, 3]]);
});

test('takesValue: only MANUAL metric and threshold key results take a typed value', () => {
    assert.equal(model.takesValue(keyResult(1)), true);
    assert.equal(model.takesValue(keyResult(1, { measure: { type: 'THRESHOLD', min: 1 } })), true);
    assert.equal(model.takesValue(keyResult(1, { source: 'KPI' })), false);
    assert.equal(model.takesValue(keyResult(1, { measure: { type: 'ISSUES' } })), false);
    assert.equal(model.takesValue(keyResult(1, { measure: { type: 'MILESTONE' } })), false);
});

test('checkInDefaults: latest value, else the baseline; dates from the cycle start to today', () => {
    const cycle = PAGE.cycles[0];
    assert.deepEqual(model.checkInDefaults(keyResult(1), cycle, '2026-02-10'),
            { value: 120, confidence: null, milestones: null, date: '2026-02-10', min: '2026-01-01', max: '2026-02-10' });
    const latest = keyResult(1, { latestCheckIn: { value: 101, milestones: null }, latestConfidence: 6 });
    assert.equal(model.checkInDefaults(latest, cycle, '2026-02-10').value, 101);
    assert.equal(model.checkInDefaults(latest, cycle, '2026-02-10').confidence, 6);
});

test('checkInDefaults: after the cycle the date is its last day; milestones keep their latest states', () => {
    const cycle = PAGE.cycles[0];
    const milestone = keyResult(1, { measure: { type: 'MILESTONE', milestones: [{ title: 'a' }, { title: 'b' }] },
        latestCheckIn: { value: null, milestones: [true] } });
    const defaults = model.checkInDefaults(milestone, cycle, '2026-05-01');
    assert.equal(defaults.date, '2026-03-31');
    assert.equal(defaults.max, '2026-03-31');
    assert.deepEqual(defaults.milestones, [true, false]);
    const single = keyResult(1, { measure: { type: 'MILESTONE', milestones: [] } });
    assert.deepEqual(model.checkInDefaults(single, cycle, '2026-02-01').milestones, [false]);
});

test('checkInBody: value, confidence, comment and date; empty fields are left out', () => {
    assert.deepEqual(model.checkInBody({ value: ' 95,5 ', confidence: '7', comment: 'Going well', date: '2026-02-01' },
            keyResult(1), WORDS), { body: { value: 95.5, confidence: 7, comment: 'Going well',
        effectiveDate: '2026-02-01' }, errors: null });
    assert.deepEqual(model.checkInBody({ value: '', confidence: '', comment: '  ', date: '' }, keyResult(1), WORDS),
            { body: {}, errors: null });
});

test('checkInBody: a value that is not a number and a fractional confidence are field errors', () => {
    const built = model.checkInBody({ value: 'lots', confidence: '7.5' }, keyResult(1), WORDS);
    assert.deepEqual(built.errors.fieldErrors, { value: ['NaN!'], confidence: ['Whole!'] });
});

test('checkInBody: milestones send their states; computed key results send no value', () => {
    const milestone = keyResult(1, { measure: { type: 'MILESTONE' } });
    assert.deepEqual(model.checkInBody({ milestones: [true, 0], value: '3' }, milestone, WORDS).body,
            { milestones: [true, false] });
    assert.deepEqual(model.checkInBody({ value: '3' }, keyResult(1, { source: 'JQL' }), WORDS).body, {});
});

test('objectiveBody: a new team objective of the page', () => {
    const built = model.objectiveBody({ title: ' Happier customers ', description: '', level: 'TEAM', kind: '',
        commitment: 'COMMITTED', owner: 'lead', parentId: '1', weight: '2', state: 'ACTIVE' },
    { cycleId: 7, project: 'SUP' }, WORDS);
    assert.equal(built.errors, null);
    assert.deepEqual(built.body, { cycleId: 7, title: 'Happier customers', description: null, level: 'TEAM', kind: null,
        commitment: 'COMMITTED', owner: 'lead', project: 'SUP', parentId: 1, contributesToParent: true, weight: 2,
        alignedKpis: [], state: 'ACTIVE' });
});

test('objectiveBody: an update keeps what the dialog does not show and sends the version', () => {
    const original = { id: 2, version: 5, alignedKpis: [3, 4], contributesToParent: false };
    const built = model.objectiveBody({ title: 'T', level: 'TEAM', weight: '' }, { cycleId: 7, project: 'SUP', original },
            WORDS);
    assert.equal(built.body.version, 5);
    assert.deepEqual(built.body.alignedKpis, [3, 4]);
    assert.equal(built.body.contributesToParent, false);
    assert.equal(built.body.weight, null);
});

test('objectiveBody: a missing title and a bad weight are field errors; company objectives have no project', () => {
    const built = model.objectiveBody({ title: '  ', weight: 'heavy', level: 'COMPANY' }, { cycleId: 7, project: 'SUP' },
            WORDS);
    assert.deepEqual(built.errors.fieldErrors, { weight: ['NaN!'], title: ['Required!'] });
    assert.equal(built.body.project, null);
});

test('keyResultBody: a decreasing METRIC key result measured by check-ins', () => {
    const built = model.keyResultBody({ title: 'Open tickets', type: 'METRIC', baseline: '120', target: '80',
        unit: 'tickets', owner: '', weight: '', sourceType: 'MANUAL' }, { objectiveId: 2 }, WORDS);
    assert.equal(built.errors, null);
    assert.deepEqual(built.body, { title: 'Open tickets', owner: null, weight: null, unit: 'tickets',
        measure: { type: 'METRIC', baseline: 120, target: 80 }, source: { type: 'MANUAL' }, objectiveId: 2 });
});

test('keyResultBody: THRESHOLD, MILESTONE and ISSUES send the fields of their measure only', () => {
    assert.deepEqual(model.keyResultBody({ title: 't', type: 'THRESHOLD', min: '1', max: '', tolerance: '0.5',
        judgement: 'WORST', sourceType: 'KPI', kpiId: '9' }, { objectiveId: 2 }, WORDS).body.measure,
    { type: 'THRESHOLD', min: 1, max: null, tolerance: 0.5, judgement: 'WORST' });
    assert.deepEqual(model.keyResultBody({ title: 't', type: 'THRESHOLD', min: '1', sourceType: 'KPI', kpiId: '9' },
            { objectiveId: 2 }, WORDS).body.source, { type: 'KPI', kpiId: 9 });
    const milestones = model.keyResultBody({ title: 't', type: 'MILESTONE', milestones: [{ title: 'Design', weight: '2' },
        { title: '', weight: '' }, { title: 'Ship', weight: '' }] }, { objectiveId: 2 }, WORDS).body;
    assert.deepEqual(milestones.measure, { type: 'MILESTONE', milestones: [{ title: 'Design', weight: 2 },
        { title: 'Ship', weight: null }] });
    assert.equal(milestones.source, undefined);
    assert.deepEqual(model.keyResultBody({ title: 't', type: 'ISSUES', mode: 'STORY_POINTS', scope: 'FROZEN',
        frozenTotal: '40' }, { objectiveId: 2 }, WORDS).body.measure,
    { type: 'ISSUES', mode: 'STORY_POINTS', scope: 'FROZEN', frozenTotal: 40 });
    assert.deepEqual(model.keyResultBody({ title: 't', type: 'ISSUES', mode: '', scope: '' }, { objectiveId: 2 }, WORDS)
            .body.measure, { type: 'ISSUES', mode: 'COUNT', scope: 'LIVE' });
});

test('keyResultBody: errors name the field the API would name; an update sends the version, not the objective', () => {
    const built = model.keyResultBody({ title: '', type: 'METRIC', baseline: 'x', target: '80',
        sourceType: 'JQL', jql: 'project = SUP' }, { original: { version: 3 } }, WORDS);
    assert.deepEqual(built.errors.fieldErrors, { 'measure.baseline': ['NaN!'], title: ['Required!'] });
    assert.equal(built.body.version, 3);
    assert.equal(built.body.objectiveId, undefined);
    assert.deepEqual(built.body.source, { type: 'JQL', jql: 'project = SUP' });
    const milestone = model.keyResultBody({ title: 't', type: 'MILESTONE', milestones: [{ title: 'a', weight: 'w' }] },
            { objectiveId: 1 }, WORDS);
    assert.deepEqual(milestone.errors.fieldErrors, { 'measure.milestones[0].weight': ['NaN!'] });
});
