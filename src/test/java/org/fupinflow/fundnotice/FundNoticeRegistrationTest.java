package org.fupinflow.fundnotice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Tasklist way in: city finance fills the start form 登记资金指标 and pastes the district table copied from the
 * notice's Excel annex (tab-separated), submitted as Tasklist submits a start form.
 */
@IntegrationTest
class FundNoticeRegistrationTest {

  private static final String SUBMIT = "/engine-rest/process-definition/key/fund-notice-registration/submit-form";

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void cityFinancePastesHarbinsTableAndEveryDistrictGetsItsCase() throws IOException {
    var documentNumber = "哈财指（农）〔2020〕590号/" + UUID.randomUUID().toString().substring(0, 6);
    var pasted = String.join("\n", Files.readAllLines(ShareTableTest.fixture())).replace(",", "\t");
    var reply = http.post("zhoujie", SUBMIT, Map.of("variables", Http.variables(form(documentNumber, pasted))));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fund_notice_share s JOIN fund_notice n ON n.id = s.notice_id"
        + " WHERE n.document_number = ? AND s.process_instance_id IS NOT NULL", Integer.class, documentNumber)).isEqualTo(18);
    assertThat(jdbc.queryForObject("SELECT source FROM fund_notice WHERE document_number = ?", String.class, documentNumber))
        .isEqualTo("tasklist");
  }

  @Test
  void aPastedTableWithABadRowIsRefusedAndNothingIsRegistered() {
    var documentNumber = "bad-paste-" + UUID.randomUUID();
    var reply = http.post("zhoujie", SUBMIT, Map.of("variables", Http.variables(form(documentNumber,
        "道里区\t16005.30\t16005.30\n道理区\t1\t1"))));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("没有区县“道理区”");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fund_notice WHERE document_number = ?", Integer.class, documentNumber))
        .isZero();
  }

  @Test
  void aDistrictOfficialCannotRegisterANotice() {
    var reply = http.post("chenjing", SUBMIT, Map.of("variables", Http.variables(form("by-district-" + UUID.randomUUID(),
        "道里区\t1\t1"))));
    assertThat(reply.status()).isEqualTo(403);
  }

  private static Map<String, Object> form(String documentNumber, String table) {
    var values = new LinkedHashMap<String, Object>();
    values.put("documentNumber", documentNumber);
    values.put("issuedOn", "2020-12-30");
    values.put("level", "CITY");
    // A line of this test's own: the demo's 590号 line of 道里区 is the demo evaluation's.
    values.put("fundLine", "农村人口精准防贫机制市级补助资金 #" + UUID.randomUUID().toString().substring(0, 6));
    values.put("functionCode", "2130599");
    values.put("governmentEconomicCode", "50205");
    values.put("departmentEconomicCode", "30227");
    values.put("unit", "yuan");
    values.put("matchingRatio", "1:1");
    values.put("shareTable", table);
    return values;
  }
}
