package org.fupinflow.evaluation;

import java.util.List;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.security.Districts;
import org.springframework.stereotype.Service;

/** The grade of a district's year as the evaluation computes it, checked complete and published. */
@Service
class PublishedGrades {

  private final ProvinceEvaluation evaluation;
  private final EvaluationResults results;
  private final Districts districts;

  PublishedGrades(ProvinceEvaluation evaluation, EvaluationResults results, Districts districts) {
    this.evaluation = evaluation;
    this.results = results;
    this.districts = districts;
  }

  /** The basic items scored from evidence that are not entered yet (not the bonus 10 nor the deduction 11). */
  List<String> missingItems(String district, int year) {
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
