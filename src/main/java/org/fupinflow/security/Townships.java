package org.fupinflow.security;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A township (乡镇/街道) is a Camunda group {@code township-<district>-<township>} inside its district's tenant.
 * Its officers are members of it and of {@link Roles#TOWNSHIP_OFFICERS}; township tasks name it as their
 * candidate group, so an officer of another township neither sees nor works them.
 */
public final class Townships {

  public static final String GROUP_TYPE = "township";
  public static final String GROUP_PREFIX = "township-";
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+");

  private Townships() {
  }

  /** The candidate group of a township's tasks, e.g. {@code township-daoli-xinnong}. */
  public static String groupId(String districtCode, String townshipCode) {
    return GROUP_PREFIX + requireCode(districtCode) + "-" + requireCode(townshipCode);
  }

  public static boolean isValidCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  private static String requireCode(String code) {
    if (!isValidCode(code)) {
      throw new IllegalArgumentException("代码只能由小写拼音字母和数字组成 / a code is lower-case pinyin letters and digits: " + code);
    }
    return code.toLowerCase(Locale.ROOT);
  }
}
