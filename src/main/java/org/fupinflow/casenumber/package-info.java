/** Case numbers: readable, unique, per kind of case, district and year. */
package org.fupinflow.casenumber;
