package org.fupinflow.fundnotice;

import static org.fupinflow.fundnotice.FundNoticeRegistrationProcess.Variables;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.security.Roles;
import org.springframework.stereotype.Component;

/**
 * {@code ${registerFundNotice}}: the Tasklist way in. The pasted table is read like an imported file, so the same
 * rules hold (every row checked, nothing kept if one is bad); only city finance and administrators register.
 */
@Component("registerFundNotice")
class RegisterFundNoticeDelegate implements JavaDelegate {

  private final FundNotices notices;

  RegisterFundNoticeDelegate(FundNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var authentication = Context.getCommandContext().getAuthentication();
    if (authentication != null && (authentication.getGroupIds() == null
        || !authentication.getGroupIds().contains(Roles.CITY_FINANCE.groupId())
        && !authentication.getGroupIds().contains(Roles.ADMINS.groupId()))) {
      throw new AuthorizationException("只有市财政局登记资金指标 / Only city finance registers fund notices");
    }
    var table = execution.getVariable(Variables.SHARE_TABLE);
    if (!(table instanceof String text) || text.isBlank()) {
      throw new InvalidSubmission(Variables.SHARE_TABLE, "请粘贴各区县资金分配表", "paste the district table");
    }
    var rows = SpreadsheetRows.read("pasted.csv", text.getBytes(StandardCharsets.UTF_8));
    var unit = Amounts.Unit.of(string(execution, Variables.UNIT));
    var shares = ShareTable.parse(rows, notices.districtsByName(), unit, true);
    var request = new FundNotices.Request(string(execution, Variables.DOCUMENT_NUMBER), string(execution, Variables.ISSUED_ON),
        string(execution, Variables.LEVEL), string(execution, Variables.FUND_LINE), string(execution, Variables.FUNCTION_CODE),
        string(execution, Variables.GOVERNMENT_ECONOMIC_CODE), string(execution, Variables.DEPARTMENT_ECONOMIC_CODE),
        string(execution, Variables.UNIT), string(execution, Variables.MATCHING_RATIO), null);
    var notice = notices.register(request, shares, "tasklist", authentication == null ? null : authentication.getUserId());
    execution.setVariable(Variables.FUND_NOTICE_ID, notice.id());
  }

  private static String string(DelegateExecution execution, String name) {
    var value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
