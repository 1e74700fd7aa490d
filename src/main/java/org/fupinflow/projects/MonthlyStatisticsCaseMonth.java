package org.fupinflow.projects;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The day a district's confirmation counts from, for the model's due date and timers
 * ({@code ${deadlines.workingDays(monthlyStatisticsCase.issuedOn(execution), 5)}}): from the case's business key and
 * tenant, both set by the application at start, so an overwritten {@code statisticsMonth} moves no deadline. Public,
 * as the expression language calls only public classes' methods.
 */
@Component("monthlyStatisticsCase")
public class MonthlyStatisticsCaseMonth {

  public LocalDate issuedOn(DelegateExecution execution) {
    return MonthlyStatisticsProcess.issuedOn(
        MonthlyStatisticsProcess.month(execution.getProcessBusinessKey(), execution.getTenantId()));
  }
}
