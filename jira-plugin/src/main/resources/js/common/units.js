/*
 * Values in the units the page shows them (issue 13, item 2): a key result bound to a PERCENT KPI stores fractions
 * (0.88) but people read and type "88 %"; one bound to a DURATION KPI stores seconds (86400) but people read and type
 * "1d" or "4h"; every other value is a plain number with the key result's unit. These pure functions turn stored
 * values into what a field shows (rounded for people, never raw digits to append to) and what people type back into
 * stored values, and describe the unit with an example. No DOM, no I18n (texts come in as words): tested under Node.
 */
define('waypoint/units', ['waypoint/format'], function (format) {
    'use strict';

    var SECONDS = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };

    /** PERCENT, DURATION or NUMBER: how the values of a key result (of the page's read model) are shown and typed. */
    function kindOf(keyResult) {
        var kpi = keyResult && keyResult.kpi;
        return kpi && (kpi.format === 'PERCENT' || kpi.format === 'DURATION') ? kpi.format : 'NUMBER';
    }

    /** The kind of a KPI's values (a KPI of GET /kpis): its format. */
    function kindOfKpi(kpi) {
        return kpi && (kpi.format === 'PERCENT' || kpi.format === 'DURATION') ? kpi.format : 'NUMBER';
    }

    /** A number without grouping and with at most {@code digits} decimals: 80.7116 -> "80.71", 12 -> "12". */
    function plain(value, digits) {
        var factor = Math.pow(10, digits);
        var rounded = Math.round(value * factor) / factor;
        return String(rounded === 0 ? 0 : rounded);
    }

    /**
     * A stored value as a field shows it, rounded for people: PERCENT 0.8845 -> "88.45", DURATION 14400 -> "4h",
     * NUMBER 80.7116 -> "80.71"; "" without value.
     */
    function toInput(value, kind) {
        if (!format.isNumber(value)) {
            return '';
        }
        if (kind === 'PERCENT') {
            return plain(value * 100, 2);
        }
        if (kind === 'DURATION') {
            return format.duration(value);
        }
        return plain(value, 2);
    }

    /** A duration typed by a person ("4h", "1d 2h", "1.5h", "90m", "2d4h") as seconds; null if empty, NaN if not. */
    function parseDuration(text) {
        var trimmed = String(text === null || text === undefined ? '' : text).trim().toLowerCase();
        if (trimmed === '') {
            return null;
        }
        var negative = trimmed.charAt(0) === '-';
        var rest = negative ? trimmed.slice(1).trim() : trimmed;
        var part = /^(\d+(?:[.,]\d+)?)\s*([wdhms])\s*/;
        var total = 0;
        var seen = 0;
        while (rest.length) {
            var match = part.exec(rest);
            if (!match) {
                return NaN;
            }
            total += Number(match[1].replace(',', '.')) * SECONDS[match[2]];
            rest = rest.slice(match[0].length);
            seen++;
        }
        return seen ? (negative ? -total : total) : NaN;
    }

    /**
     * What a person typed as a stored value: PERCENT "92 %", "92%" or "92" -> 0.92; DURATION "4h" -> 14400 (a number
     * without unit is refused: hours or days would be a guess); NUMBER "12", "1,5" -> 12, 1.5. Returns null for an
     * empty field and NaN for anything else.
     */
    function fromInput(text, kind) {
        if (kind === 'DURATION') {
            return parseDuration(text);
        }
        var trimmed = String(text === null || text === undefined ? '' : text).trim();
        if (kind === 'PERCENT') {
            trimmed = trimmed.replace(/\s*%$/, '');
            var percent = format.parseDecimal(trimmed);
            return percent === null || isNaN(percent) ? percent : Math.round(percent * 1e6) / 1e8;
        }
        return format.parseDecimal(trimmed);
    }

    /**
     * The unit shown next to a field and an example of what to type: {unit, example, words} where words says it in
     * a sentence (from the words the caller gives: percent(example), duration(example), number(unit, example),
     * plain(example)).
     */
    function describe(kind, unit, words) {
        if (kind === 'PERCENT') {
            return { unit: '%', example: '92 %', text: words.percent('92 %') };
        }
        if (kind === 'DURATION') {
            return { unit: '', example: '4h', text: words.duration('4h', '1d 2h') };
        }
        return unit ? { unit: unit, example: '12', text: words.number(unit, '12') }
                : { unit: '', example: '12', text: words.plain('12') };
    }

    return { kindOf: kindOf, kindOfKpi: kindOfKpi, toInput: toInput, fromInput: fromInput,
        parseDuration: parseDuration, describe: describe };
});
