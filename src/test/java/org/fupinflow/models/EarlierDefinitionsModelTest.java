package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.fupinflow.models.ModelDoubles.endOfDay;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.fupinflow.projects.SpendingSupervisionProcess;
import org.fupinflow.relief.ReliefClaimProcess;
import org.fupinflow.security.RetiredBindings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cases started under the models that called their steps as method expressions ({@code ${reliefClaimSteps.…}},
 * {@code ${spendingSupervision.raise(…)}}; {@code src/test/resources/earlier-models/}, the models as they were) move to
 * the latest version ({@link RetiredBindings}) and go on with the step classes; cases of an earlier version without
 * such expressions stay where they are.
 */
class EarlierDefinitionsModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final List<String> RELIEF_CLAIM_STEPS = List.of("${reliefClaimSteps.");
  private static final List<String> SPENDING_SUPERVISION_STEPS = List.of("${spendingSupervision.raise(",
      "${spendingSupervision.issued(", "${spendingSupervision.caughtUp(");

  /** The earlier models' method-expression beans: they record that they ran, which they must not after the move. */
  public static class EarlierSteps {
    private final List<String> calls;

    EarlierSteps(List<String> calls) {
      this.calls = calls;
    }

    public void register(DelegateExecution execution) {
      calls.add("earlier register");
    }

    public void checked(DelegateTask task) {
      calls.add("earlier checked");
    }

    public void closed(DelegateExecution execution) {
      calls.add("earlier closed");
    }

    public void raise(DelegateExecution execution) {
      calls.add("earlier raise");
    }

    public void issued(DelegateTask task) {
      calls.add("earlier issued");
    }

    public void caughtUp(DelegateExecution execution) {
      calls.add("earlier caughtUp");
    }

    public LocalDate detectedOn(DelegateExecution execution) {
      return LocalDate.parse("2026-04-01");
    }
  }

  private RetiredBindings retiredBindings;

  @BeforeEach
  void caseBeans() {
    var earlier = new EarlierSteps(doubles.calls());
    doubles.register("reliefClaimSteps", earlier);
    doubles.register("spendingSupervision", earlier);
    doubles.register("reliefClaim", new ReliefClaimModelTest.ReliefClaim());
    retiredBindings = new RetiredBindings(repositoryService(), runtimeService());
  }

  private void deploy(String resource) {
    extension.manageDeployment(repositoryService().createDeployment().addClasspathResource(resource).deploy());
  }

  private ProcessInstance startReliefClaim() {
    var variables = new HashMap<String, Object>();
    variables.put("eventType", "accident-death");
    variables.put("disabilityLevel", null);
    return runtimeService().startProcessInstanceByKey(ReliefClaimProcess.KEY, "RC-230102-2026-0001", variables);
  }

  private static int versionOf(ProcessInstance instance) {
    var current = runtimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
    return repositoryService().getProcessDefinition(current.getProcessDefinitionId()).getVersion();
  }

  @Test
  void aReliefClaimWaitingForTheDistrictsCheckMovesAndIsCheckedByTheStepClass() {
    deploy("earlier-models/relief-claim-with-method-expressions.bpmn");
    deploy("processes/relief-payout.dmn");
    var instance = startReliefClaim();
    var dueDate = task(instance).getDueDate();
    deploy("processes/relief-claim.bpmn");

    assertThat(retiredBindings.moveToLatest(ReliefClaimProcess.KEY, RELIEF_CLAIM_STEPS)).isEqualTo(1);

    assertThat(versionOf(instance)).isEqualTo(2);
    assertThat(task(instance).getDueDate()).as("the task keeps its deadline").isEqualTo(dueDate)
        .isEqualTo(endOfDay("2026-03-05"));
    assertThat(retiredBindings.moveToLatest(ReliefClaimProcess.KEY, RELIEF_CLAIM_STEPS)).as("done once").isZero();
    complete(task(instance));
    assertThat(instance).isWaitingAt("UserTask_InformApplicant");
    complete(task(instance));
    assertThat(instance).isEnded();
    assertThat(doubles.calls()).containsExactly("earlier register",
        "checkReliefClaimListener UserTask_CheckClaim complete", "closeEscalations UserTask_CheckClaim complete",
        "informApplicantListener UserTask_InformApplicant complete",
        "closeEscalations UserTask_InformApplicant complete", "closeReliefClaim EndEvent_ClaimClosed");
  }

  @Test
  void aSpendingSupervisionWaitingForTheCitysOpinionMovesWithItsTimersAndMessage() {
    deploy("earlier-models/spending-supervision-with-method-expressions.bpmn");
    var instance = runtimeService().startProcessInstanceByKey(SpendingSupervisionProcess.KEY, "SB-230102-P001-2026-03");
    var timers = timerDueDates(instance);
    deploy("processes/spending-supervision.bpmn");

    assertThat(retiredBindings.moveToLatest(SpendingSupervisionProcess.KEY, SPENDING_SUPERVISION_STEPS)).isEqualTo(1);

    assertThat(versionOf(instance)).isEqualTo(2);
    assertThat(timerDueDates(instance)).as("the escalation timers keep their due dates").isEqualTo(timers).hasSize(2);
    complete(task(instance));
    runtimeService().createMessageCorrelation(SpendingSupervisionProcess.MESSAGE_CAUGHT_UP)
        .processInstanceId(instance.getId()).correlate();
    assertThat(instance).isEnded().hasPassed("EndEvent_CaughtUp");
    assertThat(doubles.calls()).containsExactly("earlier raise",
        "issueSupervisionListener UserTask_IssueSupervision complete",
        "closeEscalations UserTask_IssueSupervision complete", "closeBehindPlan ServiceTask_CloseBehindPlan");
  }

  @Test
  void aCaseOfAnEarlierVersionWithoutRetiredExpressionsStays() {
    deploy("processes/relief-payout.dmn");
    deploy("processes/relief-claim.bpmn");
    var instance = startReliefClaim();
    deploy("processes/relief-claim.bpmn");

    assertThat(retiredBindings.moveToLatest(ReliefClaimProcess.KEY, RELIEF_CLAIM_STEPS)).isZero();
    assertThat(versionOf(instance)).isEqualTo(1);
  }

  private static List<String> timerDueDates(ProcessInstance instance) {
    return jobQuery().processInstanceId(instance.getId()).timers().list().stream()
        .map(timer -> timer.getDuedate().toInstant().toString()).sorted().toList();
  }
}
