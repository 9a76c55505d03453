'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');

const texts = load(['common/texts.js'])('waypoint/texts');

test('label looks enum values up in maps of literal keys, and shows unknown values as they are', () => {
    assert.equal(texts.label('pace', 'AT_RISK'), 'waypoint.web.pace.AT_RISK');
    assert.equal(texts.label('health', 'RED'), 'waypoint.web.health.RED');
    assert.equal(texts.label('pace', 'SIDEWAYS'), 'SIDEWAYS');
    assert.equal(texts.label('pace', 'constructor'), 'constructor');
    assert.equal(texts.label('nope', 'X'), 'X');
});

test('options list the values of a group in order', () => {
    assert.deepEqual(texts.options('measure').map((o) => o.value), ['METRIC', 'THRESHOLD', 'MILESTONE', 'ISSUES']);
    assert.deepEqual(texts.options('source').map((o) => o.value), ['MANUAL', 'KPI', 'JQL']);
});

test('aim passes its values as arguments of the translation', () => {
    assert.equal(texts.aim('DECREASE', '120 tickets', '80 tickets'), 'waypoint.web.aim.DECREASE[120 tickets|80 tickets]');
    assert.equal(texts.aim('AT_MOST', '5'), 'waypoint.web.aim.AT_MOST[5]');
    assert.equal(texts.aim('SOMETHING'), '');
});

test('formWords and the error texts', () => {
    assert.deepEqual(texts.formWords(), { notANumber: 'waypoint.web.field.notANumber',
        notAWholeNumber: 'waypoint.web.field.notAWholeNumber', required: 'waypoint.web.field.requiredError' });
    assert.equal(texts.errorServer('abc'), 'waypoint.web.error.server[abc]');
    assert.equal(texts.errorStatus(502), 'waypoint.web.error.status[502]');
});
