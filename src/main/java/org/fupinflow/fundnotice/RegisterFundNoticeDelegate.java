package org.fupinflow.fundnotice;

import static org.fupinflow.fundnotice.FundNoticeRegistrationProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * 登记指标并下达各区县 ({@code ${registerFundNotice}}): the Tasklist way in; the form's pasted table is registered by
 * {@link FundNotices#registerPasted}, as the engine's authenticated official.
 */
@Component("registerFundNotice")
class RegisterFundNoticeDelegate implements JavaDelegate {

  private final FundNotices notices;

  RegisterFundNoticeDelegate(FundNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var notice = notices.registerPasted(execution::getVariable, Context.getCommandContext().getAuthentication());
    execution.setVariable(Variables.FUND_NOTICE_ID, notice.id());
  }
}
