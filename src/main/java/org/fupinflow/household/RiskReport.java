package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.CATEGORY;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.DISTRICT_CODE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REPORTED_ON;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_CODE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VILLAGE_NAME;

import java.time.LocalDate;
import java.util.Map;

/**
 * A household's poverty risk as it reached the township: the start of a household identification case.
 * {@code reportedOn} is the business date every later deadline counts from, not the moment of typing.
 */
record RiskReport(String districtCode, String townshipCode, String villageName, HouseholdCategory category,
                  LocalDate reportedOn) {

  static final int MAX_VILLAGE_NAME = 50;

  /** Validates the start variables; {@code today} is the engine clock's date in China. */
  static RiskReport from(Map<String, Object> variables, LocalDate today) {
    var district = text(variables, DISTRICT_CODE, "区县代码", "district code");
    var township = text(variables, TOWNSHIP_CODE, "乡镇代码", "township code");
    var village = text(variables, VILLAGE_NAME, "村名", "village name").trim();
    if (village.length() > MAX_VILLAGE_NAME) {
      throw new InvalidSubmission(VILLAGE_NAME, "村名不能超过50个字", "at most 50 characters");
    }
    var category = HouseholdCategory.of(variables.get(CATEGORY)).orElseThrow(() ->
        new InvalidSubmission(CATEGORY, "户类型须为 A、B 或 C", "must be A, B or C"));
    var reportedOn = Dates.parse(variables.get(REPORTED_ON), REPORTED_ON, "风险报至乡镇日期");
    if (reportedOn.isAfter(today)) {
      throw new InvalidSubmission(REPORTED_ON, "日期不能晚于今天 " + today, "must not be after today " + today);
    }
    return new RiskReport(district, township, village, category, reportedOn);
  }

  private static String text(Map<String, Object> variables, String name, String chineseName, String englishName) {
    if (!(variables.get(name) instanceof String value) || value.isBlank()) {
      throw new InvalidSubmission(name, chineseName + "必填", englishName + " is required");
    }
    return value;
  }
}
