package org.fupinflow.projects;

import org.camunda.bpm.engine.BadUserRequestException;

/** A use of special poverty funds on the negative list (负面清单, 001): 400, Chinese then English, citing 001. */
public class UseRefused extends BadUserRequestException {

  UseRefused(String message) {
    super(message);
  }
}
