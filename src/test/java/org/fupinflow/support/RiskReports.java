package org.fupinflow.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Start requests of household identification cases, in the domain's words. */
public final class RiskReports {

  private final Map<String, Object> values = new LinkedHashMap<>();
  private String businessKey;

  private RiskReports() {
    values.put("districtCode", "daoli");
    values.put("townshipCode", "xinnong");
    values.put("villageName", "新农村");
    values.put("category", "A");
    values.put("reportedOn", "2020-09-28");
    values.put("headName", "王建国");
    values.put("headIdNumber", HouseholdData.nextHeadIdNumber());
    values.put("riskReason1", "illness");
  }

  public static RiskReports aCategoryAReport() {
    return new RiskReports();
  }

  /** A category B report (一般农户有致贫风险). */
  public static RiskReports aCategoryBReport() {
    return new RiskReports().with("category", "B");
  }

  public static RiskReports aCategoryCReport() {
    return new RiskReports().with("category", "C");
  }

  public String headIdNumber() {
    return (String) values.get("headIdNumber");
  }

  public RiskReports inTownship(String districtCode, String townshipCode) {
    values.put("districtCode", districtCode);
    values.put("townshipCode", townshipCode);
    return this;
  }

  public RiskReports with(String variable, Object value) {
    values.put(variable, value);
    return this;
  }

  public RiskReports without(String variable) {
    values.remove(variable);
    return this;
  }

  public RiskReports withBusinessKey(String key) {
    this.businessKey = key;
    return this;
  }

  public Map<String, Object> variables() {
    return Map.copyOf(values);
  }

  /** The body of {@code POST /engine-rest/process-definition/key/household-identification/start}. */
  public Map<String, Object> startRequest() {
    var body = new LinkedHashMap<String, Object>();
    body.put("variables", Http.variables(values));
    if (businessKey != null) {
      body.put("businessKey", businessKey);
    }
    return body;
  }
}
