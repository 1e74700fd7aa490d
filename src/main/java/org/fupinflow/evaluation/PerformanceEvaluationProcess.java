package org.fupinflow.evaluation;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The contract of {@code processes/performance-evaluation.bpmn}: one district's yearly performance evaluation (002),
 * business key {@code PE-<district>-<year>}, tenant = the district. The district submits its materials by 25 December;
 * the city poverty office scores the evidence; the grade is published.
 */
public final class PerformanceEvaluationProcess {

  public static final String KEY = "performance-evaluation";
  static final String BUSINESS_KEY_PREFIX = "PE-";
  // 002 第十条: 县级……应在每年12月25日前，将本县年度财政专项扶贫资金绩效评价材料……报省财政厅、省扶贫办
  static final int MATERIALS_DUE_MONTH = 12;
  static final int MATERIALS_DUE_DAY = 25;
  /** Our own service level, not a notice's: the city scores within 10 working days of the materials' arrival. */
  static final int SCORING_WORKING_DAYS = 10;

  private PerformanceEvaluationProcess() {
  }

  /** {@code PE-daoli-2020}: at most one evaluation per district and year. */
  public static String businessKey(String district, int year) {
    return BUSINESS_KEY_PREFIX + district + "-" + year;
  }

  /**
   * The year of a case, from its business key, which must be the case's own district's ({@code district} is the
   * instance's tenant): no deadline and no published grade comes from a variable a caller could overwrite.
   */
  public static int year(String businessKey, String district) {
    var prefix = BUSINESS_KEY_PREFIX + district + "-";
    if (businessKey != null && district != null && businessKey.startsWith(prefix)) {
      var year = businessKey.substring(prefix.length());
      if (year.matches("\\d{4}")) {
        return Integer.parseInt(year);
      }
    }
    throw new BadUserRequestException("业务键 " + businessKey + " 不是区县 " + district + " 的绩效评价编号（PE-区县-年度） / "
        + "business key " + businessKey + " is not a performance evaluation of district " + district
        + " (PE-<district>-<year>)");
  }

  /** 25 December of the evaluated year: the materials are due at its end, China time. */
  static LocalDate materialsDueOn(int year) {
    return LocalDate.of(year, MATERIALS_DUE_MONTH, MATERIALS_DUE_DAY);
  }

  public static final class Elements {
    public static final String START_EVALUATION_DUE = "StartEvent_EvaluationDue";
    public static final String TASK_SUBMIT_MATERIALS = "UserTask_SubmitMaterials";
    public static final String TASK_SCORE_EVIDENCE = "UserTask_ScoreEvidence";
    public static final String TASK_PUBLISH_GRADE = "ServiceTask_PublishGrade";
    public static final String END_GRADE_PUBLISHED = "EndEvent_GradePublished";
    public static final String TIMER_SUBMIT_MATERIALS_OVERDUE = "BoundaryEvent_SubmitMaterialsOverdue";
    public static final String TIMER_SUBMIT_MATERIALS_STILL_OVERDUE = "BoundaryEvent_SubmitMaterialsStillOverdue";
    public static final String TIMER_SCORE_EVIDENCE_OVERDUE = "BoundaryEvent_ScoreEvidenceOverdue";
    public static final String TIMER_SCORE_EVIDENCE_STILL_OVERDUE = "BoundaryEvent_ScoreEvidenceStillOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String SUBMIT_MATERIALS = "submit-evaluation-materials";
    public static final String SCORE_EVIDENCE = "score-evaluation-evidence";

    private Forms() {
    }
  }

  public static final class Variables {
    /** Gives the case its tenant at start; afterwards only the forms' links show it. */
    public static final String DISTRICT_CODE = "districtCode";
    /** The year, for the forms' links; deadlines and the published grade take it from the business key. */
    public static final String EVALUATION_YEAR = "evaluationYear";
    /** The references of the documents submitted (文号, titles), one per line. */
    public static final String MATERIALS_DOCUMENTS = "materialsDocuments";
    public static final String MATERIALS_REMARK = "materialsRemark";
    /** The form's checkbox 材料已齐全: must be true to complete. */
    public static final String MATERIALS_COMPLETE = "materialsComplete";

    private Variables() {
    }
  }
}
