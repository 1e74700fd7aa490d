package org.fupinflow.fundnotice;

import static org.fupinflow.fundnotice.FundNoticeRegistrationProcess.Variables.*;
import static org.fupinflow.security.ProcessPolicy.date;
import static org.fupinflow.security.ProcessPolicy.text;

import org.fupinflow.security.ProcessPolicy;
import org.fupinflow.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** City finance registers fund notices (指标下达); the start form's fields are all a start may carry. */
@Configuration
class FundNoticeRegistrationPolicy {

  @Bean
  ProcessPolicy fundNoticeRegistrationProcessPolicy() {
    return ProcessPolicy.startedBy(FundNoticeRegistrationProcess.KEY, Roles.CITY_FINANCE).cityWide()
        .startWith(text(DOCUMENT_NUMBER), date(ISSUED_ON), text(LEVEL), text(FUND_LINE), text(FUNCTION_CODE),
            text(GOVERNMENT_ECONOMIC_CODE), text(DEPARTMENT_ECONOMIC_CODE), text(UNIT), text(MATCHING_RATIO),
            text(SHARE_TABLE));
  }
}
