'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');

const rest = load(['common/rest.js'], { 'wrm/context-path': () => '/jira' })('waypoint/rest');

test('url puts the API under the context path', () => {
    assert.equal(rest.url('/projects/SUP/okrs'), '/jira/rest/waypoint/1.0/projects/SUP/okrs');
});

test('segment and query encode what they are given and drop empty parameters', () => {
    assert.equal(rest.segment('A B/C'), 'A%20B%2FC');
    assert.equal(rest.query({ cycleId: 3, project: 'SUP', none: null, also: undefined, empty: '' }),
            '?cycleId=3&project=SUP');
    assert.equal(rest.query({ q: 'a&b=c' }), '?q=a%26b%3Dc');
    assert.equal(rest.query({}), '');
});

test('toError splits field errors from general messages and keeps the correlation id', () => {
    const error = rest.toError(400, { errors: [
        { field: 'measure.target', message: 'Target must differ from the baseline' },
        { field: 'measure.target', message: 'Target must be a number' },
        { message: 'Nothing was written' },
        { field: '', message: 'No field either' }
    ], correlationId: 'abc123' });
    assert.deepEqual(error, {
        status: 400,
        fieldErrors: { 'measure.target': ['Target must differ from the baseline', 'Target must be a number'] },
        messages: ['Nothing was written', 'No field either'],
        correlationId: 'abc123'
    });
});

test('toError copes with bodies that are not Waypoint errors', () => {
    assert.deepEqual(rest.toError(0, null), { status: 0, fieldErrors: {}, messages: [], correlationId: null });
    assert.deepEqual(rest.toError(502, { errors: 'nope' }), { status: 502, fieldErrors: {}, messages: [], correlationId: null });
    assert.deepEqual(rest.toError(400, { errors: [null, { field: 'x' }, { message: 7 }] }),
            { status: 400, fieldErrors: {}, messages: [], correlationId: null });
});
