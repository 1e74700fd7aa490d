package org.fupinflow.projects;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 一级指标 of a performance goal table with the 二级指标 each allows (004, and 000's Annex 2). */
enum IndicatorLevel {
  OUTPUT("产出指标", List.of(), List.of("数量指标", "质量指标", "时效指标", "成本指标")),
  // 004's tables head this level 效果指标; 000 and the national template say 效益指标.
  BENEFIT("效益指标", List.of("效果指标"), List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")),
  // 000's Annex 2 writes 服务对象满意指标.
  SATISFACTION("满意度指标", List.of(), List.of("服务对象满意度指标", "服务对象满意指标"));

  private final String label;
  private final List<String> aliases;
  private final List<String> categories;

  IndicatorLevel(String label, List<String> aliases, List<String> categories) {
    this.label = label;
    this.aliases = aliases;
    this.categories = categories;
  }

  String label() {
    return label;
  }

  List<String> categories() {
    return categories;
  }

  static Optional<IndicatorLevel> of(String text) {
    return Arrays.stream(values()).filter(level -> level.label.equals(text) || level.aliases.contains(text)).findFirst();
  }

  static String labels() {
    return String.join("、", Arrays.stream(values()).map(IndicatorLevel::label).toList());
  }
}
