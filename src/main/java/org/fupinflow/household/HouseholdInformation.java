package org.fupinflow.household;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.money.Yuan;

/**
 * The information collection form (即时帮扶人口信息采集表, Annex 1 of 威扶贫组发〔2020〕4号) as submitted: the
 * {@code household} object (contact, incomes, hardship) and the {@code members} list, as Json variables from
 * Tasklist or as JSON text from an integrator. Validated whatever the client checked; every message names the
 * field, and none repeats an ID number.
 */
record HouseholdInformation(String naturalVillage, String phone, String hardship, Map<Income, Long> incomesInFen,
                            List<HouseholdMember> members) {

  static final int MAX_MEMBERS = 30;
  static final int MAX_HARDSHIP = 2000;
  /** Nobody's yearly income item reaches 100 million yuan; a larger figure is a typing error. */
  private static final BigDecimal MAX_INCOME = new BigDecimal("99999999.99");
  private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
  private static final Pattern DISABILITY_SUFFIX = Pattern.compile("[1-7][1-4]");
  private static final Set<String> SEXES = Set.of("男", "女");
  private static final Set<String> DOCUMENT_TYPES = Set.of(HouseholdMember.RESIDENT_ID, HouseholdMember.DISABILITY_CERTIFICATE);
  private static final Set<String> RELATIONS =
      Set.of("户主", "配偶", "之子", "之女", "之儿媳", "之女婿", "之孙子", "之孙女", "之父", "之母", "其他");

  /** Incomes and expenses A28–A32 in yuan; the key is the form's field in {@code household.incomes}. */
  enum Income {
    WAGES("wages", "A28 工资性收入", "income_wages"),
    TRANSFER("transfer", "A29 转移性收入", "income_transfer"),
    FAMILY_PLANNING("familyPlanning", "A29a 计划生育金", "income_family_planning"),
    MINIMUM_LIVING("minimumLiving", "A29b 低保金", "income_minimum_living"),
    EXTREME_POVERTY("extremePoverty", "A29c 特困供养金", "income_extreme_poverty"),
    PENSION("pension", "A29d 养老保险金", "income_pension"),
    ECOLOGICAL("ecological", "A29e 生态补偿金", "income_ecological"),
    OTHER_TRANSFER("otherTransfer", "A29f 其他转移性收入", "income_other_transfer"),
    BUSINESS("business", "A30 生产经营性收入", "income_business"),
    PROPERTY("property", "A31 财产性收入", "income_property"),
    ASSET_DIVIDEND("assetDividend", "A31a 资产收益扶贫分红收入", "income_asset_dividend"),
    OTHER_PROPERTY("otherProperty", "A31b 其他财产性收入", "income_other_property"),
    BUSINESS_EXPENSES("businessExpenses", "A32 生产经营性支出", "business_expenses");

    final String key;
    final String label;
    /** Column of {@code household_case}, in fen. */
    final String column;

    Income(String key, String label, String column) {
      this.key = key;
      this.label = label;
      this.column = column;
    }
  }

  HouseholdMember head() {
    return members.stream().filter(HouseholdMember::isHead).findFirst().orElseThrow();
  }

  static HouseholdInformation from(Object household, Object members, LocalDate today, ObjectMapper mapper) {
    var contact = json(mapper, household, HouseholdIdentificationProcess.Variables.HOUSEHOLD, "家庭信息");
    if (!contact.isObject()) {
      throw new InvalidSubmission("household", "家庭信息应为对象", "must be a JSON object");
    }
    var naturalVillage = optionalText(contact, "naturalVillage", "household.naturalVillage", "自然村", 50);
    var phone = optionalText(contact, "phone", "household.phone", "联系电话", 20);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new InvalidSubmission("household.phone", "联系电话应为11位手机号或带区号的固定电话", "a mobile (11 digits) or landline number");
    }
    var hardship = optionalText(contact, "hardship", "household.hardship", "家庭具体困难或问题概述", MAX_HARDSHIP);
    if (hardship == null) {
      throw new InvalidSubmission("household.hardship", "家庭具体困难或问题概述必填", "a description of the hardship is required");
    }
    var incomes = new LinkedHashMap<Income, Long>();
    var incomeNode = contact.path("incomes");
    if (!incomeNode.isMissingNode() && !incomeNode.isNull() && !incomeNode.isObject()) {
      throw new InvalidSubmission("household.incomes", "收入情况应为对象", "must be a JSON object");
    }
    for (Income income : Income.values()) {
      var value = incomeNode.get(income.key);
      var field = "household.incomes." + income.key;
      var fen = incomeFen(value == null || value.isNull() ? null : value.isNumber() ? value.decimalValue() : value.asText(),
          field, income.label);
      if (fen != null) {
        incomes.put(income, fen);
      }
    }
    return new HouseholdInformation(naturalVillage, phone, hardship, incomes, members(mapper, members, today));
  }

  /**
   * The members as submitted: the {@code members} array (REST), or else the form's filled slots {@code member1} …
   * {@code member10} in order, a slot counting as filled when it has a name or an ID number.
   */
  static Object submittedMembers(java.util.function.Function<String, Object> variable, ObjectMapper mapper) {
    var members = variable.apply(HouseholdIdentificationProcess.Variables.MEMBERS);
    if (members != null) {
      return members;
    }
    var list = mapper.createArrayNode();
    for (int slot = 1; slot <= HouseholdIdentificationProcess.Variables.MEMBER_SLOTS; slot++) {
      var value = variable.apply(HouseholdIdentificationProcess.Variables.memberSlot(slot));
      if (value == null) {
        continue;
      }
      var member = json(mapper, value, HouseholdIdentificationProcess.Variables.memberSlot(slot), "第" + slot + "位成员");
      if (member.isObject() && (!member.path("name").asText("").isBlank() || !member.path("idNumber").asText("").isBlank())) {
        list.add(member);
      }
    }
    return list.isEmpty() ? null : list;
  }

  private static List<HouseholdMember> members(ObjectMapper mapper, Object value, LocalDate today) {
    var list = json(mapper, value, HouseholdIdentificationProcess.Variables.MEMBERS, "家庭成员");
    if (!list.isArray() || list.isEmpty()) {
      throw new InvalidSubmission("members", "请填写家庭成员", "at least one member is required");
    }
    if (list.size() > MAX_MEMBERS) {
      throw new InvalidSubmission("members", "家庭成员不能超过30人", "at most 30 members");
    }
    var members = new ArrayList<HouseholdMember>();
    var ids = new HashSet<String>();
    for (int i = 0; i < list.size(); i++) {
      var node = list.get(i);
      int number = i + 1;
      var prefix = "members[" + number + "].";
      var where = "第" + number + "位成员";
      if (!node.isObject()) {
        throw new InvalidSubmission("members[" + number + "]", where + "格式错误", "must be a JSON object");
      }
      var name = requiredText(node, "name", prefix, where + "A1 姓名", 50);
      var sex = oneOf(node, "sex", prefix, where + "A2 性别", SEXES);
      var documentType = oneOf(node, "documentType", prefix, where + "A3 证件类型", DOCUMENT_TYPES);
      var idNumber = documentNumber(requiredText(node, "idNumber", prefix, where + "A4 证件号码", 20), documentType,
          prefix + "idNumber", where, today);
      if (!ids.add(idNumber.substring(0, 18))) {
        throw new InvalidSubmission(prefix + "idNumber", where + "的身份证号码与其他成员重复", "duplicates another member's number");
      }
      var relation = oneOf(node, "relation", prefix, where + "A5 与户主关系", RELATIONS);
      Integer months = null;
      var monthsNode = node.get("monthsWorked");
      if (monthsNode != null && !monthsNode.isNull() && !monthsNode.asText().isBlank()) {
        if (!monthsNode.isIntegralNumber() && !monthsNode.asText().matches("\\d{1,2}") || monthsNode.asInt() < 0 || monthsNode.asInt() > 12) {
          throw new InvalidSubmission(prefix + "monthsWorked", where + "A13 务工时间应为0至12个月", "months worked must be 0 to 12");
        }
        months = monthsNode.asInt();
      }
      members.add(new HouseholdMember(number, name, sex, documentType, idNumber, relation,
          ethnicity(node, prefix, where),
          optionalText(node, "politicalStatus", prefix + "politicalStatus", where + "A7 政治面貌", 20),
          optionalText(node, "education", prefix + "education", where + "A8 文化程度", 20),
          optionalText(node, "schoolingStatus", prefix + "schoolingStatus", where + "A9 在校状况", 20),
          optionalText(node, "health", prefix + "health", where + "A10 健康状况", 20),
          optionalText(node, "workRegion", prefix + "workRegion", where + "A12 务工区域", 20),
          months));
    }
    long heads = members.stream().filter(HouseholdMember::isHead).count();
    if (heads != 1) {
      throw new InvalidSubmission("members", "家庭成员中须有且只有一位户主（现有" + heads + "位）",
          "exactly one member must be the head of household (found " + heads + ")");
    }
    return List.copyOf(members);
  }

  /** A resident ID (GB 11643-1999), or a disability certificate number: the holder's resident ID and 2 digits. */
  private static String documentNumber(String text, String documentType, String field, String where, LocalDate today) {
    var value = text.trim().toUpperCase(java.util.Locale.ROOT);
    var residentPart = value;
    if (HouseholdMember.DISABILITY_CERTIFICATE.equals(documentType)) {
      if (value.length() != 20 || !DISABILITY_SUFFIX.matcher(value.substring(18)).matches()) {
        throw new InvalidSubmission(field, where + "的残疾人证号应为20位：身份证号码加残疾类别和等级两位数字",
            "a disability certificate number is the resident ID plus two digits (category 1–7, level 1–4)");
      }
      residentPart = value.substring(0, 18);
    }
    ResidentId.submitted(residentPart, today, field, where + "：");
    return value;
  }

  /**
   * Fen of a non-negative income item with at most two decimals, or {@code null} when absent. A number from a form
   * arrives as a double; its shortest decimal form is what the official typed.
   */
  private static Long incomeFen(Object value, String field, String chineseName) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    BigDecimal amount;
    try {
      amount = value instanceof Double number ? BigDecimal.valueOf(number)
          : value instanceof Float number ? new BigDecimal(Float.toString(number))
          : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidSubmission(field, chineseName + "应为金额（元）：" + value, "expected an amount in yuan: " + value);
    }
    if (amount.signum() < 0) {
      throw new InvalidSubmission(field, chineseName + "不能为负数", "must not be negative");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidSubmission(field, chineseName + "最多精确到分（两位小数）", "at most two decimals (fen)");
    }
    if (amount.compareTo(MAX_INCOME) > 0) {
      throw new InvalidSubmission(field, chineseName + "金额过大", "amount too large");
    }
    return Yuan.toFen(amount);
  }

  private static JsonNode json(ObjectMapper mapper, Object value, String field, String chineseName) {
    var node = InvalidSubmission.json(mapper, value, field, chineseName);
    if (node == null) {
      throw new InvalidSubmission(field, chineseName + "必填", "is required");
    }
    return node;
  }


  private static String requiredText(JsonNode node, String key, String prefix, String chineseName, int max) {
    var value = optionalText(node, key, prefix + key, chineseName, max);
    if (value == null) {
      throw new InvalidSubmission(prefix + key, chineseName + "必填", "is required");
    }
    return value;
  }

  private static String optionalText(JsonNode node, String key, String field, String chineseName, int max) {
    var value = node.get(key);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new InvalidSubmission(field, chineseName + "应为文字", "must be text");
    }
    var text = value.asText().trim();
    if (text.length() > max) {
      throw new InvalidSubmission(field, chineseName + "不能超过" + max + "个字", "at most " + max + " characters");
    }
    return text;
  }

  /** A6 民族, when given: one of the 56 ethnic groups by its Chinese name. */
  private static String ethnicity(JsonNode node, String prefix, String where) {
    var ethnicity = optionalText(node, "ethnicity", prefix + "ethnicity", where + "A6 民族", 20);
    if (ethnicity != null && !Ethnicities.isKnown(ethnicity)) {
      throw new InvalidSubmission(prefix + "ethnicity", where + "A6 民族应为56个民族之一（如 汉族、满族、朝鲜族）：" + ethnicity,
          "must be one of the 56 ethnic groups by its Chinese name (e.g. 汉族): " + ethnicity);
    }
    return ethnicity;
  }

  private static String oneOf(JsonNode node, String key, String prefix, String chineseName, Set<String> allowed) {
    var value = requiredText(node, key, prefix, chineseName, 20);
    if (!allowed.contains(value)) {
      throw new InvalidSubmission(prefix + key, chineseName + "应为：" + String.join("、", allowed.stream().sorted().toList()),
          "must be one of " + allowed.stream().sorted().toList());
    }
    return value;
  }
}
