package org.fupinflow.publicnotice;

/** The state of a notice on the board ({@code public_notice.status}) and how the public reads it. */
enum NoticeStatus {
  RUNNING("公示中"),
  /** The period ended without an objection, or every objection was dismissed. */
  COMPLETED("公示期满"),
  /** An objection was upheld. */
  WITHDRAWN("已撤回");

  private final String label;

  NoticeStatus(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
