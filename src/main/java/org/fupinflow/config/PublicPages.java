package org.fupinflow.config;

import java.nio.charset.StandardCharsets;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.util.HtmlUtils;

/** What the anonymous public boards ({@code /public/**}) share: HTML or JSON by the Accept header, and escaping. */
public final class PublicPages {

  public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private PublicPages() {
  }

  /** JSON only when asked for before HTML: browsers, {@code curl} and a missing Accept header get the page. */
  public static boolean prefersJson(String accept) {
    try {
      var wanted = MediaType.parseMediaTypes(accept);
      MimeTypeUtils.sortBySpecificity(wanted);
      return wanted.stream().filter(type -> type.isCompatibleWith(MediaType.TEXT_HTML)
              || type.isCompatibleWith(MediaType.APPLICATION_JSON)).findFirst()
          .map(type -> !type.isWildcardType() && !type.isCompatibleWith(MediaType.TEXT_HTML)).orElse(false);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  public static String cell(Object value) {
    return "<td>" + escape(value == null ? null : value.toString()) + "</td>";
  }

  public static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
