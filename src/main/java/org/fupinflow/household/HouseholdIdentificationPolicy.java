package org.fupinflow.household;

import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_COLLECT_HOUSEHOLD_INFORMATION;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_HOLD_VILLAGE_APPRAISAL;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD;
import static org.fupinflow.household.HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.*;
import static org.fupinflow.security.ProcessPolicy.bool;
import static org.fupinflow.security.ProcessPolicy.date;
import static org.fupinflow.security.ProcessPolicy.json;
import static org.fupinflow.security.ProcessPolicy.residentId;
import static org.fupinflow.security.ProcessPolicy.text;

import java.util.ArrayList;
import java.util.List;
import org.fupinflow.security.ProcessPolicy.Field;
import org.fupinflow.security.ProcessPolicy;
import org.fupinflow.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who starts household identification (township officers for their township, the district poverty office for its
 * district: 001) and what each step accepts: the fields of its form and of the README's REST contract, nothing
 * else. Case state ({@code householdId}, {@code returnCount}, {@code townshipStepFrom}, …) is the application's.
 */
@Configuration
class HouseholdIdentificationPolicy {

  @Bean
  ProcessPolicy householdIdentificationProcessPolicy() {
    return ProcessPolicy.startedBy(HouseholdIdentificationProcess.KEY, Roles.TOWNSHIP_OFFICERS, Roles.DISTRICT_POVERTY_OFFICE)
        .startWith(text(DISTRICT_CODE), text(TOWNSHIP_CODE), text(VILLAGE_NAME), text(CATEGORY), date(REPORTED_ON),
            text(HEAD_NAME), residentId(HEAD_ID_NUMBER), text(RISK_REASON_1), text(RISK_REASON_2), text(RISK_REASON_3),
            bool(FAST_TRACK), text(MEETING_RECORD_NUMBER))
        .task(TASK_VERIFY_HOUSEHOLD, date(VERIFIED_ON), bool(RISK_CONFIRMED), text(VERIFICATION_NOTE))
        .task(TASK_COLLECT_HOUSEHOLD_INFORMATION, collection())
        .task(TASK_HOLD_VILLAGE_APPRAISAL, appraisal().toArray(Field[]::new))
        .task(TASK_REVIEW_HOUSEHOLD, text(REVIEW_DECISION), text(REVIEW_COMMENT), text(ASSISTANCE_MEASURES));
  }

  private static List<Field> appraisal() {
    return List.of(date(APPRAISED_ON), bool(APPRAISAL_PASSED), text(APPRAISAL_NOTE));
  }

  /** 即时帮扶人口信息采集表: the form's member slots, or the members array of integrators. */
  private static Field[] collection() {
    var fields = new ArrayList<>(List.of(date(COLLECTED_ON), json(HOUSEHOLD), json(MEMBERS), text(RISK_REASON_1),
        text(RISK_REASON_2), text(RISK_REASON_3)));
    for (int slot = 1; slot <= MEMBER_SLOTS; slot++) {
      fields.add(json(memberSlot(slot)));
    }
    fields.addAll(appraisal());
    return fields.toArray(Field[]::new);
  }
}
