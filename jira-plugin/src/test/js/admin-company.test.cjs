'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');

const STUBS = { 'waypoint/dom': { h: () => ({}) }, 'wrm/context-path': () => '' };
const modules = load(['common/format.js', 'admin/admin-model.js', 'admin/group-picker.js', 'close/close-model.js',
    'company/company-model.js'], STUBS);
const WORDS = { required: 'required', notANumber: 'nan', notAWholeNumber: 'nawn' };

test('the settings body parses numbers, names bad ones by their path and keeps groups as lists', () => {
    const model = modules('waypoint/admin/admin-model');
    const values = {};
    model.SECTIONS.forEach((section) => section.fields.forEach((field) => {
        values[field.path] = field.kind === 'groups' ? [' ', 'leaders'] : field.kind === 'boolean' ? true
            : field.kind === 'fraction' ? '0,25' : field.kind === 'whole' ? '7' : ' text ';
    }));
    values['scoring.greenFrom'] = 'abc';
    values['scoring.lowConfidence'] = '2.5';
    values['retention.fullDetailDays'] = '';
    const built = model.settingsBody(values, WORDS);
    assert.equal(built.body.scoring.onTrackMargin, 0.25);
    assert.equal(built.body.scoring.greenFrom, null);
    assert.deepEqual(built.body.access.companyViewerGroups, ['leaders']);
    assert.equal(built.body.access.companyGroup, 'text');
    assert.equal(built.body.insights.amberNeedsOkr, true);
    assert.deepEqual(built.errors.fieldErrors, { 'scoring.greenFrom': ['nan'], 'scoring.lowConfidence': ['nawn'],
        'retention.fullDetailDays': ['required'] });
    assert.equal(model.SECTIONS.reduce((n, s) => n + s.fields.length, 0), 18);
});

test('the settings show their defaults and read values by path', () => {
    const model = modules('waypoint/admin/admin-model');
    const groups = { path: 'access.companyViewerGroups', kind: 'groups' };
    const flag = { path: 'insights.amberNeedsOkr', kind: 'boolean' };
    const words = { yes: 'on', no: 'off', none: 'None' };
    assert.equal(model.defaultText(groups, [], words), 'None');
    assert.equal(model.defaultText(groups, ['a', 'b'], words), 'a, b');
    assert.equal(model.defaultText(flag, false, words), 'off');
    assert.equal(model.defaultText({ kind: 'group' }, null, words), 'None');
    assert.equal(model.valueAt({ scoring: { greenFrom: 0.7 } }, 'scoring.greenFrom'), 0.7);
    assert.equal(model.shown({ kind: 'fraction' }, 0.1), '0.1');
    assert.equal(model.shown({ kind: 'group' }, null), '');
});

test('a cycle body needs name and dates and carries the version it read; quarters go to the first free year', () => {
    const model = modules('waypoint/admin/admin-model');
    const created = model.cycleBody({ name: ' Q1 ', start: '2027-01-01', end: '' }, null, WORDS);
    assert.deepEqual(created.errors.fieldErrors, { end: ['required'] });
    assert.equal(created.body.state, 'PLANNING');
    const edited = model.cycleBody({ name: 'Q1', start: '2027-01-01', end: '2027-03-31', state: 'ACTIVE' },
            { state: 'PLANNING', version: 4 }, WORDS);
    assert.equal(edited.errors, null);
    assert.equal(edited.body.version, 4);
    assert.deepEqual(model.stateBody({ name: 'Q', start: 's', end: 'e', state: 'PLANNING', version: 2 }, 'ACTIVE'),
            { name: 'Q', start: 's', end: 'e', state: 'ACTIVE', version: 2 });
    assert.equal(model.quarterYear([{ name: 'Q4 2026' }], '2026-12-07'), 2027);
    assert.equal(model.quarterYear([{ name: 'Q1 2027' }], '2027-01-02'), 2028);
    assert.equal(model.quarterYear([], '2026-12-07'), 2026);
});

test('the group picker takes only names from Jira\'s answer, never its HTML, without the chosen ones', () => {
    const picker = modules('waypoint/admin/group-picker');
    const answer = { header: 'Showing 3', groups: [{ name: 'jira-administrators', html: '<b>jira</b>' },
        { name: 'leaders' }, { html: '<img src=x onerror=alert(1)>' }, null] };
    assert.deepEqual(picker.names(answer, ['leaders']), ['jira-administrators']);
    assert.deepEqual(picker.names(null, []), []);
});

test('the note rule asks for a note only beyond the threshold, and grades get their band', () => {
    const model = modules('waypoint/close/close-model');
    assert.equal(model.needsNote(0.5, 0.7, 0.2), false);
    assert.equal(model.needsNote(0.5, 0.71, 0.2), true);
    assert.equal(model.needsNote(0.9, 0.7, 0.2), false);
    assert.equal(model.needsNote(null, 0.1, 0.2), false);
    assert.equal(model.band(0.7, 0.7, 0.4), 'GREEN');
    assert.equal(model.band(0.69, 0.7, 0.4), 'YELLOW');
    assert.equal(model.band(0.39, 0.7, 0.4), 'RED');
    assert.equal(model.band(null, 0.7, 0.4), null);
    assert.equal(model.grade(0.456), '0.46');
});

test('the carry-over target is the next open cycle after the closing one', () => {
    const model = modules('waypoint/close/close-model');
    const q4 = { id: 1, start: '2026-10-01', end: '2026-12-31', state: 'ACTIVE' };
    const cycles = [q4, { id: 2, start: '2026-07-01', end: '2026-09-30', state: 'CLOSED' },
        { id: 3, start: '2027-04-01', end: '2027-06-30', state: 'PLANNING' },
        { id: 4, start: '2027-01-01', end: '2027-03-31', state: 'PLANNING' }];
    assert.equal(model.defaultTarget(cycles, q4).id, 4);
    assert.equal(model.defaultTarget([q4], q4), null);
});

test('the close body names overrides by their position, asks for notes and sends each fate', () => {
    const model = modules('waypoint/close/close-model');
    const preview = { version: 3, overrideNoteThreshold: 0.2, greenFrom: 0.7, yellowFrom: 0.4,
        objectives: [{ id: 10, title: 'A', graded: true, suggestedGrade: 0.5 },
            { id: 11, title: 'B', graded: false, suggestedGrade: null },
            { id: 12, title: 'C', graded: true, suggestedGrade: 0.3 }],
        carryOverCandidates: [{ keyResultId: 100, title: 'k1', objectiveTitle: 'A' },
            { keyResultId: 101, title: 'k2', objectiveTitle: 'A' }, { keyResultId: 102, title: 'k3', objectiveTitle: 'C' }] };
    const words = { gradeRange: 'range', noteRequired: 'note', targetRequired: 'target' };
    const fates = { 100: 'CARRY', 101: 'DROP' };
    const overrides = { 10: { grade: '', note: '' }, 12: { grade: '0.9', note: '' }, 11: { grade: '0.4' } };
    const built = model.closeBody(preview, fates, overrides, null, words);
    assert.deepEqual(built.body.overrides, [{ objectiveId: 12, grade: 0.9, note: null }]);
    assert.deepEqual(built.index, { 12: 0 });
    assert.deepEqual(built.body.carryOver, { cycleId: null, keyResultIds: [100] });
    assert.deepEqual(built.body.drop, [101]);
    assert.deepEqual(built.errors.fieldErrors, { 'overrides[0].note': ['note'], 'carryOver.cycleId': ['target'] });
    overrides[12] = { grade: '1.5', note: 'why' };
    assert.deepEqual(model.closeBody(preview, fates, overrides, 7, words).errors.fieldErrors,
            { 'overrides[0].grade': ['range'] });
    overrides[12] = { grade: '0.9', note: 'Market shifted' };
    assert.equal(model.closeBody(preview, fates, overrides, 7, words).errors, null);

    const review = model.review(preview, fates, overrides);
    assert.deepEqual(review.graded.map((g) => [g.id, g.grade, g.band, g.overridden, g.note]),
            [[10, 0.5, 'YELLOW', false, null], [12, 0.9, 'GREEN', true, 'Market shifted']]);
    assert.deepEqual(review.carried.map((k) => k.id), [100]);
    assert.deepEqual(review.dropped.map((k) => k.id), [101]);
    assert.deepEqual(review.kept.map((k) => k.id), [102]);
});

test('the company filters become search parameters, pace in an open cycle and band in a closed one', () => {
    const model = modules('waypoint/company/company-model');
    assert.equal(model.searchParams({ q: '  ', project: '', level: '', status: '' }, false), null);
    assert.deepEqual(model.searchParams({ q: ' grow ', project: 'SUP', level: '', status: 'AT_RISK' }, false),
            { q: 'grow', project: 'SUP', level: null, pace: 'AT_RISK' });
    assert.deepEqual(model.searchParams({ q: '', project: '', level: 'TEAM', status: 'RED' }, true),
            { q: null, project: null, level: 'TEAM', band: 'RED' });
    assert.deepEqual(model.statusValues(true), ['GREEN', 'YELLOW', 'RED']);
    assert.equal(model.statusValues(false).length, 5);
});

test('a node says when key results are hidden; a team aligns to the company objectives; shares are percentages', () => {
    const model = modules('waypoint/company/company-model');
    assert.deepEqual(model.hiddenKeyResults({ keyResultsCounted: 2, keyResultsTotal: 3 }), { counted: 2, total: 3 });
    assert.equal(model.hiddenKeyResults({ keyResultsCounted: 3, keyResultsTotal: 3 }), null);
    assert.deepEqual(model.parentChoices([{ id: 1, level: 'COMPANY', title: 'Grow' }, { id: 2, level: 'TEAM' }],
            { id: 9 }), [{ id: 1, title: 'Grow' }]);
    const objective = { id: 9, cycleId: 4, title: 'T', description: 'd', level: 'TEAM', kind: null,
        commitment: 'COMMITTED', owner: 'lead', project: 'SUP', parentId: null, contributesToParent: true,
        weight: 2, alignedKpis: [5], state: 'ACTIVE', version: 7 };
    const body = model.alignBody(objective, '1');
    assert.equal(body.parentId, 1);
    assert.equal(body.version, 7);
    assert.deepEqual(body.alignedKpis, [5]);
    assert.equal(model.alignBody(objective, '').parentId, null);
    assert.equal(model.share(0.4237), '42%');
    assert.equal(model.share(null), '');
});
