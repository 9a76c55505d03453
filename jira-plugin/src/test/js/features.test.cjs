'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');

const STUBS = { 'waypoint/dom': {}, 'waypoint/dialog': {}, 'waypoint/rest': {}, 'waypoint/messages': {},
    'waypoint/widgets': {} };
const modules = load(['common/format.js', 'common/texts.js', 'common/okr-model.js', 'project/link-dialog.js',
    'issue/panel.js'], STUBS);

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
