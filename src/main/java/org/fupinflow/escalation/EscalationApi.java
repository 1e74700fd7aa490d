package org.fupinflow.escalation;

import java.time.LocalDate;
import java.util.List;
import org.fupinflow.security.FupinPrincipal;
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
 * (yyyy-MM-dd, China time). A district official sees their districts only; administrators see all.
 */
@RestController
class EscalationApi {

  private final EscalationRecords records;

  EscalationApi(EscalationRecords records) {
    this.records = records;
  }

  @GetMapping("/api/escalations")
  @PreAuthorize("hasAnyRole('supervisors', 'district-poverty-office', 'district-finance', 'city-poverty-office', "
      + "'city-finance', 'camunda-admin')")
  List<EscalationRecord> escalations(@AuthenticationPrincipal FupinPrincipal official,
      @RequestParam(required = false) String district, @RequestParam(required = false) String step,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    var districts = official.isMemberOf(Roles.ADMINS) ? null : official.tenantIds();
    return records.find(districts, district, step, open, from, to);
  }
}
