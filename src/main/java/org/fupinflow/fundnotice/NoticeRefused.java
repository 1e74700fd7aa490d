package org.fupinflow.fundnotice;

import org.fupinflow.validation.InvalidSubmission;

/** A fund notice or import the server refuses: 400 naming the field (or the row), Chinese then English; nothing is kept. */
class NoticeRefused extends InvalidSubmission {

  NoticeRefused(String field, String chinese, String english) {
    super(field, chinese, english);
  }
}
