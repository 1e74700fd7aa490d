package org.fupinflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every official starts with, sorted by due date. Stored filters may use expressions
 * (evaluated for the viewer); officials cannot create filters themselves.
 */
@Component
class TasklistFilters {

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  void seed() {
    ensure("我的待办", "分配给我的任务 / Tasks assigned to me", -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure("我组的待办", "我所在组可认领的任务 / Unassigned tasks of my groups", -5,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    ensure("即将到期", "一个工作日内到期的我的任务和我组的任务 / Mine and my groups' tasks due within one working day", 0,
        mineOrMyGroups().dueAfterExpression("${now()}").dueBeforeExpression("${escalation.dueSoonLimit()}"));
    ensure("已超期", "已超过期限的我的任务和我组的任务 / Mine and my groups' overdue tasks", 5,
        mineOrMyGroups().dueBeforeExpression("${now()}"));
  }

  private TaskQuery mineOrMyGroups() {
    return taskService.createTaskQuery()
        .or()
          .taskAssigneeExpression("${currentUser()}")
          .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private void ensure(String name, String description, int priority, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    var filter = filterService.newTaskFilter(name)
        .setQuery(query.orderByDueDate().asc())
        .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    filterService.saveFilter(filter);
    var everyone = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
    everyone.setUserId(ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(everyone);
  }
}
