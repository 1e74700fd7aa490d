package org.fupinflow.household;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A form or REST submission the server refuses, whatever the browser checked: the engine REST API answers
 * 400 with this message (Chinese, then English, naming the field), and the transaction rolls back.
 */
class InvalidSubmission extends BadUserRequestException {

  InvalidSubmission(String field, String chinese, String english) {
    super(field + "：" + chinese + " / " + field + ": " + english);
  }
}
