package org.fupinflow.models;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fupinflow.calendar.ChinaTime;

/**
 * The common test doubles of the model tests, installed as beans of {@link ModelEngine}:
 * <ul>
 *   <li>every {@code camunda:delegateExpression="${name}"} of {@code processes/} is a {@link Recorder} that
 *       writes what ran into {@link #calls()} (and, for {@code escalateOverdueStep}, the step and level into
 *       {@link #escalations()});</li>
 *   <li>{@code deadlines}: a calendar with weekends only ({@link WeekendDeadlines}), so that a model test can
 *       tell working days from calendar days and name the exact due date; the legal calendar itself is tested
 *       in {@code calendar/};</li>
 *   <li>{@code escalation}: the second level falls {@value #SECOND_LEVEL_WORKING_DAYS} working days after the
 *       deadline's day.</li>
 * </ul>
 * A test adds the case beans of its model ({@code projectApprovalCase}, {@code fundCase}, …) with
 * {@link #register}.
 */
public final class ModelDoubles {

  static final int SECOND_LEVEL_WORKING_DAYS = 3;
  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

  private final List<String> calls = new ArrayList<>();
  private final List<String> escalations = new ArrayList<>();

  private ModelDoubles() {}

  /** Clears the beans of the previous test and installs the common doubles. */
  static ModelDoubles install() {
    var doubles = new ModelDoubles();
    ModelEngine.BEANS.clear();
    for (var name : delegateExpressionsOfAllModels()) {
      ModelEngine.BEANS.put(name, doubles.new Recorder(name));
    }
    ModelEngine.BEANS.put("deadlines", new WeekendDeadlines());
    ModelEngine.BEANS.put("escalation", new SecondLevel());
    return doubles;
  }

  <T> T register(String name, T bean) {
    ModelEngine.BEANS.put(name, bean);
    return bean;
  }

  /** {@code "<bean> <activity or task id>"} for every delegate and listener that ran, in order. */
  List<String> calls() {
    return calls;
  }

  /** {@code "<overdueStep>/<escalationLevel>"} for every run of {@code escalateOverdueStep}. */
  List<String> escalations() {
    return escalations;
  }

  static Date endOfDay(String day) {
    return ChinaTime.endOfDay(LocalDate.parse(day));
  }

  private static List<String> delegateExpressionsOfAllModels() {
    try (var files = Files.list(Path.of("processes"))) {
      var names = new ArrayList<String>();
      for (var file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        var matcher = DELEGATE_EXPRESSION.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!names.contains(matcher.group(1))) {
            names.add(matcher.group(1));
          }
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A delegate, task listener and execution listener at once that only records that it ran. */
  final class Recorder implements JavaDelegate, TaskListener, ExecutionListener {
    private final String name;

    Recorder(String name) {
      this.name = name;
    }

    @Override
    public void execute(DelegateExecution execution) {
      calls.add(name + " " + execution.getCurrentActivityId());
      if ("escalateOverdueStep".equals(name)) {
        escalations.add(execution.getVariableLocal("overdueStep") + "/" + execution.getVariableLocal("escalationLevel"));
      }
    }

    @Override
    public void notify(DelegateExecution execution) {
      calls.add(name + " " + execution.getCurrentActivityId());
    }

    @Override
    public void notify(DelegateTask task) {
      calls.add(name + " " + task.getTaskDefinitionKey() + " " + task.getEventName());
    }
  }

  /** {@code deadlines}: the same methods as {@code calendar.Deadlines}, Saturdays and Sundays the only days off. */
  public static final class WeekendDeadlines {
    public Date workingDays(Object eventDay, int workingDays) {
      return ChinaTime.endOfDay(addWorkingDays(ChinaTime.toDate(eventDay), workingDays));
    }

    public Date days(Object eventDay, int days) {
      var last = ChinaTime.toDate(eventDay).plusDays(days);
      return ChinaTime.endOfDay(isWeekend(last) ? addWorkingDays(last, 1) : last);
    }

    public Date daysNotExtended(Object eventDay, int days) {
      return ChinaTime.endOfDay(ChinaTime.toDate(eventDay).plusDays(days));
    }

    public Date endOfDay(Object day) {
      return ChinaTime.endOfDay(ChinaTime.toDate(day));
    }
  }

  /** {@code escalation}: the level-2 timer's due date. */
  public static final class SecondLevel {
    public Date secondLevelDue(Date deadline) {
      return ChinaTime.endOfDay(addWorkingDays(ChinaTime.dateOf(deadline), SECOND_LEVEL_WORKING_DAYS));
    }
  }

  static LocalDate addWorkingDays(LocalDate from, int workingDays) {
    var day = from;
    for (int left = workingDays; left > 0; ) {
      day = day.plusDays(1);
      if (!isWeekend(day)) {
        left--;
      }
    }
    return day;
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
