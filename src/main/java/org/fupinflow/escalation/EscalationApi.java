package org.fupinflow.escalation;

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

  private final EscalationRecords records;
  private final TimerChanges timerChanges;

  /** A user task's id in the models (STYLE.md): {@code UserTask_} and a name in CamelCase. */
  private static final java.util.regex.Pattern STEP_ID = java.util.regex.Pattern.compile("UserTask_[A-Za-z0-9]{1,80}");

  EscalationApi(EscalationRecords records, TimerChanges timerChanges) {
    this.records = records;
    this.timerChanges = timerChanges;
  }

  @GetMapping("/api/escalations")
  @PreAuthorize("hasAnyRole('supervisors', 'district-poverty-office', 'district-finance', 'city-poverty-office', "
      + "'city-finance', 'camunda-admin')")
  List<EscalationRecord> escalations(@AuthenticationPrincipal FupinPrincipal official,
      @RequestParam(required = false) String district, @RequestParam(required = false) String step,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
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
  @GetMapping("/api/escalations/timer-changes")
  @PreAuthorize("hasAnyRole('supervisors', 'district-poverty-office', 'district-finance', 'city-poverty-office', "
      + "'city-finance', 'camunda-admin')")
  List<TimerChanges.TimerChange> timerChanges(@AuthenticationPrincipal FupinPrincipal official,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    NotYourDistrict.check(official, district);
    var districts = official.isMemberOf(Roles.ADMINS) ? null : official.tenantIds();
    return timerChanges.find(districts, district, InputHygiene.date("from", from), InputHygiene.date("to", to));
  }
}
