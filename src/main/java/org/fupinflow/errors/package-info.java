/**
 * The application's one error answer ({@link org.fupinflow.errors.ApiError}) and the refusals every capability
 * throws: {@link org.fupinflow.errors.InvalidRequestException} (400 naming the field) and
 * {@link org.fupinflow.errors.ApiRefusal} (403, 404, 409), in Chinese and English. Depends on no other package of
 * the application, so that every package may use it.
 */
package org.fupinflow.errors;
