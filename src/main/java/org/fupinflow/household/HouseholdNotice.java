package org.fupinflow.household;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the village notice of a household case says, for the call activity's inputs
 * ({@code ${householdNotice.person(execution.processBusinessKey)}}): the village, the head's family name with the
 * given name masked (张**), the category and the risks. Each is read from the household tables by case number,
 * never from a process variable an official could overwrite; nothing else about the household leaves its tables.
 */
@Component("householdNotice")
public class HouseholdNotice {

  static final String TITLE = "防止返贫致贫监测对象认定公示";

  private final Households households;

  HouseholdNotice(Households households) {
    this.households = households;
  }

  public String title() {
    return TITLE;
  }

  public String village(String caseNumber) {
    return households.ofCase(caseNumber).village();
  }

  public String person(String caseNumber) {
    return mask(households.ofCase(caseNumber).headName());
  }

  public String category(String caseNumber) {
    var record = households.caseRecord(caseNumber).orElseThrow();
    return record.category().label() + "，拟认定为" + record.category().statusRecognized().label();
  }

  public String reason(String caseNumber) {
    return households.caseRecord(caseNumber).orElseThrow().risks().stream().map(RiskReason::label)
        .collect(Collectors.joining("、"));
  }

  /** 张三丰 → 张**: the family name stays; the given name, whatever its length, becomes ** (its length is not told). */
  static String mask(String name) {
    var trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      return "*";
    }
    int first = trimmed.offsetByCodePoints(0, 1);
    return trimmed.substring(0, first) + "**";
  }
}
