package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fupinflow.projects.ProjectApprovalProcess.Decisions;
import org.fupinflow.projects.ProjectApprovalProcess.Variables;
import org.fupinflow.validation.InvalidSubmission;
import org.junit.jupiter.api.Test;

/** The rules of 县审核, 市复核 and 修改项目申报's forms, as {@link ProjectApplications} holds them. */
class ProjectReviewRulesTest {

  @Test
  void aReviewApprovesReturnsOrRejects() {
    for (var decision : new String[] {Decisions.APPROVE, Decisions.RETURN, Decisions.REJECT}) {
      assertThat(ProjectApplications.reviewDecision(decision)).isEqualTo(decision);
    }
    for (var decision : new Object[] {null, Decisions.RESUBMIT, "同意", 1}) {
      assertThatThrownBy(() -> ProjectApplications.reviewDecision(decision))
          .isInstanceOf(InvalidSubmission.class)
          .hasMessageStartingWith(Variables.REVIEW_DECISION + "：请选择审核意见：同意、退回乡镇修改或不予立项");
    }
  }

  @Test
  void aRequiredOpinionMustBeGivenAndNamesWhatIsMissing() {
    assertThatThrownBy(() -> ProjectApplications.opinion("  ", Variables.REVIEW_OPINION, true, "不予立项的理由"))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessage(Variables.REVIEW_OPINION + "：请填写不予立项的理由 / " + Variables.REVIEW_OPINION
            + ": required with this decision");
    assertThat(ProjectApplications.opinion(" 预算偏高 ", Variables.REVIEW_OPINION, true, "退回的理由")).isEqualTo("预算偏高");
  }

  @Test
  void anOptionalOpinionMayBeLeftOutButNotRunPastFiveHundredCharacters() {
    assertThat(ProjectApplications.opinion(null, Variables.REVISION_NOTE, false, "修改说明")).isNull();
    assertThat(ProjectApplications.opinion(" ", Variables.REVISION_NOTE, false, "修改说明")).isNull();
    assertThat(ProjectApplications.opinion("说".repeat(500), Variables.REVISION_NOTE, false, "修改说明")).hasSize(500);
    assertThatThrownBy(() -> ProjectApplications.opinion("说".repeat(501), Variables.REVISION_NOTE, false, "修改说明"))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessageStartingWith(Variables.REVISION_NOTE + "：修改说明不能超过500字");
  }

  @Test
  void aRevisionResubmitsOrWithdrawsAndNothingElseReachesTheTable() {
    // Refused before the application is looked up: nothing here touches the table.
    var applications = new ProjectApplications(null, null, null, null, null, null);
    assertThatThrownBy(() -> applications.decideRevision("daoli", "230-0102-CYF-0007", Decisions.APPROVE, null, "wanghai"))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessage(Variables.REVISION_DECISION + "：请选择：修改后重新申报或撤回申报 / " + Variables.REVISION_DECISION
            + ": must be resubmit or withdraw");
  }
}
