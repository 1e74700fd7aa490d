package org.fupinflow.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.http.InvalidMediaTypeException;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

  /** A board's answer: its JSON when the caller prefers JSON, else its page; caches keep them apart by Accept. */
  public static <B> ResponseEntity<?> answer(String accept, B board, Function<B, String> page) {
    var vary = ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT);
    return prefersJson(accept) ? vary.contentType(MediaType.APPLICATION_JSON).body(board)
        : vary.contentType(HTML).body(page.apply(board));
  }

  /**
   * The start of a board's page in the boards' common style, up to and with its heading; {@code css} adds rules of
   * the board's own.
   */
  public static StringBuilder page(String title, String css) {
    return new StringBuilder("""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title>
        <style>
        body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 2em auto; max-width: 80em; padding: 0 1em; color: #222; }
        table { border-collapse: collapse; width: 100%%; }
        th, td { border: 1px solid #bbb; padding: .4em .6em; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        td.amount { text-align: right; font-variant-numeric: tabular-nums; }
        %s</style>
        </head>
        <body>
        <h1>%s</h1>
        """.formatted(escape(title), css, escape(title)));
  }

  public static String cell(Object value) {
    return "<td>" + escape(value == null ? null : value.toString()) + "</td>";
  }

  public static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
