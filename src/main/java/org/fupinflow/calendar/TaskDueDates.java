package org.fupinflow.calendar;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates an open task's {@code camunda:dueDate} expression, as the engine did when it created the task.
 * The public API can re-plan timers ({@code recalculateJobDuedate}) but not task due dates, so this is the one
 * class that uses engine internals (keep it small: Operaton and CIB seven rename these packages).
 */
@Component
class TaskDueDates {

  private final ProcessEngineConfigurationImpl engine;

  TaskDueDates(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  /** Sets the task's due date anew from its definition; false when the task has no due date expression. */
  boolean reevaluate(String taskId) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      var task = context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getExecution() == null || task.getTaskDefinition() == null
          || task.getTaskDefinition().getDueDateExpression() == null) {
        return false;
      }
      var expression = task.getTaskDefinition().getDueDateExpression();
      var value = expression.getValue(task.getExecution());
      Date dueDate;
      if (value == null || value instanceof Date) {
        dueDate = (Date) value;
      } else if (value instanceof String text) {
        // The same business calendar the engine uses for a due date string (ISO date or duration).
        dueDate = Context.getProcessEngineConfiguration().getBusinessCalendarManager()
            .getBusinessCalendar(DueDateBusinessCalendar.NAME).resolveDuedate(text, task);
      } else {
        throw new ProcessEngineException("Due date expression does not resolve to a Date or Date string: "
            + expression.getExpressionText());
      }
      if (!sameInstant(dueDate, task.getDueDate())) {
        task.setDueDate(dueDate);
        // As TaskService.saveTask does: update listeners and the task's history see the new due date.
        task.triggerUpdateEvent();
      }
      return true;
    });
  }

  private static boolean sameInstant(Date a, Date b) {
    return a == null ? b == null : b != null && a.getTime() == b.getTime();
  }
}
