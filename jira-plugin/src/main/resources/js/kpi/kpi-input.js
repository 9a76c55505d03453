/*
 * Format-aware KPI numbers as people type and read them (issue 10): a PERCENT value is typed and shown as "92 %" (stored
 * as the fraction 0.92), a DURATION as "4h", "2d" or "1d 4h" (stored as seconds), a NUMBER as a plain number. Never a
 * raw fraction or a number of seconds in a field. Pure: no DOM, no AJS; tested under Node.
 */
define('waypoint/kpi/kpi-input', ['waypoint/format'], function (format) {
    'use strict';

    var UNIT_SECONDS = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };
    var DURATION_PART = /^(\d+(?:[.,]\d+)?)\s*([wdhms])$/i;

    function text(value) {
        return value === null || value === undefined ? '' : String(value).trim();
    }

    /** "1d 4h", "4h", "90m", "1.5h", "2d4h": seconds; null for empty; NaN for anything else (no bare numbers). */
    function parseDuration(input) {
        var trimmed = text(input).toLowerCase();
        if (trimmed === '') {
            return null;
        }
        var parts = trimmed.replace(/([wdhms])(?=\d)/g, '$1 ').split(/\s+/);
        var seen = {};
        var seconds = 0;
        for (var i = 0; i < parts.length; i++) {
            var match = DURATION_PART.exec(parts[i]);
            if (!match || seen[match[2]]) {
                return NaN;
            }
            seen[match[2]] = true;
            seconds += Number(match[1].replace(',', '.')) * UNIT_SECONDS[match[2]];
        }
        return isFinite(seconds) ? Math.round(seconds) : NaN;
    }

    /** "92 %", "92%", "92", "-3,5 %": the fraction (0.92); null for empty; NaN for anything else. */
    function parsePercent(input) {
        var trimmed = text(input).replace(/\s*%$/, '');
        if (trimmed === '') {
            return text(input) === '' ? null : NaN;
        }
        var value = format.parseDecimal(trimmed);
        return value === null || isNaN(value) ? NaN : Math.round(value * 1e6) / 1e8;
    }

    /**
     * A typed value as the KPI stores it: {value} (a number), {empty: true}, or {error: the format} when the text is
     * not a value of that format.
     */
    function parse(input, kpiFormat) {
        var value = kpiFormat === 'PERCENT' ? parsePercent(input)
                : kpiFormat === 'DURATION' ? parseDuration(input) : format.parseDecimal(input);
        if (value === null) {
            return { empty: true };
        }
        return isNaN(value) ? { error: kpiFormat === 'PERCENT' || kpiFormat === 'DURATION' ? kpiFormat : 'NUMBER' }
                : { value: value };
    }

    function trimmed(number) {
        return String(Math.round(number * 100) / 100);
    }

    /** Seconds as the shortest exact "2d 4h 30m" (seconds only when needed); "" without a number. */
    function formatDuration(seconds) {
        if (!format.isNumber(seconds)) {
            return '';
        }
        var rest = Math.round(Math.abs(seconds));
        var parts = [];
        [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]].forEach(function (unit) {
            var n = Math.floor(rest / unit[1]);
            if (n > 0) {
                parts.push(n + unit[0]);
                rest -= n * unit[1];
            }
        });
        return (seconds < 0 ? '-' : '') + (parts.length ? parts.join(' ') : '0h');
    }

    /** A stored value as a field shows it for editing: "92 %", "1d 4h", "12.5"; "" without a number. */
    function toText(value, kpiFormat) {
        if (!format.isNumber(value)) {
            return '';
        }
        if (kpiFormat === 'PERCENT') {
            return trimmed(value * 100) + ' %';
        }
        return kpiFormat === 'DURATION' ? formatDuration(value) : trimmed(value);
    }

    /** An example of what to type, for the field's hint. */
    function example(kpiFormat) {
        return kpiFormat === 'PERCENT' ? '92 %' : kpiFormat === 'DURATION' ? '4h, 2d, 1d 4h' : '12';
    }

    return { parse: parse, parseDuration: parseDuration, parsePercent: parsePercent, toText: toText,
        formatDuration: formatDuration, example: example };
});
