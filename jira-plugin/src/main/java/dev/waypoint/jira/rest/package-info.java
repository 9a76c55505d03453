/**
 * Waypoint's REST API under {@code /rest/waypoint/1.0/} (REST v2, {@code jakarta.ws.rs}): the infrastructure every
 * resource shares, and one sub-package per feature ({@code dev.waypoint.jira.rest.<feature>}: a {@code *Resource}
 * with its request and response records).
 *
 * <h2>Error model (DESIGN §4, code-style §3 rule 8)</h2>
 * Every error answer is JSON {@link dev.waypoint.jira.rest.ErrorBody}:
 * {@code {"errors":[{"field":...,"message":...}]}}, messages translated through
 * {@link dev.waypoint.jira.rest.Translator}. Resources throw; the mappers of this package (and
 * {@link dev.waypoint.jira.rest.JsonBodyInterceptor} for request bodies) answer:
 * <table>
 *   <caption>status rules</caption>
 *   <tr><th>status</th><th>when</th><th>{@code field}</th></tr>
 *   <tr><td>400</td><td>{@code InvalidInputException}; malformed JSON, a wrong JSON type, an unknown property or enum
 *       value, a malformed number or date, an empty body; a bad path or query parameter parsed with
 *       {@link dev.waypoint.jira.rest.Params}</td><td>the JSON path ({@code keyResults[2].target}), the
 *       parameter's name, or {@code body}</td></tr>
 *   <tr><td>401</td><td>nobody logged in ({@code AccessDeniedException#isUnauthenticated}; REST v2 itself answers 401
 *       before a {@code @LicensedOnly} resource is reached)</td><td>-</td></tr>
 *   <tr><td>403</td><td>{@code AccessDeniedException}: logged in, but not allowed</td><td>-</td></tr>
 *   <tr><td>404</td><td>{@code NotFoundException} (unknown id, or an item the caller may not see:
 *       {@code Permissions#requireVisible}); an unknown path</td><td>-</td></tr>
 *   <tr><td>405 / 406 / 415</td><td>wrong method (with {@code Allow}) / not accepting JSON / a body that is not
 *       {@code application/json}</td><td>-</td></tr>
 *   <tr><td>409</td><td>{@code ConflictException}: a stale version, a broken uniqueness rule</td><td>-</td></tr>
 *   <tr><td>500</td><td>only a real fault (a bug, a broken database): a correlation id in the body
 *       ({@code correlationId}), the header {@code X-Waypoint-Correlation-Id} and the log line with the stack trace;
 *       never the exception's text or stack trace</td><td>-</td></tr>
 * </table>
 *
 * <h2>Rules for every resource (checked by {@code RestConventionsTest} and the REST test frameworks)</h2>
 * <ol>
 *   <li>Every resource method carries exactly one REST v2 access annotation of
 *       {@code com.atlassian.plugins.rest.api.security.annotation}, on the method itself: normally
 *       {@code @LicensedOnly}, or {@code @AdminOnly} / {@code @SystemAdminOnly}. Un-annotated methods would get
 *       REST v2's default silently.
 *       {@code @UnrestrictedAccess}, {@code @AnonymousSiteAccess} and {@code @UnlicensedSiteAccess} need an entry with
 *       the reason in {@code RestConventionsTest}'s allow-list (Waypoint shows nothing to anonymous users). The
 *       annotation is the platform's gate; the resource still asks {@code dev.waypoint.access.Permissions} about the
 *       item (project, owner ...), first, before reading or writing anything.</li>
 *   <li>Mutations ({@code @POST}, {@code @PUT}, {@code @DELETE}, {@code @PATCH}) declare
 *       {@code @Consumes(MediaType.APPLICATION_JSON)} and nothing else: Jira's XSRF protection lets through only
 *       requests a browser form cannot forge, and a form cannot send {@code application/json}. A {@code @GET} never
 *       changes anything (its name starts with none of create, update, delete, remove, set, add, record, link,
 *       unlink, close, save, move, import, refresh).</li>
 *   <li>Every resource method declares what it produces ({@code @Produces}, on the method or the class).</li>
 *   <li>Path, query and header parameters are {@code String}s parsed with {@link dev.waypoint.jira.rest.Params}
 *       (JAX-RS itself would answer 404 without a field for {@code @QueryParam long}); a JSON body is a record with
 *       boxed components ({@code Double}, not {@code double}: a missing value must read as {@code null}, not 0),
 *       checked with {@link dev.waypoint.jira.rest.Params} ({@code body(...)}: an empty body or the JSON
 *       {@code null} arrives as {@code null}).</li>
 *   <li>No sub-resource locators: every endpoint is a method with an HTTP method annotation, so the permission matrix
 *       and the OpenAPI test can find it.</li>
 *   <li>A resource is a plain class with one public constructor taking its collaborators ({@code @Inject} for Jira's
 *       wiring; the preview and the tests call it directly); it holds no request state.</li>
 *   <li>Its Javadoc lists the status codes of each method (A2).</li>
 *   <li>Every endpoint is in {@code src/main/resources/openapi/waypoint-openapi.json} ({@code OpenApiContractTest}
 *       compares both ways), has a row in its feature's permission matrix (a subclass of {@code PermissionMatrixTest};
 *       {@code PermissionMatrixCoverageTest} fails for a resource class no matrix covers) and, if it takes input, a
 *       bad-input corpus ({@code BadInputCorpus}). The frameworks live in the tests' package
 *       {@code dev.waypoint.jira.rest.support}; {@code dev.waypoint.jira.rest.probe} shows each in use.</li>
 * </ol>
 */
package dev.waypoint.jira.rest;
