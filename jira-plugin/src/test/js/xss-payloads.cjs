/*
 * The XSS corpus (src/test/resources/xss/payloads.txt, one payload per line), shared with the template tests and the
 * preview's browser tests. Each payload would run script (or load something) if it reached the page as HTML.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const PAYLOADS = fs.readFileSync(path.resolve(__dirname, '..', 'resources', 'xss', 'payloads.txt'), 'utf8')
    .split('\n').filter((line) => line !== '' && !line.startsWith('##'));

module.exports = { PAYLOADS };
