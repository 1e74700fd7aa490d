/*
 * 督办看板 (supervision board): a Cockpit plugin of Fupin Flow, plain JavaScript, no build.
 *
 * Cockpit 7.24 loads every module listed in `customScripts` of scripts/config.js and registers the plugin
 * definitions it exports: a card on the dashboard (cockpit.dashboard), a page of its own (cockpit.route, at
 * #/supervision-board) and its link in the header (cockpit.navigation). The page reads GET /api/escalations/board
 * with the Cockpit session (the application accepts the webapps' session on /api for safe requests), so every
 * official sees exactly the districts the API gives them. Times come from the server in China time (+08:00) and
 * are shown as written, whatever the browser's zone.
 */

const PATH = '/supervision-board';
const BOARD = '/api/escalations/board';
const LEVELS = { 1: '一级督办', 2: '二级督办' };

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null) return;
    if (name === 'style') node.style.cssText = value;
    else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else node.setAttribute(name, value);
  });
  children.flat().forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  });
  return node;
}

async function fetchBoard(query) {
  const reply = await fetch(BOARD + (query || ''), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!reply.ok) {
    let message = '';
    try { message = (await reply.json()).message || ''; } catch (e) { /* not JSON */ }
    const error = new Error(message || String(reply.status));
    error.status = reply.status;
    throw error;
  }
  return reply.json();
}

/** "2020-10-12T23:59:59+08:00" → "2020-10-12 24:00" (a period ends at 24:00 of its last day), as the server wrote it. */
function when(text) {
  if (!text) return '';
  const day = text.substring(0, 10);
  const time = text.substring(11, 16);
  return text.substring(11, 19) === '23:59:59' ? day + ' 24:00' : day + ' ' + time;
}

function caseLink(step) {
  return el('a', { href: '#/process-instance/' + encodeURIComponent(step.processInstanceId) + '/runtime',
    title: '在 Cockpit 中查看流程实例 ' + step.processInstanceId, 'data-case': step.caseKey },
  step.caseKey || step.processInstanceId);
}

function refusal(error) {
  if (error.status === 403) return '您无权查看督办看板（督查、市扶贫办、市财政局和区县扶贫办、财政局可查看本辖区）。';
  if (error.status === 401) return '登录已过期，请重新登录。';
  return '督办看板加载失败：' + error.message;
}

/* ---------- the page ---------- */

function stepColumns(cells) {
  const columns = new Map();
  cells.forEach((cell) => {
    const key = cell.processKey + '|' + cell.stepId;
    if (!columns.has(key)) columns.set(key, { key, processName: cell.processName, stepName: cell.stepName, levels: new Set() });
    columns.get(key).levels.add(cell.level);
  });
  return [...columns.values()].map((column) => ({ ...column, levels: [...column.levels].sort() }))
    .sort((a, b) => (a.processName || '').localeCompare(b.processName || '', 'zh') || (a.stepName || '').localeCompare(b.stepName || '', 'zh'));
}

function matrix(board, showCell) {
  if (!board.cells.length) {
    return el('p', { class: 'fupin-board-empty' }, '目前没有未办结的超期督办。');
  }
  const columns = stepColumns(board.cells);
  const byKey = new Map(board.cells.map((cell) => [cell.district + '|' + cell.processKey + '|' + cell.stepId + '|' + cell.level, cell]));
  const districts = board.districts.filter((district) => board.cells.some((cell) => cell.district === district.code));
  const head = el('thead', {},
    el('tr', {}, el('th', { rowspan: 2 }, '区县'),
      columns.map((column) => el('th', { colspan: column.levels.length, title: column.processName }, column.stepName,
        el('div', { class: 'text-muted', style: 'font-weight:normal;font-size:11px' }, column.processName)))),
    el('tr', {}, columns.flatMap((column) => column.levels.map((level) => el('th', { style: 'font-weight:normal' }, LEVELS[level] || level + '级')))));
  const body = el('tbody', {}, districts.map((district) => el('tr', {},
    el('th', {}, district.name),
    columns.flatMap((column) => column.levels.map((level) => {
      const cell = byKey.get(district.code + '|' + column.key + '|' + level);
      if (!cell) return el('td', { class: 'text-muted' }, '—');
      return el('td', {},
        el('a', { href: '', class: 'fupin-board-cell', 'data-district': cell.district, 'data-step': cell.stepId, 'data-level': cell.level,
          onclick: (event) => { event.preventDefault(); showCell(cell); } },
        el('strong', {}, cell.count + ' 件'), el('br'), '最久超期 ' + cell.oldestLateWorkingDays + ' 个工作日'));
    })))));
  return el('table', { class: 'table table-bordered table-condensed fupin-board-matrix' }, head, body);
}

function cellCases(cell) {
  return el('div', { class: 'fupin-board-cases' },
    el('h4', {}, cell.districtName + ' · ' + cell.stepName + ' · ' + (LEVELS[cell.level] || cell.level) + '（' + cell.count + ' 件）'),
    el('table', { class: 'table table-striped table-condensed' },
      el('thead', {}, el('tr', {}, ['案件编号', '流程', '步骤', '办理期限', '超期（工作日）', '督办时间', '办理人'].map((title) => el('th', {}, title)))),
      el('tbody', {}, cell.cases.map((step) => el('tr', {},
        el('td', {}, caseLink(step)), el('td', {}, step.processName || step.processKey || ''), el('td', {}, step.stepName),
        el('td', {}, when(step.deadline)), el('td', {}, el('strong', { class: 'text-danger' }, String(step.lateWorkingDays))),
        el('td', {}, when(step.escalatedAt)), el('td', {}, step.heldBy || ''))))));
}

function dueSoonTable(board) {
  if (!board.dueSoon.length) return el('p', { class: 'fupin-board-empty' }, '没有一个工作日内到期的步骤。');
  return el('table', { class: 'table table-striped table-condensed fupin-board-due-soon' },
    el('thead', {}, el('tr', {}, ['案件编号', '区县', '流程', '步骤', '办理期限', '办理人'].map((title) => el('th', {}, title)))),
    el('tbody', {}, board.dueSoon.map((step) => el('tr', {},
      el('td', {}, caseLink(step)), el('td', {}, step.districtName || step.district || ''),
      el('td', {}, step.processName || step.processKey || ''), el('td', {}, step.stepName || ''),
      el('td', {}, when(step.deadline)), el('td', {}, step.heldBy || '')))));
}

/** Opened and closed escalations per ISO week as paired bars (inline SVG), with the numbers under each week. */
function trendChart(trend) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = (tag, attributes, text) => {
    const node = document.createElementNS(ns, tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const max = Math.max(1, ...trend.map((week) => Math.max(week.opened, week.closed)));
  const slot = 64;
  const height = 120;
  const top = 20; // room for the count above the tallest bar
  const chart = svg('svg', { width: trend.length * slot + 20, height: height + top + 45, role: 'img', class: 'fupin-board-trend',
    'aria-label': '每周新增和办结的督办' });
  trend.forEach((week, index) => {
    const x = 10 + index * slot;
    [[week.opened, '#c9302c', '新增'], [week.closed, '#3c763d', '办结']].forEach(([value, color, label], bar) => {
      const barHeight = Math.round((value / max) * height);
      const rect = svg('rect', { x: x + 8 + bar * 22, y: top + height - barHeight, width: 20, height: Math.max(barHeight, 1), fill: color });
      rect.appendChild(svg('title', {}, week.week + ' ' + label + ' ' + value));
      chart.appendChild(rect);
      chart.appendChild(svg('text', { x: x + 18 + bar * 22, y: top + height - barHeight - 4, 'text-anchor': 'middle', 'font-size': 11 }, String(value)));
    });
    chart.appendChild(svg('text', { x: x + 30, y: top + height + 16, 'text-anchor': 'middle', 'font-size': 11 }, week.week.replace(/^\d{4}-/, '')));
    chart.appendChild(svg('text', { x: x + 30, y: top + height + 30, 'text-anchor': 'middle', 'font-size': 10, fill: '#777' }, week.monday.substring(5)));
  });
  return el('div', {}, chart,
    el('p', { class: 'text-muted' }, el('span', { style: 'color:#c9302c' }, '■'), ' 新增督办　', el('span', { style: 'color:#3c763d' }, '■'),
      ' 办结（超期步骤已办结）　按 ISO 周（周一至周日，北京时间）统计'));
}

function renderPage(node) {
  let district = '';
  const root = el('div', { class: 'ctn-main fupin-supervision-board', style: 'padding:15px 20px;overflow:auto' });
  node.appendChild(root);

  async function load() {
    root.replaceChildren(el('p', {}, '正在加载督办看板…'));
    let board;
    try {
      board = await fetchBoard(district ? '?district=' + encodeURIComponent(district) : '');
    } catch (error) {
      root.replaceChildren(el('h2', {}, '督办看板'), el('div', { class: 'alert alert-danger' }, refusal(error)));
      return;
    }
    const cases = el('div', { class: 'fupin-board-cell-cases' },
      el('p', { class: 'text-muted' }, '点击表中的数字查看超期案件，案件编号链接到 Cockpit 的流程实例。'));
    const showCell = (cell) => cases.replaceChildren(cellCases(cell));
    const picker = board.districts.length > 1 || district
      ? el('select', { class: 'form-control input-sm', style: 'display:inline-block;width:auto;margin-left:12px', 'aria-label': '区县',
        onchange: (event) => { district = event.target.value; load(); } },
      el('option', { value: '' }, '全部区县'),
      board.districts.map((item) => {
        const option = el('option', { value: item.code }, item.name);
        if (item.code === district) option.selected = true;
        return option;
      }))
      : null;
    root.replaceChildren(
      el('h2', {}, '督办看板', picker),
      el('p', { class: 'text-muted' }, '截至 ' + when(board.asOf) + '（北京时间），未办结的超期督办 ' + board.openEscalations
        + ' 项。超期天数按工作日计（国务院节假日安排），自办理期限次日起算至今日。'),
      el('h3', {}, '超期督办：区县 × 步骤 × 级别'),
      matrix(board, showCell),
      cases,
      el('h3', {}, '即将到期（' + when(board.dueSoonBefore) + ' 前，一个工作日内）'),
      dueSoonTable(board),
      el('h3', {}, '每周督办趋势'),
      trendChart(board.trend));
  }

  load();
}

/* ---------- the dashboard card ---------- */

function renderCard(node) {
  const card = el('section', { class: 'fupin-board-card', style: 'margin:10px 0;padding:12px 16px;border:1px solid #ddd;background:#fff' },
    el('h3', { style: 'margin-top:0' }, '督办看板'), el('p', {}, '正在加载…'));
  node.appendChild(card);
  fetchBoard('?weeks=1').then((board) => {
    const byDistrict = board.districts.map((district) => ({
      name: district.name,
      count: board.cells.filter((cell) => cell.district === district.code).reduce((sum, cell) => sum + cell.count, 0),
    })).filter((district) => district.count > 0);
    const oldest = board.cells.reduce((most, cell) => Math.max(most, cell.oldestLateWorkingDays), 0);
    card.replaceChildren(el('h3', { style: 'margin-top:0' }, '督办看板'),
      el('p', {}, '未办结的超期督办 ', el('strong', { class: board.openEscalations ? 'text-danger' : '' }, String(board.openEscalations)), ' 项',
        board.openEscalations ? '，最久超期 ' + oldest + ' 个工作日' : '',
        '；一个工作日内到期的步骤 ', el('strong', {}, String(board.dueSoon.length)), ' 项。'),
      byDistrict.length ? el('p', { class: 'text-muted' }, byDistrict.map((district) => district.name + ' ' + district.count + ' 项').join('　')) : null,
      el('a', { href: '#' + PATH, class: 'btn btn-default btn-sm' }, '打开督办看板'));
  }).catch((error) => {
    if (error.status === 403) card.remove();
    else card.replaceChildren(el('h3', { style: 'margin-top:0' }, '督办看板'), el('p', { class: 'text-danger' }, refusal(error)));
  });
}

export default [
  {
    id: 'fupin.supervisionBoard.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: renderCard,
    properties: { label: '督办看板' },
  },
  {
    id: 'fupin.supervisionBoard.route',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH, label: '督办看板' },
    render: renderPage,
  },
  {
    id: 'fupin.supervisionBoard.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    properties: { path: PATH, label: '督办看板' },
    checkActive: (url) => url.indexOf('#' + PATH) > -1,
    render: (node) => node.appendChild(el('a', { href: '#' + PATH, class: 'fupin-board-nav' }, '督办看板')),
  },
];
