package org.fupinflow.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.Principal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.fupinflow.errors.ApiError;
import org.fupinflow.errors.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/calendar}: deadlines as the engine computes them, the loaded holiday arrangements, and (for
 * administrators) loading a new year's arrangement without a restart.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarApi {

  /** Longer periods than ten years are no legal deadline, and counting them day by day costs for nothing. */
  static final int LONGEST_PERIOD = 3660;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DeadlineAnswer(@Schema(description = "事件日期 yyyy-MM-dd / The event's day", example = "2020-09-30") String from,
      Integer workingDays, Integer days,
      @Schema(description = "最后一日 yyyy-MM-dd / The last day", example = "2020-10-12") String deadline,
      @Schema(description = "最后一日结束时，北京时间 / The end of the last day, China time", example = "2020-10-12T23:59:59+08:00") String dueAt,
      @Schema(description = "期间涉及未载入节假日安排的年份时的提示 / Said when the period touches a "
          + "year without a loaded arrangement") String warning) {
  }

  record YearAnswer(int year, String source, String loadedAt, int days) {
  }

  record LoadAnswer(int year, int days, int recalculatedTimers, int recalculatedTasks) {
  }

  private final HolidayCalendar holidays;
  private final DeadlineRecalculation recalculation;
  private final ObjectMapper json;

  CalendarApi(HolidayCalendar holidays, DeadlineRecalculation recalculation, ObjectMapper json) {
    this.holidays = holidays;
    this.recalculation = recalculation;
    this.json = json;
  }

  @Operation(operationId = "getDeadline",
      summary = "期限：一个期间何时届满 / When a period ends",
      description = "任何已登录的官员。按民法典第二百零一条，事件当日不计入；N 个工作日届满于第 N 个工作日，N 日（自然日"
      + "）的最后一日遇休息日顺延至下一个工作日；deadline 为最后一日，dueAt 为该日北京时间 24:00（与引擎的 ${deadlines."
      + "workingDays(...)} 和 ${deadlines.days(...)} 同一时刻）。期间涉及未载入节假日安排的年份时，该年周一至周五均按工"
      + "作日计，并附 warning。 / Any logged-in official. The event's day is not counted (民法典 第二百零一条); N "
      + "working days end at the end of the N-th working day, N days on the N-th day moved to the next working day; "
      + "deadline is the last day, dueAt the end of it in China time (the instant of the engine's ${deadlines.workingDa"
      + "ys(...)} and ${deadlines.days(...)}). A period touching a year without a loaded arrangement counts every "
      + "weekday there as a working day and carries a warning.")
  @GetMapping("/deadline")
  DeadlineAnswer deadline(
      @Parameter(description = "事件日期 yyyy-MM-dd（不计入） / The event's day yyyy-MM-dd (not counted)", example = "2020-09-30")
      @RequestParam(required = false) String from,
      @Parameter(description = "工作日数 0–3660；与 days 只给一个 / Working days 0–3660; give exactly one of workingDays"
          + " and days", example = "3")
      @RequestParam(required = false) String workingDays,
      @Parameter(description = "自然日数 0–3660；与 workingDays 只给一个 / Calendar days 0–3660; give exactly one "
          + "of workingDays and days")
      @RequestParam(required = false) String days) {
    var eventDay = date("from", from);
    if ((workingDays == null) == (days == null)) {
      throw new InvalidRequestException("请只给出 workingDays（工作日）或 days（自然日）其中一个参数 / "
          + "Give exactly one of the parameters workingDays (working days) or days (calendar days)");
    }
    // One snapshot for the count and the warning, even if an administrator loads a year meanwhile.
    var calendar = holidays.current();
    LocalDate last;
    Integer counted;
    if (workingDays != null) {
      counted = period("workingDays", workingDays);
      last = calendar.addWorkingDays(eventDay, counted);
    } else {
      counted = period("days", days);
      last = calendar.addDays(eventDay, counted);
    }
    var unknown = calendar.yearsWithoutData(eventDay, last);
    return new DeadlineAnswer(eventDay.toString(), workingDays != null ? counted : null, days != null ? counted : null,
        last.toString(), chinaTime(ChinaTime.endOfDay(last)), unknown.isEmpty() ? null : periodWarning(unknown));
  }

  @Operation(operationId = "listHolidayYears",
      summary = "已载入的节假日安排 / The loaded holiday arrangements",
      description = "任何已登录的官员。每年：source（随应用发布的文件，或经接口载入的 api:<用户>）、loadedAt（北京时间）"
      + "、days（通知列出的休息日和调休上班日数）。 / Any logged-in official. Per year: source (the shipped file, "
      + "or api:<user> for one loaded through the API), loadedAt (China time), days (days off and adjusted working "
      + "days the notice lists).")
  @GetMapping("/years")
  List<YearAnswer> years() {
    return holidays.loadedYears().stream()
        .map(year -> new YearAnswer(year.year(), year.source(), chinaTime(Date.from(year.loadedAt())), year.days()))
        .toList();
  }

  @Operation(operationId = "loadHolidayYear",
      summary = "载入一年的节假日安排 / Load a year's holiday arrangement",
      description = "仅系统管理员（camunda-admin），其他人 403。请求体为 holiday-cn 格式的一年文件（与 src/main/resourc"
      + "es/calendar/holidays/*.json 相同）；替换该年已有的安排。在一个事务内重新计算此后到期的定时器和待办的期限（reca"
      + "lculatedTimers、recalculatedTasks）；文件无效 400 且不做任何改变。 / Administrators (camunda-admin) only, "
      + "others 403. The body is one year's file in the holiday-cn format (as src/main/resources/calendar/holidays/*.js"
      + "on); it replaces that year's arrangement. In one transaction the timers and tasks due after it are planned "
      + "again (recalculatedTimers, recalculatedTasks); an invalid file is 400 and changes nothing.")
  @PutMapping("/years/{year}")
  @PreAuthorize("hasRole('camunda-admin')") // members of Camunda's camunda-admin group (Roles.ADMINS)
  LoadAnswer load(
      @Parameter(description = "年份，须与文件中的 year 一致 / The year, as in the file", example = "2027")
      @PathVariable String year, @RequestBody(required = false) String body, Principal caller) {
    var pathYear = integer("year", year);
    // Read here rather than by Spring MVC: a caller who may not load gets 403 whatever they sent.
    var file = parse(body);
    try {
      file.validate();
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
    if (file.year() != pathYear) {
      throw new InvalidRequestException("路径中的年份 " + pathYear + " 与文件中的 year " + file.year() + " 不一致 / The year "
          + pathYear + " in the path differs from the file's year " + file.year());
    }
    var recalculated = recalculation.loadAndReplan(file, "api:" + caller.getName());
    return new LoadAnswer(file.year(), file.days().size(), recalculated.timers(), recalculated.tasks());
  }

  private HolidayYearFile parse(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidRequestException("请求体应为一年的节假日安排（holiday-cn JSON 格式） / "
          + "The body must be one year's holiday arrangement (holiday-cn JSON)");
    }
    try {
      return json.readValue(body, HolidayYearFile.class);
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("节假日文件（holiday-cn JSON）有误：" + ApiError.unreadableJson(e));
    }
  }

  private static LocalDate date(String parameter, String value) {
    if (value == null) {
      throw new InvalidRequestException("缺少参数 " + parameter + "（日期 yyyy-MM-dd） / Missing parameter " + parameter
          + " (a date yyyy-MM-dd)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("参数 " + parameter + " 应为日期 yyyy-MM-dd / Parameter " + parameter
          + " must be a date yyyy-MM-dd: " + value);
    }
    var latest = BusinessDates.latest();
    if (date.isBefore(BusinessDates.EARLIEST) || date.isAfter(latest)) {
      throw new InvalidRequestException(parameter + "：应在 " + BusinessDates.EARLIEST + " 至 " + latest + " 之间：" + date
          + " / " + parameter + ": must lie between " + BusinessDates.EARLIEST + " and " + latest + ": " + date);
    }
    return date;
  }

  private static int period(String parameter, String value) {
    var period = integer(parameter, value);
    if (period < 0) {
      throw new InvalidRequestException("参数 " + parameter + " 不能为负数 / Parameter " + parameter
          + " cannot be negative: " + value);
    }
    if (period > LONGEST_PERIOD) {
      throw new InvalidRequestException("参数 " + parameter + " 不能超过 " + LONGEST_PERIOD + " / Parameter " + parameter
          + " cannot exceed " + LONGEST_PERIOD + ": " + value);
    }
    return period;
  }

  private static int integer(String parameter, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("参数 " + parameter + " 应为整数 / Parameter " + parameter
          + " must be a whole number: " + value);
    }
  }

  private static String periodWarning(List<Integer> years) {
    var names = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "期限涉及未载入节假日安排的年份 " + names + "，其中周一至周五均按工作日计算 / The period touches " + names
        + ", for which no holiday arrangement is loaded: every weekday there counts as a working day";
  }

  /** ISO date-time with China's offset, whole seconds: {@code 2020-10-12T23:59:59+08:00}. */
  private static String chinaTime(Date instant) {
    return OffsetDateTime.ofInstant(instant.toInstant(), ChinaTime.ZONE).truncatedTo(ChronoUnit.SECONDS)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
