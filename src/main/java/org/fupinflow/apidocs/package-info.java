/**
 * The OpenAPI description of Fupin Flow's own API ({@code /api/**}): springdoc serves the document at
 * {@code /api/openapi.json} and its UI at {@code /api/docs}, both behind the {@code /api} login (the webapps'
 * session or HTTP Basic). Each operation is tagged with its capability (the package of its controller) and
 * answers its refusals (400, 401, 403, 404, 409) with the one error schema {@code ApiError}. The engine REST API
 * has its own description (Camunda's {@code openapi.json}); the public boards are not part of this one.
 */
package org.fupinflow.apidocs;
