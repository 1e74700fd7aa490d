package org.fupinflow.escalation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import org.fupinflow.validation.InputHygiene;
import org.fupinflow.errors.InvalidRequestException;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.NotYourDistrict;
import org.fupinflow.security.Roles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/escalations}: escalation records for those who oversee, newest first, filtered by
 * {@code district}, {@code step} (task id in the BPMN), {@code open} and escalation date {@code from}/{@code to}
 * (yyyy-MM-dd, China time). A district official sees their districts only (403 for another's); administrators see
 * all.
 */
@RestController
class EscalationApi {

  /** Parameters described once for the API reference (Chinese / English). */
  private static final String DISTRICT = "区县代码 / District code";

  private final EscalationRecords records;
  private final TimerChanges timerChanges;

  /** A user task's id in the models (STYLE.md): {@code UserTask_} and a name in CamelCase. */
  private static final java.util.regex.Pattern STEP_ID = java.util.regex.Pattern.compile("UserTask_[A-Za-z0-9]{1,80}");

  EscalationApi(EscalationRecords records, TimerChanges timerChanges) {
    this.records = records;
    this.timerChanges = timerChanges;
  }

  @Operation(operationId = "listEscalations",
      summary = "超期督办记录 / Escalation records of overdue steps",
      description = "督查、市扶贫办、市财政局、系统管理员看全部区县；区县扶贫办和区县财政局看本区县（其他区县 403）"
      + "；乡镇干部 403。到期时（一级）产生 deadlineOverdue 事件、督办记录和督办待办，2个工作日后仍未办（二级）再次督办"
      + "至督查；步骤完成时关闭，记录完成时间和超期工作日。时间为北京时间（+08:00）。 / Supervisors, the city poverty "
      + "office, city finance and administrators see every district; district poverty offices and district finance "
      + "their districts (another district is 403); township officers 403. At the deadline (level 1) a deadlineOverdue "
      + "incident, a record and a 督办 task; still open 2 working days later (level 2) again, for the supervisors; "
      + "completing the step closes them and records the completion and the working days late. Times in China time "
      + "(+08:00).")
  @GetMapping("/api/escalations")
  @PreAuthorize("hasAnyRole('supervisors', 'district-poverty-office', 'district-finance', 'city-poverty-office', "
      + "'city-finance', 'camunda-admin')")
  List<EscalationRecord> escalations(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = DISTRICT, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = "步骤编号，如 UserTask_VerifyHousehold / Step id such as UserTask_VerifyHousehold", example = "UserTask_VerifyHousehold")
      @RequestParam(required = false) String step,
      @Parameter(description = "true 只列未关闭的，false 只列已关闭的 / true: open records only, false: closed ones "
          + "only")
      @RequestParam(required = false) Boolean open,
      @Parameter(description = "督办日期起 yyyy-MM-dd / Escalated on or after yyyy-MM-dd", example = "2020-10-01")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "督办日期止 yyyy-MM-dd / Escalated on or before yyyy-MM-dd", example = "2020-10-31")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    NotYourDistrict.check(official, district);
    if (step != null && !STEP_ID.matcher(step).matches()) {
      throw new InvalidRequestException("参数 step 应为步骤编号，如 UserTask_VerifyHousehold：" + step
          + " / Parameter step must be a step id such as UserTask_VerifyHousehold: " + step);
    }
    var districts = official.isMemberOf(Roles.ADMINS) ? null : official.tenantIds();
    return records.find(districts, district, step, open, InputHygiene.date("from", from), InputHygiene.date("to", to));
  }

  /**
   * {@code GET /api/escalations/timer-changes}: every change an administrator made to a case's deadline timers (and
   * other jobs), newest first, next to the escalations: who, when, which timer of which step of which case, and the
   * due date before and after. Filters {@code district}, {@code from}/{@code to} (yyyy-MM-dd, China time).
   */
  @Operation(operationId = "listTimerChanges",
      summary = "期限定时器的变更 / Changes to deadline timers",
      description = "督查、市扶贫办、市财政局、系统管理员看全部区县；区县扶贫办和区县财政局看本区县（其他区县 403）"
      + "；乡镇干部 403。只有系统管理员能改定时器；每次变更（Camunda 的用户操作日志：SetDueDate、RecalculateDueDate、"
      + "Execute、SetJobRetries、SuspendJob、ActivateJob、Delete、SetPriority 等）列出操作人、时间、哪个案件哪个步骤的哪"
      + "个定时器，以及到期时间的前后值，最新在前。 / Supervisors, the city poverty office, city finance and administra"
      + "tors see every district; district poverty offices and district finance their districts (another district "
      + "is 403); township officers 403. Only administrators change timers; each change (Camunda's user operation "
      + "log: SetDueDate, RecalculateDueDate, Execute, SetJobRetries, SuspendJob, ActivateJob, Delete, SetPriority, "
      + "…) with who, when, which timer of which step of which case, and the due date before and after, newest first.")
  @GetMapping("/api/escalations/timer-changes")
  @PreAuthorize("hasAnyRole('supervisors', 'district-poverty-office', 'district-finance', 'city-poverty-office', "
      + "'city-finance', 'camunda-admin')")
  List<TimerChanges.TimerChange> timerChanges(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = DISTRICT, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = "变更日期起 yyyy-MM-dd（北京时间） / Changed on or after yyyy-MM-dd (China time)")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "变更日期止 yyyy-MM-dd（北京时间） / Changed on or before yyyy-MM-dd (China time)")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    NotYourDistrict.check(official, district);
    var districts = official.isMemberOf(Roles.ADMINS) ? null : official.tenantIds();
    return timerChanges.find(districts, district, InputHygiene.date("from", from), InputHygiene.date("to", to));
  }
}
