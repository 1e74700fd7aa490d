package org.fupinflow.security;

import java.util.Map;

/**
 * A message that officials may send through the engine REST API's {@code POST /message} without holding rights
 * on process instances: the capability that owns it checks who may send it to which case, and correlates it
 * itself. Every other message is an administrator's tool.
 */
public interface MessageRule {

  /** The BPMN message name, e.g. {@code PublicNoticeObjection}. */
  String messageName();

  /**
   * Correlates the message for the official the engine's current authentication names. Refuses with a
   * {@link org.camunda.bpm.engine.BadUserRequestException} (400, naming the field) or an
   * {@link org.camunda.bpm.engine.AuthorizationException} (403), changing nothing.
   *
   * @param businessKey the case number the caller sent
   * @param processVariables the message's variables, as plain values
   */
  void correlate(String businessKey, Map<String, Object> processVariables);
}
