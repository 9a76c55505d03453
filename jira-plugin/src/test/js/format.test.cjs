'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');

const format = load(['common/format.js'])('waypoint/format');

test('number: grouping and at most two decimals; non-numbers are empty', () => {
    assert.equal(format.number(1234.567), '1,234.57');
    assert.equal(format.number(-0), '0');
    assert.equal(format.number(80), '80');
    assert.equal(format.number(NaN), '');
    assert.equal(format.number(Infinity), '');
    assert.equal(format.number(null), '');
    assert.equal(format.number('12'), '');
});

test('withUnit: a space before words, none before %', () => {
    assert.equal(format.withUnit(12, 'tickets'), '12 tickets');
    assert.equal(format.withUnit(95.5, '%'), '95.5%');
    assert.equal(format.withUnit(3, null), '3');
    assert.equal(format.withUnit(null, 'tickets'), '');
});

test('percent: whole percentages, unknown is empty', () => {
    assert.equal(format.percent(0.423), '42%');
    assert.equal(format.percent(1.25), '125%');
    assert.equal(format.percent(-0.001), '0%');
    assert.equal(format.percent(-0.2), '-20%');
    assert.equal(format.percent(null), '');
});

test('barPercent: clamped to 0-100 with one decimal; unknown is 0', () => {
    assert.equal(format.barPercent({ clamped: 0.4567, unclamped: 0.4567 }), 45.7);
    assert.equal(format.barPercent({ clamped: 1, unclamped: 1.8 }), 100);
    assert.equal(format.barPercent({ clamped: null, unclamped: null, warning: 'NO_VALUE' }), 0);
    assert.equal(format.barPercent(null), 0);
});

test('progressState and progressPercent show over-achievement and setbacks', () => {
    assert.equal(format.progressState({ clamped: 1, unclamped: 1.5 }), 'OVER');
    assert.equal(format.progressState({ clamped: 0, unclamped: -0.25 }), 'NEGATIVE');
    assert.equal(format.progressState({ clamped: 0.5, unclamped: 0.5 }), 'NORMAL');
    assert.equal(format.progressState({ clamped: null, unclamped: null }), 'UNKNOWN');
    assert.equal(format.progressPercent({ clamped: 0, unclamped: -0.25 }), '-25%');
    assert.equal(format.progressPercent({ clamped: 1, unclamped: 1.5 }), '150%');
    assert.equal(format.progressPercent({ clamped: null, unclamped: null }), '');
});

test('pace and health lozenges map to AUI classes, unknown to the default lozenge', () => {
    assert.equal(format.paceLozenge('DONE'), 'aui-lozenge aui-lozenge-success');
    assert.equal(format.paceLozenge('ON_TRACK'), 'aui-lozenge aui-lozenge-success aui-lozenge-subtle');
    assert.equal(format.paceLozenge('AT_RISK'), 'aui-lozenge aui-lozenge-moved');
    assert.equal(format.paceLozenge('OFF_TRACK'), 'aui-lozenge aui-lozenge-error');
    assert.equal(format.paceLozenge('UNKNOWN'), 'aui-lozenge');
    assert.equal(format.paceLozenge(undefined), 'aui-lozenge');
    assert.equal(format.paceLozenge('__proto__'), 'aui-lozenge');
    assert.equal(format.healthLozenge('RED'), 'aui-lozenge aui-lozenge-error');
    assert.equal(format.healthLozenge('AMBER'), 'aui-lozenge aui-lozenge-moved');
    assert.equal(format.healthLozenge('GREEN'), 'aui-lozenge aui-lozenge-success');
    assert.equal(format.healthLozenge('UNKNOWN'), 'aui-lozenge');
});

test('aim: a target below the baseline is a decrease', () => {
    assert.equal(format.aim({ type: 'METRIC', baseline: 120, target: 80 }), 'DECREASE');
    assert.equal(format.aim({ type: 'METRIC', baseline: 10, target: 80 }), 'INCREASE');
    assert.equal(format.aim({ type: 'METRIC', baseline: null, target: 80 }), null);
    assert.equal(format.aim({ type: 'METRIC', baseline: 5, target: 5 }), null);
    assert.equal(format.aim({ type: 'THRESHOLD', min: 1, max: 5 }), 'WITHIN');
    assert.equal(format.aim({ type: 'THRESHOLD', min: 1, max: null }), 'AT_LEAST');
    assert.equal(format.aim({ type: 'THRESHOLD', min: null, max: 5 }), 'AT_MOST');
    assert.equal(format.aim({ type: 'MILESTONE' }), 'DONE');
    assert.equal(format.aim({ type: 'ISSUES' }), 'ISSUES');
    assert.equal(format.aim(null), null);
});

test('parseDecimal accepts what people type and refuses the rest', () => {
    assert.equal(format.parseDecimal(' 12 '), 12);
    assert.equal(format.parseDecimal('-3.5'), -3.5);
    assert.equal(format.parseDecimal('1,5'), 1.5);
    assert.equal(format.parseDecimal('.5'), 0.5);
    assert.equal(format.parseDecimal('1e3'), 1000);
    assert.equal(format.parseDecimal(''), null);
    assert.equal(format.parseDecimal('   '), null);
    assert.equal(format.parseDecimal(null), null);
    assert.ok(Number.isNaN(format.parseDecimal('12abc')));
    assert.ok(Number.isNaN(format.parseDecimal('1,234.5')));
    assert.ok(Number.isNaN(format.parseDecimal('1e999')));
    assert.ok(Number.isNaN(format.parseDecimal('<script>')));
    assert.ok(Number.isNaN(format.parseDecimal('Infinity')));
});

test('parseWhole refuses fractions', () => {
    assert.equal(format.parseWhole('7'), 7);
    assert.equal(format.parseWhole(''), null);
    assert.ok(Number.isNaN(format.parseWhole('7.5')));
    assert.ok(Number.isNaN(format.parseWhole('seven')));
});

test('date shows ISO dates in words, anything else as it is', () => {
    assert.equal(format.date('2026-03-31'), '31 Mar 2026');
    assert.equal(format.date('2026-01-01'), '1 Jan 2026');
    assert.equal(format.date(null), '');
    assert.equal(format.date('soon'), 'soon');
    assert.equal(format.minDate('2026-03-31', '2026-02-01'), '2026-02-01');
    assert.equal(format.maxDate('2026-03-31', '2026-02-01'), '2026-03-31');
    assert.equal(format.minDate(null, '2026-02-01'), '2026-02-01');
    assert.equal(format.maxDate('2026-02-01', null), '2026-02-01');
});

test('sparkSeries: values by date, and a dashed forecast from the last value to the cycle end', () => {
    const points = [{ date: '2026-01-05', value: 120 }, { date: '2026-01-12', value: 110 }];
    assert.deepEqual(format.sparkSeries(points, null),
            { labels: ['2026-01-05', '2026-01-12'], actual: [120, 110], forecast: null });
    assert.deepEqual(format.sparkSeries(points, { at: '2026-03-31', value: 85 }), {
        labels: ['2026-01-05', '2026-01-12', '2026-03-31'],
        actual: [120, 110, null],
        forecast: [null, 110, 85]
    });
});

test('sparkSeries ignores bad points and a forecast that is not after the last value', () => {
    const points = [{ date: '2026-01-05', value: null }, { date: '2026-01-12', value: 110 }, null];
    assert.deepEqual(format.sparkSeries(points, { at: '2026-01-12', value: 85 }),
            { labels: ['2026-01-12'], actual: [110], forecast: null });
    assert.deepEqual(format.sparkSeries(undefined, null), { labels: [], actual: [], forecast: null });
});

test('seriesRange and confidenceBand', () => {
    assert.deepEqual(format.seriesRange([{ value: 3 }, { value: null }, { value: 9 }]), { first: 3, last: 9, count: 2 });
    assert.equal(format.seriesRange([]), null);
    assert.equal(format.confidenceBand(3), 'LOW');
    assert.equal(format.confidenceBand(4), 'MEDIUM');
    assert.equal(format.confidenceBand(7), 'HIGH');
    assert.equal(format.confidenceBand(null), null);
});

test('duration shows seconds in days, hours and minutes', () => {
    assert.equal(format.duration(30), '30s');
    assert.equal(format.duration(2700), '45m');
    assert.equal(format.duration(12000), '3h 20m');
    assert.equal(format.duration(7200), '2h');
    assert.equal(format.duration(136671.5), '1d 13h');
    assert.equal(format.duration(-3600), '-1h');
    assert.equal(format.duration(null), '');
});

test('kpiValue: PERCENT is a fraction, DURATION seconds, NUMBER a number with the unit', () => {
    assert.equal(format.kpiValue(0.4931, 'PERCENT', null), '49.3%');
    assert.equal(format.kpiValue(0.55, 'PERCENT', '%'), '55%');
    assert.equal(format.kpiValue(43200, 'DURATION', 's'), '12h');
    assert.equal(format.kpiValue(17.75, 'NUMBER', 'tickets'), '17.75 tickets');
    assert.equal(format.kpiValue(null, 'NUMBER', 'tickets'), '');
    assert.equal(format.kpiDelta(1.625, 'NUMBER', 'tickets'), '+1.63 tickets');
    assert.equal(format.kpiDelta(-0.012, 'PERCENT', null), '-1.2%');
    assert.equal(format.kpiDelta(37877.5, 'DURATION', 's'), '+10h 31m');
    assert.equal(format.kpiDelta(0, 'NUMBER', null), '0');
});

test('keyResultValue: a key result bound to a PERCENT or DURATION KPI shows values as the KPI does', () => {
    const percent = { unit: null, kpi: { id: 3, format: 'PERCENT', unit: null } };
    const duration = { unit: 's', kpi: { id: 4, format: 'DURATION', unit: 's' } };
    assert.equal(format.keyResultValue(0.83, percent), '83%');
    assert.equal(format.keyResultValue(0.8349, percent), '83.5%');
    assert.equal(format.keyResultValue(0.5, { unit: '%', kpi: { format: 'PERCENT' } }), '50%');
    assert.equal(format.keyResultValue(14400, duration), '4h');
    assert.equal(format.keyResultValue(86400, duration), '1d');
    assert.equal(format.keyResultValue(null, percent), '');
});

test('keyResultValue: other key results show the number with their unit, else the bound NUMBER KPI\'s', () => {
    assert.equal(format.keyResultValue(0.83, { unit: null, kpi: null }), '0.83');
    assert.equal(format.keyResultValue(12, { unit: 'tickets' }), '12 tickets');
    assert.equal(format.keyResultValue(95, { unit: '%' }), '95%');
    assert.equal(format.keyResultValue(12, { unit: null, kpi: { format: 'NUMBER', unit: 'bugs' } }), '12 bugs');
    assert.equal(format.keyResultValue(12, { unit: 'tickets', kpi: { format: 'NUMBER', unit: 'bugs' } }),
        '12 tickets');
    assert.equal(format.keyResultValue(3, null), '3');
});
