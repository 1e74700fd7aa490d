/** Demo data for the {@code demo} profile only: Harbin's districts, townships and one official per role. */
package org.fupinflow.demo;
