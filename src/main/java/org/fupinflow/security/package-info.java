/**
 * Security: Spring Security in front of the engine REST API, our API and Camunda's webapps; Camunda's identity
 * store as the one source of users, role groups, townships (groups) and districts (tenants); the role
 * authorizations and each case's township readers; the guard against expressions smuggled into queries; and the
 * engine door, which holds every process's policy (who starts it, what each step accepts, which messages officials
 * send) on every path into the engine and leaves its generic operations to administrators. Every engine call made
 * for a request runs as the caller, so Camunda authorization and tenant checks apply everywhere.
 */
package org.fupinflow.security;
