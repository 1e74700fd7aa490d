package org.fupinflow.projects;

/**
 * The parameters and fields the project APIs share, described once for the API reference (Chinese / English). Every
 * {@code district} that defaults to the caller's own goes through {@link LibraryAccess#readable}: another district 403,
 * an unknown one 400.
 */
final class ApiTexts {

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

  // the goal table (004) as the district enters it and a township applies with it
  static final String DRAFT_DISTRICT = "区县代码（租户） / District code (tenant)";
  static final String DRAFT_CODE = "项目编码：3位数字-4位数字-3个字母-4位字母或数字（004） / Project code: 3 "
      + "digits, 4 digits, 3 letters, 4 letters or digits (seed 004)";
  static final String DRAFT_NAME = "项目名称 / Project name";
  static final String DRAFT_FUND_LINE = "资金名称：只能从该资金线拨付（专款专用） / Fund line: the only line it may "
      + "be paid from (earmarked)";
  static final String DRAFT_PURPOSE = "用途，不得为负面清单（工作经费、宣传费、交通通讯费、交通费、通讯费） / Purpose"
      + ", not on the negative list (工作经费, 宣传费, 交通通讯费, 交通费, 通讯费)";
  static final String DRAFT_BUDGET = "预算，元，大于0，最多两位小数（以分保存） / Budget in yuan, above 0, at "
      + "most two decimals (kept in fen)";
  static final String DRAFT_SPENDING_PLAN = "资金支出计划：至3月、6月、10月、12月底的累计百分比，0–100，非递减，12月为100 "
      + "/ Spending plan: cumulative percent by the end of March, June, October, December, 0–100, non-decreasing, "
      + "December = 100";
  static final String DRAFT_INDICATORS = "绩效目标表，至少一个产出指标和一个效益指标，最多50项 / Performance goals, "
      + "at least one output and one benefit indicator, at most 50";

  private ApiTexts() {
  }
}
