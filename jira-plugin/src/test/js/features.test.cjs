'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./amd.cjs');

const STUBS = { 'waypoint/dom': {}, 'waypoint/dialog': {}, 'waypoint/rest': {}, 'waypoint/messages': {},
    'waypoint/widgets': {}, 'waypoint/project/issue-picker': {} };
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

test('the issue panel offers exactly the key results the server lists as link choices', () => {
    const { choices } = modules('waypoint/issue/panel');
    const answer = { canLink: true, linkChoices: [{ keyResultId: 11, title: 'A' }, { keyResultId: 13, title: 'B' }] };
    assert.deepEqual(choices(answer).map((c) => c.keyResultId), [11, 13]);
    assert.deepEqual(choices({ canLink: false }), []);
    assert.deepEqual(choices(null), []);
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
    assert.deepEqual(tree.forecastText(satisfaction), ['waypoint.lead.forecast[31 Mar 2026|93%]',
        'waypoint.web.kr.forecastRange[91%|95%]']);
    assert.equal(tree.sparkLabel(satisfaction), 'waypoint.web.kr.sparkline[2|88.5%|90.1%]');
    assert.equal(tree.sourceText({ source: 'KPI', kpi: { name: 'First-contact <rate>' } }),
        'waypoint.lead.source.kpi[First-contact <rate>]');
    assert.equal(tree.sourceText({ source: 'JQL' }), 'waypoint.lead.source.jql');
    assert.equal(tree.sourceText({ source: 'MANUAL' }), null);

    const resolution = { unit: 's', kpi: { id: 2, format: 'DURATION', unit: 's' },
        measure: { type: 'THRESHOLD', min: null, max: 86400 } };
    assert.equal(tree.aimText(resolution), 'waypoint.web.aim.AT_MOST[1d]');
    const manual = { unit: 'tickets', kpi: null, measure: { type: 'METRIC', baseline: 120, target: 80 } };
    assert.equal(tree.aimText(manual), 'waypoint.web.aim.DECREASE[120 tickets|80 tickets]');
});

test('milestones and issues forecast a share done, never raw fractions; one milestone is not "1 milestones"', () => {
    const tree = modules('waypoint/project/tree');
    const milestones = { unit: null, measure: { type: 'MILESTONE', milestones: [{ title: 'a' }, { title: 'b' },
        { title: 'c' }] }, forecast: { at: '2026-03-31', value: 0.333, lowerValue: -0.2, upperValue: 1.4 },
        sparkline: [{ date: '2026-02-01', value: 0 }, { date: '2026-02-03', value: 0.333 }] };
    assert.deepEqual(tree.forecastText(milestones), ['waypoint.lead.forecast[31 Mar 2026|33%]',
        'waypoint.web.kr.forecastRange[0%|100%]']);
    assert.equal(tree.sparkLabel(milestones), 'waypoint.web.kr.sparkline[2|0%|33%]');
    assert.equal(tree.aimText(milestones), 'waypoint.web.aim.DONE[3]');
    assert.equal(tree.aimText({ measure: { type: 'MILESTONE', milestones: [{ title: 'a' }] } }),
        'waypoint.lead.aim.oneMilestone');
    assert.equal(tree.aimText({ measure: { type: 'MILESTONE', milestones: [] } }), 'waypoint.lead.aim.done');
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
        },
        addEventListener() {} });
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
    const widgets = { person: (key, name) => node('person', { key, name }),
        linkButton: (label, props) => node('button', Object.assign({ label }, props)) };
    const require = load(['common/format.js', 'common/texts.js', 'common/okr-model.js', 'common/units.js',
        'project/history-dialog.js'],
        { 'waypoint/dom': dom, 'waypoint/dialog': { open: (options) => options }, 'waypoint/rest': rest,
            'waypoint/messages': messages, 'waypoint/widgets': widgets, 'waypoint/vendor/chart': function () {} });
    return { module: require('waypoint/project/history-dialog'), opened, settle: () => settle };
}

/** The entries of the list of check-ins: [date, value, confidence or null, who, actions, comment or null]. */
function entries(nodes) {
    const list = nodes.find((n) => n && n.tag === 'ul');
    return list.children.map((entry) => {
        const head = entry.children[0].children;
        const who = head[3].tag === 'person' ? head[3].props.name : head[3].props.text;
        return [head[0].props.text, head[1].props.text, head[2] ? head[2].props.text : null, who,
            [head[4], head[5]].filter(Boolean).map((b) => b.props.data.action),
            entry.children[1] ? entry.children[1].props.text : null];
    });
}

test('the history lists manual check-ins newest first with full comments as text, and folds computed values into the chart', () => {
    const { module } = historyDialog();
    const keyResult = { id: 5, title: 'First contact', unit: null, kpi: { id: 3, format: 'PERCENT', unit: null },
        measure: { type: 'METRIC', baseline: 0.4, target: 0.6 } };
    const history = { keyResultId: 5, canCheckIn: true, changeable: [1], checkIns: [
        { id: 1, value: 0.5, confidence: 7, comment: '<img src=x onerror=alert(1)>', author: 'lead', origin: 'MANUAL',
            createdAt: '2026-01-02T09:00:00Z', effectiveDate: '2026-01-02' },
        { id: 2, value: 0.834, confidence: null, comment: null, author: null, origin: 'REFRESH',
            createdAt: '2026-01-09T02:00:00Z', effectiveDate: '2026-01-09' },
        { id: 3, value: null, milestones: null, confidence: 3, comment: 'Only a confidence', author: 'agent',
            origin: 'MANUAL', createdAt: '2026-01-10T09:00:00Z', effectiveDate: '2026-01-10' }
    ], authors: { lead: 'Leo <b>Lead</b>' }, cycleStart: '2026-01-01', cycleEnd: '2026-03-31',
        values: [{ date: '2026-01-02', value: 0.5 }, { date: '2026-01-09', value: 0.834 }],
        expected: [{ date: '2026-01-01', value: 0.4 }, { date: '2026-03-31', value: 0.6 }] };

    const content = module.content(history, keyResult);

    assert.equal(content.nodes[0].tag, 'canvas');
    assert.match(content.nodes[0].props['aria-label'], /^waypoint.lead.history.chart\[2\|50%\|83.4%\|60%\]$/);
    assert.equal(content.nodes[1].props.text, 'waypoint.lead.history.computed[1]');
    assert.deepEqual(entries(content.nodes), [
        ['10 Jan 2026', 'waypoint.web.history.noValue', 'waypoint.web.history.confidenceOf[3]',
            'waypoint.lead.person.unknown', [], 'Only a confidence'],
        ['2 Jan 2026', '50%', 'waypoint.web.history.confidenceOf[7]', 'Leo <b>Lead</b>', ['correct', 'delete'],
            '<img src=x onerror=alert(1)>']
    ]);
    const series = module.series(history, keyResult);
    assert.deepEqual(series.datasets[0].data.map((p) => Math.round(p.y * 1e9) / 1e9), [50, 83.4]);
    assert.deepEqual(series.datasets[1].data.map((p) => p.y), [40, 60]);
    assert.deepEqual(series.datasets[2].data.map((p) => p.y), [60, 60]);
    assert.equal(module.valueText({ milestones: [true, false, true] }, {}), 'waypoint.web.history.milestones[2|3]');
    assert.equal(module.authorText({ author: '__proto__', origin: 'MANUAL' }, {}), 'waypoint.lead.person.unknown');
});

test('the history dialog shows a spinner, then the list, an empty state or the error', async () => {
    const { module, opened, settle } = historyDialog();
    const keyResult = { id: 5, title: 'KR', unit: 'tickets', measure: { type: 'METRIC', baseline: 0, target: 10 } };

    const options = module.open(keyResult);
    const region = options.body[0];
    assert.equal(options.viewOnly, true);
    assert.equal(options.title, 'waypoint.web.history.title[KR]');
    assert.deepEqual(opened, ['/key-results/5/check-ins']);
    assert.equal(region.props['aria-busy'], 'true');
    assert.equal(region.children[0].children[0].tag, 'aui-spinner');
    settle().resolve({ checkIns: [{ id: 1, value: 12, effectiveDate: '2026-01-02', author: 'lead', origin: 'MANUAL' }],
        values: [], changeable: [] });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(region.props['aria-busy'], 'false');
    assert.deepEqual(entries(region.children)[0].slice(0, 2), ['2 Jan 2026', '12 tickets']);

    const empty = module.open(keyResult).body[0];
    settle().resolve({ checkIns: [], values: [] });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(empty.children[empty.children.length - 1].props.text, 'waypoint.web.history.none');

    const failed = module.open(keyResult).body[0];
    settle().reject({ status: 404 });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(failed.children.props.text, 'error 404');
    assert.equal(failed.props['aria-busy'], 'false');
});
