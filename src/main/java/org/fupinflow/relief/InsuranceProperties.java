package org.fupinflow.relief;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fupinflow.money.Yuan;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fupin.insurance.premiums.<year>.medical} and {@code .accident}: the premiums per person and year in yuan
 * (at most two decimals), as each year's plan sets them (001 for 2020: 450 and 8 yuan).
 */
@ConfigurationProperties("fupin.insurance")
record InsuranceProperties(Map<Integer, Premiums> premiums) {

  record Premiums(BigDecimal medical, BigDecimal accident) {
  }

  InsuranceProperties {
    var checked = new TreeMap<Integer, Premiums>();
    if (premiums != null) {
      premiums.forEach((year, premium) -> {
        toPremium(year, premium);
        checked.put(year, premium);
      });
    }
    premiums = Map.copyOf(checked);
  }

  /** The year's premium per person, empty when the year is not configured. */
  Optional<Premium> premium(int year) {
    return Optional.ofNullable(premiums.get(year)).map(premium -> toPremium(year, premium));
  }

  private static Premium toPremium(int year, Premiums premiums) {
    var key = "fupin.insurance.premiums." + year;
    if (premiums == null || premiums.medical() == null || premiums.accident() == null) {
      throw new IllegalArgumentException(key + " needs both medical and accident (yuan)");
    }
    try {
      return new Premium(Yuan.toFen(premiums.medical()), Yuan.toFen(premiums.accident()));
    } catch (ArithmeticException | IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": premiums are yuan, not negative, with at most two decimals", e);
    }
  }
}
