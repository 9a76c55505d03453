/*
 * The alignment tree of the company page: each objective with its level, project, owner, its own progress (over what
 * the viewer may see, saying so when key results are hidden) and pace, or in a closed cycle its grade in its band's
 * colour with the note. Children load when a node is first expanded (GET /company/cycles/{id}/children?parent=);
 * expanders are buttons with aria-expanded (the disclosure pattern). Actions (edit, align) only where the server
 * would accept them, never in a closed cycle.
 */
define('waypoint/company/company-tree', ['waypoint/dom', 'waypoint/rest', 'waypoint/texts', 'waypoint/messages',
    'waypoint/widgets', 'waypoint/company/company-model', 'waypoint/close/wizard'],
        function (dom, rest, texts, messages, widgets, model, wizard) {
    'use strict';

    var h = dom.h;

    /** The status of a node in an open cycle: its pace lozenge. */
    function status(node) {
        return node.pace ? widgets.pace(node.pace) : null;
    }

    /** Its own progress in an open cycle; in a closed one its grade in its band's colour with the note, or none. */
    function progress(node) {
        if (!node.pace) {
            return h('div', { className: 'waypoint-company-grade' }, [
                node.grade ? wizard.gradeLozenge(node.grade.score, node.grade.band)
                    : widgets.lozenge(AJS.I18n.getText('waypoint.grade.none')),
                node.grade && node.grade.note ? h('span', { className: 'waypoint-grade-note', text: node.grade.note,
                    title: node.grade.note }) : null
            ]);
        }
        var hidden = model.hiddenKeyResults(node);
        return h('div', { className: 'waypoint-company-progress' }, [
            widgets.progress(node.progress),
            hidden ? h('span', { className: 'waypoint-hidden-krs', text: AJS.I18n.getText(
                    'waypoint.company.hiddenKeyResults', String(hidden.counted), String(hidden.total)) }) : null
        ]);
    }

    /**
     * A tree over {@code container}. options: cycleId, onEdit(node), onAlign(node), onError(error). Returns
     * {render(nodes, unaligned), marked()}.
     */
    function Tree(container, options) {
        this.container = container;
        this.options = options;
    }

    Tree.prototype.item = function (node, depth) {
        var tree = this;
        var groupId = dom.uid('waypoint-children');
        var children = h('ul', { className: 'waypoint-company-children', id: groupId,
            hidden: !(node.children && node.children.length) });
        var expander = node.childCount > 0
            ? h('button', { type: 'button', className: 'aui-button aui-button-subtle waypoint-expander',
                'aria-expanded': node.children && node.children.length ? 'true' : 'false', 'aria-controls': groupId,
                'aria-label': AJS.I18n.getText('waypoint.company.expand', node.title),
                data: { action: 'expand' } }, h('span', { className: 'waypoint-expander-icon', 'aria-hidden': 'true' }))
            : h('span', { className: 'waypoint-expander-space', 'aria-hidden': 'true' });
        var actions = [];
        if (node.canEdit && node.level === 'COMPANY') {
            actions.push(widgets.linkButton(AJS.I18n.getText('waypoint.company.edit'), { data: { action: 'edit' },
                'aria-label': AJS.I18n.getText('waypoint.company.edit.label', node.title),
                on: { click: function () {
                    tree.options.onEdit(node);
                } } }));
        }
        if (node.canEdit && node.level !== 'COMPANY') {
            actions.push(widgets.linkButton(AJS.I18n.getText('waypoint.company.align'), { data: { action: 'align' },
                'aria-label': AJS.I18n.getText('waypoint.company.align.label', node.title),
                on: { click: function () {
                    tree.options.onAlign(node);
                } } }));
        }
        var meta = [node.project, node.ownerName || node.owner].filter(function (part) {
            return part;
        }).join(' \u00b7 ');
        var li = h('li', { className: 'waypoint-company-node', data: { 'objective-id': node.id, level: node.level,
            depth: depth } }, [
            h('div', { className: 'waypoint-company-row' }, [
                expander,
                h('div', { className: 'waypoint-company-main' }, [
                    widgets.lozenge(texts.label('level', node.level), 'waypoint-level'),
                    h('span', { className: 'waypoint-company-title', text: node.title }),
                    meta ? h('span', { className: 'waypoint-company-meta', text: meta }) : null
                ]),
                progress(node),
                h('div', { className: 'waypoint-company-status' }, status(node)),
                h('div', { className: 'waypoint-company-actions' }, actions)
            ]),
            children
        ]);
        if (node.children && node.children.length) {
            dom.append(children, node.children.map(function (child) {
                return tree.item(child, depth + 1);
            }));
            li.setAttribute('data-loaded', 'true');
        }
        if (node.childCount > 0) {
            expander.addEventListener('click', function () {
                tree.toggle(li, expander, children, node.id, depth);
            });
        }
        return li;
    };

    /** Expands (loading the children the first time) or collapses a node; {@code parentId} null: the unaligned. */
    Tree.prototype.toggle = function (li, expander, children, parentId, depth) {
        var tree = this;
        if (expander.getAttribute('aria-expanded') === 'true') {
            expander.setAttribute('aria-expanded', 'false');
            children.hidden = true;
            return Promise.resolve();
        }
        if (li.getAttribute('data-loaded') === 'true') {
            expander.setAttribute('aria-expanded', 'true');
            children.hidden = false;
            return Promise.resolve();
        }
        li.setAttribute('aria-busy', 'true');
        expander.disabled = true;
        var started = window.performance ? window.performance.now() : 0;
        return rest.get('/company/cycles/' + rest.segment(tree.options.cycleId) + '/children'
                + rest.query({ parent: parentId })).then(function (nodes) {
            dom.replace(children, nodes.map(function (child) {
                return tree.item(child, depth + 1);
            }));
            li.setAttribute('data-loaded', 'true');
            expander.setAttribute('aria-expanded', 'true');
            children.hidden = false;
            if (window.performance && window.performance.measure) {
                window.performance.measure('waypoint-company-expand', { start: started });
            }
        }, tree.options.onError).then(function () {
            li.setAttribute('aria-busy', 'false');
            expander.disabled = false;
        });
    };

    /** Renders the company objectives (with their loaded children) and the group of unaligned objectives. */
    Tree.prototype.render = function (nodes, unaligned) {
        var tree = this;
        var items = nodes.map(function (node) {
            return tree.item(node, 1);
        });
        if (unaligned > 0) {
            var groupId = dom.uid('waypoint-children');
            var children = h('ul', { className: 'waypoint-company-children', id: groupId, hidden: true });
            var expander = h('button', { type: 'button', className: 'aui-button aui-button-subtle waypoint-expander',
                'aria-expanded': 'false', 'aria-controls': groupId, data: { action: 'expand-unaligned' },
                'aria-label': AJS.I18n.getText('waypoint.company.unaligned.expand') },
                h('span', { className: 'waypoint-expander-icon', 'aria-hidden': 'true' }));
            var li = h('li', { className: 'waypoint-company-node waypoint-company-unaligned', data: { depth: 1 } }, [
                h('div', { className: 'waypoint-company-row' }, [expander, h('div', { className: 'waypoint-company-main' },
                        h('span', { className: 'waypoint-company-title', text: AJS.I18n.getText(
                                'waypoint.company.unaligned', String(unaligned)) }))]),
                children
            ]);
            expander.addEventListener('click', function () {
                tree.toggle(li, expander, children, null, 1);
            });
            items.push(li);
        }
        dom.replace(tree.container, h('ul', { className: 'waypoint-company-roots', id: 'waypoint-company-roots' },
                items));
    };

    /** Renders search results: each match with the path of titles above it. */
    Tree.prototype.renderMatches = function (result) {
        var tree = this;
        dom.replace(tree.container, [
            h('p', { className: 'waypoint-company-matches-count', role: 'status', text: result.total > result.matches.length
                ? AJS.I18n.getText('waypoint.company.search.some', String(result.matches.length), String(result.total))
                : AJS.I18n.getText('waypoint.company.search.all', String(result.total)) }),
            h('ul', { className: 'waypoint-company-roots waypoint-company-matches' }, result.matches.map(function (m) {
                var item = tree.item(Object.assign({}, m.objective, { childCount: 0, children: [] }), 1);
                if (m.path.length) {
                    item.insertBefore(h('div', { className: 'waypoint-company-path', text: AJS.I18n.getText(
                            'waypoint.company.path', m.path.join(' \u203a ')) }),
                            item.firstChild);
                }
                return item;
            }))
        ]);
    };

    return { Tree: Tree, status: status };
});
