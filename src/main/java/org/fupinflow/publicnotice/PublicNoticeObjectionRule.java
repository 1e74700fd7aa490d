package org.fupinflow.publicnotice;

import java.util.Map;
import org.fupinflow.security.MessageRule;
import org.springframework.stereotype.Component;

/**
 * {@code POST /engine-rest/message} with {@code PublicNoticeObjection}: the business key is the case number and
 * the only variable {@code objectionContent}, checked and correlated as {@link NoticeObjections} does for
 * {@code /api}.
 */
@Component("publicNoticeObjectionRule")
class PublicNoticeObjectionRule implements MessageRule {

  private final NoticeObjections objections;

  PublicNoticeObjectionRule(NoticeObjections objections) {
    this.objections = objections;
  }

  @Override
  public String messageName() {
    return PublicNoticeProcess.Messages.OBJECTION_RAISED;
  }

  @Override
  public void correlate(String businessKey, Map<String, Object> processVariables) {
    objections.raise(businessKey, processVariables);
  }
}
