'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');
const { PAYLOADS } = require('./xss-payloads.cjs');

const dom = load(['common/dom.js'])('waypoint/dom');

test('escapeHtml escapes every character that can start markup or end an attribute', () => {
    assert.equal(dom.escapeHtml('<a href="x" title=\'y\'>&`</a>'),
            '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
});

test('escapeHtml turns null and undefined into the empty string and other values into text', () => {
    assert.equal(dom.escapeHtml(null), '');
    assert.equal(dom.escapeHtml(undefined), '');
    assert.equal(dom.escapeHtml(42), '42');
    assert.equal(dom.escapeHtml(false), 'false');
});

test('escapeHtml leaves no tag, attribute quote or entity start in any payload of the XSS corpus', () => {
    for (const payload of PAYLOADS) {
        const escaped = dom.escapeHtml(payload);
        assert.doesNotMatch(escaped, /[<>"'`]/, payload);
        assert.equal(unescape(escaped), payload, payload);
    }
});

function unescape(text) {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'')
            .replace(/&#96;/g, '`').replace(/&amp;/g, '&');
}
