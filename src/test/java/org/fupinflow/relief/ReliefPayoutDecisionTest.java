package org.fupinflow.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The insurer's payout rules of 扶贫特惠保 (seed 001; DOMAIN.md "Insurance and relief") as {@code relief-payout.dmn}
 * decides them, in fen: the seed's figures and the edges (level 10, a cap reached by a second claim, a claim below
 * the deductible).
 */
class ReliefPayoutDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = Files.newInputStream(Path.of("processes", "relief-payout.dmn"))) {
      decision = engine.parseDecision("relief-payout", model);
    }
  }

  // 住院医疗: the own share above 10% of compliant costs, per medical year, at most 600,000 yuan

  @Test
  void inpatientMedicalPaysTheOwnShareAboveTenPercentOfTheCompliantCosts() {
    // 100,000.00 compliant, 70,000.00 paid by basic and critical-illness insurance, waivers and aid: own share
    // 30,000.00; the person keeps 10% (10,000.00), the insurer pays 20,000.00
    assertThat(medical(10_000_000, 3_000_000, 0)).isEqualTo(2_000_000);
  }

  @Test
  void anOwnShareBelowTenPercentGetsNothing() {
    assertThat(medical(10_000_000, 900_000, 0)).isZero();
    assertThat(medical(10_000_000, 1_000_000, 0)).as("exactly 10%").isZero();
  }

  @Test
  void theTenPercentAreCountedOverTheMedicalYear() {
    // a first stay: 20,000.00 compliant, own share 3,000.00 → pays 1,000.00
    assertThat(medical(2_000_000, 300_000, 0)).isEqualTo(100_000);
    // a second stay: the year now 50,000.00 compliant, own share 9,000.00; 10% = 5,000.00; 4,000.00 in all, 1,000.00
    // already paid → 3,000.00
    assertThat(medical(5_000_000, 900_000, 100_000)).isEqualTo(300_000);
  }

  @Test
  void sixHundredThousandYuanAPersonAYearAndASecondClaimAfterTheCapGetsNothing() {
    // 3,000,000.00 compliant, own share 2,000,000.00: 1,700,000.00 above 10%, capped at 600,000.00
    assertThat(medical(300_000_000, 200_000_000, 0)).isEqualTo(60_000_000);
    // later in the year, another stay: the cap is reached
    assertThat(medical(310_000_000, 208_000_000, 60_000_000)).isZero();
    // a second claim that reaches the cap part-way: 550,000.00 paid before, 100,000.00 more due, 50,000.00 left
    assertThat(medical(100_000_000, 75_000_000, 55_000_000)).isEqualTo(5_000_000);
  }

  @Test
  void aFractionOfAFenInTheTenPercentIsTheInsurersToPay() {
    // 10% of 123.45 yuan is 12.345: the person keeps 12.34, the insurer pays 100.00 - 12.34 = 87.66
    assertThat(medical(12_345, 10_000, 0)).isEqualTo(8_766);
  }

  // 意外身故 and 意外伤残: 50,000 yuan, 10% of it less per level, at least 5,000

  @Test
  void accidentDeathPaysTheSumInsured() {
    assertThat(evaluate(Map.of("eventType", "accident-death")).get("payoutFen")).isEqualTo(5_000_000L);
  }

  @Test
  void accidentDisabilityFromLevelOneToLevelTen() {
    assertThat(disability(1)).isEqualTo(5_000_000);
    assertThat(disability(2)).isEqualTo(4_500_000);
    assertThat(disability(5)).isEqualTo(3_000_000);
    assertThat(disability(9)).isEqualTo(1_000_000);
    assertThat(disability(10)).as("the minimum, 5,000 yuan").isEqualTo(500_000);
  }

  @Test
  void aDisabilityLevelOutsideOneToTenMatchesNoRule() {
    for (int level : new int[] {0, 11}) {
      var variables = new HashMap<String, Object>();
      variables.put("eventType", "accident-disability");
      variables.put("disabilityLevel", level);
      assertThat(engine.evaluateDecisionTable(decision, variables).isEmpty()).as("level " + level).isTrue();
    }
  }

  // 意外伤害医疗: 80% after a 100-yuan deductible, at most 20,000 yuan a year

  @Test
  void accidentMedicalPaysEightyPercentAfterTheDeductible() {
    assertThat(accidentMedical(1_010_000, 0)).as("10,100.00 → 8,000.00").isEqualTo(800_000);
    assertThat(accidentMedical(12_345, 0)).as("123.45 → 18.76 (0.8 × 23.45, the part fen dropped)").isEqualTo(1_876);
  }

  @Test
  void aClaimBelowTheDeductibleGetsNothing() {
    assertThat(accidentMedical(8_000, 0)).isZero();
    assertThat(accidentMedical(10_000, 0)).as("exactly the deductible").isZero();
  }

  @Test
  void twentyThousandYuanAYearAndASecondClaimGetsWhatIsLeft() {
    assertThat(accidentMedical(3_000_000, 0)).as("0.8 × 29,900.00 = 23,920.00, capped").isEqualTo(2_000_000);
    assertThat(accidentMedical(3_000_000, 2_000_000)).as("the cap reached").isZero();
    assertThat(accidentMedical(1_010_000, 1_500_000)).as("8,000.00 due, 5,000.00 left").isEqualTo(500_000);
  }

  @Test
  void everyRuleSaysWhatItAppliedInBothLanguages() {
    var result = evaluate(Map.of("eventType", "accident-death"));
    assertThat((String) result.get("rule")).contains("意外身故").contains("accident death");
  }

  private static long medical(long yearCompliantCostsFen, long yearOwnShareFen, long yearPaidBeforeFen) {
    return (Long) evaluate(Map.of("eventType", "inpatient-medical", "yearCompliantCostsFen", yearCompliantCostsFen,
        "yearOwnShareFen", yearOwnShareFen, "yearPaidBeforeFen", yearPaidBeforeFen)).get("payoutFen");
  }

  private static long disability(int level) {
    return (Long) evaluate(Map.of("eventType", "accident-disability", "disabilityLevel", level)).get("payoutFen");
  }

  private static long accidentMedical(long claimCompliantCostsFen, long yearPaidBeforeFen) {
    return (Long) evaluate(Map.of("eventType", "accident-medical", "claimCompliantCostsFen", claimCompliantCostsFen,
        "yearPaidBeforeFen", yearPaidBeforeFen)).get("payoutFen");
  }

  private static Map<String, Object> evaluate(Map<String, Object> variables) {
    var all = new HashMap<String, Object>(variables);
    all.putIfAbsent("disabilityLevel", null);
    var result = engine.evaluateDecisionTable(decision, all);
    assertThat(result.size()).as("one rule for " + variables).isEqualTo(1);
    return result.getSingleResult().getEntryMap();
  }
}
