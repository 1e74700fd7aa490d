package org.fupinflow.fundledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The budget code table over HTTP: shipped with the codes of 001, extended by administrators only. */
@IntegrationTest
class BudgetCodeApiTest {

  @Autowired Http http;
  @Autowired BudgetCodes codes;

  /** A function code unlikely to be taken: 7 digits starting 219. */
  private final String newCode = "219" + ThreadLocalRandom.current().nextInt(1000, 10000);

  @Test
  void everyOfficialReadsTheCodesOfTheNotices() {
    var reply = http.get("chenjing", "/api/budget-codes");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains("{\"kind\":\"FUNCTION\",\"code\":\"2130599\",\"name\":\"其他扶贫支出\",\"active\":true}")
        .contains("\"code\":\"2130507\"").contains("\"code\":\"2130504\"")
        .contains("\"code\":\"50205\"").contains("\"code\":\"50299\"").contains("\"code\":\"50702\"")
        .contains("\"code\":\"59908\"").contains("\"code\":\"59999\"")
        .contains("\"code\":\"30227\"").contains("\"code\":\"30299\"").contains("\"code\":\"31205\"")
        .contains("\"code\":\"39908\"").contains("\"code\":\"39999\"");
    var economic = http.get("zhaolei", "/api/budget-codes?kind=DEPARTMENT_ECONOMIC").json();
    economic.forEach(code -> assertThat(code.get("kind").asText()).isEqualTo("DEPARTMENT_ECONOMIC"));
    assertThat(economic.size()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void anAdministratorAddsACodeThatNoticesMayThenUse() {
    assertThatThrownBy(() -> codes.require(BudgetCodes.FUNCTION, newCode)).isInstanceOf(UnknownBudgetCode.class)
        .hasMessageContaining("功能科目 " + newCode + " 不在科目表中");

    var reply = http.post("demo", "/api/budget-codes", Map.of("kind", "FUNCTION", "code", newCode, "name", "其他农业农村支出"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("code").asText()).isEqualTo(newCode);
    assertThatCode(() -> codes.require(BudgetCodes.FUNCTION, newCode)).doesNotThrowAnyException();
    var again = http.post("demo", "/api/budget-codes", Map.of("kind", "FUNCTION", "code", newCode, "name", "重复"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asText()).contains("已存在").contains("already exists");
  }

  @Test
  void onlyAdministratorsAddCodes() {
    var reply = http.post("zhoujie", "/api/budget-codes", Map.of("kind", "FUNCTION", "code", newCode, "name", "其他"));

    assertThat(reply.status()).isEqualTo(403);
    assertThatThrownBy(() -> codes.require(BudgetCodes.FUNCTION, newCode)).isInstanceOf(UnknownBudgetCode.class);
  }

  @Test
  void malformedCodesAreRefused() {
    assertThat(http.post("demo", "/api/budget-codes", Map.of("kind", "FUNCTION", "code", "21305", "name", "")).status())
        .isEqualTo(400);
    var letters = http.post("demo", "/api/budget-codes", Map.of("kind", "FUNCTION", "code", "2130a99", "name", "x"));
    assertThat(letters.status()).isEqualTo(400);
    assertThat(letters.json().get("message").asText()).contains("5至7位数字").contains("5 to 7 digits");
    assertThat(http.post("demo", "/api/budget-codes", Map.of("kind", "OTHER", "code", "21305", "name", "x")).status())
        .isEqualTo(400);
    assertThat(http.post("demo", "/api/budget-codes", Map.of("kind", "FUNCTION", "code", "21305999", "name", "x"))
        .status()).isEqualTo(400);
  }

  @Test
  void anUnknownKindOrCodeIsAClearRefusal() {
    assertThatThrownBy(() -> codes.require("SUBJECT", "2130599")).isInstanceOf(UnknownBudgetCode.class)
        .hasMessageContaining("未知科目类别");
    assertThatThrownBy(() -> codes.require(BudgetCodes.GOVERNMENT_ECONOMIC, "30299"))
        .isInstanceOf(UnknownBudgetCode.class)
        .hasMessage("governmentEconomicCode：政府经济科目 30299 不在科目表中 / governmentEconomicCode: code 30299 is not "
            + "in the government_economic code table");
    assertThatCode(() -> codes.require(BudgetCodes.GOVERNMENT_ECONOMIC, "50299")).doesNotThrowAnyException();
  }
}
