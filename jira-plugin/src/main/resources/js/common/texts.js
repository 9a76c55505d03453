/*
 * The shared texts of Waypoint's pages. Every AJS.I18n.getText call has a literal key, so Jira's jsI18n transformer
 * (and the preview's) replaces it with the translation when the file is served; labels of enum values are looked up in
 * maps built from such calls, never from computed keys.
 */
define('waypoint/texts', [], function () {
    'use strict';

    var PACE = {
        DONE: AJS.I18n.getText('waypoint.web.pace.DONE'),
        ON_TRACK: AJS.I18n.getText('waypoint.web.pace.ON_TRACK'),
        AT_RISK: AJS.I18n.getText('waypoint.web.pace.AT_RISK'),
        OFF_TRACK: AJS.I18n.getText('waypoint.web.pace.OFF_TRACK'),
        UNKNOWN: AJS.I18n.getText('waypoint.web.pace.UNKNOWN')
    };
    var HEALTH = {
        GREEN: AJS.I18n.getText('waypoint.web.health.GREEN'),
        AMBER: AJS.I18n.getText('waypoint.web.health.AMBER'),
        RED: AJS.I18n.getText('waypoint.web.health.RED'),
        UNKNOWN: AJS.I18n.getText('waypoint.web.health.UNKNOWN')
    };
    var WARNING = {
        NO_VALUE: AJS.I18n.getText('waypoint.web.progress.warning.NO_VALUE'),
        NO_ISSUES: AJS.I18n.getText('waypoint.web.progress.warning.NO_ISSUES'),
        NOTHING_TO_ROLL_UP: AJS.I18n.getText('waypoint.web.progress.warning.NOTHING_TO_ROLL_UP'),
        HIDDEN: AJS.I18n.getText('waypoint.web.progress.warning.HIDDEN')
    };
    var MEASURE = {
        METRIC: AJS.I18n.getText('waypoint.web.measure.METRIC'),
        THRESHOLD: AJS.I18n.getText('waypoint.web.measure.THRESHOLD'),
        MILESTONE: AJS.I18n.getText('waypoint.web.measure.MILESTONE'),
        ISSUES: AJS.I18n.getText('waypoint.web.measure.ISSUES')
    };
    var SOURCE = {
        MANUAL: AJS.I18n.getText('waypoint.web.source.MANUAL'),
        KPI: AJS.I18n.getText('waypoint.web.source.KPI'),
        JQL: AJS.I18n.getText('waypoint.web.source.JQL')
    };
    var LEVEL = {
        COMPANY: AJS.I18n.getText('waypoint.web.level.COMPANY'),
        TEAM: AJS.I18n.getText('waypoint.web.level.TEAM'),
        INDIVIDUAL: AJS.I18n.getText('waypoint.web.level.INDIVIDUAL')
    };
    var KIND = {
        BUILD: AJS.I18n.getText('waypoint.web.kind.BUILD'),
        IMPROVE: AJS.I18n.getText('waypoint.web.kind.IMPROVE'),
        INNOVATE: AJS.I18n.getText('waypoint.web.kind.INNOVATE')
    };
    var COMMITMENT = {
        COMMITTED: AJS.I18n.getText('waypoint.web.commitment.COMMITTED'),
        ASPIRATIONAL: AJS.I18n.getText('waypoint.web.commitment.ASPIRATIONAL')
    };
    var STATE = {
        DRAFT: AJS.I18n.getText('waypoint.web.state.DRAFT'),
        ACTIVE: AJS.I18n.getText('waypoint.web.state.ACTIVE'),
        CLOSED: AJS.I18n.getText('waypoint.web.state.CLOSED'),
        ABANDONED: AJS.I18n.getText('waypoint.web.state.ABANDONED')
    };
    var CYCLE_STATE = {
        PLANNING: AJS.I18n.getText('waypoint.web.cycleState.PLANNING'),
        ACTIVE: AJS.I18n.getText('waypoint.web.cycleState.ACTIVE'),
        CLOSED: AJS.I18n.getText('waypoint.web.cycleState.CLOSED')
    };
    var STATUS = {
        TO_DO: AJS.I18n.getText('waypoint.web.status.TO_DO'),
        IN_PROGRESS: AJS.I18n.getText('waypoint.web.status.IN_PROGRESS'),
        DONE: AJS.I18n.getText('waypoint.web.status.DONE')
    };
    var ISSUES_MODE = {
        COUNT: AJS.I18n.getText('waypoint.web.issuesMode.COUNT'),
        STORY_POINTS: AJS.I18n.getText('waypoint.web.issuesMode.STORY_POINTS'),
        TIME: AJS.I18n.getText('waypoint.web.issuesMode.TIME'),
        STATUS_CATEGORY: AJS.I18n.getText('waypoint.web.issuesMode.STATUS_CATEGORY')
    };
    var ISSUES_SCOPE = {
        LIVE: AJS.I18n.getText('waypoint.web.issuesScope.LIVE'),
        FROZEN: AJS.I18n.getText('waypoint.web.issuesScope.FROZEN')
    };
    var JUDGEMENT = {
        LATEST: AJS.I18n.getText('waypoint.web.judgement.LATEST'),
        AVERAGE: AJS.I18n.getText('waypoint.web.judgement.AVERAGE'),
        WORST: AJS.I18n.getText('waypoint.web.judgement.WORST')
    };
    var TREND = {
        IMPROVING: AJS.I18n.getText('waypoint.web.trend.IMPROVING'),
        WORSENING: AJS.I18n.getText('waypoint.web.trend.WORSENING'),
        STEADY: AJS.I18n.getText('waypoint.web.trend.STEADY')
    };
    var CONFIDENCE = {
        LOW: AJS.I18n.getText('waypoint.web.confidence.LOW'),
        MEDIUM: AJS.I18n.getText('waypoint.web.confidence.MEDIUM'),
        HIGH: AJS.I18n.getText('waypoint.web.confidence.HIGH')
    };

    var GROUPS = {
        pace: PACE, health: HEALTH, warning: WARNING, measure: MEASURE, source: SOURCE, level: LEVEL, kind: KIND,
        commitment: COMMITMENT, state: STATE, cycleState: CYCLE_STATE, status: STATUS, issuesMode: ISSUES_MODE,
        issuesScope: ISSUES_SCOPE, judgement: JUDGEMENT, trend: TREND, confidence: CONFIDENCE
    };

    /** The label of an enum value of a group ("pace", "health", ...); the value itself if unknown. */
    function label(group, value) {
        var labels = GROUPS[group] || {};
        return Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : String(value);
    }

    /** The values of a group in declaration order, with labels, for select options. */
    function options(group) {
        var labels = GROUPS[group] || {};
        return Object.keys(labels).map(function (value) {
            return { value: value, label: labels[value] };
        });
    }

    /** What a measure aims at (see waypoint/format#aim), in words. */
    function aim(kind, first, second) {
        switch (kind) {
            case 'INCREASE':
                return AJS.I18n.getText('waypoint.web.aim.INCREASE', first, second);
            case 'DECREASE':
                return AJS.I18n.getText('waypoint.web.aim.DECREASE', first, second);
            case 'WITHIN':
                return AJS.I18n.getText('waypoint.web.aim.WITHIN', first, second);
            case 'AT_LEAST':
                return AJS.I18n.getText('waypoint.web.aim.AT_LEAST', first);
            case 'AT_MOST':
                return AJS.I18n.getText('waypoint.web.aim.AT_MOST', first);
            case 'DONE':
                return AJS.I18n.getText('waypoint.web.aim.DONE', first);
            case 'ISSUES':
                return AJS.I18n.getText('waypoint.web.aim.ISSUES', first);
            default:
                return '';
        }
    }

    var COMMON = {
        loading: AJS.I18n.getText('waypoint.web.loading'),
        save: AJS.I18n.getText('waypoint.web.button.save'),
        cancel: AJS.I18n.getText('waypoint.web.button.cancel'),
        close: AJS.I18n.getText('waypoint.web.button.close'),
        retry: AJS.I18n.getText('waypoint.web.button.retry'),
        optional: AJS.I18n.getText('waypoint.web.field.optional'),
        none: AJS.I18n.getText('waypoint.web.field.none'),
        required: AJS.I18n.getText('waypoint.web.field.required'),
        requiredError: AJS.I18n.getText('waypoint.web.field.requiredError'),
        notANumber: AJS.I18n.getText('waypoint.web.field.notANumber'),
        notAWholeNumber: AJS.I18n.getText('waypoint.web.field.notAWholeNumber'),
        errorTitle: AJS.I18n.getText('waypoint.web.error.title'),
        errorNetwork: AJS.I18n.getText('waypoint.web.error.network'),
        errorLogin: AJS.I18n.getText('waypoint.web.error.login'),
        errorForbidden: AJS.I18n.getText('waypoint.web.error.forbidden'),
        errorNotFound: AJS.I18n.getText('waypoint.web.error.notFound'),
        errorConflict: AJS.I18n.getText('waypoint.web.error.conflict'),
        progressUnknown: AJS.I18n.getText('waypoint.web.progress.unknown')
    };

    /** A shared text by name (see COMMON). */
    function get(name) {
        return COMMON[name];
    }

    /** The error texts the pure form functions of waypoint/okr-model take. */
    function formWords() {
        return { notANumber: COMMON.notANumber, notAWholeNumber: COMMON.notAWholeNumber,
            required: COMMON.requiredError };
    }

    function errorServer(reference) {
        return AJS.I18n.getText('waypoint.web.error.server', reference);
    }

    function errorStatus(status) {
        return AJS.I18n.getText('waypoint.web.error.status', status);
    }

    function progressLabel(percent) {
        return AJS.I18n.getText('waypoint.web.progress.label', percent);
    }

    return {
        label: label,
        options: options,
        aim: aim,
        get: get,
        formWords: formWords,
        errorServer: errorServer,
        errorStatus: errorStatus,
        progressLabel: progressLabel
    };
});
