package org.fupinflow.projects;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.security.DistrictCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts the districts' monthly statistics confirmations of a month: one per district, each in its district's tenant,
 * none twice ({@link DistrictCases}).
 */
@Service
class MonthlyStatisticsStarts {

  private static final Logger log = LoggerFactory.getLogger(MonthlyStatisticsStarts.class);

  /** A run of the monthly schedule: the month it started and how many districts got a new case. */
  record Started(YearMonth month, int casesStarted) {
  }

  private final DistrictCases districtCases;

  MonthlyStatisticsStarts(DistrictCases districtCases) {
    this.districtCases = districtCases;
  }

  /**
   * 通知各区县确认月统计: the month is the one before today in China time (engine clock), whatever zone the cron timer
   * fired in; every district without that month's case gets one.
   */
  Started startForLastMonth() {
    var month = monthBefore(ChinaTime.today());
    int started = districtCases.startInEveryDistrict(MonthlyStatisticsProcess.KEY,
        district -> MonthlyStatisticsProcess.businessKey(district, month),
        Map.of(MonthlyStatisticsProcess.Variables.STATISTICS_MONTH, month.toString()));
    log.info("Month {}: started {} district monthly statistics confirmations", month, started);
    return new Started(month, started);
  }

  /** The month the statistics of a run on {@code today} are confirmed for: the one before today's. */
  static YearMonth monthBefore(LocalDate today) {
    return YearMonth.from(today).minusMonths(1);
  }
}
