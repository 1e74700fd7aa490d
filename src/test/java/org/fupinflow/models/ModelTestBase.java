package org.fupinflow.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fupinflow.calendar.ChinaTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every model test shares: Camunda BPM Assert bound to the plain engine ({@link ModelEngine}), fresh
 * {@link ModelDoubles}, and the engine clock at Monday 2 March 2026, 09:00 China time. Each test class registers
 * its own {@code ProcessEngineExtension} (one instance per class: the extension forgets its engine after a class),
 * which deploys the class's {@code @Deployment}, removes it afterwards and resets the clock.
 */
abstract class ModelTestBase {

  /** Monday. */
  static final String TODAY = "2026-03-02";

  ModelDoubles doubles;

  @BeforeEach
  void bindEngineAndDoubles() {
    AbstractAssertions.init(ModelEngine.engine());
    doubles = ModelDoubles.install();
    ClockUtil.setCurrentTime(at(TODAY + "T09:00"));
  }

  @AfterEach
  void unbind() {
    AbstractAssertions.reset();
  }

  static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ChinaTime.ZONE).toInstant());
  }

  /** The timer of a boundary event (or any timer by its activity id) of the instance. */
  static Job timer(ProcessInstance instance, String activityId) {
    return jobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
  }

  /** Moves the engine clock past the timer's due date and fires it, as the job executor would. */
  static void fire(Job timer) {
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    execute(timer);
  }

  static Task taskOf(ProcessInstance instance, String taskDefinitionKey) {
    return BpmnAwareTests.taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }
}
