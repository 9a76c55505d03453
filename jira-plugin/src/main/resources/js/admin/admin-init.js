/*
 * The admin page (#waypoint-admin-page): reads the cycles and the settings (with their defaults) and renders both;
 * after a change to the cycles it reads them again. Errors show in the page's status region.
 */
define('waypoint/admin/page', ['waypoint/dom', 'waypoint/rest', 'waypoint/messages', 'waypoint/admin/cycles',
    'waypoint/admin/settings'], function (dom, rest, messages, cycles, settings) {
    'use strict';

    function AdminPage(root) {
        this.root = root;
        this.status = root.querySelector('[data-region=status]');
        this.cycles = root.querySelector('[data-region=cycles]');
        this.cycleActions = root.querySelector('[data-region=cycle-actions]');
        this.settings = root.querySelector('[data-region=settings]');
    }

    AdminPage.prototype.start = function () {
        var page = this;
        return Promise.all([page.loadCycles(), rest.get('/admin/settings'), rest.get('/admin/settings/defaults')])
            .then(function (answers) {
                settings.render(page.settings, answers[1], answers[2]);
                dom.clear(page.status);
                page.root.setAttribute('data-state', 'ready');
            }, function (error) {
                page.fail(error);
            });
    };

    AdminPage.prototype.loadCycles = function () {
        var page = this;
        page.cycles.setAttribute('aria-busy', 'true');
        return rest.get('/admin/cycles').then(function (list) {
            cycles.render(page.cycles, page.cycleActions, list, function (message) {
                if (message) {
                    messages.success(message);
                }
                page.loadCycles().catch(function (error) {
                    page.fail(error);
                });
            });
        });
    };

    AdminPage.prototype.fail = function (error) {
        dom.replace(this.status, messages.errorBox(messages.describe(error)));
        this.cycles.setAttribute('aria-busy', 'false');
        this.settings.setAttribute('aria-busy', 'false');
        this.root.setAttribute('data-state', 'error');
    };

    return { AdminPage: AdminPage };
});

require(['waypoint/admin/page'], function (admin) {
    'use strict';

    function start() {
        var root = document.getElementById('waypoint-admin-page');
        if (root && root.getAttribute('data-state') === 'loading') {
            new admin.AdminPage(root).start();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
});
