/*
 * Pure parts of the company page: the status filter's choices (pace in an open cycle, grade band in a closed one),
 * the search parameters from the filters, what a node says about hidden key results, the parents a team objective
 * may be aligned to, and the body that changes an objective's parent. No DOM: tested under Node.
 */
define('waypoint/company/company-model', ['waypoint/format'], function (format) {
    'use strict';

    var PACES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE', 'UNKNOWN'];
    var BANDS = ['GREEN', 'YELLOW', 'RED'];

    /** The values of the status filter: pace statuses in an open cycle, grade bands in a closed one. */
    function statusValues(closed) {
        return closed ? BANDS.slice() : PACES.slice();
    }

    /** The filters ({q, project, level, status}) as the parameters of GET .../search; null if none is set. */
    function searchParams(filters, closed) {
        var q = filters.q ? String(filters.q).trim() : '';
        var params = { q: q || null, project: filters.project || null, level: filters.level || null };
        if (filters.status) {
            params[closed ? 'band' : 'pace'] = filters.status;
        }
        var any = Object.keys(params).some(function (name) {
            return params[name];
        });
        return any ? params : null;
    }

    /** {counted, total} when some key results behind the node's progress are hidden from the viewer; else null. */
    function hiddenKeyResults(node) {
        return node && node.keyResultsTotal > node.keyResultsCounted
            ? { counted: node.keyResultsCounted, total: node.keyResultsTotal } : null;
    }

    /** The company objectives a node may be aligned to: those of the cycle other than itself. */
    function parentChoices(companyNodes, node) {
        return (companyNodes || []).filter(function (candidate) {
            return candidate.id !== node.id && candidate.level === 'COMPANY';
        }).map(function (candidate) {
            return { id: candidate.id, title: candidate.title };
        });
    }

    /** The body of PUT /objectives/{id} that gives the objective (as GET /objectives/{id} answered) a new parent. */
    function alignBody(objective, parentId) {
        return {
            cycleId: objective.cycleId, title: objective.title, description: objective.description,
            level: objective.level, kind: objective.kind, commitment: objective.commitment, owner: objective.owner,
            project: objective.project, parentId: parentId === null || parentId === undefined || parentId === ''
                ? null : Number(parentId),
            contributesToParent: objective.contributesToParent, weight: objective.weight,
            alignedKpis: objective.alignedKpis || [], state: objective.state, version: objective.version
        };
    }

    /** A share of a parent KPI's value as a whole percentage, "42%"; "" for none. */
    function share(contribution) {
        return format.isNumber(contribution) ? format.percent(contribution) : '';
    }

    return { statusValues: statusValues, searchParams: searchParams, hiddenKeyResults: hiddenKeyResults,
        parentChoices: parentChoices, alignBody: alignBody, share: share };
});
