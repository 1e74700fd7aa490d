package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.CATEGORY;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.DISTRICT_CODE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.FAST_TRACK;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HEAD_ID_NUMBER;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.HEAD_NAME;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.MEETING_RECORD_NUMBER;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.REPORTED_ON;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.RISK_REASON_1;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.RISK_REASON_2;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.RISK_REASON_3;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.TOWNSHIP_CODE;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.VILLAGE_NAME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fupinflow.validation.InvalidSubmission;

/**
 * A household's poverty risk as it reached the township: the start of a household identification case.
 * {@code reportedOn} is the business date every later deadline counts from, not the moment of typing.
 */
record RiskReport(String districtCode, String townshipCode, String villageName, HouseholdCategory category,
                  LocalDate reportedOn, String headName, ResidentId headIdNumber, List<RiskReason> risks,
                  boolean fastTrack, String meetingRecordNumber) {

  static final int MAX_VILLAGE_NAME = 50;
  static final int MAX_NAME = 50;
  static final int MAX_MEETING_RECORD = 100;

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
    var reportedOn = InvalidSubmission.date(variables.get(REPORTED_ON), REPORTED_ON, "风险报至乡镇日期");
    if (reportedOn.isAfter(today)) {
      throw new InvalidSubmission(REPORTED_ON, "日期不能晚于今天 " + today, "must not be after today " + today);
    }
    var headName = text(variables, HEAD_NAME, "户主姓名", "name of the head of household").trim();
    if (headName.length() > MAX_NAME) {
      throw new InvalidSubmission(HEAD_NAME, "户主姓名不能超过50个字", "at most 50 characters");
    }
    var headId = ResidentId.submitted(text(variables, HEAD_ID_NUMBER, "户主身份证号码", "resident ID of the head"), today,
        HEAD_ID_NUMBER, "户主");
    var risks = risks(variables::get);
    var fastTrack = Boolean.TRUE.equals(variables.get(FAST_TRACK)) || "true".equals(variables.get(FAST_TRACK));
    String meetingRecord = null;
    if (fastTrack) {
      meetingRecord = text(variables, MEETING_RECORD_NUMBER, "“先帮扶、后认定”须填写镇级会议记录编号",
          "meeting record number (required for the fast track)").trim();
      if (meetingRecord.length() > MAX_MEETING_RECORD) {
        throw new InvalidSubmission(MEETING_RECORD_NUMBER, "会议记录编号不能超过100个字", "at most 100 characters");
      }
    }
    return new RiskReport(district, township, village, category, reportedOn, headName, headId, risks, fastTrack,
        meetingRecord);
  }

  /** A52a (required), A52b and A52c: known reasons, no repeats. */
  static List<RiskReason> risks(Function<String, Object> variable) {
    var risks = new ArrayList<RiskReason>();
    var names = List.of(RISK_REASON_1, RISK_REASON_2, RISK_REASON_3);
    for (int i = 0; i < names.size(); i++) {
      var value = variable.apply(names.get(i));
      if (value == null || value instanceof String text && text.isBlank()) {
        if (i == 0) {
          throw new InvalidSubmission(RISK_REASON_1, "致贫返贫风险1（A52a）必填", "the first risk (A52a) is required");
        }
        continue;
      }
      var field = names.get(i);
      var reason = RiskReason.ofCode(value).orElseThrow(() -> new InvalidSubmission(field,
          "未知的致贫返贫风险：" + value, "unknown risk " + value + ", expected one of " + codes()));
      if (risks.contains(reason)) {
        throw new InvalidSubmission(names.get(i), "致贫返贫风险重复：" + reason.label(), "repeated risk " + reason.code());
      }
      risks.add(reason);
    }
    return List.copyOf(risks);
  }

  private static List<String> codes() {
    return java.util.Arrays.stream(RiskReason.values()).map(RiskReason::code).toList();
  }

  private static String text(Map<String, Object> variables, String name, String chineseName, String englishName) {
    if (!(variables.get(name) instanceof String value) || value.isBlank()) {
      throw new InvalidSubmission(name, chineseName + "必填", englishName + " is required");
    }
    return value;
  }
}
