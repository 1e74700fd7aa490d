package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectNegativeListTest {

  @ParameterizedTest
  @ValueSource(strings = {"扶贫工作经费", "脱贫攻坚宣传费", "驻村干部交通通讯费", "下乡交通费", "通讯费补贴", "工作 经费"})
  void usesOnTheNegativeListAreRefusedCiting001(String use) {
    assertThat(ProjectLibrary.isAllowedUse(use)).isFalse();
    assertThatThrownBy(() -> ProjectLibrary.requireAllowedUse(use))
        .isInstanceOf(UseRefused.class)
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("负面清单：工作经费、宣传费以及交通通讯费等不得列入专项扶贫资金支出（001）")
        .hasMessageContaining("The use \"" + use + "\" is on the negative list");
  }

  @ParameterizedTest
  @ValueSource(strings = {"补充防贫保险基金", "购置基础母牛", "贫困户特惠保险保费", "贫困村道路硬化"})
  void otherUsesAreAllowed(String use) {
    assertThat(ProjectLibrary.isAllowedUse(use)).isTrue();
    assertThatCode(() -> ProjectLibrary.requireAllowedUse(use)).doesNotThrowAnyException();
  }
}
