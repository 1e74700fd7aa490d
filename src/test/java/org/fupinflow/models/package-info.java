/**
 * Scoped process tests: each model of {@code processes/} run on a plain in-memory engine (no Spring Boot), its
 * delegates and listeners replaced by the test doubles of {@link org.fupinflow.models.ModelDoubles}. They test
 * the model's paths — gateways, timers, boundary and message events, call activities — not the Java behind them,
 * which the integration tests cover.
 */
package org.fupinflow.models;
