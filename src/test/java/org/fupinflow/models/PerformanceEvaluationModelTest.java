package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.fupinflow.models.ModelDoubles.endOfDay;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.evaluation.PerformanceEvaluationProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/performance-evaluation.bpmn}: materials, scoring, the published grade, and the two escalation
 * timers of each task (materials due on a fixed day, scoring counted from the materials' arrival).
 */
@Deployment(resources = "processes/performance-evaluation.bpmn")
class PerformanceEvaluationModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  private static final String MATERIALS = "UserTask_SubmitMaterials";
  private static final String SCORE = "UserTask_ScoreEvidence";

  /** {@code performanceEvaluationCase}: materials due Friday 20 March; scoring 10 working days after arrival. */
  public static class PerformanceEvaluationCase {
    public Date materialsDue(DelegateExecution execution) {
      return endOfDay("2026-03-20");
    }

    public Date scoringDue(DelegateExecution execution) {
      return new ModelDoubles.WeekendDeadlines().workingDays(ChinaTime.now(), 10);
    }
  }

  @BeforeEach
  void caseBean() {
    doubles.register("performanceEvaluationCase", new PerformanceEvaluationCase());
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PerformanceEvaluationProcess.KEY, "PE-230102-2025");
  }

  @Test
  void materialsThenScoringPublishTheGrade() {
    var instance = start();
    assertThat(instance).isWaitingAt(MATERIALS);
    assertThat(task(instance)).hasCandidateGroup("district-poverty-office");
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-20"));
    complete(task(instance));

    assertThat(instance).isWaitingAt(SCORE);
    assertThat(task(instance)).hasCandidateGroup("city-poverty-office");
    // 10 working days from Monday 2 March
    assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2026-03-16"));
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("ServiceTask_PublishGrade", "EndEvent_GradePublished");
    assertThat(doubles.calls()).containsExactly(
        "submitEvaluationMaterials " + MATERIALS + " complete", "closeEscalations " + MATERIALS + " complete",
        "scoreEvaluationEvidence " + SCORE + " complete", "closeEscalations " + SCORE + " complete",
        "publishEvaluationGrade ServiceTask_PublishGrade");
  }

  @Test
  void bothTasksEscalateTwiceWhenOverdue() {
    var instance = start();
    var first = timer(instance, "BoundaryEvent_SubmitMaterialsOverdue");
    var second = timer(instance, "BoundaryEvent_SubmitMaterialsStillOverdue");
    assertThat(first.getDuedate()).isEqualTo(endOfDay("2026-03-20"));
    // 3 working days after Friday 20 March
    assertThat(second.getDuedate()).isEqualTo(endOfDay("2026-03-25"));
    fire(first);
    fire(second);
    assertThat(instance).hasPassed("EndEvent_SubmitMaterialsEscalated", "EndEvent_SubmitMaterialsEscalatedAgain")
        .isWaitingAt(MATERIALS);
    complete(task(instance));

    // scoring counts from the late arrival: Thursday 26 March + 10 working days
    var scoring = timer(instance, "BoundaryEvent_ScoreEvidenceOverdue");
    assertThat(scoring.getDuedate()).isEqualTo(endOfDay("2026-04-09"));
    fire(scoring);
    fire(timer(instance, "BoundaryEvent_ScoreEvidenceStillOverdue"));
    assertThat(instance).hasPassed("EndEvent_ScoreEvidenceEscalated", "EndEvent_ScoreEvidenceEscalatedAgain")
        .isWaitingAt(SCORE);
    assertThat(doubles.escalations()).containsExactly(MATERIALS + "/1", MATERIALS + "/2", SCORE + "/1", SCORE + "/2");

    complete(task(instance));
    assertThat(instance).isEnded().hasPassed("EndEvent_GradePublished");
  }
}
