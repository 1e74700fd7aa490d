package org.fupinflow.relief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a step of {@code relief-claim.bpmn} shows on the case once {@link ReliefClaimCases} has checked and recorded
 * it: variables to set (a null value is set as null) and variables to take off the case. The step writes them.
 */
final class ClaimVariables {

  private final Map<String, Object> shown = new LinkedHashMap<>();
  private final List<String> removed = new ArrayList<>();

  ClaimVariables show(String name, Object value) {
    shown.put(name, value);
    return this;
  }

  ClaimVariables remove(String name) {
    removed.add(name);
    return this;
  }

  Map<String, Object> shown() {
    return Collections.unmodifiableMap(shown);
  }

  List<String> removed() {
    return Collections.unmodifiableList(removed);
  }

  void writeTo(VariableScope scope) {
    removed.forEach(scope::removeVariable);
    shown.forEach(scope::setVariable);
  }
}
