/* DOM wiring of the issue panel: starts waypoint/issue/panel on #waypoint-issue-panel when the viewer may see it. */
require(['waypoint/issue/panel'], function (panel) {
    'use strict';

    function start() {
        var root = document.getElementById('waypoint-issue-panel');
        if (root && root.getAttribute('data-state') === 'loading' && root.getAttribute('data-issue-key')) {
            new panel.IssuePanel(root).start();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
});
