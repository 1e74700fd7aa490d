package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_CATEGORY;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_KIND;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_PERSON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_REASON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_TITLE;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_VILLAGE;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fupinflow.validation.InvalidSubmission;

/**
 * What the calling procedure asks to post, checked as the public will read it: the person's given name masked
 * (张**) and no number long enough to be a resident ID or phone number in any text. The board is anonymous, so
 * a caller's slip must be refused here rather than published.
 */
record NoticeRequest(String kind, String title, String village, String person, String category, String reason) {

  static final Set<String> KINDS = Set.of("household", "fund");
  /** A family name of one or two characters followed by the masked given name: 张**, 欧阳*. */
  private static final Pattern MASKED_NAME = Pattern.compile("\\p{IsHan}{1,2}\\*{1,3}");
  /** 11 digits or more (a mobile phone, a resident ID), or a phone number written in groups. */
  private static final Pattern PERSONAL_NUMBER =
      Pattern.compile("\\p{Nd}{11,}|\\p{Nd}{3}[-\\s]\\p{Nd}{4}[-\\s]\\p{Nd}{4}|\\p{Nd}{6}[-\\s]?\\p{Nd}{8}[-\\s]?\\p{Nd}{3}[\\p{Nd}Xx]");

  static NoticeRequest from(Map<String, Object> variables) {
    var kind = InvalidSubmission.text(variables.get(NOTICE_KIND), NOTICE_KIND, "公示类别", 30);
    if (!KINDS.contains(kind)) {
      throw new InvalidSubmission(NOTICE_KIND, "公示类别应为 household 或 fund：" + kind, "household or fund expected: " + kind);
    }
    var request = new NoticeRequest(kind,
        publishable(InvalidSubmission.text(variables.get(NOTICE_TITLE), NOTICE_TITLE, "公示标题", 200), NOTICE_TITLE, "公示标题"),
        publishable(InvalidSubmission.text(variables.get(NOTICE_VILLAGE), NOTICE_VILLAGE, "公示村", 50), NOTICE_VILLAGE, "公示村"),
        publishable(InvalidSubmission.optionalText(variables.get(NOTICE_PERSON), NOTICE_PERSON, "公示对象", 50), NOTICE_PERSON, "公示对象"),
        publishable(InvalidSubmission.optionalText(variables.get(NOTICE_CATEGORY), NOTICE_CATEGORY, "认定类别", 100), NOTICE_CATEGORY, "认定类别"),
        publishable(InvalidSubmission.optionalText(variables.get(NOTICE_REASON), NOTICE_REASON, "公示事由", 200), NOTICE_REASON, "公示事由"));
    if (request.person() != null && !MASKED_NAME.matcher(request.person()).matches()) {
      throw new InvalidSubmission(NOTICE_PERSON, "公示对象须隐去名字，如 张**", "the given name must be masked, e.g. 张**");
    }
    return request;
  }

  private static String publishable(String text, String field, String chineseName) {
    if (text != null && PERSONAL_NUMBER.matcher(text).find()) {
      throw new InvalidSubmission(field, chineseName + "不得含身份证号、电话号码等个人信息",
          "must not contain a resident ID, phone or other personal number");
    }
    return text;
  }
}
