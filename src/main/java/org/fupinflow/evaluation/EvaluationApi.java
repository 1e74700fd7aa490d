package org.fupinflow.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import static org.fupinflow.errors.InvalidRequestException.invalidField;

import java.math.BigDecimal;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.documents.Downloads;
import org.fupinflow.validation.InputHygiene;
import org.fupinflow.documents.Signatories;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/evaluation?year=&district=} (and {@code /api/evaluation.xlsx}, the same as Excel): the computed part of the province's evaluation (002), read by the same
 * officials as the project library: a district's own officials, the city, supervisors and administrators. {@code year}
 * defaults to this year (China time, engine clock); {@code district} to the official's one district.
 * {@code PUT /api/evaluation/{district}/{year}/evidence/{item}}: the city poverty office (and administrators) enter an
 * evidence-scored item's points and the reference of its document; entering it again replaces it.
 */
@RestController
class EvaluationApi {

  /** Parameters described once for the API reference (Chinese / English). */
  private static final String DISTRICT_OR_OWN = "区县代码，默认调用者唯一的区县；其他区县 403，未知区县 400 / District code, default "
      + "the caller's one district; another district is 403, an unknown one 400";
  private static final String EVALUATION_YEAR = "评价年度，默认今年（北京时间，引擎时钟）；格式错误或未来年度 400 / Year evaluated, "
      + "default this year (China time, engine clock); malformed or future is 400";

  static final String PATH = "/api/evaluation";
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final String READERS = "hasAnyRole('district-poverty-office', 'district-finance', "
      + "'city-poverty-office', 'city-finance', 'supervisors', 'camunda-admin')";

  static final String EVIDENCE_PATH = PATH + "/{district}/{year}/evidence/{item}";
  private static final String EVIDENCE_ENTERERS = "hasAnyRole('city-poverty-office', 'camunda-admin')";
  private static final int REFERENCE_LENGTH = 500;

  private final ProvinceEvaluation evaluation;
  private final EvaluationEvidence evidence;
  private final Districts districts;
  private final Signatories signatories;

  EvaluationApi(ProvinceEvaluation evaluation, EvaluationEvidence evidence, Districts districts,
      Signatories signatories) {
    this.signatories = signatories;
    this.evaluation = evaluation;
    this.evidence = evidence;
    this.districts = districts;
  }

  /** The points of an evidence-scored item and the reference of the document they rest on. */
  record Evidence(
      @Schema(description = "得分，在该项范围内，最多两位小数 / Points within the item's range, at most "
          + "two decimals", example = "8.5") BigDecimal points,
      @Schema(description = "佐证文件文号，必填，最多500字 / The evidence's document reference, required, "
          + "at most 500 characters", example = "哈扶贫办〔2020〕12号") String reference) {
  }

  @Operation(operationId = "enterEvidence",
      summary = "录入佐证评分项 / Enter the points of an evidence-scored item",
      description = "仅市扶贫办和系统管理员，其他人 403。item 为 1a（3分）、1b（2分）、5（10分）、7（16分，仅国家级贫困"
      + "县）、8（15分）、9（15分）、10（0至+3）、11（−10至0）；第2、3、4、6项由系统计算（400）。points 在该项范围内，"
      + "最多两位小数；reference 为佐证文件文号，必填，最多500字。再次录入即替换，记录录入人和时间；答复为评价报告。"
      + " / The city poverty office and administrators only, others 403. item 1a (3 points), 1b (2), 5 (10), 7 (16, "
      + "national poverty counties only), 8 (15), 9 (15), 10 (0 to +3), 11 (−10 to 0); items 2, 3, 4 and 6 are computed"
      + " (400). points within the item's range, at most two decimals; reference, the evidence's document number, "
      + "required, at most 500 characters. Entering again replaces it, recording who and when; the answer is the "
      + "report.")
  @PutMapping(EVIDENCE_PATH)
  @PreAuthorize(EVIDENCE_ENTERERS)
  EvaluationReport enter(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = "区县代码 / District code", example = "yilan")
      @PathVariable String district,
      @Parameter(description = "评价年度 / Year evaluated", example = "2020")
      @PathVariable String year,
      @Parameter(description = "评分项：1a、1b、5、7、8、9、10、11 / Item: 1a, 1b, 5, 7, 8, 9, 10, 11", example = "5")
      @PathVariable String item, @RequestBody(required = false) Evidence body) {
    var wanted = district.strip();
    var name = districts.nameOfRequested(wanted);
    int evaluated = year(year);
    var scored = EvidenceItems.byCode(item.strip()).orElseThrow(() -> invalidField("item", "评价指标",
        "未知：" + item + "（可录入 1a、1b、5、7、8、9、10、11；第2、3、4、6项由系统计算）",
        "unknown: " + item + " (items entered from evidence: 1a, 1b, 5, 7, 8, 9, 10, 11; items 2, 3, 4 and 6 are computed)"));
    if (scored.code().equals(EvidenceItems.INTEGRATION) && !evidence.nationalPovertyCounty(wanted)) {
      throw invalidField("item", "评价指标", "第7项资金统筹整合使用成效仅适用于国家级贫困县，" + name + "不是",
          "item 7 (integrated use of agricultural funds) applies to national poverty counties only, not to " + wanted);
    }
    var points = body == null ? null : body.points();
    if (points == null) {
      throw invalidField("points", "得分", "必填", "required");
    }
    if (points.compareTo(scored.minimum()) < 0 || points.compareTo(scored.maximum()) > 0) {
      throw invalidField("points", "得分", "第" + scored.code() + "项应在 " + scored.minimum() + " 至 " + scored.maximum()
          + " 之间：" + points.toPlainString(), "item " + scored.code() + " must lie between " + scored.minimum()
          + " and " + scored.maximum() + ": " + points.toPlainString());
    }
    if (points.stripTrailingZeros().scale() > 2) {
      throw invalidField("points", "得分", "最多两位小数：" + points.toPlainString(),
          "at most 2 decimals: " + points.toPlainString());
    }
    var reference = body.reference() == null ? "" : body.reference().strip();
    if (reference.isEmpty()) {
      throw invalidField("reference", "佐证文件", "必填（如 哈扶贫办〔2020〕12号）", "required (the evidence's document"
          + " reference, e.g. 哈扶贫办〔2020〕12号)");
    }
    InputHygiene.refuse("reference", InputHygiene.ofText(reference));
    if (reference.length() > REFERENCE_LENGTH) {
      throw invalidField("reference", "佐证文件", "最多 " + REFERENCE_LENGTH + " 字", "at most " + REFERENCE_LENGTH
          + " characters");
    }
    evidence.enter(wanted, evaluated, scored.code(), points.setScale(2), reference, official.userId(),
        ChinaTime.now());
    return evaluation.of(wanted, name, evaluated);
  }

  @Operation(operationId = "getEvaluation",
      summary = "绩效评价（黑财农〔2017〕185号） / The province's performance evaluation (seed 002)",
      description = "区县扶贫办、区县财政局（本区县），市扶贫办、市财政局、督查、系统管理员。由资金台账计算的指标（第2、"
      + "3、4、6项，共39分）各带得分、依据的通知或资金线、日期和公式；录入的佐证项（entered）和未录入项（notComputed）"
      + "；rawTotal、scale（国家级贫困县100分，其他县84分折算为百分制）、total 和 grade（优秀 ≥ 90、良好 80–<90、"
      + "及格 60–<80、不及格 < 60；有适用项未录入时为 null）；以及绩效评价案件的 materials 和 published。无数据的计算项"
      + " points 为 null。 / The district poverty office and district finance (their district), the city poverty "
      + "office, city finance, supervisors, administrators. The indicators computed from the fund ledger (items 2, "
      + "3, 4 and 6, 39 points) each with points, the notices or fund lines it came from, dates and formula; the "
      + "evidence items entered and those not yet (notComputed); rawTotal, scale (national poverty counties on 100, "
      + "any other county on 84, converted to 100), total and grade (优秀 ≥ 90, 良好 80–<90, 及格 60–<80, 不及格 "
      + "< 60; null while an applicable item is not entered); materials and published of the performance-evaluation "
      + "case. A computed item without data has points null.")
  @GetMapping(PATH)
  @PreAuthorize(READERS)
  EvaluationReport evaluation(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = DISTRICT_OR_OWN, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = EVALUATION_YEAR, example = "2020")
      @RequestParam(required = false) String year) {
    return readable(official, district, year);
  }

  /** The same report as an Excel workbook, for the same readers: 绩效评价-道里区-2020.xlsx. */
  @Operation(operationId = "downloadEvaluation",
      summary = "绩效评价 Excel 工作簿 / The evaluation as an Excel workbook",
      description = "区县扶贫办、区县财政局（本区县），市扶贫办、市财政局、督查、系统管理员。工作表 绩效评价 和 计算明细"
      + "，含签章栏。 / The district poverty office and district finance (their district), the city poverty office, "
      + "city finance, supervisors, administrators. Sheets 绩效评价 and 计算明细, with the signature block.")
  @GetMapping(PATH + ".xlsx")
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> workbook(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = DISTRICT_OR_OWN, example = "daoli")
      @RequestParam(required = false) String district,
      @Parameter(description = EVALUATION_YEAR, example = "2020")
      @RequestParam(required = false) String year) {
    var report = readable(official, district, year);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(
            "performance-evaluation-" + report.district() + "-" + report.year() + ".xlsx",
            EvaluationWorkbook.title(report) + ".xlsx"))
        .cacheControl(CacheControl.noStore())
        .body(EvaluationWorkbook.write(report, signatories.of(report.districtName(), official.userId())));
  }

  private EvaluationReport readable(FupinPrincipal official, String district, String year) {
    var wanted = Districts.requestedOrOwn(official, district);
    var name = districts.nameOfRequested(wanted);
    if (!official.isMemberOf(Roles.ADMINS) && !official.tenantIds().contains(wanted)) {
      throw ApiRefusal.forbidden("无权查看其他区县的绩效评价：" + wanted + " / The evaluation of district " + wanted
          + " belongs to another district");
    }
    return evaluation.of(wanted, name, year(year));
  }

  /** A year from the founding of the People's Republic to this year: a later year has nothing to evaluate. */
  private static int year(String year) {
    var latest = ChinaTime.today().getYear();
    if (year == null || year.isBlank()) {
      return latest;
    }
    int value;
    try {
      value = Integer.parseInt(year.strip());
    } catch (NumberFormatException e) {
      throw invalidField("year", "年度", "应为四位年份：" + year, "expected a year such as 2020: " + year);
    }
    return InputHygiene.year(value, latest);
  }
}
