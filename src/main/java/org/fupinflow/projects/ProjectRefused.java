package org.fupinflow.projects;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A project that may not receive special poverty funds from a fund line: not in the district's library, without
 * performance goals, or of another fund line (专款专用). Inside an engine command the REST API answers 400 and the
 * transaction rolls back. The message is Chinese, then English, and names the project.
 */
public class ProjectRefused extends BadUserRequestException {

  private final String projectCode;

  ProjectRefused(String projectCode, String chinese, String english) {
    super(chinese + " / " + english);
    this.projectCode = projectCode;
  }

  public String projectCode() {
    return projectCode;
  }
}
