/*
 * Fupin Flow: form-js's own texts in Chinese. Tasklist 7.24 renders Camunda Forms with form-js 1.8.7, whose
 * messages and placeholders ("Field is required.", "Select", "Search", …) are English strings in its code, with
 * no translation module or option to give it other texts. This script translates them where they appear, inside
 * a rendered form only (.fjs-container): text nodes and placeholders, as form-js writes and rewrites them.
 * The date picker (flatpickr, window.flatpickr) gets Chinese month and weekday names.
 *
 * Loaded by Tasklist's config.js (customScripts).
 */
const TEXTS = new Map([
  ['Field is required.', '此项必填。'],
  ['Field must be a valid email.', '请填写有效的电子邮箱。'],
  ['Field must be a valid  international phone number. (e.g. +4930664040900)', '请填写有效的国际电话号码（如 +8645184123456）。'],
  ['Date and time must both be entered.', '日期和时间须同时填写。'],
  ['Select', '请选择'],
  ['Search', '搜索'],
  ['No results', '没有匹配项'],
  ['No values', '没有选项'],
  ['Nothing to show.', '没有内容。'],
  ['Add new', '添加'],
  ['Remove item', '删除此项'],
  ['Remove tag', '删除'],
  ['Collapse', '收起'],
  ['Expand', '展开'],
  ['Date', '日期'],
  ['Time', '时间'],
  ['Submit', '提交'],
  ['Reset', '重置'],
  ['mm/dd/yyyy', '月/日/年'],
]);

const PATTERNS = [
  [/^Field must match pattern (.*)\.$/, (m) => `格式不符合要求（${m[1]}）。`],
  [/^Field must have minimum value of (.*)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.*)\.$/, (m) => `至少 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.*)\.$/, (m) => `不能超过 ${m[1]} 个字。`],
];

export function translate(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (TEXTS.has(trimmed)) {
    return text.replace(trimmed, TEXTS.get(trimmed));
  }
  for (const [pattern, chinese] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, chinese(match));
    }
  }
  return null;
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest && element.closest('.fjs-container'));
}

/** One text node's text, or one element's own placeholder, aria-label and title. */
function translateOne(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const chinese = translate(node.data);
    if (chinese !== null && chinese !== node.data && inForm(node)) {
      node.data = chinese;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const attribute of ['placeholder', 'aria-label', 'title']) {
    const value = node.getAttribute(attribute);
    const chinese = value === null ? null : translate(value);
    if (chinese !== null && chinese !== value && inForm(node)) {
      node.setAttribute(attribute, chinese);
    }
  }
}

/**
 * A node and everything under it, each visited once. (Walking each element's subtree again from inside the walk
 * made a form of ten member slots take about a minute to appear in Tasklist: every node was visited once per
 * path to it from the added node, exponential in the depth of the DOM.)
 */
function translateNode(node) {
  translateOne(node);
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let child = walker.nextNode(); child; child = walker.nextNode()) {
    translateOne(child);
  }
}

function watch() {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(translateNode);
      } else {
        translateNode(mutation.target);
      }
    }
  }).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['placeholder', 'aria-label', 'title'],
  });
}

function chineseDatePicker() {
  const flatpickr = window.flatpickr;
  if (!flatpickr || !flatpickr.localize) {
    return;
  }
  const weekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
  const months = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
  flatpickr.localize({
    weekdays: {shorthand: weekdays, longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']},
    months: {shorthand: months, longhand: months},
    rangeSeparator: ' 至 ',
    weekAbbreviation: '周',
    scrollTitle: '滚动切换',
    toggleTitle: '点击切换 12/24 小时制',
    time_24hr: true,
  });
}

if (typeof document !== 'undefined') {
  chineseDatePicker();
  if (document.body) {
    watch();
  } else {
    document.addEventListener('DOMContentLoaded', watch);
  }
}

export default [];
