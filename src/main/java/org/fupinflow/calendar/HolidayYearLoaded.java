package org.fupinflow.calendar;

/** Published after an administrator loaded a year's holiday arrangement: deadlines touching it may move. */
public record HolidayYearLoaded(int year) {
}
