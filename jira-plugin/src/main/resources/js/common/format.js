/*
 * Pure formatting and computation for Waypoint's pages: numbers, progress, pace and health lozenges, measures, dates
 * and sparkline series. No DOM, no AJS, no I18n: tested under Node (src/test/js).
 */
define('waypoint/format', [], function () {
    'use strict';

    var NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    var NUMBER_1 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
    var DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

    function isNumber(value) {
        return typeof value === 'number' && isFinite(value);
    }

    /** 1234.567 as "1,234.57"; anything but a finite number as "". */
    function number(value) {
        return isNumber(value) ? NUMBER.format(value === 0 ? 0 : value) : '';
    }

    /** A value with its unit: "12 tickets", "95%"; "" without value. */
    function withUnit(value, unit) {
        var text = number(value);
        if (text === '' || !unit) {
            return text;
        }
        return unit === '%' ? text + '%' : text + ' ' + unit;
    }

    /** A fraction as a whole percentage, "42%"; "" for unknown. */
    function percent(fraction) {
        if (!isNumber(fraction)) {
            return '';
        }
        var rounded = Math.round(fraction * 100);
        return (rounded === 0 ? 0 : rounded) + '%';
    }

    /** The width of a progress bar in percent (0-100, one decimal) from a progress body; 0 for unknown. */
    function barPercent(progress) {
        if (!progress || !isNumber(progress.clamped)) {
            return 0;
        }
        return Math.round(Math.min(1, Math.max(0, progress.clamped)) * 1000) / 10;
    }

    /** UNKNOWN, OVER (over-achieved), NEGATIVE (moved the wrong way) or NORMAL. */
    function progressState(progress) {
        if (!progress || !isNumber(progress.clamped)) {
            return 'UNKNOWN';
        }
        if (isNumber(progress.unclamped) && progress.unclamped > 1) {
            return 'OVER';
        }
        if (isNumber(progress.unclamped) && progress.unclamped < 0) {
            return 'NEGATIVE';
        }
        return 'NORMAL';
    }

    /** The percentage shown for a progress: the unclamped value (over-achievement and setbacks show). */
    function progressPercent(progress) {
        if (!progress || !isNumber(progress.clamped)) {
            return '';
        }
        return percent(isNumber(progress.unclamped) ? progress.unclamped : progress.clamped);
    }

    /** map[key] if map has it as its own property (so "__proto__" or "constructor" find nothing). */
    function own(map, key) {
        return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
    }

    var PACE_LOZENGES = {
        DONE: 'aui-lozenge aui-lozenge-success',
        ON_TRACK: 'aui-lozenge aui-lozenge-success aui-lozenge-subtle',
        AT_RISK: 'aui-lozenge aui-lozenge-moved',
        OFF_TRACK: 'aui-lozenge aui-lozenge-error'
    };

    /** The AUI lozenge classes of a pace status (UNKNOWN and missing: the default grey lozenge). */
    function paceLozenge(pace) {
        return own(PACE_LOZENGES, pace) || 'aui-lozenge';
    }

    var HEALTH_LOZENGES = {
        GREEN: 'aui-lozenge aui-lozenge-success',
        AMBER: 'aui-lozenge aui-lozenge-moved',
        RED: 'aui-lozenge aui-lozenge-error'
    };

    function healthLozenge(health) {
        return own(HEALTH_LOZENGES, health) || 'aui-lozenge';
    }

    /**
     * What a measure aims at: INCREASE or DECREASE (METRIC, from baseline and target), WITHIN, AT_LEAST or AT_MOST
     * (THRESHOLD), DONE (MILESTONE), ISSUES; null if unknown.
     */
    function aim(measure) {
        if (!measure) {
            return null;
        }
        switch (measure.type) {
            case 'METRIC':
                if (!isNumber(measure.baseline) || !isNumber(measure.target) || measure.baseline === measure.target) {
                    return null;
                }
                return measure.target < measure.baseline ? 'DECREASE' : 'INCREASE';
            case 'THRESHOLD':
                if (isNumber(measure.min) && isNumber(measure.max)) {
                    return 'WITHIN';
                }
                return isNumber(measure.min) ? 'AT_LEAST' : 'AT_MOST';
            case 'MILESTONE':
                return 'DONE';
            case 'ISSUES':
                return 'ISSUES';
            default:
                return null;
        }
    }

    /**
     * A number typed by a person: "12", "-3.5", "1,5" (decimal comma), "1e3"; surrounding spaces are ignored.
     * Returns null for an empty text and NaN for anything else that is not a finite number.
     */
    function parseDecimal(text) {
        if (text === null || text === undefined) {
            return null;
        }
        var trimmed = String(text).trim();
        if (trimmed === '') {
            return null;
        }
        if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(trimmed)) {
            return NaN;
        }
        var value = Number(trimmed.replace(',', '.'));
        return isFinite(value) ? value : NaN;
    }

    /** A whole number typed by a person, or null for empty, NaN for anything else. */
    function parseWhole(text) {
        var value = parseDecimal(text);
        if (value === null || isNaN(value)) {
            return value;
        }
        return Math.floor(value) === value ? value : NaN;
    }

    /** An ISO date ("2026-03-31") as "31 Mar 2026"; anything else as it is. */
    function date(iso) {
        if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
            return iso ? String(iso) : '';
        }
        return DATE.format(new Date(iso + 'T00:00:00Z'));
    }

    /** The later of two ISO dates (null-safe). */
    function maxDate(a, b) {
        if (!a) {
            return b;
        }
        if (!b) {
            return a;
        }
        return a > b ? a : b;
    }

    /** The earlier of two ISO dates (null-safe). */
    function minDate(a, b) {
        if (!a) {
            return b;
        }
        if (!b) {
            return a;
        }
        return a < b ? a : b;
    }

    /**
     * The series of a sparkline: the values by date, and, with a forecast, a dashed continuation from the last value
     * to the forecast value at the cycle's end. {labels, actual, forecast} (forecast null without one).
     */
    function sparkSeries(points, forecast) {
        var list = Array.isArray(points) ? points.filter(function (p) {
            return p && isNumber(p.value) && typeof p.date === 'string';
        }) : [];
        var labels = list.map(function (p) {
            return p.date;
        });
        var actual = list.map(function (p) {
            return p.value;
        });
        var projected = null;
        if (forecast && isNumber(forecast.value) && forecast.at && list.length > 0
                && forecast.at > labels[labels.length - 1]) {
            projected = actual.map(function (value, i) {
                return i === actual.length - 1 ? value : null;
            });
            labels.push(forecast.at);
            actual.push(null);
            projected.push(forecast.value);
        }
        return { labels: labels, actual: actual, forecast: projected };
    }

    /** A short description of a series for screen readers: first and last value, or null without values. */
    function seriesRange(points) {
        var list = Array.isArray(points) ? points.filter(function (p) {
            return p && isNumber(p.value);
        }) : [];
        if (list.length === 0) {
            return null;
        }
        return { first: list[0].value, last: list[list.length - 1].value, count: list.length };
    }

    /** A number of seconds in words: "2d 4h", "3h 20m", "45m", "30s"; negative with a minus sign; "" without. */
    function duration(seconds) {
        if (!isNumber(seconds)) {
            return '';
        }
        var sign = seconds < 0 ? '-' : '';
        var rest = Math.round(Math.abs(seconds));
        var days = Math.floor(rest / 86400);
        var hours = Math.floor(rest % 86400 / 3600);
        var minutes = Math.floor(rest % 3600 / 60);
        if (days > 0) {
            return sign + days + 'd' + (hours ? ' ' + hours + 'h' : '');
        }
        if (hours > 0) {
            return sign + hours + 'h' + (minutes ? ' ' + minutes + 'm' : '');
        }
        return minutes > 0 ? sign + minutes + 'm' : sign + rest + 's';
    }

    /**
     * A KPI value as its format shows it: PERCENT stores a fraction (0.853 shows as "85.3%"), DURATION a number of
     * seconds ("1d 2h"), NUMBER a plain number with the KPI's unit.
     */
    function kpiValue(value, kpiFormat, unit) {
        if (!isNumber(value)) {
            return '';
        }
        if (kpiFormat === 'PERCENT') {
            return NUMBER_1.format(value * 100 === 0 ? 0 : value * 100) + '%';
        }
        if (kpiFormat === 'DURATION') {
            return duration(value);
        }
        return withUnit(value, unit);
    }

    /**
     * A value of a key result as its values are shown: for a key result bound to a PERCENT or DURATION KPI (the read
     * model's keyResult.kpi) as that KPI shows its values ("83%", "4h"); else with the key result's unit, or the
     * bound NUMBER KPI's ("12 tickets"). "" without value.
     */
    function keyResultValue(value, keyResult) {
        var kpi = keyResult && keyResult.kpi;
        if (kpi && (kpi.format === 'PERCENT' || kpi.format === 'DURATION')) {
            return kpiValue(value, kpi.format, null);
        }
        return withUnit(value, keyResult && keyResult.unit || kpi && kpi.unit || null);
    }

    /** A change of a KPI value with its sign: "+1.6 tickets", "-2.5%", "+3h". */
    function kpiDelta(delta, kpiFormat, unit) {
        if (!isNumber(delta)) {
            return '';
        }
        var text = kpiValue(Math.abs(delta), kpiFormat, unit);
        return (delta > 0 ? '+' : delta < 0 ? '-' : '') + text;
    }

    /** LOW (0-3), MEDIUM (4-6) or HIGH (7-10) for a confidence; null without. */
    function confidenceBand(confidence) {
        if (!isNumber(confidence)) {
            return null;
        }
        if (confidence <= 3) {
            return 'LOW';
        }
        return confidence <= 6 ? 'MEDIUM' : 'HIGH';
    }

    return {
        isNumber: isNumber,
        number: number,
        withUnit: withUnit,
        percent: percent,
        barPercent: barPercent,
        progressState: progressState,
        progressPercent: progressPercent,
        paceLozenge: paceLozenge,
        healthLozenge: healthLozenge,
        aim: aim,
        parseDecimal: parseDecimal,
        parseWhole: parseWhole,
        date: date,
        maxDate: maxDate,
        minDate: minDate,
        sparkSeries: sparkSeries,
        seriesRange: seriesRange,
        duration: duration,
        kpiValue: kpiValue,
        keyResultValue: keyResultValue,
        kpiDelta: kpiDelta,
        confidenceBand: confidenceBand
    };
});
