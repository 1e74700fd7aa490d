package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_CONTENT;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_DECISION_REASON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_RAISED_ON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_UPHELD;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code start} of 公示期, also when a dismissed objection sends the notice back into its period: the next
 * objection starts from an empty form and must bring its own content, never the last one's.
 */
@Component("openNoticePeriodListener")
class OpenNoticePeriodListener implements ExecutionListener {

  static final List<String> OBJECTION_VARIABLES =
      List.of(OBJECTION_CONTENT, OBJECTION_RAISED_ON, OBJECTION_UPHELD, OBJECTION_DECISION_REASON);

  @Override
  public void notify(DelegateExecution execution) {
    execution.getProcessInstance().removeVariables(OBJECTION_VARIABLES);
  }
}
