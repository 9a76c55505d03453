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

/** waypoint/project/delete-dialog with a dialog that records what it was asked to show and a REST client that records. */
function deleteDialog() {
    const shown = [];
    const deleted = [];
    const dom = { h: (tag, props, children) => ({ tag, props, children }) };
    const dialog = { open: (options) => shown.push(options) };
    const rest = { segment: (v) => encodeURIComponent(String(v)), del: (path) => {
        deleted.push(path);
        return Promise.resolve(null);
    } };
    const require = load(['common/format.js', 'common/okr-model.js', 'project/delete-dialog.js'],
        { 'waypoint/dom': dom, 'waypoint/dialog': dialog, 'waypoint/rest': rest });
    return { module: require('waypoint/project/delete-dialog'), shown, deleted };
}

function texts(options) {
    return options.body.map((node) => node.props.text);
}

test('the delete dialog names the objective and what goes with it, starts on Cancel and deletes on submit', async () => {
    const { module, shown, deleted } = deleteDialog();
    const flags = [];
    const objective = { id: 7, title: '<b>Grow</b>', keyResults: [{ id: 1, initiativeCount: 2 },
        { id: 2, initiativeCount: 1 }] };
    module.objective(objective, (message) => flags.push(message));

    const options = shown[0];
    assert.equal(options.title, 'waypoint.web.delete.objective.title');
    assert.equal(options.warning, true);
    assert.equal(options.focusCancel, true);
    assert.equal(options.submitLabel, 'waypoint.web.delete.submit');
    assert.deepEqual(texts(options), ['waypoint.web.delete.objective.question[<b>Grow</b>]',
        'waypoint.web.delete.objective.keyResults[2]', 'waypoint.web.delete.links[3]', 'waypoint.web.delete.final']);
    await options.onSubmit();
    assert.deepEqual(deleted, ['/objectives/7']);
    assert.deepEqual(flags, ['waypoint.web.objective.deleted[<b>Grow</b>]']);
});

test('the delete dialog of a key result names its objective; one or no link reads differently', () => {
    const { module, shown } = deleteDialog();
    module.keyResult({ id: 3, title: 'KR', initiativeCount: 1 }, { id: 7, title: 'O' }, () => {});
    module.keyResult({ id: 4, title: 'KR 2', initiativeCount: 0 }, { id: 7, title: 'O' }, () => {});
    module.objective({ id: 8, title: 'Lonely', keyResults: [{ id: 5 }] }, () => {});
    module.objective({ id: 9, title: 'Empty', keyResults: [] }, () => {});

    assert.deepEqual(texts(shown[0]), ['waypoint.web.delete.keyResult.question[KR|O]',
        'waypoint.web.delete.keyResult.checkIns', 'waypoint.web.delete.links.one', 'waypoint.web.delete.final']);
    assert.deepEqual(texts(shown[1]), ['waypoint.web.delete.keyResult.question[KR 2|O]',
        'waypoint.web.delete.keyResult.checkIns', 'waypoint.web.delete.final']);
    assert.equal(texts(shown[2])[1], 'waypoint.web.delete.objective.keyResults.one');
    assert.equal(texts(shown[3])[1], 'waypoint.web.delete.objective.keyResults.none');
});

/** waypoint/project/history-dialog with DOM nodes as plain objects and a REST answer the test settles. */
function historyDialog() {
    const node = (tag, props, children) => ({ tag, props: props || {}, children,
        setAttribute(name, value) {
            this.props[name] = value;
        } });
    const dom = { h: node, replace: (parent, children) => {
        parent.children = children;
    } };
    const opened = [];
    let settle;
    const rest = { segment: (v) => encodeURIComponent(String(v)), get: (path) => {
        opened.push(path);
        return new Promise((resolve, reject) => {
            settle = { resolve, reject };
        });
    } };
    const messages = { errorBox: (text) => node('div', { className: 'error', text }), describe: (e) => 'error ' + e.status };
    const require = load(['common/format.js', 'common/texts.js', 'common/okr-model.js', 'project/history-dialog.js'],
        { 'waypoint/dom': dom, 'waypoint/dialog': { open: (options) => options }, 'waypoint/rest': rest,
            'waypoint/messages': messages });
    return { module: require('waypoint/project/history-dialog'), opened, settle: () => settle };
}

/** The texts of the cells of each body row of a history table. */
function cells(table) {
    const body = table.children.find((child) => child.tag === 'tbody');
    return body.children.map((row) => row.children.map((cell) => cell.props.text));
}

test('the history lists check-ins newest first, values as the key result shows them, comments as text', () => {
    const { module } = historyDialog();
    const keyResult = { id: 5, title: 'First contact', unit: null, kpi: { id: 3, format: 'PERCENT', unit: null } };
    const table = module.content({ keyResultId: 5, canCheckIn: true, checkIns: [
        { id: 1, value: 0.5, confidence: 7, comment: '<img src=x onerror=alert(1)>', author: 'lead', origin: 'MANUAL',
            createdAt: '2026-01-02T09:00:00Z', effectiveDate: '2026-01-02' },
        { id: 2, value: 0.834, confidence: null, comment: null, author: null, origin: 'REFRESH',
            createdAt: '2026-01-09T02:00:00Z', effectiveDate: '2026-01-09' },
        { id: 3, value: null, milestones: null, confidence: 3, comment: 'Only a confidence', author: 'agent',
            origin: 'MANUAL', createdAt: '2026-01-10T09:00:00Z', effectiveDate: '2026-01-10' }
    ], authors: { lead: 'Leo <b>Lead</b>' } }, keyResult);

    assert.equal(table.tag, 'table');
    assert.deepEqual(cells(table), [
        ['10 Jan 2026', 'waypoint.web.history.noValue', 'waypoint.web.history.confidenceOf[3]', 'Only a confidence',
            'agent'],
        ['9 Jan 2026', '83.4%', '', '', 'waypoint.web.history.byWaypoint'],
        ['2 Jan 2026', '50%', 'waypoint.web.history.confidenceOf[7]', '<img src=x onerror=alert(1)>',
            'Leo <b>Lead</b>']
    ]);
    assert.equal(module.valueText({ milestones: [true, false, true] }, {}), 'waypoint.web.history.milestones[2|3]');
    assert.equal(module.authorText({ author: '__proto__', origin: 'MANUAL' }, {}), '__proto__');
    assert.equal(module.authorText({ author: 'lead', origin: 'MANUAL' }, undefined), 'lead');
});

test('the history dialog shows a spinner, then the table, an empty state or the error', async () => {
    const { module, opened, settle } = historyDialog();
    const keyResult = { id: 5, title: 'KR', unit: 'tickets' };

    const options = module.open(keyResult);
    const region = options.body[0];
    assert.equal(options.viewOnly, true);
    assert.equal(options.title, 'waypoint.web.history.title[KR]');
    assert.deepEqual(opened, ['/key-results/5/check-ins']);
    assert.equal(region.props['aria-busy'], 'true');
    assert.equal(region.children[0].children[0].tag, 'aui-spinner');
    settle().resolve({ checkIns: [{ id: 1, value: 12, effectiveDate: '2026-01-02', author: 'lead' }] });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(region.props['aria-busy'], 'false');
    assert.deepEqual(cells(region.children)[0].slice(0, 2), ['2 Jan 2026', '12 tickets']);

    const empty = module.open(keyResult).body[0];
    settle().resolve({ checkIns: [] });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(empty.children.props.text, 'waypoint.web.history.none');

    const failed = module.open(keyResult).body[0];
    settle().reject({ status: 404 });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(failed.children.props.text, 'error 404');
    assert.equal(failed.props['aria-busy'], 'false');
});
