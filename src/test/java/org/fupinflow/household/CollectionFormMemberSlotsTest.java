package org.fupinflow.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.MEMBER_SLOTS;
import static org.fupinflow.household.HouseholdIdentificationProcess.Variables.memberSlot;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fupinflow.household.HouseholdIdentificationProcess.Forms;
import org.junit.jupiter.api.Test;

/**
 * The ten member slots 家庭成员1…10 of the collection form are one definition,
 * {@code forms/household-identification/member-slot.template.json}, with its index: {@code {n}} in ids, paths and
 * labels, {@code {previous}} in the condition that shows a slot once the one before has a name, and A6 民族's options
 * from {@link Ethnicities} (the list the server checks). The head's slot 家庭成员1（户主） is always shown, requires
 * A1–A5 and defaults A5 to 户主; form-js cannot require a field of a slot only once the slot is used, so the
 * server checks the filled slots. This test fails when a slot drifts from the definition; run it with
 * {@code -Dfupin.generateForms=true} to write the slots into the form from the definition.
 */
class CollectionFormMemberSlotsTest {

  private static final Path FOLDER = Path.of("forms", "household-identification");
  private static final Path FORM = FOLDER.resolve(Forms.COLLECT_HOUSEHOLD_INFORMATION + ".form");
  private static final Path TEMPLATE = FOLDER.resolve("member-slot.template.json");
  private static final List<String> REQUIRED_IN_THE_HEADS_SLOT = List.of("name", "sex", "documentType", "idNumber",
      "relation");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyMemberSlotIsTheOneDefinitionWithItsIndex() throws IOException {
    var form = (ObjectNode) JSON.readTree(FORM.toFile());
    if (Boolean.getBoolean("fupin.generateForms")) {
      writeSlotsInto(form);
    }

    var slots = slotsOf(JSON.readTree(FORM.toFile()));
    assertThat(slots).hasSize(MEMBER_SLOTS);
    for (int n = 1; n <= MEMBER_SLOTS; n++) {
      assertThat(slots.get(n - 1)).as(memberSlot(n) + " against the definition (regenerate with -Dfupin.generateForms=true)")
          .isEqualTo(slot(n));
    }
  }

  @Test
  void ethnicityOffersExactlyTheFiftySixGroupsTheServerAccepts() throws IOException {
    for (var slot : slotsOf(JSON.readTree(FORM.toFile()))) {
      var ethnicity = field(slot, "ethnicity");
      assertThat(ethnicity.path("type").asText()).isEqualTo("select");
      var values = ethnicity.path("values").findValuesAsText("value");
      assertThat(values).hasSize(56).containsExactlyElementsOf(Ethnicities.NAMES);
      assertThat(ethnicity.path("defaultValue").asText()).isEqualTo(Ethnicities.HAN);
    }
  }

  /** Slot n from the definition. */
  static ObjectNode slot(int n) throws IOException {
    var text = Files.readString(TEMPLATE)
        .replace("{n}", Integer.toString(n))
        .replace("{previous}", Integer.toString(n - 1));
    var slot = (ObjectNode) JSON.readTree(text);
    var ethnicities = JSON.createArrayNode();
    Ethnicities.NAMES.forEach(name -> ethnicities.addObject().put("label", name).put("value", name));
    ((ObjectNode) field(slot, "ethnicity")).set("values", ethnicities);
    if (n == 1) {
      slot.put("label", "家庭成员1（户主）");
      slot.remove("conditional");
      for (var key : REQUIRED_IN_THE_HEADS_SLOT) {
        var validate = JSON.createObjectNode().put("required", true);
        var field = (ObjectNode) field(slot, key);
        if (field.has("validate")) {
          validate.setAll((ObjectNode) field.get("validate"));
        }
        field.set("validate", validate);
      }
      ((ObjectNode) field(slot, "relation")).put("defaultValue", "户主");
    }
    return slot;
  }

  private static JsonNode field(JsonNode slot, String key) {
    for (var field : slot.path("components")) {
      if (key.equals(field.path("key").asText())) {
        return field;
      }
    }
    throw new AssertionError("no field " + key + " in " + slot.path("path").asText());
  }

  private static List<JsonNode> slotsOf(JsonNode form) {
    var slots = new java.util.ArrayList<JsonNode>();
    form.path("components").forEach(component -> {
      if (component.path("path").asText().matches("member\\d+")) {
        slots.add(component);
      }
    });
    return slots;
  }

  private static void writeSlotsInto(ObjectNode form) throws IOException {
    var components = (ArrayNode) form.get("components");
    for (int i = 0; i < components.size(); i++) {
      var path = components.get(i).path("path").asText();
      if (path.matches("member\\d+")) {
        components.set(i, slot(Integer.parseInt(path.substring("member".length()))));
      }
    }
    var printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    Files.writeString(FORM, JSON.writer(printer).writeValueAsString(form) + "\n");
  }
}
