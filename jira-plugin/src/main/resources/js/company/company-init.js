/* DOM wiring of the company page: starts waypoint/company/page on #waypoint-company-page. */
require(['waypoint/company/page'], function (company) {
    'use strict';

    function start() {
        var root = document.getElementById('waypoint-company-page');
        if (root && root.getAttribute('data-state') === 'loading') {
            new company.CompanyPage(root).start();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
});
