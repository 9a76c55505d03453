/*
 * Small AUI building blocks shared by the project page and the issue panel: progress bars (AUI progress indicator),
 * pace and health lozenges, buttons and empty states. DOM only through waypoint/dom.
 */
define('waypoint/widgets', ['waypoint/dom', 'waypoint/format', 'waypoint/texts'], function (dom, format, texts) {
    'use strict';

    var h = dom.h;

    /** An AUI progress indicator with the percentage as text beside it (unknown: the warning's text). */
    function progress(body) {
        var width = format.barPercent(body);
        var shown = format.progressPercent(body);
        var state = format.progressState(body);
        var words = shown || (body && body.warning ? texts.label('warning', body.warning) : texts.get('progressUnknown'));
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
                'aria-valuetext': words,
                'aria-label': texts.progressLabel(shown || words)
            }, value),
            h('span', { className: 'waypoint-progress-text', text: words })
        ]);
    }

    function pace(status) {
        var value = status || 'UNKNOWN';
        return h('span', { className: format.paceLozenge(value) + ' waypoint-pace', data: { pace: value } },
                texts.label('pace', value));
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

    return { progress: progress, pace: pace, health: health, lozenge: lozenge, button: button,
        linkButton: linkButton, emptyState: emptyState };
});
