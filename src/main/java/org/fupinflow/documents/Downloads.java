package org.fupinflow.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The answer headers of a file an official downloads (the ledgers, the insured list, the monthly statistics). */
public final class Downloads {

  private Downloads() {
  }

  /** RFC 6266: an ASCII name for old clients, the Chinese one as RFC 5987 {@code filename*}. */
  public static String attachment(String asciiName, String name) {
    var encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
  }
}
