/* DOM wiring of the project page: starts waypoint/project/page on #waypoint-project-page when the viewer may see it. */
require(['waypoint/project/page'], function (page) {
    'use strict';

    function start() {
        var root = document.getElementById('waypoint-project-page');
        if (root && root.getAttribute('data-state') === 'loading' && root.getAttribute('data-project-key')) {
            new page.ProjectPage(root).start();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
});
