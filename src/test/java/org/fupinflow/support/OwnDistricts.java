package org.fupinflow.support;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;

/**
 * Districts of a test's own beside Harbin's eighteen. A test whose assertions read a whole district's figures (its
 * evaluation, its premium need, its ledger) works in a district nobody else writes to. The districts stay when the
 * test ends, as a district does: their codes begin with {@link #PREFIX} (letters only, like Harbin's pinyin codes), so
 * a test about Harbin's own list compares {@link #harbinsOwn} with {@link #HARBIN}.
 */
public final class OwnDistricts {

  /** The 18 districts and counties of 哈财指（农）〔2020〕590号 (seed 000) that the demo makes tenants. */
  public static final List<String> HARBIN = List.of("daoli", "daowai", "nangang", "songbei", "xiangfang", "pingfang",
      "hulan", "acheng", "shuangcheng", "binxian", "fangzheng", "yilan", "bayan", "mulan", "tonghe", "yanshou",
      "wuchang", "shangzhi");
  /** The demo officials of the whole city, who belong to every district (HarbinDemoData gives them all 18). */
  public static final List<String> CITY_OFFICIALS = List.of("demo", "sunli", "zhoujie", "wuqiang", "xubin");

  static final String PREFIX = "test";

  private OwnDistricts() {
  }

  /**
   * A new district named {@code name} (a suffix keeps names apart) whose members are the city's officials and
   * {@code officials}; returns its code.
   */
  public static String aDistrict(IdentityService identityService, String name, String... officials) {
    var random = ThreadLocalRandom.current();
    var code = new StringBuilder(PREFIX);
    for (int i = 0; i < 8; i++) {
      code.append((char) ('a' + random.nextInt(26)));
    }
    var tenant = identityService.newTenant(code.toString());
    tenant.setName(name + code.substring(PREFIX.length(), PREFIX.length() + 4));
    identityService.saveTenant(tenant);
    for (var official : CITY_OFFICIALS) {
      identityService.createTenantUserMembership(tenant.getId(), official);
    }
    for (var official : officials) {
      if (!CITY_OFFICIALS.contains(official)) {
        identityService.createTenantUserMembership(tenant.getId(), official);
      }
    }
    return tenant.getId();
  }

  /** Whether {@code district} was made by {@link #aDistrict}. */
  public static boolean madeByTests(String district) {
    return district.startsWith(PREFIX);
  }

  /** {@code districts} without the ones tests made. */
  public static List<String> harbinsOwn(List<String> districts) {
    return districts.stream().filter(district -> !madeByTests(district)).toList();
  }
}
