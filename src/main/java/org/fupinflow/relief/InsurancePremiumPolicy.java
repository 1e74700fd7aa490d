package org.fupinflow.relief;

import static org.fupinflow.relief.InsurancePremiumProcess.Variables.*;
import static org.fupinflow.security.ProcessPolicy.date;
import static org.fupinflow.security.ProcessPolicy.number;
import static org.fupinflow.security.ProcessPolicy.shown;
import static org.fupinflow.security.ProcessPolicy.text;

import org.fupinflow.security.ProcessPolicy;
import org.fupinflow.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The district poverty office starts a premium case for its district and a year, nothing else (the figures are the
 * application's); district finance's payment takes the day and a comment, the figures shown unchanged.
 */
@Configuration
class InsurancePremiumPolicy {

  @Bean
  ProcessPolicy insurancePremiumProcessPolicy() {
    return ProcessPolicy.startedBy(InsurancePremiumProcess.KEY, Roles.DISTRICT_POVERTY_OFFICE)
        .startWith(text(DISTRICT_CODE), number(INSURANCE_YEAR))
        .task(InsurancePremiumProcess.Elements.TASK_PAY_PREMIUM, shown(DISTRICT_NAME),
            shown(INSURED_PEOPLE), shown(PREMIUM_PER_PERSON), shown(PREMIUM_NEED), shown(PROVINCE_PART),
            shown(CITY_PART), shown(DISTRICT_MATCHING), date(PAID_ON), text(PAYMENT_COMMENT));
  }
}
