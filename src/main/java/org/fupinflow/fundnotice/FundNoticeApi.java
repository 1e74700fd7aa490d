package org.fupinflow.fundnotice;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupinflow.documents.Downloads;
import org.fupinflow.money.Yuan;
import org.fupinflow.security.Districts;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/fund-notices}: city finance (or an integrating system acting as city finance) registers a notice
 * as JSON or imports its district table (.xlsx/.xls/.csv laid out like Annex 1 of 哈财指（农）〔2020〕590号, template at
 * {@code /api/fund-notices/import-template.xlsx}); everyone
 * concerned reads them, district officials the notices with a share for their districts.
 */
@RestController
class FundNoticeApi {

  @Schema(description = "区县份额，金额以元计，两位小数 / A district's share, in yuan with two decimals")
  record ShareView(String district, BigDecimal amount, BigDecimal matching) {
  }

  @Schema(description = "登记的资金指标；total、matchingTotal 以元计，两位小数 / A registered notice; total and matchingTotal in yuan, two decimals")
  record NoticeView(String id, String documentNumber, LocalDate issuedOn, String level, String levelLabel,
                    String fundLine, String functionCode, String governmentEconomicCode,
                    String departmentEconomicCode, BigDecimal matchingRatio, BigDecimal total, BigDecimal matchingTotal,
                    List<ShareView> shares) {

    static NoticeView of(FundNotice notice) {
      long matching = notice.shares().stream().mapToLong(share -> share.matchingFen() == null ? 0 : share.matchingFen()).sum();
      return new NoticeView(notice.id(), notice.documentNumber(), notice.issuedOn(), notice.level().name(),
          notice.level().label(), notice.fundLine(), notice.functionCode(), notice.governmentEconomicCode(),
          notice.departmentEconomicCode(), notice.matchingRatio() == null ? null : notice.matchingRatio().stripTrailingZeros(),
          Yuan.of(notice.totalFen()), Yuan.of(matching), notice.shares().stream()
          .map(share -> new ShareView(share.district(), Yuan.of(share.amountFen()),
              share.matchingFen() == null ? null : Yuan.of(share.matchingFen()))).toList());
    }
  }

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final FundNotices notices;
  private final Districts districts;

  FundNoticeApi(FundNotices notices, Districts districts) {
    this.notices = notices;
    this.districts = districts;
  }

  /** The workbook to fill for {@code /api/fund-notices/import}: its header row and one example row. */
  @Operation(operationId = "downloadImportTemplate",
      summary = "下载资金指标导入模板 / Download the workbook to fill for the import",
      description = "仅市财政局和系统管理员，其他人 403。扶贫资金指标导入模板.xlsx：标题、单位：元、导入所需的表头和一行"
      + "示例，以及填写说明；原样可导入。 / City finance and administrators only, others 403. 扶贫资金指标导入模板.xlsx"
      + ": title, 单位：元, the header row the import expects, one example row and a sheet of instructions; it imports "
      + "as it is.")
  @GetMapping("/api/fund-notices/import-template.xlsx")
  @PreAuthorize("hasAnyRole('city-finance', 'camunda-admin')")
  ResponseEntity<byte[]> importTemplate() {
    var example = districts.names().values().stream().findFirst().orElse("道里区");
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            Downloads.attachment("fund-notice-import-template.xlsx", ImportTemplate.FILE_NAME))
        .cacheControl(CacheControl.noStore())
        .body(ImportTemplate.write(example));
  }

  @Operation(operationId = "registerFundNotice",
      summary = "登记资金指标（指标下达） / Register a fund notice with its districts' shares",
      description = "仅市财政局和系统管理员，其他人 403。documentNumber 必填，最多100字，只能登记一次（再次登记 400）"
      + "；issuedOn 为 yyyy-MM-dd，不晚于今天，30天分配期限从此日起算；level 为 CENTRAL/中央、PROVINCE/省级、CITY/市级、"
      + "DISTRICT/区级；fundLine 资金名称必填；三个预算科目须在科目表中（GET /api/budget-codes）；unit 为 yuan（元，"
      + "最多两位小数）或 wan（万元，最多四位小数）；matchingRatio 如 1:1、1:0.5 或数字，不需配套时留空。金额按分精确保"
      + "存；shares[]：district（区县代码）、amount（> 0）、可选 matching（须等于比例 × 金额）。每个区县份额启动一个 "
      + "fund-disbursement 案件。 / City finance and administrators only, others 403. documentNumber required, at "
      + "most 100 characters, registered once only (a second time is 400); issuedOn yyyy-MM-dd, not in the future, "
      + "the 30 days of the allocation count from it; level CENTRAL/中央, PROVINCE/省级, CITY/市级 or DISTRICT/区级; "
      + "fundLine required; the three budget codes must be in the code table (GET /api/budget-codes); unit yuan (at "
      + "most 2 decimals) or wan (10,000 yuan, at most 4 decimals); matchingRatio such as 1:1, 1:0.5 or a number, "
      + "empty when no matching is required. Amounts are kept exactly in fen; shares[]: district (code), amount (> "
      + "0), optional matching (must equal ratio × amount); each district's share starts one fund-disbursement case.")
  @PostMapping(path = "/api/fund-notices", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('city-finance', 'camunda-admin')")
  NoticeView register(@AuthenticationPrincipal FupinPrincipal official, @RequestBody FundNotices.Request request) {
    return NoticeView.of(notices.register(request, "api", official.userId()));
  }

  /** The notice's fields as form parameters, the district table as {@code file} (.xlsx, .xls or .csv). */
  @Operation(operationId = "importFundNotice",
      summary = "从区县分配表导入资金指标 / Register a fund notice from its district table (.xlsx, .xls, "
      + ".csv)",
      description = "仅市财政局和系统管理员，其他人 403。通知各字段为表单字段（规则同 JSON 登记），file 为分配表：.xlsx"
      + "、.xls（Excel 97–2003）的第一张表，或 UTF-8/GB18030 的 .csv；最多 2 MB、2000 行。表头 区、县(市) | 市级补助资金"
      + " | 区、县(市) 匹配资金，每行一个区县（中文名），可选的合计行须等于各行之和。任一行有误则整表拒绝并列出所有错误"
      + "行；区县行中的公式单元格被拒绝（请粘贴数值）。 / City finance and administrators only, others 403. The notice'"
      + "s fields as form fields (the rules of the JSON registration), file the table: the first sheet of an .xlsx "
      + "or .xls (Excel 97–2003), or a .csv in UTF-8 or GB18030; at most 2 MB and 2,000 rows. Header row 区、县(市) "
      + "| 市级补助资金 | 区、县(市) 匹配资金, one row per district by its Chinese name, an optional 合计 row that "
      + "must equal the sum. One bad row refuses the whole file, naming every bad row; a formula cell in a district's "
      + "row is refused (paste values).")
  @PostMapping(path = "/api/fund-notices/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('city-finance', 'camunda-admin')")
  NoticeView importTable(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = "分配表文件 / The district table")
      @RequestParam MultipartFile file,
      @Parameter(description = "文号，必填，最多100字，只能登记一次 / Document number, required, at most 100 characters,"
          + " registered once", example = "哈财指（农）〔2020〕590号")
      @RequestParam(required = false) String documentNumber,
      @Parameter(description = "下达日期 yyyy-MM-dd，不晚于今天 / Issue date yyyy-MM-dd, not in the future", example = "2020-12-30")
      @RequestParam(required = false) String issuedOn,
      @Parameter(description = "资金级次：CENTRAL/中央、PROVINCE/省级、CITY/市级、DISTRICT/区级 / Fund level", example = "市级")
      @RequestParam(required = false) String level,
      @Parameter(description = "资金名称，必填 / Fund line, required", example = "农村人口精准防贫机制市级补助资金")
      @RequestParam(required = false) String fundLine,
      @Parameter(description = "功能科目，须在科目表中 / Function code, from the code table", example = "2130599")
      @RequestParam(required = false) String functionCode,
      @Parameter(description = "政府经济科目，须在科目表中 / Government economic code, from the code table", example = "50205")
      @RequestParam(required = false) String governmentEconomicCode,
      @Parameter(description = "部门经济科目，须在科目表中 / Department economic code, from the code table", example = "30227")
      @RequestParam(required = false) String departmentEconomicCode,
      @Parameter(description = "金额单位：yuan（元，默认）或 wan（万元）；表中的 单位 行优先 / Unit: yuan (default) "
          + "or wan (10,000 yuan); the table's 单位 line takes precedence", example = "yuan")
      @RequestParam(required = false) String unit,
      @Parameter(description = "配套比例，如 1:1；不需配套时留空 / Matching ratio such as 1:1; empty when no matching "
          + "is required", example = "1:1")
      @RequestParam(required = false) String matchingRatio) throws IOException {
    var request = new FundNotices.Request(documentNumber, issuedOn, level, fundLine, functionCode, governmentEconomicCode,
        departmentEconomicCode, unit, matchingRatio, null);
    var rows = SpreadsheetRows.read(file.getOriginalFilename(), file.getBytes());
    var shares = ShareTable.parse(rows, notices.districtsByName(), Amounts.Unit.of(unit));
    return NoticeView.of(notices.register(request, shares, "import", official.userId()));
  }

  @Operation(operationId = "listFundNotices",
      summary = "资金指标列表 / The fund notices",
      description = "市财政局、市扶贫办、督查、系统管理员看全部；区县扶贫办和区县财政局只看有本区县份额的通知。金额以元"
      + "计，两位小数。 / City finance, the city poverty office, supervisors and administrators see all; district "
      + "poverty offices and district finance see the notices with a share for their districts. Amounts in yuan, "
      + "two decimals.")
  @GetMapping("/api/fund-notices")
  @PreAuthorize("hasAnyRole('city-finance', 'city-poverty-office', 'district-finance', 'district-poverty-office', "
      + "'supervisors', 'camunda-admin')")
  List<NoticeView> list(@AuthenticationPrincipal FupinPrincipal official) {
    var cityWide = Roles.cityWide().stream().anyMatch(official::isMemberOf);
    return notices.list(cityWide ? null : official.tenantIds()).stream().map(NoticeView::of).toList();
  }
}
