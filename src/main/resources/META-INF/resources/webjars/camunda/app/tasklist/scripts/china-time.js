/*
 * Fupin Flow: dates in China time (Asia/Shanghai, UTC+8) whatever the browser's zone. Deadlines end at 24:00
 * China time (民法典 第二百零三条); an official's laptop set to UTC, or a server's, must not show them a day early.
 *
 * The webapps format every date with moment (the camDate filter, angular-moment's am* filters) in the browser's
 * zone, and 7.24 ships moment without moment-timezone, so no configuration key sets a zone. This script does
 * what moment-timezone's tz.setDefault does, for the one zone: moment's updateOffset hook gives every new moment
 * the UTC+8 offset, and a moment made from local fields (a date picked in a due-date picker) reads them as China
 * time. China has kept UTC+8 without daylight saving since 1991, so one fixed offset is exact for every date the
 * application holds. The footer names the zone instead of the browser's.
 *
 * Loaded by config.js (customScripts) of Tasklist, Cockpit, Admin and Welcome; Cockpit and Admin expose moment
 * as window.moment, Tasklist and Welcome through angular-moment's injectable.
 */
const CHINA_OFFSET_MINUTES = 8 * 60;
const ZONE_NAME = '北京时间（Asia/Shanghai，UTC+8）';

function inChinaTime(moment) {
  if (!moment || moment.fupinChinaTime) {
    return;
  }
  moment.fupinChinaTime = true;
  // As moment-timezone: a new moment keeps the parsed fields (_a) and, as clones do, whether it is in China time
  // (moment copies only the properties listed here into the moment it builds from its parsing config).
  moment.momentProperties.push('_a', '_fupinZoned');
  // As moment-timezone: a moment built from fields without an offset of its own holds China's wall time.
  const needsOffset = (mom) => !!(mom._a && mom._tzm === undefined && mom._f !== 'X' && mom._f !== 'x');
  moment.updateOffset = function (mom, keepTime) {
    if (mom._fupinZoned === undefined) {
      if (needsOffset(mom) && !mom._isUTC && mom.isValid()) {
        mom._d = moment.utc(mom._a)._d;
        mom.utc().add(-CHINA_OFFSET_MINUTES, 'minutes');
      }
      mom._fupinZoned = true;
    }
    if (mom._fupinZoned) {
      mom.utcOffset(CHINA_OFFSET_MINUTES, keepTime);
      mom._fupinZoned = true;
    }
  };
  // utc() and local() ask for another zone on purpose: leave those moments alone (as moment-timezone does).
  for (const name of ['utc', 'local']) {
    const original = moment.fn[name];
    moment.fn[name] = function () {
      this._fupinZoned = false;
      return original.apply(this, arguments);
    };
  }
}

function footerNamesChinaTime($provide) {
  $provide.decorator('camWidgetFooterDirective', ['$delegate', function ($delegate) {
    const footer = $delegate[0];
    const link = footer.link;
    footer.compile = function () {
      return function (scope) {
        if (link) {
          link.apply(this, arguments);
        }
        scope.timezoneName = ZONE_NAME;
      };
    };
    return $delegate;
  }]);
}

inChinaTime(window.moment);
window.angular
  .module('camunda.common.widgets')
  .config(['$provide', footerNamesChinaTime])
  .run(['$injector', function ($injector) {
    inChinaTime(window.moment);
    if ($injector.has('moment')) {
      inChinaTime($injector.get('moment'));
    }
  }]);

export default [];
