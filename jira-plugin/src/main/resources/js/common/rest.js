/*
 * The client of Waypoint's REST API (/rest/waypoint/1.0): JSON in and out, same-origin credentials. A failed request
 * rejects with a RestError built by the pure toError (status, field errors, general messages, correlation id), which
 * waypoint/messages shows as inline errors or a flag.
 */
define('waypoint/rest', ['wrm/context-path'], function (contextPath) {
    'use strict';

    var BASE = '/rest/waypoint/1.0';

    /** The URL of an API path ("/projects/SUP/okrs"), under Jira's context path. */
    function url(path) {
        return contextPath() + BASE + path;
    }

    /** Encodes one path segment (an issue key, a project key). */
    function segment(value) {
        return encodeURIComponent(String(value));
    }

    /** A query string from an object, leaving out null and undefined values: "?a=1&b=x". */
    function query(params) {
        var parts = Object.keys(params || {}).filter(function (name) {
            return params[name] !== null && params[name] !== undefined && params[name] !== '';
        }).map(function (name) {
            return encodeURIComponent(name) + '=' + encodeURIComponent(String(params[name]));
        });
        return parts.length ? '?' + parts.join('&') : '';
    }

    /**
     * The error of a failed answer: {status, fieldErrors: {field: [message]}, messages: [message], correlationId}.
     * status 0 means the server was not reached. body is the parsed JSON ({errors: [{field, message}]}) or null.
     */
    function toError(status, body) {
        var error = { status: status, fieldErrors: {}, messages: [], correlationId: null };
        var items = body && Array.isArray(body.errors) ? body.errors : [];
        items.forEach(function (item) {
            if (!item || typeof item.message !== 'string') {
                return;
            }
            if (typeof item.field === 'string' && item.field !== '') {
                (error.fieldErrors[item.field] = error.fieldErrors[item.field] || []).push(item.message);
            } else {
                error.messages.push(item.message);
            }
        });
        if (body && typeof body.correlationId === 'string') {
            error.correlationId = body.correlationId;
        }
        return error;
    }

    function parse(text) {
        if (!text) {
            return null;
        }
        try {
            return JSON.parse(text);
        } catch (e) {
            return null;
        }
    }

    function request(method, path, body) {
        var headers = { Accept: 'application/json' };
        var init = { method: method, credentials: 'same-origin', headers: headers };
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return fetch(url(path), init).then(function (response) {
            return response.text().then(function (text) {
                var json = parse(text);
                if (response.ok) {
                    return json;
                }
                throw toError(response.status, json);
            });
        }, function () {
            throw toError(0, null);
        });
    }

    return {
        url: url,
        segment: segment,
        query: query,
        toError: toError,
        get: function (path) {
            return request('GET', path);
        },
        post: function (path, body) {
            return request('POST', path, body === undefined ? {} : body);
        },
        put: function (path, body) {
            return request('PUT', path, body);
        },
        del: function (path) {
            return request('DELETE', path);
        }
    };
});
