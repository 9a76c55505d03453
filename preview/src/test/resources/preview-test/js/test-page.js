/* A test page's AMD module: writes a translated text into the page through textContent, never as HTML. */
define('waypoint/test-page', ['jquery'], function ($) {
    'use strict';
    return {
        init: function () {
            var target = document.getElementById('waypoint-test-js');
            target.textContent = AJS.I18n.getText("waypoint.preview.name") + ' / ' + $('#waypoint-test-echo').text();
        }
    };
});
require(['waypoint/test-page'], function (page) {
    'use strict';
    page.init();
});
