'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');

const STUBS = { 'waypoint/dom': {}, 'waypoint/dialog': {}, 'waypoint/rest': {}, 'waypoint/messages': {},
    'waypoint/widgets': {} };
const modules = load(['common/format.js', 'common/texts.js', 'common/okr-model.js', 'project/link-dialog.js',
    'issue/panel.js', 'project/tree.js'], STUBS);

test('the issue picker normalises typed keys and refuses anything else', () => {
    const { issueKey } = modules('waypoint/project/link-dialog');
    assert.equal(issueKey(' sup-12 '), 'SUP-12');
    assert.equal(issueKey('APP_2-7'), 'APP_2-7');
    assert.equal(issueKey('SUP-0'), null);
    assert.equal(issueKey('SUP 12'), null);
    assert.equal(issueKey('12'), null);
    assert.equal(issueKey('<img src=x onerror=alert(1)>-1'), null);
    assert.equal(issueKey(null), null);
});

test('the issue panel offers the linkable key results the issue does not drive directly yet', () => {
    const { choices } = modules('waypoint/issue/panel');
    const page = { objectives: [{ id: 1, title: 'O', keyResults: [
        { id: 10, canCheckIn: true }, { id: 11, canCheckIn: true }, { id: 12, canCheckIn: false }, { id: 13, canCheckIn: true }
    ], children: [] }] };
    const driven = { keyResults: [{ keyResultId: 10, via: 'ISSUE' }, { keyResultId: 13, via: 'EPIC' }] };
    assert.deepEqual(choices(page, driven).map((e) => e.keyResult.id), [11, 13]);
    assert.deepEqual(choices(page, {}).map((e) => e.keyResult.id), [10, 11, 13]);
});

test('the tree shows the aim, value, forecast and sparkline of a KPI-bound key result as its KPI shows values', () => {
    const tree = modules('waypoint/project/tree');
    const satisfaction = { unit: null, kpi: { id: 1, format: 'PERCENT', unit: null },
        measure: { type: 'METRIC', baseline: 0.88, target: 0.92 },
        latestCheckIn: { value: 0.9012, effectiveDate: '2026-02-03' },
        forecast: { at: '2026-03-31', value: 0.93, lowerValue: 0.91, upperValue: 0.95,
            expected: { clamped: 1, unclamped: 1.25 } },
        sparkline: [{ date: '2026-02-01', value: 0.885 }, { date: '2026-02-03', value: 0.9012 }] };
    assert.equal(tree.aimText(satisfaction), 'waypoint.web.aim.INCREASE[88%|92%]');
    assert.equal(tree.currentText(satisfaction), 'waypoint.web.kr.current[90.1%|3 Feb 2026]');
    assert.deepEqual(tree.forecastText(satisfaction), ['waypoint.web.kr.forecast[31 Mar 2026|93%|125%]',
        'waypoint.web.kr.forecastRange[91%|95%]']);
    assert.equal(tree.sparkLabel(satisfaction), 'waypoint.web.kr.sparkline[2|88.5%|90.1%]');

    const resolution = { unit: 's', kpi: { id: 2, format: 'DURATION', unit: 's' },
        measure: { type: 'THRESHOLD', min: null, max: 86400 } };
    assert.equal(tree.aimText(resolution), 'waypoint.web.aim.AT_MOST[1d]');
    const manual = { unit: 'tickets', kpi: null, measure: { type: 'METRIC', baseline: 120, target: 80 } };
    assert.equal(tree.aimText(manual), 'waypoint.web.aim.DECREASE[120 tickets|80 tickets]');
});
