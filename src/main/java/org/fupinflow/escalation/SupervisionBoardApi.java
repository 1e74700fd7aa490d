package org.fupinflow.escalation;

import org.fupinflow.errors.InvalidRequestException;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.NotYourDistrict;
import org.fupinflow.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/escalations/board}: 督办看板 for Cockpit's plugin and integrators, with the readers and district
 * rules of {@code /api/escalations}: a district official sees their districts (403 for another's), city roles and
 * supervisors all districts of the city, administrators all. Filters {@code district}; {@code weeks} of trend (1–52,
 * default 12).
 */
@RestController
class SupervisionBoardApi {

  private final SupervisionBoard board;
  private final Districts districts;

  SupervisionBoardApi(SupervisionBoard board, Districts districts) {
    this.board = board;
    this.districts = districts;
  }

  @GetMapping("/api/escalations/board")
  @PreAuthorize("hasAnyRole('supervisors', 'district-poverty-office', 'district-finance', 'city-poverty-office', "
      + "'city-finance', 'camunda-admin')")
  SupervisionBoard.Board board(@AuthenticationPrincipal FupinPrincipal official,
      @RequestParam(required = false) String district, @RequestParam(required = false) Integer weeks) {
    if (district != null && district.isBlank()) {
      district = null;
    }
    NotYourDistrict.check(official, district);
    if (district != null && districts.name(district).isEmpty()) {
      throw Districts.unknown(district);
    }
    if (weeks != null && (weeks < 1 || weeks > SupervisionBoard.MAX_WEEKS)) {
      throw InvalidRequestException.invalidField("weeks", "周数", "应为 1 到 " + SupervisionBoard.MAX_WEEKS + "：" + weeks,
          "must be 1 to " + SupervisionBoard.MAX_WEEKS + ": " + weeks);
    }
    var visible = official.isMemberOf(Roles.ADMINS) ? null : official.tenantIds();
    return board.of(visible, district, weeks == null ? SupervisionBoard.DEFAULT_WEEKS : weeks);
  }
}
