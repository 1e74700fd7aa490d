package org.fupinflow.evaluation;

import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Variables.MATERIALS_COMPLETE;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Variables.MATERIALS_DOCUMENTS;
import static org.fupinflow.evaluation.PerformanceEvaluationProcess.Variables.MATERIALS_REMARK;

import java.util.List;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.security.Districts;
import org.fupinflow.validation.InvalidSubmission;
import org.springframework.stereotype.Service;

/**
 * A district's evaluation year as its case works it: the materials submitted, the scoring checked complete, and the
 * grade as the evaluation computes it published.
 */
@Service
class PublishedGrades {

  static final int MAX_DOCUMENTS = 2000;
  static final int MAX_REMARK = 500;
  /** The field a refused scoring names: the evidence entered through the API. */
  static final String EVIDENCE = "evidence";

  private final ProvinceEvaluation evaluation;
  private final EvaluationResults results;
  private final Districts districts;

  PublishedGrades(ProvinceEvaluation evaluation, EvaluationResults results, Districts districts) {
    this.evaluation = evaluation;
    this.results = results;
    this.districts = districts;
  }

  /**
   * 报送绩效评价材料 as submitted: the list of documents (required, at most 2000 characters), an optional remark (at
   * most 500) and the confirmation that the materials are complete, checked on the server (a refusal is a 400 and the
   * task stays open); then the materials, who submitted them and when (engine clock) are recorded.
   */
  void submitMaterials(String district, int year, Object documentsGiven, Object remarkGiven, Object complete,
      String submittedBy) {
    var documents = InvalidSubmission.text(documentsGiven, MATERIALS_DOCUMENTS, "材料清单（文号、标题）", MAX_DOCUMENTS);
    var remark = InvalidSubmission.optionalText(remarkGiven, MATERIALS_REMARK, "备注", MAX_REMARK);
    if (!Boolean.TRUE.equals(complete)) {
      throw new InvalidSubmission(MATERIALS_COMPLETE, "请确认绩效评价材料齐全后勾选", "confirm that the materials are complete");
    }
    results.submitMaterials(district, year, documents, remark, submittedBy, ChinaTime.now());
  }

  /**
   * 市扶贫办评分 completes only when every basic item scored from evidence is entered: otherwise a 400 naming the
   * items and where to enter them; the bonus (10) and the deduction (11) may stay empty.
   */
  void requireEvidenceScored(String district, int year) {
    var missing = missingItems(district, year);
    if (!missing.isEmpty()) {
      throw new InvalidSubmission(EVIDENCE, "尚未录入第 " + String.join("、", missing) + " 项的得分，请先录入（PUT /api/evaluation/"
          + district + "/" + year + "/evidence/{item}）再完成评分", "items " + String.join(", ", missing)
          + " are not entered yet; enter them (PUT /api/evaluation/" + district + "/" + year
          + "/evidence/{item}) before completing the scoring");
    }
  }

  /** The basic items scored from evidence that are not entered yet (not the bonus 10 nor the deduction 11). */
  private List<String> missingItems(String district, int year) {
    return report(district, year).notComputed().stream().map(EvaluationReport.NotComputed::item)
        .filter(item -> EvidenceItems.byCode(item).map(scored -> !scored.bonusOrDeduction()).orElse(true)).toList();
  }

  /** Publishes the current total and grade; refuses when no grade can be given yet (an item is missing). */
  EvaluationResults.Grade publish(String district, int year, String publishedBy) {
    var report = report(district, year);
    if (report.grade() == null) {
      throw new IllegalStateException("no grade for " + district + " " + year + ": " + report.gradeNote());
    }
    var grade = new EvaluationResults.Grade(district, year, report.total(), report.rawTotal(), report.scale(),
        report.grade(), ChinaTime.now().toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime(), publishedBy);
    results.publish(grade);
    return grade;
  }

  private EvaluationReport report(String district, int year) {
    return evaluation.of(district, districts.name(district).orElse(district), year);
  }
}
