/*
 * Runs the JavaScript unit tests (src/test/js/*.test.cjs) with Node's built-in test runner. The files are listed
 * explicitly, which every Node version since 18 accepts (directory and glob arguments differ between versions).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = path.resolve(__dirname, '..', 'test', 'js');
const files = fs.readdirSync(dir).filter((name) => name.endsWith('.test.cjs')).sort()
    .map((name) => path.join(dir, name));
if (files.length === 0) {
    console.error('no JavaScript tests in ' + dir);
    process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec'].concat(files), { stdio: 'inherit' });
process.exit(result.status === null ? 1 : result.status);
