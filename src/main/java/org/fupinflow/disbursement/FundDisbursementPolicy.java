package org.fupinflow.disbursement;

import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_ARRANGE_MATCHING;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_DISBURSE_FUNDS;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_PROPOSE_ALLOCATION;
import static org.fupinflow.disbursement.FundDisbursementProcess.Variables.DISBURSED_ON;
import static org.fupinflow.disbursement.FundDisbursementProcess.Variables.DISBURSEMENT_COMMENT;
import static org.fupinflow.disbursement.FundDisbursementProcess.Variables.DISBURSEMENT_DECISION;
import static org.fupinflow.disbursement.FundDisbursementProcess.Variables.MATCHING_ARRANGED_ON;
import static org.fupinflow.disbursement.FundDisbursementProcess.Variables.MATCHING_SOURCE;
import static org.fupinflow.disbursement.FundDisbursementProcess.Variables.PROPOSED_ON;
import static org.fupinflow.security.ProcessPolicy.date;
import static org.fupinflow.security.ProcessPolicy.json;
import static org.fupinflow.security.ProcessPolicy.text;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.fupinflow.security.ProcessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A district's fund case is started by the application for a registered notice share, never by hand (a second
 * start would receive the money twice); its steps accept their forms' fields only, so a submission cannot
 * redirect the case to another notice, district or round.
 */
@Configuration
class FundDisbursementPolicy {

  @Bean
  ProcessPolicy fundDisbursementProcessPolicy() {
    return ProcessPolicy.startedByApplication(FundDisbursementProcess.KEY)
        .task(TASK_PROPOSE_ALLOCATION, Stream.concat(Stream.of(date(PROPOSED_ON)),
            IntStream.rangeClosed(1, FundDisbursementProcess.ALLOCATION_SLOTS)
                .mapToObj(slot -> json(FundDisbursementProcess.Variables.allocationSlot(slot))))
            .toArray(ProcessPolicy.Field[]::new))
        .task(TASK_ARRANGE_MATCHING, date(MATCHING_ARRANGED_ON), text(MATCHING_SOURCE))
        .task(TASK_DISBURSE_FUNDS, text(DISBURSEMENT_DECISION), date(DISBURSED_ON), text(DISBURSEMENT_COMMENT));
  }
}
