package org.fupinflow.evaluation;

import static org.fupinflow.security.ProcessPolicy.bool;
import static org.fupinflow.security.ProcessPolicy.text;

import org.fupinflow.security.ProcessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The performance evaluation schedule and the districts' cases are started by the application on 1 December, never by
 * hand; the district's step takes its documents, remark and checkbox; the city's scoring step takes nothing (the
 * points go through {@code PUT /api/evaluation/{district}/{year}/evidence/{item}}).
 */
@Configuration
class PerformanceEvaluationPolicy {

  @Bean
  ProcessPolicy performanceEvaluationSchedulePolicy() {
    return ProcessPolicy.startedByApplication(PerformanceEvaluationScheduleProcess.KEY).cityWide();
  }

  @Bean
  ProcessPolicy performanceEvaluationProcessPolicy() {
    return ProcessPolicy.startedByApplication(PerformanceEvaluationProcess.KEY)
        .task(PerformanceEvaluationProcess.Elements.TASK_SUBMIT_MATERIALS,
            text(PerformanceEvaluationProcess.Variables.MATERIALS_DOCUMENTS),
            text(PerformanceEvaluationProcess.Variables.MATERIALS_REMARK),
            bool(PerformanceEvaluationProcess.Variables.MATERIALS_COMPLETE))
        .task(PerformanceEvaluationProcess.Elements.TASK_SCORE_EVIDENCE);
  }
}
