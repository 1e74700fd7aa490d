package org.fupinflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QueryExpressionGuardTest {

  private final ObjectMapper json = new ObjectMapper();
  private final QueryExpressionGuard guard = new QueryExpressionGuard(json, new SecurityErrors(json));

  @Test
  void findsAnExpressionKeyNestedInOrQueries() {
    assertThat(guard.expressionKeyIn(bytes("{\"orQueries\":[{\"name\":\"x\"},{\"candidateGroupsExpression\":\"${x}\"}]}")))
        .contains("candidateGroupsExpression");
  }

  @Test
  void leavesOrdinaryQueriesAndOtherBodiesAlone() {
    assertThat(guard.expressionKeyIn(bytes("{\"assignee\":\"zhangwei\",\"sorting\":[{\"sortBy\":\"dueDate\"}]}"))).isEmpty();
    assertThat(guard.expressionKeyIn(bytes(""))).isEmpty();
    assertThat(guard.expressionKeyIn(bytes("not json"))).isEmpty();
    // A value that merely looks like an expression is data, e.g. a note an official typed.
    assertThat(guard.expressionKeyIn(bytes("{\"variables\":{\"note\":{\"value\":\"${1+1}\"}}}"))).isEmpty();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
