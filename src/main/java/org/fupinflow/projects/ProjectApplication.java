package org.fupinflow.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fupinflow.fundledger.FundLevel;

/**
 * A township's application for a project (项目申报): the goal table as applied or last revised, the fund level it asks
 * for, where it stands, and each step's decision with its opinion.
 */
public record ProjectApplication(String district, String code, String township, String townshipName,
                                 FundLevel fundLevel, Status status, String statusLabel, boolean needsCityReview,
                                 LocalDate stepSince, Project project, String caseBusinessKey, String appliedBy,
                                 Instant appliedAt, String updatedBy, Instant updatedAt, List<Step> steps) {

  public ProjectApplication {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  public enum Status {
    SUBMITTED("县审核中"), DISTRICT_APPROVED("市复核中"), RETURNED("退回修改"), APPROVED("已入库"), REJECTED("不予立项"),
    WITHDRAWN("已撤回");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    boolean open() {
      return this == SUBMITTED || this == DISTRICT_APPROVED || this == RETURNED;
    }
  }

  /** One step of the file: who decided what, when, and why. */
  public record Step(String step, String decision, String opinion, String decidedBy, Instant decidedAt) {
  }
}
