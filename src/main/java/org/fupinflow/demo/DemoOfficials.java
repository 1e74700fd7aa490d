package org.fupinflow.demo;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.security.CamundaIdentity;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only: the demo's officials working a case's steps as they would in Tasklist — as themselves, so the engine's
 * authorizations, tenant checks and the steps' listeners apply — each on its own day: the engine clock is set to
 * 10:00 in China on that day while the step runs ({@link #on}), as the tests move it, and given back
 * ({@link #backToNow}) when the demo is seeded.
 */
@Component
@Profile("demo")
public class DemoOfficials {

  private final CamundaIdentity identity;
  private final TaskService taskService;

  DemoOfficials(CamundaIdentity identity, TaskService taskService) {
    this.identity = identity;
    this.taskService = taskService;
  }

  /** Completes the case's open task {@code step} as {@code official} with the form's {@code variables}. */
  public void complete(String official, String processInstanceId, String step, Map<String, Object> variables) {
    identity.callAs(identity.principalOf(official), () -> {
      var task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step)
          .singleResult();
      taskService.complete(task.getId(), variables);
      return null;
    });
  }

  /** The engine's now becomes 10:00 in China on {@code day}. */
  public static void on(LocalDate day) {
    ClockUtil.setCurrentTime(ChinaTime.morningOf(day));
  }

  /** The engine's now is the real time again. */
  public static void backToNow() {
    ClockUtil.reset();
  }
}
