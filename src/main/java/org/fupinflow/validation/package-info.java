/**
 * What every input must satisfy, whatever door it came through: {@link org.fupinflow.validation.InputHygiene}
 * (no control characters, no resident ID number in free text, plausible business dates) and
 * {@link org.fupinflow.validation.InvalidSubmission}, a task form's or engine REST submission's refusal (400 naming
 * the field). Depends only on {@code errors} and on {@code calendar} for today in China.
 */
package org.fupinflow.validation;
