package org.fupinflow.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.money.Yuan;
import org.junit.jupiter.api.Test;

/** The premium need of a district, in the figures of seed 001 (环翠区 2020). */
class PremiumNeedTest {

  /** 001, 2020: supplementary medical 450 yuan, accident 8 yuan per person and year. */
  private static final Premium PREMIUM_2020 = new Premium(45_000, 800);

  @Test
  void huancuisTwoHundredSixteenPeopleNeed98928YuanOfWhichTheDistrictMatches28928() {
    var need = new PremiumNeed(216, PREMIUM_2020, Map.of(FundLevel.PROVINCE, 2_000_000L, FundLevel.CITY, 5_000_000L));

    assertThat(Yuan.of(PREMIUM_2020.totalFen())).hasToString("458.00");
    assertThat(Yuan.of(need.needFen())).hasToString("98928.00");
    assertThat(Yuan.of(need.upperLevelTotalFen())).hasToString("70000.00");
    assertThat(Yuan.of(need.districtMatchingFen())).hasToString("28928.00");
    assertThat(need.surplusFen()).isZero();
    assertThat(need.upperLevelPartsFen()).as("all of both upper levels pays the premium")
        .containsExactly(Map.entry(FundLevel.PROVINCE, 2_000_000L), Map.entry(FundLevel.CITY, 5_000_000L));
  }

  @Test
  void beyondTheNeedTheProvincePaysFirstAndTheCityTheRest() {
    var need = new PremiumNeed(100, PREMIUM_2020, Map.of(FundLevel.PROVINCE, 2_000_000L, FundLevel.CITY, 5_000_000L));

    assertThat(need.upperLevelPartsFen())
        .containsExactly(Map.entry(FundLevel.PROVINCE, 2_000_000L), Map.entry(FundLevel.CITY, 2_580_000L));
    assertThat(new PremiumNeed(10, PREMIUM_2020, Map.of(FundLevel.PROVINCE, 2_000_000L, FundLevel.CITY, 5_000_000L))
        .upperLevelPartsFen()).as("10 people: 4,580.00 of the province's 20,000.00, nothing of the city's")
        .containsExactly(Map.entry(FundLevel.PROVINCE, 458_000L), Map.entry(FundLevel.CITY, 0L));
  }

  @Test
  void upperLevelFundsBeyondTheNeedLeaveNothingToMatchAndASurplus() {
    var need = new PremiumNeed(100, PREMIUM_2020, Map.of(FundLevel.PROVINCE, 2_000_000L, FundLevel.CITY, 5_000_000L));

    assertThat(Yuan.of(need.needFen())).hasToString("45800.00");
    assertThat(need.districtMatchingFen()).isZero();
    assertThat(Yuan.of(need.surplusFen())).hasToString("24200.00");
  }

  @Test
  void withoutUpperLevelFundsTheDistrictMatchesTheWholeNeed() {
    var need = new PremiumNeed(3, PREMIUM_2020, Map.of());

    assertThat(need.upperLevelFen()).containsOnlyKeys(FundLevel.PROVINCE, FundLevel.CITY).containsValues(0L);
    assertThat(Yuan.of(need.districtMatchingFen())).hasToString("1374.00");
    assertThat(need.upperLevelPartsFen()).containsValues(0L, 0L);
  }

  @Test
  void theDistrictsOwnOrCentralFundsAreNoUpperLevelFundsHere() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PremiumNeed(3, PREMIUM_2020, Map.of(FundLevel.DISTRICT, 100L)));
  }
}
