package org.fupinflow.fundnotice;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.fupinflow.fundnotice.FundNoticeRegistrationProcess.Variables;
import org.fupinflow.security.Roles;
import org.fupinflow.validation.InvalidSubmission;
import org.junit.jupiter.api.Test;

/**
 * 登记指标并下达各区县 in Tasklist: who {@link FundNotices#registerPasted} lets register and what it asks of the form
 * before it reads the table (registration itself is checked by {@code FundNoticeRegistrationTest}).
 */
class PastedFundNoticeTest {

  /** Refused before the table is read: nothing here reaches the database. */
  private final FundNotices notices = new FundNotices(null, null, null, null);

  @Test
  void onlyCityFinanceAndAdministratorsRegister() {
    for (var groups : List.of(List.<String>of(), List.of(Roles.CITY_POVERTY_OFFICE.groupId()))) {
      assertThatThrownBy(() -> notices.registerPasted(Map.<String, Object>of()::get, new Authentication("zhoujie", groups)))
          .isInstanceOf(AuthorizationException.class)
          .hasMessage("只有市财政局登记资金指标 / Only city finance registers fund notices");
    }
    assertThatThrownBy(() -> notices.registerPasted(Map.<String, Object>of()::get, new Authentication("x", null)))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void cityFinanceAdministratorsAndSystemWorkMustPasteTheTable() {
    for (var authentication : new Authentication[] {new Authentication("zhoujie", List.of(Roles.CITY_FINANCE.groupId())),
        new Authentication("admin", List.of(Roles.ADMINS.groupId())), null}) {
      assertThatThrownBy(() -> notices.registerPasted(Map.<String, Object>of(Variables.SHARE_TABLE, " ")::get,
          authentication))
          .isInstanceOf(InvalidSubmission.class)
          .hasMessage(Variables.SHARE_TABLE + "：请粘贴各区县资金分配表 / " + Variables.SHARE_TABLE + ": paste the district table");
    }
  }
}
