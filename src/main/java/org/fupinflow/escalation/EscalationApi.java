package org.fupinflow.escalation;

import java.time.LocalDate;
import java.util.List;
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
    var districts = official.isMemberOf(Roles.ADMINS) ? null : official.tenantIds();
    return records.find(districts, district, step, open, from, to);
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
    return timerChanges.find(districts, district, from, to);
  }
}
