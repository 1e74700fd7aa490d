/**
 * Security: Spring Security in front of the engine REST API, our API and Camunda's webapps; Camunda's identity
 * store as the one source of users, role groups, townships (groups) and districts (tenants); the role
 * authorizations; and the guard against expressions smuggled into queries. Every engine call made for a
 * request runs as the caller, so Camunda authorization and tenant checks apply everywhere.
 */
package org.fupinflow.security;
