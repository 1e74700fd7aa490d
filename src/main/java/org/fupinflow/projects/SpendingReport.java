package org.fupinflow.projects;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/projects/spending}: a district's projects and fund lines in {@code year}, as of {@code asOf}. */
record SpendingReport(String district, int year, LocalDate asOf, List<ProjectSpending> projects,
    List<FundLineSpending> fundLines) {

  /** {@code GET /api/projects/{district}/{code}/spending}: one project. */
  record OfProject(String district, int year, LocalDate asOf, ProjectSpending project) {
  }
}
