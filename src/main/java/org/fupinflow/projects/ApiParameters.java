package org.fupinflow.projects;

/**
 * The parameters the project APIs share, described once for the API reference (Chinese / English). Every
 * {@code district} that defaults to the caller's own goes through {@link LibraryAccess#readable}: another district 403,
 * an unknown one 400.
 */
final class ApiParameters {

  static final String DISTRICT_PATH = "区县代码（租户），如 daoli；区县官员只能查看本区县（其他区县 403），未知区县 400 / "
      + "District code (tenant), e.g. daoli; district officials may ask only for their own (403 for another), "
      + "an unknown one is 400";
  static final String PROJECT_CODE = "项目编码，如 230-0102-FPJ-0001（3位数字-4位数字-3个字母-4位字母或数字，004） / Project "
      + "code, e.g. 230-0102-FPJ-0001 (3 digits, 4 digits, 3 letters, 4 letters or digits; seed 004)";
  static final String MONTH = "月份 yyyy-MM，默认上月（北京时间，引擎时钟）；格式错误或未来月份 400 / Month yyyy-MM, "
      + "default the month before today (China time, engine clock); malformed or future is 400";
  static final String DISTRICT_OR_OWN = "区县代码，默认调用者唯一的区县；其他区县 403，未知区县 400 / District code, default "
      + "the caller's one district; another district is 403, an unknown one 400";
  static final String YEAR_OF_AS_OF = "年度，默认 asOf 所在年度 / Year, default the year of asOf";
  static final String AS_OF = "截至日期 yyyy-MM-dd，默认今天（北京时间，引擎时钟） / As of yyyy-MM-dd, default today "
      + "(China time, engine clock)";

  private ApiParameters() {
  }
}
