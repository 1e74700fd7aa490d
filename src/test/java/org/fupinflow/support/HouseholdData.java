package org.fupinflow.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Household test data in the words of the collection form: valid resident IDs, members, incomes. */
public final class HouseholdData {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();
  /** Distinct IDs per JVM run, so that every test case is a new household. */
  private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

  private HouseholdData() {
  }

  /** A valid GB 11643-1999 number: Harbin Daoli (230102), the birth date, a sequence and its check character. */
  public static String residentId(LocalDate birth, int sequence) {
    var digits = "230102" + birth.toString().replace("-", "") + "%03d".formatted(sequence % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return digits + CHECK[sum % 11];
  }

  public static String nextHeadIdNumber() {
    int n = SEQUENCE.incrementAndGet();
    return residentId(LocalDate.of(1960, 1, 1).plusDays(n % 9000), n);
  }

  public static Map<String, Object> member(String name, String relation, String idNumber) {
    var member = new LinkedHashMap<String, Object>();
    member.put("name", name);
    member.put("sex", relation.equals("配偶") || relation.equals("之女") ? "女" : "男");
    member.put("documentType", "居民身份证");
    member.put("idNumber", idNumber);
    member.put("relation", relation);
    member.put("ethnicity", "汉族");
    member.put("health", "健康");
    member.put("workRegion", "省内县外");
    member.put("monthsWorked", 6);
    return member;
  }

  /** The head (with the case's head ID), a spouse and a son. */
  public static List<Map<String, Object>> family(String headIdNumber) {
    var members = new ArrayList<Map<String, Object>>();
    members.add(member("王建国", "户主", headIdNumber));
    members.add(member("李秀英", "配偶", residentId(LocalDate.of(1968, 5, 17), SEQUENCE.incrementAndGet())));
    members.add(member("王小明", "之子", residentId(LocalDate.of(2005, 9, 1), SEQUENCE.incrementAndGet())));
    return members;
  }

  /** 信息采集 and 民主评议 of a category B household whose head has {@code headIdNumber}, as the form submits them. */
  public static Map<String, Object> collection(String headIdNumber) {
    var values = new HashMap<String, Object>();
    values.put("collectedOn", "2020-09-29");
    values.put("members", Http.json(family(headIdNumber)));
    values.put("household", Http.json(contact()));
    values.put("riskReason1", "illness");
    values.put("appraisedOn", "2020-09-29");
    values.put("appraisalPassed", true);
    values.put("appraisalNote", "村民代表25人参加，同意纳入");
    return values;
  }

  public static Map<String, Object> contact() {
    var incomes = new LinkedHashMap<String, Object>();
    incomes.put("wages", 3200.5);
    incomes.put("minimumLiving", 1800);
    incomes.put("businessExpenses", 0.1);
    var household = new LinkedHashMap<String, Object>();
    household.put("naturalVillage", "东屯");
    household.put("phone", "13904511234");
    household.put("hardship", "户主今年3月患脑梗住院，医疗支出约4万元，家庭收入大幅减少。");
    household.put("incomes", incomes);
    return household;
  }
}
