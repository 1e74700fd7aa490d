package org.fupinflow.projects;

import static org.fupinflow.security.ProcessPolicy.bool;
import static org.fupinflow.security.ProcessPolicy.text;

import org.fupinflow.security.ProcessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monthly statistics schedule and the districts' confirmations are started by the application on the 1st of each
 * month, never by hand; the confirmation step takes its checkbox and remark only.
 */
@Configuration
class MonthlyStatisticsPolicy {

  @Bean
  ProcessPolicy monthlyStatisticsSchedulePolicy() {
    return ProcessPolicy.startedByApplication(MonthlyStatisticsScheduleProcess.KEY).cityWide();
  }

  @Bean
  ProcessPolicy monthlyStatisticsProcessPolicy() {
    return ProcessPolicy.startedByApplication(MonthlyStatisticsProcess.KEY)
        .task(MonthlyStatisticsProcess.Elements.TASK_CONFIRM_STATISTICS,
            bool(MonthlyStatisticsProcess.Variables.STATISTICS_CONFIRMED),
            text(MonthlyStatisticsProcess.Variables.CONFIRMATION_REMARK));
  }
}
