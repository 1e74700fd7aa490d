package org.fupinflow.household;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.fupinflow.validation.InputHygiene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of Camunda's history although officials type it into Tasklist forms: history level
 * FULL copies every variable into {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL} (and submitted strings into
 * form-field details). This history handler drops every history event of the personal variables
 * ({@link HouseholdIdentificationProcess.Variables#PERSONAL}), and, as a safety net, of any variable or form
 * field whose value holds a resident ID number. The step's listener moves the data into the household tables and
 * removes the variables from the runtime in the same transaction.
 */
@Component
class PersonalDataOutOfHistory extends AbstractCamundaConfiguration {

  private final Set<String> personal;

  PersonalDataOutOfHistory(List<PersonalVariables> others) {
    var names = new HashSet<>(HouseholdIdentificationProcess.Variables.PERSONAL);
    others.forEach(declared -> names.addAll(declared.names()));
    this.personal = Set.copyOf(names);
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    var custom = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<HistoryEventHandler>()
        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    HistoryEventHandler database = configuration.isEnableDefaultDbHistoryEventHandler()
        ? new CompositeDbHistoryEventHandler(custom)
        : new org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler(custom);
    configuration.setHistoryEventHandler(new Filter(database, personal));
  }

  static final class Filter implements HistoryEventHandler {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataOutOfHistory.class);
    private final HistoryEventHandler delegate;

    private final Set<String> personal;

    Filter(HistoryEventHandler delegate, Set<String> personal) {
      this.delegate = delegate;
      this.personal = personal;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isPersonal(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    boolean isPersonal(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable) {
        if (personal.contains(variable.getVariableName())) {
          return true;
        }
        var bytes = variable.getByteValue();
        return holdsResidentId(event, variable.getVariableName(), variable.getTextValue(), variable.getTextValue2(),
            bytes == null ? null : new String(bytes, StandardCharsets.UTF_8));
      }
      if (event instanceof HistoricFormPropertyEventEntity field) {
        return personal.contains(field.getPropertyId())
            || holdsResidentId(event, field.getPropertyId(), String.valueOf(field.getPropertyValue()));
      }
      return false;
    }

    private static boolean holdsResidentId(HistoryEvent event, String name, String... values) {
      for (var value : values) {
        if (InputHygiene.containsResidentId(value)) {
          log.warn("Variable '{}' of process instance {} holds a resident ID number: kept out of history",
              name, event.getProcessInstanceId());
          return true;
        }
      }
      return false;
    }
  }
}
