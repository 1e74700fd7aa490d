package org.fupinflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fupinflow.projects.Drafts.anIndustryProject;
import static org.fupinflow.projects.Drafts.freshCode;

import java.time.Instant;
import org.camunda.bpm.engine.BadUserRequestException;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ProjectLibrary#requireFundable} as the disbursement process calls it. */
@IntegrationTest
class ProjectFundabilityTest {

  private static final String INDUSTRY = "非重点村产业扶贫产业发展资金";

  @Autowired ProjectLibrary library;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aProjectOfTheDistrictsLibraryWithGoalsIsFundableFromItsOwnFundLine() {
    var code = enter("daoli");

    var project = library.requireFundable("daoli", code, INDUSTRY, FundLevel.PROVINCE);

    assertThat(project.code()).isEqualTo(code);
    assertThat(project.budgetYuan()).isEqualByComparingTo("120000.50");
    assertThat(project.hasPerformanceGoals()).isTrue();
  }

  @Test
  void aProjectNotInTheDistrictsLibraryIsRefused() {
    var code = enter("hulan");

    assertThatThrownBy(() -> library.requireFundable("daoli", code, INDUSTRY, FundLevel.PROVINCE))
        .isInstanceOf(ProjectRefused.class)
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("项目 " + code + " 不在 daoli 的扶贫项目库中")
        .hasMessageContaining("project " + code + " is not in the project library of district daoli");
    assertThatThrownBy(() -> library.requireFundable("daoli", "230-0102-NOT-HERE", INDUSTRY, FundLevel.PROVINCE))
        .isInstanceOf(ProjectRefused.class).hasMessageContaining("230-0102-NOT-HERE");
  }

  @Test
  void moneyOfAnotherFundLineIsRefusedForTheProject() {
    var code = enter("daoli");

    assertThatThrownBy(() -> library.requireFundable("daoli", code, "扶贫特惠保险补助", FundLevel.PROVINCE))
        .isInstanceOf(ProjectRefused.class)
        .hasMessageContaining("只能使用「" + INDUSTRY + "」的资金，不能使用「扶贫特惠保险补助」的资金（专款专用）")
        .hasMessageContaining("earmarked funds");
  }

  @Test
  void aProjectWhoseGoalsWereRemovedIsRefused() {
    var code = enter("daoli");
    // Goals only removable behind the API's back; the check must not trust that they exist.
    jdbc.update("DELETE FROM project_indicator WHERE district = 'daoli' AND code = ? AND level = '效益指标'", code);

    assertThatThrownBy(() -> library.requireFundable("daoli", code, INDUSTRY, FundLevel.PROVINCE))
        .isInstanceOf(ProjectRefused.class)
        .hasMessageContaining("没有绩效目标")
        .hasMessageContaining("has no performance goals");
  }

  @Test
  void cityLevelFundsGoOnlyToProjectsTheCityReReviewed() {
    var code = enter("daoli");

    assertThatThrownBy(() -> library.requireFundable("daoli", code, INDUSTRY, FundLevel.CITY))
        .isInstanceOf(ProjectRefused.class)
        .hasMessageContaining("未经乡申报、县审核、市复核（区县直接入库），不得安排市级专项资金（003）")
        .hasMessageContaining("may not receive city-level special funds (003)");
    assertThat(library.requireFundable("daoli", code, INDUSTRY, FundLevel.CENTRAL).code()).isEqualTo(code);
  }

  @Test
  void theDemoProjectsAreFundableFromTheirFundLines() {
    var harbin = library.requireFundable("daoli", "230-0102-FPJ-0001", DemoProjects.HARBIN_FUND_LINE, FundLevel.CITY);
    assertThat(harbin.name()).isEqualTo("2020年道里区农村人口精准防贫机制");
    assertThat(harbin.entryRoute()).isEqualTo(EntryRoute.CITY_REVIEWED);
    assertThat(harbin.township()).isEqualTo("xinnong");
    assertThat(library.requireFundable("daoli", "230-0102-TBX-0002", DemoProjects.INSURANCE_FUND_LINE, FundLevel.PROVINCE)).isNotNull();
    assertThat(library.requireFundable("daoli", "230-0102-CYF-0003", DemoProjects.INDUSTRY_FUND_LINE, FundLevel.CENTRAL)).isNotNull();
  }

  private String enter(String district) {
    var code = freshCode();
    library.create(ProjectRules.check(anIndustryProject(district, code)), "chenjing", Instant.parse("2020-03-02T01:00:00Z"));
    return code;
  }
}
