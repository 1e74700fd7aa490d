package org.fupinflow.projects;

import java.util.List;
import java.util.Optional;

/** 负面清单 (001, 关于加强2020年度财政专项扶贫资金使用管理的意见): what special poverty funds may never pay for. */
final class NegativeList {

  static final String RULE = "负面清单：工作经费、宣传费以及交通通讯费等不得列入专项扶贫资金支出（001）";
  /** 交通费 and 通讯费 alone are the same expense as 交通通讯费, written apart. */
  static final List<String> TERMS = List.of("工作经费", "宣传费", "交通通讯费", "交通费", "通讯费");

  private NegativeList() {
  }

  static Optional<String> termIn(String use) {
    if (use == null) {
      return Optional.empty();
    }
    var compact = use.replaceAll("\\s+", "");
    return TERMS.stream().filter(compact::contains).findFirst();
  }

  static String chinese(String use, String term) {
    return "用途「" + use + "」属于负面清单（" + term + "）。" + RULE;
  }

  static String english(String use, String term) {
    return "the use \"" + use + "\" is on the negative list (" + term + "): working expenses, publicity and "
        + "transport and communication expenses may not be paid from special poverty funds (001)";
  }
}
