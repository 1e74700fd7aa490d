package org.fupinflow.evaluation;

import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.config.ApiRefusal;
import org.fupinflow.config.InputHygiene;
import org.fupinflow.config.InvalidRequestException;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/evaluation?year=&district=}: the computed part of the province's evaluation (002), read by the same
 * officials as the project library: a district's own officials, the city, supervisors and administrators. {@code year}
 * defaults to this year (China time, engine clock); {@code district} to the official's one district.
 */
@RestController
class EvaluationApi {

  static final String PATH = "/api/evaluation";
  private static final String READERS = "hasAnyRole('district-poverty-office', 'district-finance', "
      + "'city-poverty-office', 'city-finance', 'supervisors', 'camunda-admin')";

  private final ProvinceEvaluation evaluation;
  private final Districts districts;

  EvaluationApi(ProvinceEvaluation evaluation, Districts districts) {
    this.evaluation = evaluation;
    this.districts = districts;
  }

  @GetMapping(PATH)
  @PreAuthorize(READERS)
  EvaluationReport evaluation(@AuthenticationPrincipal FupinPrincipal official,
      @RequestParam(required = false) String district, @RequestParam(required = false) String year) {
    var wanted = district == null || district.isBlank() ? ownDistrict(official) : district.strip();
    var name = districts.name(wanted)
        .orElseThrow(() -> invalid("district", "区县", "未知：" + wanted, "unknown district: " + wanted));
    if (!official.isMemberOf(Roles.ADMINS) && !official.tenantIds().contains(wanted)) {
      throw ApiRefusal.forbidden("无权查看其他区县的绩效评价：" + wanted + " / The evaluation of district " + wanted
          + " belongs to another district");
    }
    return evaluation.of(wanted, name, year(year));
  }

  private static String ownDistrict(FupinPrincipal official) {
    if (official.isMemberOf(Roles.ADMINS) || official.tenantIds().size() != 1) {
      throw invalid("district", "区县", "必填（如 daoli）", "required (e.g. daoli)");
    }
    return official.tenantIds().get(0);
  }

  /** A year from the founding of the People's Republic to this year: a later year has nothing to evaluate. */
  private static int year(String year) {
    var latest = ChinaTime.today().getYear();
    if (year == null || year.isBlank()) {
      return latest;
    }
    var earliest = InputHygiene.EARLIEST_DATE.getYear();
    int value;
    try {
      value = Integer.parseInt(year.strip());
    } catch (NumberFormatException e) {
      throw invalid("year", "年度", "应为四位年份：" + year, "expected a year such as 2020: " + year);
    }
    if (value < earliest || value > latest) {
      throw invalid("year", "年度", "应在 " + earliest + " 至 " + latest + " 之间：" + value,
          "must lie between " + earliest + " and " + latest + ": " + value);
    }
    return value;
  }

  private static InvalidRequestException invalid(String field, String chineseName, String chinese, String english) {
    return new InvalidRequestException(chineseName + "（" + field + "）" + chinese + " / " + field + ": " + english);
  }
}
