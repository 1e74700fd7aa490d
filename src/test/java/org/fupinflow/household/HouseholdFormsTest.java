package org.fupinflow.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fupinflow.household.HouseholdIdentificationProcess.Forms;
import org.fupinflow.household.HouseholdIdentificationProcess.ReviewDecisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Camunda Forms of household identification against the process contract: every field Tasklist submits is a
 * variable of {@link HouseholdIdentificationProcess.Variables} (or a field of its Json objects), required fields
 * are required, and officials read Chinese. Tasklist submits a group with a {@code path} as one Json variable
 * named after the path, so the paths here are the Json shapes the server parses. The members are the fixed slots
 * {@code member1} … {@code member10}, not a dynamic list: Tasklist 7.24 keeps 完成 disabled on a form with a
 * dynamic list (its form-js 1.8.7 leaves empty error entries for the fields in the list).
 */
class HouseholdFormsTest {

  private static final Path FORMS = Path.of("forms", "household-identification");
  private static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist");
  private static final Set<String> CONTAINER_TYPES = Set.of("group", "dynamiclist");

  private static final List<String> RISK_REASONS = List.of(RISK_REASON_1, RISK_REASON_2, RISK_REASON_3);
  private static final List<String> HOUSEHOLD_FIELDS = List.of("naturalVillage", "phone", "hardship");
  private static final List<String> INCOME_FIELDS = List.of("wages", "transfer", "familyPlanning", "minimumLiving",
      "extremePoverty", "pension", "ecological", "otherTransfer", "business", "property", "assetDividend",
      "otherProperty", "businessExpenses");
  private static final List<String> MEMBER_FIELDS = List.of("name", "sex", "documentType", "idNumber", "relation",
      "ethnicity", "politicalStatus", "education", "schoolingStatus", "health", "workRegion", "monthsWorked");
  private static final List<String> REQUIRED_MEMBER_FIELDS = List.of("name", "sex", "documentType", "idNumber",
      "relation");

  record Contract(String formId, Set<String> keys, Set<String> required) {
  }

  static Stream<Arguments> contracts() {
    var collectKeys = new HashSet<>(Set.of(COLLECTED_ON, RISK_REASON_1, RISK_REASON_2, RISK_REASON_3, APPRAISED_ON,
        APPRAISAL_PASSED, APPRAISAL_NOTE));
    HOUSEHOLD_FIELDS.forEach(field -> collectKeys.add(HOUSEHOLD + "." + field));
    INCOME_FIELDS.forEach(field -> collectKeys.add(HOUSEHOLD + ".incomes." + field));
    memberSlots().forEach(slot -> MEMBER_FIELDS.forEach(field -> collectKeys.add(slot + "." + field)));
    var collectRequired = new HashSet<>(Set.of(COLLECTED_ON, HOUSEHOLD + ".hardship", RISK_REASON_1, APPRAISED_ON,
        APPRAISAL_PASSED, APPRAISAL_NOTE));
    // only the head's slot is required: an empty slot must not block the form, the server checks the filled ones
    REQUIRED_MEMBER_FIELDS.forEach(field -> collectRequired.add(memberSlot(1) + "." + field));
    return Stream.of(
        new Contract(Forms.REPORT_HOUSEHOLD_RISK,
            Set.of(DISTRICT_CODE, TOWNSHIP_CODE, VILLAGE_NAME, CATEGORY, REPORTED_ON, HEAD_NAME, HEAD_ID_NUMBER,
                RISK_REASON_1, RISK_REASON_2, RISK_REASON_3, FAST_TRACK, MEETING_RECORD_NUMBER),
            // the meeting record number is required only while shown, i.e. on the fast track
            Set.of(DISTRICT_CODE, TOWNSHIP_CODE, VILLAGE_NAME, CATEGORY, REPORTED_ON, HEAD_NAME, HEAD_ID_NUMBER,
                RISK_REASON_1, MEETING_RECORD_NUMBER)),
        new Contract(Forms.VERIFY_HOUSEHOLD, Set.of(VERIFIED_ON, RISK_CONFIRMED, VERIFICATION_NOTE),
            Set.of(VERIFIED_ON, VERIFICATION_NOTE)),
        new Contract(Forms.COLLECT_HOUSEHOLD_INFORMATION, collectKeys, collectRequired),
        new Contract(Forms.HOLD_VILLAGE_APPRAISAL, Set.of(APPRAISED_ON, APPRAISAL_PASSED, APPRAISAL_NOTE),
            Set.of(APPRAISED_ON, APPRAISAL_PASSED, APPRAISAL_NOTE)),
        // the review comment is required only while shown, i.e. when rejecting or returning
        new Contract(Forms.REVIEW_HOUSEHOLD, Set.of(REVIEW_DECISION, REVIEW_COMMENT, ASSISTANCE_MEASURES),
            Set.of(REVIEW_DECISION, REVIEW_COMMENT))
    ).map(contract -> Arguments.of(contract.formId(), contract));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void everyFieldIsAContractVariableAndTheRequiredOnesAreRequired(String formId, Contract contract) throws IOException {
    var fields = inputFields(read(formId));

    assertThat(fields.keySet()).as("submitted keys of " + formId).containsExactlyInAnyOrderElementsOf(contract.keys());
    var required = fields.entrySet().stream()
        .filter(field -> field.getValue().path("validate").path("required").asBoolean(false))
        .map(Map.Entry::getKey).toList();
    assertThat(required).as("required fields of " + formId).containsExactlyInAnyOrderElementsOf(contract.required());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void officialsReadChineseLabels(String formId, Contract contract) throws IOException {
    var labels = new ArrayList<String>();
    collectLabels(read(formId).path("components"), labels);

    assertThat(labels).as("labels of " + formId).isNotEmpty().allSatisfy(label ->
        assertThat(label).matches("(?s).*\\p{IsHan}.*"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void idsAreUniqueSoFormJsCanRenderTheForm(String formId, Contract contract) throws IOException {
    var ids = new ArrayList<String>();
    collectIds(read(formId).path("components"), ids);

    assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void riskReasonsOfferExactlyTheRiskReasonCodesInOrder(String formId, Contract contract) throws IOException {
    var fields = inputFields(read(formId));
    var codes = Arrays.stream(RiskReason.values()).map(RiskReason::code).toList();
    var labels = Arrays.stream(RiskReason.values()).map(RiskReason::label).toList();

    for (var key : RISK_REASONS) {
      if (!fields.containsKey(key)) {
        continue;
      }
      var field = fields.get(key);
      assertThat(field.path("type").asText()).as(key).isEqualTo("select");
      assertThat(values(field, "value")).as(key).containsExactlyElementsOf(codes);
      assertThat(values(field, "label")).as(key).containsExactlyElementsOf(labels);
    }
  }

  @Test
  void collectFormSubmitsTheHouseholdAndEachMemberSlotAsJsonAtTheContractPaths() throws IOException {
    var form = read(Forms.COLLECT_HOUSEHOLD_INFORMATION);
    var containers = new LinkedHashMap<String, JsonNode>();
    collectContainers(form.path("components"), "", containers);

    var paths = new ArrayList<>(List.of(HOUSEHOLD, HOUSEHOLD + ".incomes"));
    paths.addAll(memberSlots());
    assertThat(containers.keySet()).containsExactlyInAnyOrderElementsOf(paths);
    assertThat(containers.values()).allSatisfy(container -> assertThat(container.path("type").asText()).isEqualTo("group"));
    // No dynamic list: Tasklist 7.24 enables 完成 only while form-js's errors map has no key, and form-js 1.8.7
    // leaves an empty errors entry for every field of a repeating list it validated, so 完成 stays disabled.
    assertThat(form.toString()).doesNotContain("dynamiclist", "isRepeating");
    assertThat(containers.get(memberSlot(1)).path("label").asText()).isEqualTo("家庭成员1（户主）");
    for (int slot = 2; slot <= MEMBER_SLOTS; slot++) {
      assertThat(containers.get(memberSlot(slot)).path("label").asText()).isEqualTo("家庭成员" + slot);
    }
  }

  @Test
  void eachMemberSlotHasTheMemberFieldsInOrder() throws IOException {
    var form = read(Forms.COLLECT_HOUSEHOLD_INFORMATION);
    var containers = new LinkedHashMap<String, JsonNode>();
    collectContainers(form.path("components"), "", containers);
    var first = containers.get(memberSlot(1)).path("components");

    for (var slot : memberSlots()) {
      var fields = containers.get(slot).path("components");
      var keys = new ArrayList<String>();
      fields.forEach(field -> keys.add(field.path("key").asText()));
      assertThat(keys).as(slot).containsExactlyElementsOf(MEMBER_FIELDS);
      for (int i = 0; i < fields.size(); i++) {
        var field = fields.get(i);
        assertThat(field.path("id").asText()).as(slot).startsWith("Field_Member" + slot.substring("member".length()));
        assertThat(field.path("type").asText()).as(slot).isEqualTo(first.get(i).path("type").asText());
        assertThat(field.path("label").asText()).as(slot).isEqualTo(first.get(i).path("label").asText());
        assertThat(field.path("values")).as(slot + "." + field.path("key").asText()).isEqualTo(first.get(i).path("values"));
      }
    }
    var fields = inputFields(form);
    assertThat(fields.get(memberSlot(1) + ".ethnicity").path("defaultValue").asText()).isEqualTo("汉族");
  }

  @Test
  void eachMemberSlotAfterTheFirstIsHiddenUntilThePreviousHasAName() throws IOException {
    var containers = new LinkedHashMap<String, JsonNode>();
    collectContainers(read(Forms.COLLECT_HOUSEHOLD_INFORMATION).path("components"), "", containers);

    assertThat(containers.get(memberSlot(1)).has("conditional")).as("the head's slot is always shown").isFalse();
    for (int slot = 2; slot <= MEMBER_SLOTS; slot++) {
      var previous = memberSlot(slot - 1);
      // form-js submits no field of a hidden group, so the server gets only the shown slots
      assertThat(containers.get(memberSlot(slot)).path("conditional").path("hide").asText()).as(memberSlot(slot))
          .isEqualTo("=not(" + previous + " != null and " + previous + ".name != null and " + previous + ".name != \"\")");
    }
  }

  @Test
  void incomesAreNonNegativeYuanWithTwoDecimals() throws IOException {
    var fields = inputFields(read(Forms.COLLECT_HOUSEHOLD_INFORMATION));

    for (var income : INCOME_FIELDS) {
      var field = fields.get(HOUSEHOLD + ".incomes." + income);
      assertThat(field.path("type").asText()).as(income).isEqualTo("number");
      assertThat(field.path("decimalDigits").asInt(-1)).as(income).isEqualTo(2);
      assertThat(field.path("validate").path("min").isNumber()).as(income).isTrue();
      assertThat(field.path("validate").path("min").asDouble()).as(income).isZero();
    }
    for (var slot : memberSlots()) {
      var months = fields.get(slot + ".monthsWorked");
      assertThat(months.path("decimalDigits").asInt(-1)).as(slot).isZero();
      assertThat(months.path("validate").path("max").asInt()).as(slot).isEqualTo(12);
    }
  }

  @Test
  void idNumbersAndPhoneFollowTheServerFormats() throws IOException {
    var start = inputFields(read(Forms.REPORT_HOUSEHOLD_RISK));
    var collect = inputFields(read(Forms.COLLECT_HOUSEHOLD_INFORMATION));

    assertAccepts(start, HEAD_ID_NUMBER, List.of("230102199001011234", "23010219900101123X"),
        List.of("030102199001011234", "2301021990010112345", "23010219900101123Y"));
    // every slot keeps the pattern: form-js does not check a pattern on an empty field, so empty slots pass
    for (var slot : memberSlots()) {
      assertAccepts(collect, slot + ".idNumber", List.of("23010219900101123x", "23010219900101123411"),
          List.of("2301021990010112341", "230102199001011234111"));
    }
    assertAccepts(collect, HOUSEHOLD + ".phone", List.of("13800138000", "0631-5201234", "01012345678"),
        List.of("1380013800", "5201234", "0631-52012"));
  }

  @Test
  void appraisalResultIsSubmittedAsABoolean() throws IOException {
    for (var formId : List.of(Forms.COLLECT_HOUSEHOLD_INFORMATION, Forms.HOLD_VILLAGE_APPRAISAL)) {
      var field = inputFields(read(formId)).get(APPRAISAL_PASSED);
      assertThat(field.path("type").asText()).as(formId).isEqualTo("radio");
      assertThat(field.path("values").findValues("value")).as(formId)
          .allSatisfy(value -> assertThat(value.isBoolean()).isTrue())
          .extracting(JsonNode::asBoolean).containsExactly(true, false);
    }
  }

  @Test
  void reviewOffersTheContractDecisionsAndAsksForReasonsOnlyWhenNotApproving() throws IOException {
    var fields = inputFields(read(Forms.REVIEW_HOUSEHOLD));

    assertThat(values(fields.get(REVIEW_DECISION), "value"))
        .containsExactly(ReviewDecisions.APPROVE, ReviewDecisions.REJECT, ReviewDecisions.RETURN);
    assertThat(fields.get(REVIEW_COMMENT).path("conditional").path("hide").asText()).contains(REVIEW_DECISION);
    assertThat(fields.get(ASSISTANCE_MEASURES).path("conditional").path("hide").asText()).contains(REVIEW_DECISION);
    assertThat(inputFields(read(Forms.REPORT_HOUSEHOLD_RISK)).get(MEETING_RECORD_NUMBER)
        .path("conditional").path("hide").asText()).contains(FAST_TRACK);
  }

  private static List<String> memberSlots() {
    var slots = new ArrayList<String>();
    for (int slot = 1; slot <= MEMBER_SLOTS; slot++) {
      slots.add(memberSlot(slot));
    }
    return slots;
  }

  private static JsonNode read(String formId) throws IOException {
    var form = new ObjectMapper().readTree(FORMS.resolve(formId + ".form").toFile());
    assertThat(form.path("id").asText()).isEqualTo(formId);
    return form;
  }

  /** Input fields by the path Tasklist submits them at: {@code key} inside the paths of their containers. */
  private static Map<String, JsonNode> inputFields(JsonNode form) {
    var fields = new LinkedHashMap<String, JsonNode>();
    collectInputs(form.path("components"), "", fields);
    return fields;
  }

  private static void collectInputs(JsonNode components, String prefix, Map<String, JsonNode> fields) {
    for (var component : components) {
      var type = component.path("type").asText();
      if (INPUT_TYPES.contains(type)) {
        var path = prefix + component.path("key").asText();
        assertThat(fields.put(path, component)).as("duplicate key " + path).isNull();
      } else if (CONTAINER_TYPES.contains(type)) {
        collectInputs(component.path("components"), containerPrefix(component, prefix), fields);
      }
    }
  }

  private static void collectContainers(JsonNode components, String prefix, Map<String, JsonNode> containers) {
    for (var component : components) {
      if (CONTAINER_TYPES.contains(component.path("type").asText())) {
        if (component.hasNonNull("path")) {
          containers.put(prefix + component.path("path").asText(), component);
        }
        collectContainers(component.path("components"), containerPrefix(component, prefix), containers);
      }
    }
  }

  private static String containerPrefix(JsonNode container, String prefix) {
    var path = container.path("path").asText("");
    return path.isEmpty() ? prefix : prefix + path + ".";
  }

  private static void collectLabels(JsonNode components, List<String> labels) {
    for (var component : components) {
      var type = component.path("type").asText();
      if (INPUT_TYPES.contains(type) || CONTAINER_TYPES.contains(type)) {
        // a date picker shows dateLabel, not label
        var label = "datetime".equals(type) ? component.path("dateLabel") : component.path("label");
        labels.add(label.asText(""));
        component.path("values").forEach(value -> labels.add(value.path("label").asText("")));
      }
      collectLabels(component.path("components"), labels);
    }
  }

  private static void collectIds(JsonNode components, List<String> ids) {
    for (var component : components) {
      ids.add(component.path("id").asText(""));
      collectIds(component.path("components"), ids);
    }
  }

  private static List<String> values(JsonNode field, String property) {
    var values = new ArrayList<String>();
    field.path("values").forEach(value -> values.add(value.path(property).asText()));
    return values;
  }

  /** form-js tests a pattern with JavaScript's {@code RegExp.test}: a search, so the patterns carry their anchors. */
  private static void assertAccepts(Map<String, JsonNode> fields, String key, List<String> valid, List<String> invalid) {
    var pattern = Pattern.compile(fields.get(key).path("validate").path("pattern").asText());
    assertThat(valid).as(key).allMatch(value -> pattern.matcher(value).find());
    assertThat(invalid).as(key).noneMatch(value -> pattern.matcher(value).find());
  }
}
