package org.fupinflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.support.RiskReports.aCategoryAReport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.support.Cases;
import org.fupinflow.support.Http;
import org.fupinflow.support.InsuredHousehold;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description of {@code /api} ({@code /api/openapi.json}) against the application's real answers: every
 * {@code /api} address a controller maps is in the document with its methods; each main resource's answer, fetched as
 * the official who may read it, has only fields its schema declares, of the declared JSON types, all the way down;
 * refusals (400, 403, 404, 401) are the declared {@code ApiError}. The document and its UI need a login.
 */
@IntegrationTest
class OpenApiContractTest {

  static final String DOCUMENT = "/api/openapi.json";
  static final String UI = "/api/docs";

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Autowired RuntimeService runtimeService;

  /** The cases this test started: gone afterwards, so that their 2020 deadlines do not escalate in other tests. */
  private final List<String> started = new ArrayList<>();

  @AfterEach
  void engineTimeBackAndCasesGone() {
    ClockUtil.reset();
    started.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "OpenApiContractTest", true, true, true, false));
  }

  @Test
  void theDocumentAndItsUiAreForLoggedInOfficialsOnly() {
    for (var path : List.of(DOCUMENT, UI, UI + "/", "/api/swagger-ui/index.html", DOCUMENT + "/swagger-config")) {
      var anonymous = http.getAnonymous(path);
      assertThat(anonymous.status()).as(path + ": " + anonymous.body()).isEqualTo(401);
      assertThat(anonymous.json().get("type").asText()).isEqualTo("AuthenticationException");
    }
    for (var path : List.of("/v3/api-docs", "/swagger-ui/index.html", "/swagger-ui.html")) {
      assertThat(http.getAnonymous(path).status()).as(path).isIn(401, 404);
    }
    // Not a demo official's wrong password: Camunda would make that official wait before the next login.
    var unknown = http.send("nobody-here", "not-the-password", java.net.http.HttpRequest.newBuilder(http.uri(DOCUMENT)));
    assertThat(unknown.status()).isEqualTo(401);

    for (var official : List.of("zhangwei", "chenjing", "zhoujie", "wuqiang")) {
      assertThat(http.get(official, DOCUMENT).status()).as(official).isEqualTo(200);
    }
    var ui = http.get("zhangwei", UI);
    assertThat(ui.status()).as(ui.body()).isIn(200, 302);
    if (ui.status() == 302) {
      var location = ui.headers().firstValue("Location").orElseThrow();
      assertThat(location).endsWith("/api/swagger-ui/index.html");
      var page = http.get("zhangwei", location.replaceFirst("^https?://[^/]+", ""));
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("swagger-ui");
    }
    var config = http.get("zhangwei", DOCUMENT + "/swagger-config");
    assertThat(config.status()).as(config.body()).isEqualTo(200);
    assertThat(config.json().get("url").asText()).isEqualTo(DOCUMENT);
  }

  @Test
  void everyApiAddressIsDescribedAndNothingElse() throws IOException {
    var document = document();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "openapi.json"), document.toPrettyString());

    var described = new TreeSet<String>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      if (METHODS.contains(method)) {
        described.add(method.toUpperCase() + " " + path.getKey());
      }
    }));
    var mapped = new TreeSet<String>();
    mappings.getHandlerMethods().entrySet().stream()
        .filter(mapping -> mapping.getValue().getBeanType().getPackageName().startsWith("org.fupinflow"))
        .forEach(mapping -> mapping.getKey().getPatternValues().stream()
        .filter(pattern -> pattern.startsWith("/api/") || pattern.equals("/api"))
        .forEach(pattern -> mapping.getKey().getMethodsCondition().getMethods()
            .forEach(method -> mapped.add(method + " " + pattern))));
    assertThat(mapped).as("the application maps /api addresses").hasSizeGreaterThan(30);
    assertThat(described).as("addresses the document describes").containsExactlyInAnyOrderElementsOf(mapped);

    assertThat(described).allMatch(operation -> operation.split(" ")[1].startsWith("/api/"));

    // The error model: ApiError as a schema, referenced by every operation's refusals.
    var apiError = document.at("/components/schemas/ApiError");
    assertThat(apiError.at("/properties/type/type").asText()).isEqualTo("string");
    assertThat(apiError.at("/properties/message/type").asText()).isEqualTo("string");
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
      if (!METHODS.contains(operation.getKey())) {
        return;
      }
      for (var status : List.of("400", "401", "403", "404", "409")) {
        assertThat(operation.getValue().at("/responses/" + status + "/content/application~1json/schema/$ref").asText())
            .as(operation.getKey() + " " + path.getKey() + " " + status).isEqualTo("#/components/schemas/ApiError");
      }
      assertThat(operation.getValue().get("tags")).as(path.getKey()).hasSize(1);
    }));
    assertThat(document.at("/paths/~1api~1ledger/get/responses/200/content/application~1json/schema").isMissingNode())
        .isFalse();
    assertThat(document.at("/paths/~1api~1ledger.xlsx/get/responses/200/content").fieldNames())
        .toIterable().containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(document.at("/paths/~1api~1projects/post/responses").has("201")).isTrue();
    assertThat(document.at("/paths/~1api~1projects/post/responses").has("200")).isFalse();
    assertThat(document.get("tags")).isNotEmpty();
    assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
  }

  /** Chinese, then " / ", then English: what the reference shows officials and integrators alike. */
  static final Pattern CHINESE_THEN_ENGLISH = Pattern.compile("(?s).*\\p{IsHan}.* / .*[A-Za-z]{3,}.*");

  @Test
  void everyOperationAndParameterIsDescribedInChineseAndEnglish() {
    var document = document();
    var undescribed = new ArrayList<String>();
    var operations = 0;
    var parameters = 0;
    for (var paths = document.get("paths").fields(); paths.hasNext(); ) {
      var path = paths.next();
      for (var methods = path.getValue().fields(); methods.hasNext(); ) {
        var method = methods.next();
        if (!METHODS.contains(method.getKey())) {
          continue;
        }
        operations++;
        var operation = method.getValue();
        var name = method.getKey().toUpperCase() + " " + path.getKey();
        if (!CHINESE_THEN_ENGLISH.matcher(operation.path("summary").asText()).matches()) {
          undescribed.add(name + ": summary " + operation.path("summary"));
        }
        if (!CHINESE_THEN_ENGLISH.matcher(operation.path("description").asText()).matches()) {
          undescribed.add(name + ": description (what it does, who may call it) " + operation.path("description"));
        }
        for (var parameter : operation.path("parameters")) {
          parameters++;
          if (!CHINESE_THEN_ENGLISH.matcher(parameter.path("description").asText()).matches()) {
            undescribed.add(name + ": parameter " + parameter.path("name").asText());
          }
        }
      }
    }
    assertThat(undescribed).as("operations and parameters without Chinese and English words").isEmpty();
    assertThat(operations).as("operations checked").isGreaterThan(30);
    assertThat(parameters).as("parameters checked").isGreaterThan(50);

    // The request bodies say what the Java types do not: units, date formats, the values and their Chinese aliases.
    var notice = document.at("/components/schemas/FundNotices.Request/properties");
    assertThat(notice.at("/issuedOn/description").asText()).contains("yyyy-MM-dd");
    assertThat(notice.at("/level/description").asText()).contains("CITY/市级");
    assertThat(notice.at("/unit/description").asText()).contains("万元");
    assertThat(document.at("/components/schemas/ProjectDraft/properties/budgetYuan/description").asText())
        .contains("元").contains("two decimals");
    assertThat(document.at("/paths/~1api~1public-notices~1{caseNumber}~1objections/post/requestBody/content"
        + "/application~1json/schema/$ref").asText()).endsWith("PublicNoticeObjectionApi.Objection");

  }

  /** README links to single operations as /api/docs#/tag/operationId: each must open one in the UI. */
  static final Pattern README_OPERATION = Pattern.compile("/api/docs#/([\\w-]+)/(\\w+)");

  @Test
  void theReadmeLinksToOperationsThatExist() throws IOException {
    var document = document();
    var operations = new TreeSet<String>();
    document.get("paths").forEach(path -> path.fields().forEachRemaining(method -> {
      if (METHODS.contains(method.getKey())) {
        var operation = method.getValue();
        var id = operation.path("operationId").asText();
        assertThat(id).as("a stable operationId, not springdoc's numbered one").matches("[a-z][A-Za-z]+");
        operations.add(operation.get("tags").get(0).asText() + "/" + id);
      }
    }));
    var linked = README_OPERATION.matcher(Files.readString(Path.of("README.md"))).results()
        .map(link -> link.group(1) + "/" + link.group(2)).toList();
    assertThat(linked).as("README's links into the API reference").hasSizeGreaterThan(10);
    assertThat(operations).containsAll(linked);
    var config = http.get("zhangwei", DOCUMENT + "/swagger-config");
    assertThat(config.json().path("deepLinking").asBoolean()).as("the UI opens a linked operation").isTrue();
  }

  @Test
  void realAnswersOfTheMainResourcesMatchTheirSchemas() {
    var document = document();
    var contract = new Contract(document);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-29T02:00:00Z")));
    var reported = cases.start("zhangwei", aCategoryAReport().inTownship("daoli", "xinnong"));
    started.add(reported.get("id").asText());
    var householdId = jdbc.queryForObject("SELECT household_id FROM household_case WHERE process_instance_id = ?",
        String.class, reported.get("id").asText());
    var claimed = reliefClaim();

    contract.check("chenjing", "/api/me");
    contract.check("zhangwei", "/api/me");
    contract.check("zhangwei", "/api/households/" + householdId);
    contract.check("chenjing", "/api/projects?district=daoli");
    var projects = http.get("chenjing", "/api/projects?district=daoli").json();
    assertThat(projects).as("the demo's project library of 道里区").isNotEmpty();
    var project = projects.get(0);
    contract.check("chenjing", "/api/projects/" + project.get("district").asText() + "/" + project.get("code").asText());
    contract.check("chenjing", "/api/projects/applications?district=daoli");
    var applications = http.get("chenjing", "/api/projects/applications?district=daoli").json();
    assertThat(applications).as("the demo's applications of 道里区").isNotEmpty();
    var application = applications.get(0);
    contract.check("chenjing", "/api/projects/applications/" + application.get("district").asText() + "/"
        + application.get("code").asText());
    contract.check("chenjing", "/api/projects/spending?district=daoli&year=2020");
    contract.check("chenjing", "/api/projects/spending-supervision?district=daoli");
    contract.check("chenjing", "/api/projects/monthly-statistics?district=daoli&month=2020-06");
    contract.check("chenjing", "/api/ledger?district=daoli");
    contract.check("chenjing", "/api/fund-notices");
    contract.check("chenjing", "/api/escalations?district=daoli");
    contract.check("chenjing", "/api/escalations/board?district=daoli");
    contract.check("chenjing", "/api/escalations/timer-changes?district=daoli");
    contract.check("chenjing", "/api/evaluation?district=daoli&year=2020");
    contract.check("chenjing", "/api/relief-claims?district=daoli");
    contract.check("chenjing", "/api/relief-claims/" + claimed);
    contract.check("chenjing", "/api/insurance/2020/insured?district=daoli");
    contract.check("chenjing", "/api/insurance/2020/premiums?district=daoli");
    contract.check("chenjing", "/api/insurance/2020/fund?district=daoli");
    contract.check("chenjing", "/api/budget-codes");
    contract.check("chenjing", "/api/calendar/deadline?from=2020-09-30&workingDays=3");
    contract.check("chenjing", "/api/calendar/years");

    // Refusals: the ApiError of the document.
    assertThat(contract.check("chenjing", "/api/calendar/deadline?from=2020-13-45&workingDays=3").status()).isEqualTo(400);
    assertThat(contract.check("chenjing", "/api/projects/monthly-statistics?district=daoli&month=juni").status())
        .isEqualTo(400);
    assertThat(contract.check("zhangwei", "/api/ledger?district=daoli").status()).isEqualTo(403);
    assertThat(contract.check("yangmin", "/api/projects?district=daoli").status()).isEqualTo(403);
    assertThat(contract.check("chenjing", "/api/projects/daoli/000-0000-NONE-0000").status()).isEqualTo(404);
    assertThat(contract.check(null, "/api/fund-notices").status()).isEqualTo(401);
    assertThat(contract.checkPost("chenjing", "/api/projects", Map.of()).status()).isEqualTo(400);
    assertThat(contract.checkPost("zhoujie", "/api/fund-notices", Map.of()).status()).isEqualTo(400);
    assertThat(contract.checkPost("zhangwei", "/api/fund-notices", Map.of()).status()).isEqualTo(403);

    assertThat(contract.checked).as("answers checked against the document").hasSizeGreaterThan(25);
    assertThat(contract.fieldsSeen).as("fields of real answers checked against their schemas").isGreaterThan(200);
  }

  @Test
  void theCheckCatchesAnUndeclaredFieldAndAnUndescribedAddress() {
    var contract = new Contract(document());
    var me = http.get("zhangwei", "/api/me").json();
    ((com.fasterxml.jackson.databind.node.ObjectNode) me.get("groups").get(0)).put("idNumber", "230102195603124138");
    var problems = new ArrayList<String>();
    contract.validate(me, contract.schemaOf("get", "/api/me", 200), "$", problems);
    assertThat(problems).containsExactly("$.groups[0].idNumber: not in the schema");
    assertThat(contract.operation("get", "/api/no-such-resource")).isNull();
  }

  /** A relief claim of an insured 新农镇 household, forwarded to the insurer: its case number. */
  private String reliefClaim() {
    var household = InsuredHousehold.filed(jdbc, "韩立", "郑芳");
    var claim = http.post("zhangwei", "/engine-rest/process-definition/key/relief-claim/start", Map.of("variables",
        Http.variables(Map.of("districtCode", "daoli", "townshipCode", "xinnong", "insuredName", "韩立", "insuredIdNumber",
            household.headIdNumber(), "eventType", "accident-death", "eventDate", "2020-09-20"))));
    assertThat(claim.status()).as(claim.body()).isEqualTo(200);
    started.add(claim.json().get("id").asText());
    var register = http.get("chenjing", "/api/relief-claims?district=daoli");
    assertThat(register.status()).as(register.body()).isEqualTo(200);
    return caseNumberOf(register.json(), claim.json().get("businessKey").asText());
  }

  private static String caseNumberOf(JsonNode register, String businessKey) {
    var found = new ArrayList<String>();
    register.findValues("caseNumber").forEach(node -> found.add(node.asText()));
    return found.stream().filter(businessKey::equals).findFirst()
        .orElseThrow(() -> new AssertionError("claim " + businessKey + " not in the register: " + register));
  }

  private JsonNode document() {
    var reply = http.get("chenjing", DOCUMENT);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

  /**
   * The document as a checker of real answers: an answer's status must be declared for its operation, and its JSON
   * body must have only the fields its schema declares (records are closed: no extra fields), of the declared types.
   */
  final class Contract {

    final JsonNode document;
    final List<String> checked = new ArrayList<>();
    int fieldsSeen;

    Contract(JsonNode document) {
      this.document = document;
    }

    Http.Reply check(String official, String pathAndQuery) {
      return check(official, "get", pathAndQuery,
          official == null ? http.getAnonymous(pathAndQuery) : http.get(official, pathAndQuery));
    }

    Http.Reply checkPost(String official, String path, Object body) {
      return check(official, "post", path, http.post(official, path, body));
    }

    private Http.Reply check(String official, String method, String pathAndQuery, Http.Reply reply) {
      var path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
      var call = method.toUpperCase() + " " + pathAndQuery + " as " + official;
      assertThat(reply.status()).as(call + ": " + reply.body()).isLessThan(500);
      var schema = schemaOf(method, path, reply.status());
      assertThat(schema).as(call + " " + reply.status() + " in the document").isNotNull();
      var problems = new ArrayList<String>();
      validate(reply.json(), schema, "$", problems);
      assertThat(problems).as(call + " (" + reply.status() + ") against the document").isEmpty();
      checked.add(reply.status() + " " + method.toUpperCase() + " " + pathAndQuery);
      return reply;
    }

    /** The operation whose path template matches {@code path} (literal templates first). */
    JsonNode operation(String method, String path) {
      JsonNode templated = null;
      for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").fields(); it.hasNext(); ) {
        var entry = it.next();
        if (entry.getKey().equals(path) && entry.getValue().has(method)) {
          return entry.getValue().get(method);
        }
        var regex = Pattern.quote(entry.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
        if (templated == null && path.matches(regex) && entry.getValue().has(method)) {
          templated = entry.getValue().get(method);
        }
      }
      return templated;
    }

    JsonNode schemaOf(String method, String path, int status) {
      var operation = operation(method, path);
      assertThat(operation).as(method.toUpperCase() + " " + path + " in the document").isNotNull();
      var response = operation.at("/responses/" + status);
      assertThat(response.isMissingNode()).as(method.toUpperCase() + " " + path + " declares " + status).isFalse();
      var content = response.get("content");
      assertThat(content).as(method.toUpperCase() + " " + path + " " + status + " has content").isNotNull();
      var media = content.has("application/json") ? content.get("application/json") : content.elements().next();
      return media.get("schema");
    }

    void validate(JsonNode value, JsonNode schema, String where, List<String> problems) {
      schema = resolve(schema);
      if (value == null || value.isNull() || schema == null || schema.isEmpty()) {
        return;
      }
      for (var combined : List.of("allOf", "oneOf", "anyOf")) {
        if (schema.has(combined)) {
          var options = new ArrayList<List<String>>();
          for (var option : schema.get(combined)) {
            var found = new ArrayList<String>();
            validate(value, option, where, found);
            if (found.isEmpty() && !combined.equals("allOf")) {
              return;
            }
            options.add(found);
          }
          options.stream().filter(found -> !found.isEmpty()).findFirst().ifPresent(problems::addAll);
          return;
        }
      }
      var type = schema.has("type") ? schema.get("type").asText() : (schema.has("properties") ? "object" : "");
      switch (type) {
        case "object" -> {
          if (!value.isObject()) {
            problems.add(where + ": expected an object, got " + value.getNodeType());
            return;
          }
          var properties = schema.get("properties");
          var additional = schema.get("additionalProperties");
          value.fields().forEachRemaining(field -> {
            fieldsSeen++;
            var at = where + "." + field.getKey();
            if (properties != null && properties.has(field.getKey())) {
              validate(field.getValue(), properties.get(field.getKey()), at, problems);
            } else if (additional != null && additional.isObject()) {
              validate(field.getValue(), additional, at, problems);
            } else if (additional == null || !additional.asBoolean(false)) {
              problems.add(at + ": not in the schema");
            }
          });
        }
        case "array" -> {
          if (!value.isArray()) {
            problems.add(where + ": expected an array, got " + value.getNodeType());
            return;
          }
          for (int i = 0; i < value.size(); i++) {
            validate(value.get(i), schema.get("items"), where + "[" + i + "]", problems);
          }
        }
        case "string" -> {
          if (!value.isTextual()) {
            problems.add(where + ": expected a string, got " + value.getNodeType() + " " + value);
          } else if (schema.has("enum")) {
            var known = new TreeSet<String>();
            schema.get("enum").forEach(option -> known.add(option.asText()));
            if (!known.contains(value.asText())) {
              problems.add(where + ": " + value.asText() + " not among " + known);
            }
          }
        }
        case "integer" -> {
          if (!value.isIntegralNumber()) {
            problems.add(where + ": expected an integer, got " + value.getNodeType() + " " + value);
          }
        }
        case "number" -> {
          if (!value.isNumber()) {
            problems.add(where + ": expected a number, got " + value.getNodeType() + " " + value);
          }
        }
        case "boolean" -> {
          if (!value.isBoolean()) {
            problems.add(where + ": expected a boolean, got " + value.getNodeType() + " " + value);
          }
        }
        default -> { }
      }
    }

    private JsonNode resolve(JsonNode schema) {
      while (schema != null && schema.has("$ref")) {
        var ref = schema.get("$ref").asText();
        assertThat(ref).startsWith("#/");
        schema = document.at(ref.substring(1));
        assertThat(schema.isMissingNode()).as(ref).isFalse();
      }
      return schema;
    }
  }
}
