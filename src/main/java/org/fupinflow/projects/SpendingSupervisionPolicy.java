package org.fupinflow.projects;

import static org.fupinflow.security.ProcessPolicy.date;
import static org.fupinflow.security.ProcessPolicy.text;

import org.fupinflow.security.ProcessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checkpoint schedule and the spending-supervision cases are started by the application only (the day after each
 * checkpoint); the city's 督办 step takes its opinion and its catch-up date, nothing else.
 */
@Configuration
class SpendingSupervisionPolicy {

  @Bean
  ProcessPolicy spendingCheckpointSchedulePolicy() {
    return ProcessPolicy.startedByApplication(SpendingSupervisionScheduleProcess.KEY).cityWide();
  }

  @Bean
  ProcessPolicy spendingSupervisionProcessPolicy() {
    return ProcessPolicy.startedByApplication(SpendingSupervisionProcess.KEY)
        .task(SpendingSupervisionProcess.Elements.TASK_ISSUE_SUPERVISION,
            text(SpendingSupervisionProcess.Variables.SUPERVISION_OPINION),
            date(SpendingSupervisionProcess.Variables.CATCH_UP_BY));
  }
}
