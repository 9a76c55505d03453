/*
 * The AMD module names Jira's pages define that Waypoint's JavaScript may require, mapped onto the globals the
 * preview's page shell loads (jQuery, AUI). Loaded after almond. Add a name here when the app starts to use it.
 */
(function (define) {
    'use strict';
    define('jquery', [], function () {
        return window.jQuery;
    });
    define('aui', [], function () {
        return window.AJS;
    });
    define('wrm/context-path', [], function () {
        return function () {
            return '';
        };
    });
}(window.define));
