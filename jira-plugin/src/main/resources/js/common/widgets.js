/*
 * Small AUI building blocks shared by the project page and the issue panel: progress bars (AUI progress indicator),
 * pace and health lozenges, buttons and empty states. DOM only through waypoint/dom.
 */
define('waypoint/widgets', ['waypoint/dom', 'waypoint/format', 'waypoint/texts'], function (dom, format, texts) {
    'use strict';

    var h = dom.h;

    /**
     * An AUI progress indicator with one figure beside it: the progress clamped for scoring, the same as the bar, its
     * ARIA values and a grade (issue 12); over-achievement and a move the wrong way are said in words, never as a
     * figure above 100 % or below 0 %. Unknown: "No data yet" (or why), neutral.
     */
    function progress(body) {
        var width = format.barPercent(body);
        var known = body && format.isNumber(body.clamped);
        var shown = known ? Math.round(body.clamped * 100) + '%' : '';
        var state = format.progressState(body);
        var words = shown || (body && body.warning ? texts.label('warning', body.warning) : texts.get('progressUnknown'));
        var note = state === 'OVER' ? AJS.I18n.getText('waypoint.lead.progress.over')
                : state === 'NEGATIVE' ? AJS.I18n.getText('waypoint.lead.progress.negative') : '';
        var value = h('span', { className: 'aui-progress-indicator-value' });
        value.style.width = width + '%';
        return h('div', { className: 'waypoint-progress waypoint-progress-' + state.toLowerCase() }, [
            h('div', {
                className: 'aui-progress-indicator aui-progress-indicator-static waypoint-progress-bar',
                data: { value: String(width / 100) },
                role: 'progressbar',
                'aria-valuemin': '0',
                'aria-valuemax': '100',
                'aria-valuenow': String(width),
                'aria-valuetext': note ? words + ', ' + note : words,
                'aria-label': texts.progressLabel(words)
            }, value),
            h('span', { className: 'waypoint-progress-text', text: words }),
            note ? h('span', { className: 'waypoint-progress-note', text: note }) : null
        ]);
    }

    /**
     * A help button that explains a term (pace, expected progress, forecast, 80 % range) in a tooltip shown on hover,
     * on focus and on Enter; Escape hides it. The text is plain text.
     */
    function help(label, text) {
        var id = dom.uid('waypoint-help');
        var tip = h('span', { className: 'waypoint-help-tip', role: 'tooltip', id: id, text: text });
        var button = h('button', { type: 'button', className: 'waypoint-help', 'aria-label': label,
            'aria-describedby': id, 'aria-expanded': 'false' }, '?');
        var wrap = h('span', { className: 'waypoint-help-wrap' }, [button, tip]);
        button.addEventListener('click', function () {
            var open = !wrap.classList.contains('waypoint-help-open');
            wrap.classList.toggle('waypoint-help-open', open);
            button.setAttribute('aria-expanded', String(open));
        });
        button.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && wrap.classList.contains('waypoint-help-open')) {
                event.stopPropagation();
                wrap.classList.remove('waypoint-help-open');
                button.setAttribute('aria-expanded', 'false');
            }
        });
        button.addEventListener('blur', function () {
            wrap.classList.remove('waypoint-help-open');
            button.setAttribute('aria-expanded', 'false');
        });
        return wrap;
    }

    /** Jira's avatar of a user (where Jira serves avatars; the preview stands in for it). */
    function avatarUrl(key) {
        return (window.AJS && AJS.contextPath ? AJS.contextPath() : '') + '/secure/useravatar?size=xsmall&ownerId='
                + encodeURIComponent(key);
    }

    /** A person as Jira shows people: avatar and display name, never a raw key ({key, name}; name may be missing). */
    function person(key, name) {
        if (!key) {
            return null;
        }
        return h('span', { className: 'waypoint-person', data: { user: key } }, [
            h('img', { className: 'waypoint-avatar', src: avatarUrl(key), alt: '', width: '16', height: '16' }),
            h('span', { className: 'waypoint-person-name', text: name || AJS.I18n.getText('waypoint.lead.person.unknown') })
        ]);
    }

    /**
     * The "..." actions menu of a row (AUI dropdown2): a trigger button labelled for the row and a menu of items
     * [{label, action, id}]; each item carries data-action and data-id like the page's other actions. Null without
     * items (nothing is offered that the user may not do). focusKey names the row, so that the focus can come back to
     * its menu after the page was rendered anew.
     */
    function actionsMenu(label, items, focusKey) {
        if (!items.length) {
            return null;
        }
        var id = dom.uid('waypoint-menu');
        var trigger = h('button', { type: 'button', className: 'aui-button aui-button-subtle aui-dropdown2-trigger '
                + 'aui-dropdown2-trigger-arrowless waypoint-menu-trigger', 'aria-controls': id, 'aria-haspopup': 'true',
            'aria-label': label, title: label, data: { 'focus-key': focusKey } },
                h('span', { className: 'aui-icon aui-icon-small aui-iconfont-more' },
                    label));
        var menu = h('aui-dropdown-menu', { id: id, className: 'waypoint-menu' }, h('aui-section', {},
                items.map(function (item) {
                    return h('aui-item-link', { href: '#', data: { action: item.action, id: item.id } }, item.label);
                })));
        return h('div', { className: 'waypoint-menu-wrap' }, [trigger, menu]);
    }

    /** A pace lozenge; without data ("No data yet") a neutral, subtle one. */
    function pace(status) {
        var value = status || 'UNKNOWN';
        return h('span', { className: format.paceLozenge(value) + (value === 'UNKNOWN' ? ' aui-lozenge-subtle' : '')
                + ' waypoint-pace', data: { pace: value } }, texts.label('pace', value));
    }

    function health(status) {
        var value = status || 'UNKNOWN';
        return h('span', { className: format.healthLozenge(value) + ' waypoint-health', data: { health: value } },
                texts.label('health', value));
    }

    function lozenge(text, extraClass) {
        return h('span', { className: 'aui-lozenge aui-lozenge-subtle' + (extraClass ? ' ' + extraClass : '') },
                text);
    }

    /** An AUI button; props are passed to waypoint/dom#h (type defaults to "button"). */
    function button(label, props, primary) {
        return h('button', Object.assign({ type: 'button',
            className: 'aui-button' + (primary ? ' aui-button-primary' : '') }, props || {}), label);
    }

    /** A compact link-styled button. */
    function linkButton(label, props) {
        return h('button', Object.assign({ type: 'button', className: 'aui-button aui-button-link waypoint-action' },
                props || {}), label);
    }

    /** An empty state: a heading, a sentence and optional actions. */
    function emptyState(title, body, actions) {
        return h('div', { className: 'waypoint-empty', role: 'note' }, [
            h('h3', { text: title }),
            body ? h('p', { text: body }) : null,
            actions && actions.length ? h('div', { className: 'waypoint-empty-actions' }, actions) : null
        ]);
    }

    /** A grade with its colour band (GREEN, YELLOW, RED) as an AUI lozenge: "Grade 0.72". */
    function grade(score, band) {
        var classes = { GREEN: 'aui-lozenge aui-lozenge-success', YELLOW: 'aui-lozenge aui-lozenge-moved',
            RED: 'aui-lozenge aui-lozenge-error' };
        return h('span', { className: (Object.prototype.hasOwnProperty.call(classes, band) ? classes[band]
                : 'aui-lozenge') + ' waypoint-grade', data: { band: band || '' } },
                AJS.I18n.getText('waypoint.lead.grade', format.number(score)));
    }

    return { progress: progress, pace: pace, health: health, lozenge: lozenge, button: button,
        linkButton: linkButton, emptyState: emptyState, help: help, person: person, avatarUrl: avatarUrl,
        actionsMenu: actionsMenu, grade: grade };
});
