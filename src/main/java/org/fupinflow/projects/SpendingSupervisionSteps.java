package org.fupinflow.projects;

import org.fupinflow.security.ActingOfficial;
import static org.fupinflow.projects.SpendingSupervisionProcess.Variables.CATCH_UP_BY;
import static org.fupinflow.projects.SpendingSupervisionProcess.Variables.SUPERVISION_OPINION;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.Incident;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code spending-checkpoint-schedule.bpmn} and {@code spending-supervision.bpmn}, called from their
 * expressions ({@code ${spendingSupervision.raise(execution)}} …). District, project, checkpoint and amounts come from
 * the case's row by business key and tenant, both set by the application at start. Public, as the expression language
 * calls only public classes' methods.
 */
@Component("spendingSupervision")
public class SpendingSupervisionSteps {

  private final SpendingSupervisions supervisions;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  SpendingSupervisionSteps(SpendingSupervisions supervisions, RuntimeService runtimeService,
      IdentityService identityService) {
    this.supervisions = supervisions;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /**
   * 检查各项目支出进度: the checkpoint is the latest one before today in China (engine clock), whatever zone the cron
   * timer fired in and however late the run; every project behind plan then without a case gets one.
   */
  public void detect(DelegateExecution execution) {
    var checkpoint = SpendingSupervisions.checkpointBefore(ChinaTime.today());
    // System work: the timer fires in the job executor, or an administrator executes the job through REST.
    int started = Context.getCommandContext().runWithoutAuthorization(() -> supervisions.detect(checkpoint));
    execution.setVariable(SpendingSupervisionScheduleProcess.Variables.CHECKPOINT_DATE, checkpoint.toString());
    execution.setVariable(SpendingSupervisionScheduleProcess.Variables.CASES_STARTED, started);
  }

  /** 登记支出进度落后: the {@code spendingBehindPlan} incident on the district's case, which Cockpit lists. */
  public void raise(DelegateExecution execution) {
    var row = row(execution);
    execution.createIncident(SpendingSupervisionProcess.INCIDENT_TYPE, row.businessKey(),
        supervisions.incidentMessage(row));
  }

  /** The day the city's 3 working days count from: the day after the checkpoint. */
  public LocalDate detectedOn(DelegateExecution execution) {
    return SpendingSupervisionProcess.detectedOn(row(execution).checkpointDate());
  }

  /**
   * 下达督办意见 ({@code complete}): the opinion and catch-up date are checked on the server and recorded
   * ({@link SpendingSupervisions#issue}); a refusal is a 400 naming the field, and the task stays open.
   */
  public void issued(DelegateTask task) {
    var execution = task.getExecution();
    supervisions.issue(execution.getProcessBusinessKey(), execution.getTenantId(), task.getVariable(SUPERVISION_OPINION),
        task.getVariable(CATCH_UP_BY), ActingOfficial.userId(identityService));
  }

  /** 解除支出进度落后: the project caught up; its incidents are resolved and the row records when. */
  public void caughtUp(DelegateExecution execution) {
    var row = row(execution);
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (Incident incident : runtimeService.createIncidentQuery()
          .processInstanceId(execution.getProcessInstanceId())
          .incidentType(SpendingSupervisionProcess.INCIDENT_TYPE).list()) {
        runtimeService.resolveIncident(incident.getId());
      }
      return null;
    });
    supervisions.recordCaughtUp(row);
  }

  private SpendingSupervisions.Row row(DelegateExecution execution) {
    return supervisions.require(execution.getProcessBusinessKey(), execution.getTenantId());
  }
}
