/*
 * Pure parts of the admin page: the settings form's fields, turning typed values into the body of PUT
 * /admin/settings (numbers parsed, field errors named by JSON path), the body of a cycle, and which year's quarters
 * to offer. No DOM: tested under Node (src/test/js).
 */
define('waypoint/admin/admin-model', ['waypoint/format'], function (format) {
    'use strict';

    /**
     * The settings, section by section: path (as the API names the field), kind (fraction, whole, boolean, text,
     * jql, group, groups), label and help.
     */
    var SECTIONS = [
        { id: 'scoring', title: AJS.I18n.getText('waypoint.admin.settings.scoring'), fields: [
            { path: 'scoring.onTrackMargin', kind: 'fraction',
                label: AJS.I18n.getText('waypoint.admin.setting.onTrackMargin'),
                help: AJS.I18n.getText('waypoint.admin.setting.onTrackMargin.help') },
            { path: 'scoring.atRiskMargin', kind: 'fraction',
                label: AJS.I18n.getText('waypoint.admin.setting.atRiskMargin'),
                help: AJS.I18n.getText('waypoint.admin.setting.atRiskMargin.help') },
            { path: 'scoring.lowConfidence', kind: 'whole',
                label: AJS.I18n.getText('waypoint.admin.setting.lowConfidence'),
                help: AJS.I18n.getText('waypoint.admin.setting.lowConfidence.help') },
            { path: 'scoring.greenFrom', kind: 'fraction',
                label: AJS.I18n.getText('waypoint.admin.setting.greenFrom'),
                help: AJS.I18n.getText('waypoint.admin.setting.greenFrom.help') },
            { path: 'scoring.yellowFrom', kind: 'fraction',
                label: AJS.I18n.getText('waypoint.admin.setting.yellowFrom'),
                help: AJS.I18n.getText('waypoint.admin.setting.yellowFrom.help') },
            { path: 'scoring.overrideNoteThreshold', kind: 'fraction',
                label: AJS.I18n.getText('waypoint.admin.setting.overrideNoteThreshold'),
                help: AJS.I18n.getText('waypoint.admin.setting.overrideNoteThreshold.help') }
        ] },
        { id: 'access', title: AJS.I18n.getText('waypoint.admin.settings.access'), fields: [
            { path: 'access.companyGroup', kind: 'group',
                label: AJS.I18n.getText('waypoint.admin.setting.companyGroup'),
                help: AJS.I18n.getText('waypoint.admin.setting.companyGroup.help') },
            { path: 'access.companyViewerGroups', kind: 'groups',
                label: AJS.I18n.getText('waypoint.admin.setting.companyViewerGroups'),
                help: AJS.I18n.getText('waypoint.admin.setting.companyViewerGroups.help') }
        ] },
        { id: 'refresh', title: AJS.I18n.getText('waypoint.admin.settings.refresh'), fields: [
            { path: 'refresh.defaultKpiRefreshMinutes', kind: 'whole',
                label: AJS.I18n.getText('waypoint.admin.setting.defaultKpiRefreshMinutes'),
                help: AJS.I18n.getText('waypoint.admin.setting.defaultKpiRefreshMinutes.help') },
            { path: 'refresh.keyResultRefreshMinutes', kind: 'whole',
                label: AJS.I18n.getText('waypoint.admin.setting.keyResultRefreshMinutes'),
                help: AJS.I18n.getText('waypoint.admin.setting.keyResultRefreshMinutes.help') },
            { path: 'refresh.epicChildrenJql', kind: 'jql',
                label: AJS.I18n.getText('waypoint.admin.setting.epicChildrenJql'),
                help: AJS.I18n.getText('waypoint.admin.setting.epicChildrenJql.help') },
            { path: 'refresh.storyPointField', kind: 'text',
                label: AJS.I18n.getText('waypoint.admin.setting.storyPointField'),
                help: AJS.I18n.getText('waypoint.admin.setting.storyPointField.help') }
        ] },
        { id: 'insights', title: AJS.I18n.getText('waypoint.admin.settings.insights'), fields: [
            { path: 'insights.unhealthyDays', kind: 'whole',
                label: AJS.I18n.getText('waypoint.admin.setting.unhealthyDays'),
                help: AJS.I18n.getText('waypoint.admin.setting.unhealthyDays.help') },
            { path: 'insights.amberNeedsOkr', kind: 'boolean',
                label: AJS.I18n.getText('waypoint.admin.setting.amberNeedsOkr'),
                help: AJS.I18n.getText('waypoint.admin.setting.amberNeedsOkr.help') },
            { path: 'insights.staleCheckInDays', kind: 'whole',
                label: AJS.I18n.getText('waypoint.admin.setting.staleCheckInDays'),
                help: AJS.I18n.getText('waypoint.admin.setting.staleCheckInDays.help') },
            { path: 'insights.titleSimilarity', kind: 'fraction',
                label: AJS.I18n.getText('waypoint.admin.setting.titleSimilarity'),
                help: AJS.I18n.getText('waypoint.admin.setting.titleSimilarity.help') },
            { path: 'insights.targetChangeDays', kind: 'whole',
                label: AJS.I18n.getText('waypoint.admin.setting.targetChangeDays'),
                help: AJS.I18n.getText('waypoint.admin.setting.targetChangeDays.help') }
        ] },
        { id: 'retention', title: AJS.I18n.getText('waypoint.admin.settings.retention'), fields: [
            { path: 'retention.fullDetailDays', kind: 'whole',
                label: AJS.I18n.getText('waypoint.admin.setting.fullDetailDays'),
                help: AJS.I18n.getText('waypoint.admin.setting.fullDetailDays.help') }
        ] }
    ];

    /** The value at "section.name" of a settings document. */
    function valueAt(document, path) {
        var parts = path.split('.');
        var section = document && document[parts[0]];
        return section ? section[parts[1]] : undefined;
    }

    /** A value as the form shows it: numbers as typed, groups as a list, a missing group as ''. */
    function shown(field, value) {
        if (field.kind === 'boolean') {
            return value === true;
        }
        if (field.kind === 'groups') {
            return Array.isArray(value) ? value.slice() : [];
        }
        return value === null || value === undefined ? '' : String(value);
    }

    /** "Default: 0.1" and the like; booleans as the words given. */
    function defaultText(field, value, words) {
        if (field.kind === 'boolean') {
            return value ? words.yes : words.no;
        }
        if (field.kind === 'groups') {
            return Array.isArray(value) && value.length ? value.join(', ') : words.none;
        }
        return value === null || value === undefined || value === '' ? words.none : String(value);
    }

    /**
     * The body of PUT /admin/settings from the form's values ({path: value}): {body, errors}. Numbers that do not
     * parse are named under their path; the server checks ranges and groups.
     */
    function settingsBody(values, words) {
        var body = {};
        var errors = { fieldErrors: {}, messages: [] };
        SECTIONS.forEach(function (section) {
            body[section.id] = {};
            section.fields.forEach(function (field) {
                var name = field.path.split('.')[1];
                var raw = values[field.path];
                var value;
                if (field.kind === 'fraction' || field.kind === 'whole') {
                    var text = raw === undefined || raw === null ? '' : String(raw).trim();
                    value = field.kind === 'whole' ? format.parseWhole(text) : format.parseDecimal(text);
                    if (text === '') {
                        errors.fieldErrors[field.path] = [words.required];
                        value = null;
                    } else if (value === null || isNaN(value)) {
                        errors.fieldErrors[field.path] = [field.kind === 'whole' ? words.notAWholeNumber
                            : words.notANumber];
                        value = null;
                    }
                } else if (field.kind === 'boolean') {
                    value = raw === true;
                } else if (field.kind === 'groups') {
                    value = Array.isArray(raw) ? raw.filter(function (group) {
                        return String(group).trim() !== '';
                    }) : [];
                } else {
                    value = raw === undefined || raw === null || String(raw).trim() === '' ? null : String(raw).trim();
                }
                body[section.id][name] = value;
            });
        });
        return { body: body, errors: Object.keys(errors.fieldErrors).length ? errors : null };
    }

    /** The body of POST /cycles or PUT /cycles/{id} (with the version read) from the dialog's values. */
    function cycleBody(values, original, words) {
        var errors = { fieldErrors: {}, messages: [] };
        var body = {
            name: values.name === undefined || values.name === null ? null : String(values.name).trim(),
            start: values.start || null,
            end: values.end || null,
            state: values.state || (original ? original.state : 'PLANNING')
        };
        ['name', 'start', 'end'].forEach(function (name) {
            if (!body[name]) {
                errors.fieldErrors[name] = [words.required];
            }
        });
        if (original) {
            body.version = original.version;
        }
        return { body: body, errors: Object.keys(errors.fieldErrors).length ? errors : null };
    }

    /** The body of PUT /cycles/{id} that moves a cycle to {@code state}, everything else as read. */
    function stateBody(cycle, state) {
        return { name: cycle.name, start: cycle.start, end: cycle.end, state: state, version: cycle.version };
    }

    /**
     * The year whose quarters to offer: the first from this year on with none of "Q1 <year>" to "Q4 <year>" yet (the
     * server refuses a year of which one exists).
     */
    function quarterYear(cycles, today) {
        var names = {};
        (cycles || []).forEach(function (cycle) {
            names[cycle.name] = true;
        });
        var year = Number(String(today).substring(0, 4));
        for (var i = 0; i < 100; i++, year++) {
            if (!['Q1', 'Q2', 'Q3', 'Q4'].some(function (q) {
                return names[q + ' ' + year];
            })) {
                return year;
            }
        }
        return year;
    }

    return { SECTIONS: SECTIONS, valueAt: valueAt, shown: shown, defaultText: defaultText,
        settingsBody: settingsBody, cycleBody: cycleBody, stateBody: stateBody, quarterYear: quarterYear };
});
