package org.fupinflow.escalation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

  @Operation(operationId = "getSupervisionBoard",
      summary = "督办看板 / The supervision board",
      description = "督查、市扶贫办、市财政局、系统管理员看全部区县；区县扶贫办和区县财政局看本区县（其他区县 403）"
      + "；乡镇干部 403。区县 × 步骤 × 级别的未关闭督办数和最长超期工作日（含各案件）、一个工作日内到期的步骤（最多200个"
      + "）、以及按 ISO 周（北京时间）的新开和关闭督办数。超期工作日按国务院节假日安排，从期限次日数到今天（引擎时钟）"
      + "。 / Supervisors, the city poverty office, city finance and administrators see every district; district "
      + "poverty offices and district finance their districts (another district is 403); township officers 403. Open "
      + "escalations per district, step and level with the oldest lateness in working days (with their cases), the "
      + "steps due within one working day (at most 200), and escalations opened and closed per ISO week (China time). "
      + "Lateness counts working days (the State Council's holiday arrangement) after the deadline's day up to today "
      + "(engine clock).")
  @GetMapping("/api/escalations/board")
  @PreAuthorize("hasAnyRole('supervisors', 'district-poverty-office', 'district-finance', 'city-poverty-office', "
      + "'city-finance', 'camunda-admin')")
  SupervisionBoard.Board board(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = "区县代码；未知区县 400 / District code; unknown is 400", example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = "趋势周数，1–52，默认12 / Weeks of trend, 1–52, default 12", example = "8")
      @RequestParam(required = false) Integer weeks) {
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
