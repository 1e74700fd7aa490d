package org.fupinflow.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fupin.escalation.second-level-after-working-days}: how long an overdue step may stay open before the
 * city's supervisors are told (level 2).
 */
@ConfigurationProperties("fupin.escalation")
record EscalationProperties(@DefaultValue("2") int secondLevelAfterWorkingDays) {

  EscalationProperties {
    if (secondLevelAfterWorkingDays < 1) {
      throw new IllegalArgumentException("fupin.escalation.second-level-after-working-days must be at least 1");
    }
  }
}
