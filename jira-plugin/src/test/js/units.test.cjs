'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');

const units = load(['common/format.js', 'common/units.js'])('waypoint/units');

test('kindOf: the format of the bound KPI, else a plain number', () => {
    assert.equal(units.kindOf({ kpi: { format: 'PERCENT' } }), 'PERCENT');
    assert.equal(units.kindOf({ kpi: { format: 'DURATION' } }), 'DURATION');
    assert.equal(units.kindOf({ kpi: { format: 'NUMBER', unit: 'tickets' } }), 'NUMBER');
    assert.equal(units.kindOf({ unit: '%' }), 'NUMBER');
    assert.equal(units.kindOf(null), 'NUMBER');
});

test('toInput: rounded for people in the unit the page shows, never raw digits', () => {
    assert.equal(units.toInput(80.7116, 'NUMBER'), '80.71');
    assert.equal(units.toInput(0.8845, 'PERCENT'), '88.45');
    assert.equal(units.toInput(0.92, 'PERCENT'), '92');
    assert.equal(units.toInput(86400, 'DURATION'), '1d');
    assert.equal(units.toInput(14400, 'DURATION'), '4h');
    assert.equal(units.toInput(null, 'NUMBER'), '');
});

test('fromInput: percent as typed on the page is stored as a fraction', () => {
    assert.equal(units.fromInput('92 %', 'PERCENT'), 0.92);
    assert.equal(units.fromInput('92%', 'PERCENT'), 0.92);
    assert.equal(units.fromInput('88,5', 'PERCENT'), 0.885);
    assert.equal(units.fromInput('', 'PERCENT'), null);
    assert.ok(Number.isNaN(units.fromInput('lots', 'PERCENT')));
});

test('fromInput: durations as typed on the page are stored as seconds; a bare number is refused', () => {
    assert.equal(units.fromInput('4h', 'DURATION'), 14400);
    assert.equal(units.fromInput('1d 2h', 'DURATION'), 93600);
    assert.equal(units.fromInput('1D2H', 'DURATION'), 93600);
    assert.equal(units.fromInput('1.5h', 'DURATION'), 5400);
    assert.equal(units.fromInput('90m', 'DURATION'), 5400);
    assert.equal(units.fromInput('2w', 'DURATION'), 1209600);
    assert.equal(units.fromInput(' ', 'DURATION'), null);
    assert.ok(Number.isNaN(units.fromInput('4', 'DURATION')));
    assert.ok(Number.isNaN(units.fromInput('4 hours', 'DURATION')));
});

test('fromInput of toInput gives the value back, as far as people read it', () => {
    for (const [value, kind] of [[0.92, 'PERCENT'], [14400, 'DURATION'], [93600, 'DURATION'], [12.5, 'NUMBER']]) {
        assert.equal(units.fromInput(units.toInput(value, kind), kind), value);
    }
});

test('describe: the unit with an example, in the words given', () => {
    const words = { percent: (e) => 'percent ' + e, duration: (a, b) => 'duration ' + a + ' ' + b,
        number: (u, e) => u + ' ' + e, plain: (e) => 'plain ' + e };
    assert.deepEqual(units.describe('PERCENT', null, words), { unit: '%', example: '92 %', text: 'percent 92 %' });
    assert.equal(units.describe('DURATION', null, words).text, 'duration 4h 1d 2h');
    assert.equal(units.describe('NUMBER', 'tickets', words).text, 'tickets 12');
    assert.equal(units.describe('NUMBER', null, words).text, 'plain 12');
});
