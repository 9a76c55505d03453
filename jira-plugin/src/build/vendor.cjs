/*
 * Copies the chart library from node_modules into the app's web resources (target/generated-resources/npm, a Maven
 * resource directory), wrapped as the named AMD module 'waypoint/vendor/chart'.
 *
 * Why a wrapper: Chart.js ships a UMD build that calls define(factory) anonymously when an AMD loader is present. Jira's
 * pages (and the preview) run almond, which refuses anonymous modules in a script tag. Inside the wrapper the UMD code
 * sees CommonJS (module/exports), so it neither calls define nor sets a global; its factory runs on the first require.
 *
 * Usage (from jira-plugin/, run by Maven in generate-resources): node src/build/vendor.cjs [outputDir]
 */
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const out = path.resolve(root, process.argv[2] || 'target/generated-resources/npm');
const pkg = require(path.join(root, 'node_modules', 'chart.js', 'package.json'));
const source = fs.readFileSync(path.join(root, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'), 'utf8');
const license = fs.readFileSync(path.join(root, 'node_modules', 'chart.js', 'LICENSE.md'), 'utf8');

const wrapped = [
    '/* Chart.js ' + pkg.version + ' (MIT License, see chart.js-LICENSE.txt), as the AMD module waypoint/vendor/chart. */',
    "define('waypoint/vendor/chart', [], function () {",
    'var module = { exports: {} }, exports = module.exports, define;',
    source.replace(/\/\/# sourceMappingURL=\S+\s*$/, ''),
    'return module.exports;',
    '});',
    ''
].join('\n');

const dir = path.join(out, 'js', 'vendor');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'chart.umd.min.js'), wrapped);
fs.writeFileSync(path.join(dir, 'chart.js-LICENSE.txt'), license);
console.log('vendor: chart.js ' + pkg.version + ' -> ' + path.relative(root, dir));
