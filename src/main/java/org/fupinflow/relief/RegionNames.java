package org.fupinflow.relief;

import java.util.HashMap;
import java.util.Map;
import org.fupinflow.security.Districts;

/**
 * District and township names for one answer listing claims: each district's township names are read once, not once
 * per claim (the identity store answers each read with all township groups of the city).
 */
final class RegionNames {

  private final Districts districts;
  private final Map<String, String> districtNames = new HashMap<>();
  private final Map<String, Map<String, String>> townshipNames = new HashMap<>();

  RegionNames(Districts districts) {
    this.districts = districts;
  }

  /** The district's Chinese name, its code when unnamed. */
  String district(String district) {
    return districtNames.computeIfAbsent(district, code -> districts.name(code).orElse(code));
  }

  /** The township's Chinese name, its code when unnamed. */
  String township(String district, String township) {
    return townshipNames.computeIfAbsent(district, districts::townshipNames).getOrDefault(township, township);
  }
}
