package org.fupinflow.evaluation;

import java.util.Map;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.security.DistrictCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts the districts' performance evaluations of a year: one per district, each in its district's tenant, none twice
 * ({@link DistrictCases}).
 */
@Service
class PerformanceEvaluationStarts {

  private static final Logger log = LoggerFactory.getLogger(PerformanceEvaluationStarts.class);

  /** A run of the yearly schedule: the year it started and how many districts got a new case. */
  record Started(int year, int casesStarted) {
  }

  private final DistrictCases districtCases;

  PerformanceEvaluationStarts(DistrictCases districtCases) {
    this.districtCases = districtCases;
  }

  /**
   * 通知各区县报送绩效评价材料: the year is today's in China time (engine clock), whatever zone the cron timer fired in;
   * every district without that year's case gets one.
   */
  Started startForThisYear() {
    int year = ChinaTime.today().getYear();
    int started = districtCases.startInEveryDistrict(PerformanceEvaluationProcess.KEY,
        district -> PerformanceEvaluationProcess.businessKey(district, year),
        Map.of(PerformanceEvaluationProcess.Variables.EVALUATION_YEAR, String.valueOf(year)));
    log.info("Year {}: started {} district performance evaluations", year, started);
    return new Started(year, started);
  }
}
