#!/usr/bin/env python3
"""Draws every model in processes/ again as a swimlane picture (泳道图): one pool per procedure, one lane per role,
the main path left to right, and each step's escalation (two non-interrupting timers → 督办 → end) as a compact pair
under its step.

Only the diagram changes: the collaboration, the lane set and the BPMNDiagram are written anew; every element of the
process, its ids, names, expressions and flows stay as they are, byte for byte. Run it after changing a model's flow:

    python3 src/lint/swimlanes.py            # all models
    python3 src/lint/swimlanes.py relief-claim

Which lane an element belongs to is decided by LANES below (user tasks by their candidate group; other elements where
the table puts them, else in their predecessor's lane). DiagramLayoutTest checks the result: every element in a lane,
no two shapes or labels overlapping.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {'bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL', 'camunda': 'http://camunda.org/schema/1.0/bpmn'}
B = '{%s}' % NS['bpmn']
ROOT = Path(__file__).resolve().parents[2]

ROLES = {  # lane id suffix → lane name
    'Township': '乡镇（街道）',
    'Village': '村两委',
    'DistrictPovertyOffice': '区县扶贫办',
    'DistrictFinance': '区县财政局',
    'CityPovertyOffice': '市扶贫办',
    'CityFinance': '市财政局',
    'Insurer': '保险公司',
    'System': '系统自动处理',
}
GROUP_ROLES = {
    'district-poverty-office': 'DistrictPovertyOffice', 'district-finance': 'DistrictFinance',
    'city-poverty-office': 'CityPovertyOffice', 'city-finance': 'CityFinance',
    'village-committees': 'Village', 'insurers': 'Insurer',
}
# Per model: the lanes top to bottom, and the elements a user task's candidate group does not place.
LANES = {
    'household-identification': (['Township', 'DistrictPovertyOffice', 'Village'], {
        'StartEvent_RiskReported': 'Township',
        'Gateway_TownshipPassed': 'DistrictPovertyOffice', 'CallActivity_PublicNotice': 'Village',
        'Gateway_NoticePassed': 'DistrictPovertyOffice'}),
    'public-notice': (['Village', 'DistrictPovertyOffice'], {'StartEvent_NoticeRequested': 'Village',
                                                           'Gateway_ObjectionJoin': 'DistrictPovertyOffice'}),
    'household-ledger-schedule': (['System'], {'StartEvent_LedgerDayReached': 'System'}),
    'household-ledger-report': (['DistrictPovertyOffice'], {'StartEvent_LedgerDue': 'DistrictPovertyOffice'}),
    'fund-notice-registration': (['CityFinance'], {'StartEvent_FundNoticeReceived': 'CityFinance'}),
    'fund-disbursement': (['DistrictPovertyOffice', 'DistrictFinance'], {
        'StartEvent_FundsIssued': 'DistrictFinance', 'Gateway_ProposalRound': 'DistrictPovertyOffice',
        'Gateway_SplitWork': 'DistrictPovertyOffice', 'Gateway_MatchingNeeded': 'DistrictFinance',
        'Gateway_JoinWork': 'DistrictFinance', 'ServiceTask_ReverseAllocation': 'DistrictPovertyOffice'}),
    'project-approval': (['Township', 'DistrictPovertyOffice', 'CityPovertyOffice'], {
        'StartEvent_ProjectApplied': 'Township', 'Gateway_ToDistrictReview': 'DistrictPovertyOffice',
        'Gateway_Approved': 'DistrictPovertyOffice', 'Gateway_ToRevision': 'Township'}),
    'monthly-statistics-schedule': (['System'], {'StartEvent_MonthStarted': 'System'}),
    'monthly-statistics': (['DistrictPovertyOffice'], {'StartEvent_StatisticsDue': 'DistrictPovertyOffice'}),
    'spending-checkpoint-schedule': (['System'], {}),
    'spending-supervision': (['System', 'CityPovertyOffice'], {'StartEvent_BehindPlan': 'System'}),
    'performance-evaluation-schedule': (['System'], {}),
    'performance-evaluation': (['DistrictPovertyOffice', 'CityPovertyOffice'], {
        'StartEvent_EvaluationDue': 'DistrictPovertyOffice'}),
    'insurance-premium': (['DistrictFinance'], {'StartEvent_PremiumRequested': 'DistrictFinance'}),
    'relief-claim': (['Township', 'DistrictPovertyOffice', 'Insurer'], {
        'StartEvent_ClaimReported': 'Township', 'ServiceTask_InsurerCheck': 'Insurer',
        'Gateway_NotPaid': 'Township', 'ServiceTask_RecordNotEligible': 'DistrictPovertyOffice'}),
}
# Rows inside a lane that the automatic placement would choose less well.
ROWS = {
    'household-identification': {'ServiceTask_ApplyFastTrack': 1, 'UserTask_VerifyHousehold': 0,
                                 'UserTask_CollectHouseholdInformation': 1, 'UserTask_HoldVillageAppraisal': 2,
                                 'ServiceTask_MarkMonitored': 1, 'EndEvent_HouseholdMonitored': 1,
                                 'ServiceTask_RestorePolicy': 1, 'EndEvent_PolicyRestored': 1,
                                 'Gateway_NotRecognized': 2, 'ServiceTask_RecordNotRecognized': 2,
                                 'EndEvent_NotRecognized': 2},
}

# Elements drawn at least one column after another (to keep a column free for flows and their names).
AFTER = {
    'project-approval': {'Gateway_Approved': 'EndEvent_ProjectRejectedByCity',
                         'Gateway_ToRevision': 'EndEvent_ProjectRejectedByCity'},
}

SIZES = {'task': (100, 80), 'gateway': (50, 50), 'event': (36, 36)}
TASKS = {'userTask', 'serviceTask', 'businessRuleTask', 'callActivity', 'scriptTask', 'sendTask', 'receiveTask',
         'manualTask', 'task'}
GATEWAYS = {'exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway'}
EVENTS = {'startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent'}

POOL_X, POOL_Y, HEAD = 100, 60, 30
COL_GAP = 60            # free space between two columns' widest elements
ROW_H = 120             # a row: an 80 px task and the label under its neighbours
ESC_H = 185             # the escalation band under a row whose steps escalate
ESC_W = 206             # width an escalating step needs (its two 督办 side by side)
LANE_PAD = 30
CHANNEL = 14            # spacing of the channels that carry flows going back


def text_width(text):
    return sum(12 if ord(c) > 0x2e80 else 7 for c in text)


def wrap(text, width):
    """Height of a label of `width` px for `text` (bpmn-js wraps at the label's width, 14 px lines)."""
    lines, line = 1, 0
    for c in text:
        w = 12 if ord(c) > 0x2e80 else 7
        if line + w > width and line > 0:
            lines, line = lines + 1, w
        else:
            line += w
    return lines * 14


class Box:
    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    def hits(self, o, pad=0):
        return (self.x - pad < o.x + o.w and o.x - pad < self.x + self.w and
                self.y - pad < o.y + o.h and o.y - pad < self.y + self.h)

    def cut_by(self, a, b, pad=2):
        """Does the axis-parallel segment a→b pass through this box?"""
        (x1, y1), (x2, y2) = a, b
        if x1 == x2:
            lo, hi = sorted((y1, y2))
            return self.x - pad < x1 < self.x + self.w + pad and lo < self.y + self.h and self.y < hi
        lo, hi = sorted((x1, x2))
        return self.y - pad < y1 < self.y + self.h + pad and lo < self.x + self.w and self.x < hi

    @property
    def cx(self):
        return self.x + self.w / 2

    @property
    def cy(self):
        return self.y + self.h / 2


class Node:
    def __init__(self, el, parent=None):
        self.el, self.id, self.kind = el, el.get('id'), el.tag[len(B):]
        self.name = el.get('name') or ''
        self.parent = parent        # the sub-process holding it
        self.boundaries = []        # boundary events attached to it
        self.escalations = []       # (timer, task, end) triples drawn under it
        self.box = None
        self.label = None
        self.lane = None
        self.col = self.row = 0
        self.children = []          # a sub-process's own nodes

    def size(self):
        if self.kind == 'subProcess':
            return self.inner_size
        if self.kind in TASKS:
            return SIZES['task']
        if self.kind in GATEWAYS:
            return SIZES['gateway']
        return SIZES['event']


class Model:
    def __init__(self, path):
        self.path = path
        self.text = path.read_text(encoding='utf-8')
        root = ET.fromstring(self.text)
        self.process = root.find('bpmn:process', NS)
        self.key = self.process.get('id')
        self.nodes, self.flows = {}, []
        self._collect(self.process, None)
        for n in self.nodes.values():
            if n.kind == 'boundaryEvent':
                self.nodes[n.el.get('attachedToRef')].boundaries.append(n)
        self.out = {}
        for f in self.flows:
            self.out.setdefault(f['source'], []).append(f)
        self._find_escalations()

    def _collect(self, scope, parent):
        for el in scope:
            tag = el.tag[len(B):]
            if tag == 'sequenceFlow':
                self.flows.append({'id': el.get('id'), 'name': el.get('name') or '', 'source': el.get('sourceRef'),
                                   'target': el.get('targetRef'), 'scope': parent})
            elif tag in TASKS or tag in GATEWAYS or tag in EVENTS or tag in ('boundaryEvent', 'subProcess'):
                n = Node(el, parent)
                self.nodes[n.id] = n
                if parent is not None:
                    parent.children.append(n)
                if tag == 'subProcess':
                    self._collect(el, n)

    def _find_escalations(self):
        self.in_escalation = set()
        for host in self.nodes.values():
            for b in host.boundaries:
                timer = b.el.find('bpmn:timerEventDefinition', NS) is not None
                outs = self.out.get(b.id, [])
                if not (timer and b.el.get('cancelActivity') == 'false' and len(outs) == 1):
                    continue
                task = self.nodes[outs[0]['target']]
                ends = self.out.get(task.id, [])
                if 'escalateOverdueStep' not in (task.el.get(f'{{{NS["camunda"]}}}delegateExpression') or '') \
                        or len(ends) != 1:
                    continue
                end = self.nodes[ends[0]['target']]
                host.escalations.append((b, task, end))
                self.in_escalation.update({b.id, task.id, end.id})


class Layout:
    def __init__(self, model):
        self.m = model
        self.shapes = {}    # id → Box
        self.labels = {}    # id → Box
        self.edges = {}     # flow id → waypoints
        self.lanes = []

    # ---- lanes, columns and rows -------------------------------------------------------------------------------
    def assign_lanes(self, main):
        order, fixed = LANES[self.m.key]
        lane_of = dict(fixed)
        for n in main:
            if n.kind == 'userTask':
                group = n.el.get(f'{{{NS["camunda"]}}}candidateGroups') or ''
                lane_of.setdefault(n.id, GROUP_ROLES.get(group, 'Township' if 'township' in group.lower() else None))
        if len(order) == 1:
            for n in main:
                lane_of[n.id] = order[0]
        preds = {}
        for f in self.m.flows:
            if f['scope'] is None:
                src = self.m.nodes[f['source']]
                src = self.m.nodes[src.el.get('attachedToRef')] if src.kind == 'boundaryEvent' else src
                preds.setdefault(f['target'], []).append(src.id)
        for _ in range(len(main)):
            for n in main:
                if lane_of.get(n.id) is None:
                    known = [lane_of.get(p) for p in preds.get(n.id, []) if lane_of.get(p)]
                    if known:
                        lane_of[n.id] = known[0]
        for n in main:
            n.lane = lane_of.get(n.id) or order[0]
        self.lane_order = order

    def rank(self, main):
        ids = {n.id for n in main}
        succ = {n.id: [] for n in main}
        for f in self.m.flows:
            if f['scope'] is not None:
                continue
            s = self.m.nodes[f['source']]
            s = s.el.get('attachedToRef') if s.kind == 'boundaryEvent' else s.id
            if s in ids and f['target'] in ids:
                succ[s].append(f['target'])
        starts = [n.id for n in main if n.kind == 'startEvent']
        back, state = set(), {}

        def dfs(v):
            state[v] = 1
            for w in succ[v]:
                if state.get(w) == 1:
                    back.add((v, w))
                elif w not in state:
                    dfs(w)
            state[v] = 2
        for s in starts + [n.id for n in main]:
            if s not in state:
                dfs(s)
        self.back = back
        col = {n.id: 0 for n in main}
        after = AFTER.get(self.m.key, {})
        for _ in range(len(main)):
            for v in succ:
                for w in succ[v]:
                    if (v, w) not in back and col[w] < col[v] + 1:
                        col[w] = col[v] + 1
            for w, v in after.items():
                col[w] = max(col[w], col[v] + 1)
        for n in main:
            n.col = col[n.id]
        self.succ = succ

    def place_rows(self, main):
        fixed = ROWS.get(self.m.key, {})
        taken = {(self.m.nodes[i].lane, self.m.nodes[i].col, r) for i, r in fixed.items()}
        preds = {}
        for v, ws in self.succ.items():
            for w in ws:
                if (v, w) not in self.back:
                    preds.setdefault(w, []).append(v)
        for n in sorted(main, key=lambda n: (n.col, list(self.m.nodes).index(n.id))):
            if n.id in fixed:
                n.row = fixed[n.id]
            else:
                same = [self.m.nodes[p].row for p in preds.get(n.id, []) if self.m.nodes[p].lane == n.lane]
                n.row = min(same) if same else 0
                while (n.lane, n.col, n.row) in taken:
                    n.row += 1
            taken.add((n.lane, n.col, n.row))

    def layout(self):
        m = self.m
        for sp in [n for n in m.nodes.values() if n.kind == 'subProcess']:
            self.layout_inner(sp)
        main = [n for n in m.nodes.values()
                if n.parent is None and n.kind != 'boundaryEvent' and n.id not in m.in_escalation]
        self.assign_lanes(main)
        self.rank(main)
        self.place_rows(main)
        ncols = max(n.col for n in main) + 1
        widths = [0] * ncols
        for n in main:
            w = n.size()[0] + COL_GAP
            if n.escalations:
                w = max(w, ESC_W + COL_GAP - 20)
            widths[n.col] = max(widths[n.col], w)
        # room on a column's left for the name of a flow coming straight from the column before
        room = [0] * ncols
        for f in m.flows:
            s, t = m.nodes[f['source']], m.nodes[f['target']]
            if f['name'] and f['scope'] is None and t in main and s in main and t.col == s.col + 1 \
                    and t.lane == s.lane and t.row == s.row:
                room[t.col] = max(room[t.col], min(text_width(f['name']), 110) + 20 - COL_GAP)
        xs, x = [], POOL_X + 2 * HEAD + 20
        for w, extra in zip(widths, room):
            x += extra
            xs.append(x)
            x += w
        pool_w = x + 20 - POOL_X
        # lane heights: rows, each with its escalation band when a step in it escalates
        y = POOL_Y
        self.row_y = {}
        for lane in self.lane_order:
            in_lane = [n for n in main if n.lane == lane]
            rows = max([n.row for n in in_lane], default=0) + 1
            top = y
            y += LANE_PAD
            for r in range(rows):
                members = [n for n in in_lane if n.row == r]
                tallest = max([n.size()[1] for n in members], default=80)
                self.row_y[(lane, r)] = (y, tallest)
                y += max(ROW_H, tallest + 40)
                if any(n.escalations for n in members):
                    y += ESC_H
            back_here = [e for e in self.back if self.m.nodes[e[1]].lane == lane]
            y += LANE_PAD + CHANNEL * len(back_here)
            name_h = text_width(ROLES[lane]) + 30      # the lane's name is written along its header
            if lane == self.lane_order[-1]:
                name_h = max(name_h, text_width(self.m.process.get('name')) + 30 - (top - POOL_Y))
            y = max(y, top + name_h)
            self.lanes.append((lane, Box(POOL_X + HEAD, top, pool_w - HEAD, y - top)))
        self.pool = Box(POOL_X, POOL_Y, pool_w, y - POOL_Y)
        for n in main:
            w, h = n.size()
            ry, tallest = self.row_y[(n.lane, n.row)]
            cx = xs[n.col] + widths[n.col] / 2
            n.box = Box(round(cx - w / 2), round(ry + tallest / 2 - h / 2), w, h)
            self.shapes[n.id] = n.box
            if n.kind == 'subProcess':
                self.place_inner(n)
            self.place_boundaries(n)

    def layout_inner(self, sp):
        kids = sp.children
        w = 40 + sum(k.size()[0] + 50 for k in kids) - 50 + 40
        sp.inner_size = (max(w, 300), 170)

    def place_inner(self, sp):
        x = sp.box.x + 40
        for k in sp.children:
            w, h = k.size()
            k.box = Box(x, round(sp.box.y + 75 - h / 2), w, h)
            self.shapes[k.id] = k.box
            x += w + 50

    def place_boundaries(self, n):
        b = n.box
        for i, (timer, task, end) in enumerate(n.escalations[:2]):
            tx = b.x + (7 if i == 0 else 57)
            timer.box = Box(tx, b.y + b.h - 18, 36, 36)
            task.box = Box(b.x - 52 + i * 106, b.y + b.h + 50, 100, 56) if len(n.escalations) > 1 \
                else Box(b.x - 25, b.y + b.h + 50, 100, 56)
            end.box = Box(round(task.box.cx - 18), task.box.y + task.box.h + 22, 36, 36)
            for e in (timer, task, end):
                self.shapes[e.id] = e.box
        others = [x for x in n.boundaries if x.id not in self.m.in_escalation]
        for i, x in enumerate(others):
            if n.escalations:   # the bottom edge holds the timers: the others sit on the top edge
                x.box = Box(b.x + b.w - 50 - i * 45, b.y - 18, 36, 36)
            else:
                x.box = Box(b.x + b.w - 60 - i * 60, b.y + b.h - 18, 36, 36)
            self.shapes[x.id] = x.box
        if len(n.escalations) > 2:
            raise SystemExit(f'{n.id}: more than two escalations')

    # ---- flows ------------------------------------------------------------------------------------------------
    def obstacles(self, *skip):
        """The shapes a flow must not run through (a sub-process's border is checked on its own)."""
        return [(i, b) for i, b in self.shapes.items() if i not in skip and self.m.nodes[i].kind != 'subProcess']

    def collisions(self, pts, skip, source=None):
        """How bad a route is: 1 for each shape it runs through and each flow of another source it runs along,
        0.05 for each flow it crosses."""
        count = 0
        for fid, other in self.edges.items():
            shared_source = self.edge_source.get(fid) == source
            for a, c in zip(pts, pts[1:]):
                for p, q in zip(other, other[1:]):
                    if overlapping(a, c, p, q):
                        count += 0 if shared_source else 1
                    elif crossing(a, c, p, q):
                        count += 0.05
        for a, c in zip(pts, pts[1:]):
            for i, box in self.obstacles(*skip):
                if box.cut_by(a, c):
                    count += 1
            for s in self.m.nodes.values():
                if s.kind == 'subProcess' and s.id not in skip and s.box and s.box.cut_by(a, c) \
                        and not self.inside(s, skip):
                    count += 1
        return count

    def inside(self, sp, skip):
        return any(self.m.nodes[i].parent is sp for i in skip)

    def route_all(self):
        m = self.m
        slots = {}
        self.edge_source = {f['id']: f['source'] for f in m.flows}
        for f in m.flows:
            s, t = m.nodes[f['source']], m.nodes[f['target']]
            sb, tb = s.box, t.box
            skip = {s.id, t.id}
            if s.kind == 'boundaryEvent':
                skip.add(s.el.get('attachedToRef'))
            if s.id in m.in_escalation or t.id in m.in_escalation:
                pts = [(round(sb.cx), sb.y + sb.h), (round(sb.cx), tb.y)] if s.kind == 'boundaryEvent' \
                    else [(round(sb.cx), sb.y + sb.h), (round(tb.cx), tb.y)]
                self.edges[f['id']] = pts
                continue
            host = m.nodes[s.el.get('attachedToRef')] if s.kind == 'boundaryEvent' else s
            back = (host.id, t.id) in self.back or (t.box.x <= sb.x and s.parent is None and t.parent is None
                                                     and host.id != t.id and t.box.cx < sb.cx)
            cands = []
            if s.kind == 'boundaryEvent':
                on_top = sb.cy < host.box.cy
                sy = sb.y if on_top else sb.y + sb.h
                sx = round(sb.cx)
                if abs(round(tb.cy) - sy) > 0 and tb.x > sb.x + sb.w:
                    cands.append([(sx, sy), (sx, round(tb.cy)), (tb.x, round(tb.cy))])
                for k in range(1, 4):
                    ey = sy - 20 * k if on_top else sy + 20 * k
                    cands.append([(sx, sy), (sx, ey), (round(tb.cx), ey),
                                  (round(tb.cx), tb.y if ey < tb.y else tb.y + tb.h)])
            elif not back:
                sy, ty = round(sb.cy), round(tb.cy)
                if sy == ty:
                    cands.append([(sb.x + sb.w, sy), (tb.x, ty)])
                gate = s.kind in GATEWAYS
                # vertical first out of a gateway, then along to the target
                if sy != ty:
                    if gate or s.kind in EVENTS:
                        cands.append([(round(sb.cx), sb.y + sb.h if ty > sy else sb.y), (round(sb.cx), ty), (tb.x, ty)])
                    for gx in self.gaps_between(sb, tb):
                        cands.append([(sb.x + sb.w, sy), (gx, sy), (gx, ty), (tb.x, ty)])
                    cands.append([(sb.x + sb.w, sy), (round(tb.cx), sy),
                                  (round(tb.cx), tb.y if ty > sy else tb.y + tb.h)])
                    if not gate:
                        cands.append([(round(sb.cx), sb.y + sb.h if ty > sy else sb.y), (round(sb.cx), ty),
                                      (tb.x, ty)])
            cands = [(c, None) for c in cands]
            if back or not cands or min(self.collisions(c, skip, s.id) for c, _ in cands) >= 1:
                cands.extend(self.channel_routes(s, t, slots))
            best, key = min(cands, key=lambda c: (round(self.collisions(c[0], skip, s.id)), len(c[0]),
                                                  self.collisions(c[0], skip, s.id), self.length(c[0])))
            if key:
                slots[key] = slots.get(key, 0) + 1
            self.edges[f['id']] = best

    def gaps_between(self, sb, tb):
        xs = [tb.x - 25, sb.x + sb.w + 25, round((sb.x + sb.w + tb.x) / 2)]
        return [x for x in xs if sb.x + sb.w < x < tb.x]

    def lane_box(self, n):
        while n.parent is not None:
            n = n.parent
        return dict(self.lanes)[n.lane]

    def channel_routes(self, s, t, slots):
        """Out of the source's bottom (or top), along a channel at the lane's bottom (or top), into the target.
        Returns (route, channel key) pairs; the caller reserves the channel of the route it takes."""
        m = self.m
        sb, tb = s.box, t.box
        host = m.nodes[s.el.get('attachedToRef')] if s.kind == 'boundaryEvent' else s
        lane_t, lane_s = self.lane_box(t), self.lane_box(host)
        lower = lane_s if lane_s.y >= lane_t.y else lane_t
        routes = []
        for key in (('b', lower.y + lower.h), ('t', min(lane_t.y, lane_s.y))):
            k = slots.get(key, 0) + 1
            if key[0] == 'b':
                cy, out_y, in_y = key[1] - 8 - CHANNEL * k, sb.y + sb.h, tb.y + tb.h
            else:
                cy, out_y, in_y = key[1] + 8 + CHANNEL * k, sb.y, tb.y
            for dx in (0, 20, -20, 35, -35):
                sx = round(sb.cx) + (dx if s.kind in TASKS or s.kind == 'subProcess' else 0)
                tx = round(tb.cx) + (dx if t.kind in TASKS else 0)
                routes.append(([(sx, out_y), (sx, cy), (tx, cy), (tx, in_y)], key))
        return routes

    @staticmethod
    def length(pts):
        return sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in zip(pts, pts[1:]))

    # ---- labels -----------------------------------------------------------------------------------------------
    def clash(self, box, own=()):
        """How badly a label at `box` would sit: on shapes, other labels, flows or a lane's header (0 = free)."""
        score = 0
        for i, b in self.shapes.items():
            if i in own:
                continue
            if self.m.nodes[i].kind == 'subProcess':
                inside = b.x <= box.x and box.x + box.w <= b.x + b.w and b.y <= box.y and box.y + box.h <= b.y + b.h
                if box.hits(b) and not inside:
                    score += 3
                continue
            if box.hits(b, 2):
                score += 3
        for b in self.labels.values():
            if box.hits(b, 3):
                score += 3
        for pts in self.edges.values():
            for a, c in zip(pts, pts[1:]):
                if box.cut_by(a, c, 1):
                    score += 1
        for _, lb in self.lanes:
            if box.hits(Box(lb.x, lb.y, HEAD, lb.h)) or (box.hits(lb) and not (
                    lb.y <= box.y and box.y + box.h <= lb.y + lb.h)):
                score += 3
        if box.x < self.pool.x + HEAD or box.x + box.w > self.pool.x + self.pool.w:
            score += 3
        return score

    def best(self, cands, own=()):
        scored = [(self.clash(c, own), k, c) for k, c in enumerate(cands)]
        return min(scored, key=lambda t: (t[0], t[1]))[2]

    def place_labels(self):
        m = self.m
        for n in m.nodes.values():
            if not n.name or n.kind in TASKS or n.kind == 'subProcess':
                continue
            b = n.box
            w = min(max(text_width(n.name), 24), 90)
            if n.kind == 'boundaryEvent' and n.id in m.in_escalation:
                w = 12 * ((len(n.name) + 1) // 2)     # two lines beside the timer's flow
            h = wrap(n.name, w)
            cands = []
            if n.kind == 'boundaryEvent' and n.id in m.in_escalation:
                host = next(x for x in m.nodes.values() if n in x.boundaries)
                left = n.box.cx < host.box.cx
                cands = [Box(round(b.x - w - 2), b.y + b.h + 2, w, h) if left else Box(b.x + b.w + 2, b.y + b.h + 2, w, h)]
            cands += [Box(round(b.cx - w / 2), b.y + b.h + 4, w, h), Box(round(b.cx - w / 2), b.y - h - 4, w, h),
                      Box(b.x + b.w + 4, b.y + b.h - 6, w, h), Box(round(b.x - w - 4), b.y + b.h - 6, w, h),
                      Box(b.x + b.w + 4, b.y - h + 6, w, h), Box(round(b.x - w - 4), b.y - h + 6, w, h)]
            for dy in (10, 20, 30):
                cands += [Box(round(b.cx - w / 2), b.y + b.h + 4 + dy, w, h), Box(round(b.cx - w / 2), b.y - h - 4 - dy, w, h)]
            self.labels[n.id] = self.best(cands, (n.id,))
        for f in m.flows:
            if not f['name']:
                continue
            pts = self.edges[f['id']]
            w = min(text_width(f['name']), 110)
            h = wrap(f['name'], w)
            siblings = [self.edges[g['id']] for g in m.flows if g['source'] == f['source'] and g is not f]
            scored, walked = [], 0
            for (a, c) in zip(pts, pts[1:]):
                shared = any(overlapping(a, c, p, q) for o in siblings for p, q in zip(o, o[1:]))
                length = abs(a[0] - c[0]) + abs(a[1] - c[1])
                offsets = sorted({6, 20, 40} | set(range(6, max(6, length - 20), 30)))
                for off in offsets:
                    if a[1] == c[1]:    # horizontal: above or below
                        x0 = min(a[0], c[0]) + off if c[0] > a[0] else max(a[0], c[0]) - off - w
                        boxes = [Box(x0, a[1] - h - 2, w, h), Box(x0, a[1] + 3, w, h)]
                    else:               # vertical: beside it
                        y0 = min(a[1], c[1]) + off if c[1] > a[1] else max(a[1], c[1]) - off - h
                        boxes = [Box(a[0] + 4, y0, w, h), Box(a[0] - w - 4, y0, w, h)]
                    for box in boxes:
                        scored.append((self.clash(box) + (0.5 if shared else 0) + (walked + off) / 2000, box))
                walked += length
            self.labels[f['id']] = min(scored, key=lambda t: t[0])[1]

    # ---- output -----------------------------------------------------------------------------------------------
    def xml(self):
        m, key = self.m, self.m.key
        name = camel(key)
        out = [f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{name}">',
               f'    <bpmndi:BPMNPlane id="BPMNPlane_{name}" bpmnElement="Collaboration_{name}">',
               shape(f'Participant_{name}', self.pool, horizontal=True)]
        for lane, box in self.lanes:
            out.append(shape(f'Lane_{lane}', box, horizontal=True))
        for i, box in self.shapes.items():
            n = m.nodes[i]
            extra = ' isMarkerVisible="true"' if n.kind == 'exclusiveGateway' else ''
            if n.kind == 'subProcess':
                extra = ' isExpanded="true"'
            out.append(shape(i, box, label=self.labels.get(i), extra=extra))
        for f in m.flows:
            pts = ''.join(f'<di:waypoint x="{round(x)}" y="{round(y)}" />' for x, y in self.edges[f['id']])
            lab = self.labels.get(f['id'])
            lab = f'<bpmndi:BPMNLabel>{bounds(lab)}</bpmndi:BPMNLabel>' if lab else ''
            out.append(f'      <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">{pts}{lab}</bpmndi:BPMNEdge>')
        out += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']
        return '\n'.join(out)

    def lane_set(self):
        name = camel(self.m.key)
        main = [n for n in self.m.nodes.values() if n.parent is None]
        lane_of = {}
        for n in main:
            if n.lane:
                lane_of[n.id] = n.lane
        for n in main:
            if n.kind == 'boundaryEvent':
                lane_of[n.id] = self.m.nodes[n.el.get('attachedToRef')].lane
        for host in main:
            for (b, t, e) in host.escalations:
                lane_of[b.id] = lane_of[t.id] = lane_of[e.id] = host.lane
        out = [f'    <bpmn:laneSet id="LaneSet_{name}">']
        for lane in self.lane_order:
            refs = ''.join(f'<bpmn:flowNodeRef>{n.id}</bpmn:flowNodeRef>' for n in main if lane_of.get(n.id) == lane)
            out.append(f'      <bpmn:lane id="Lane_{lane}" name="{ROLES[lane]}">{refs}</bpmn:lane>')
        out.append('    </bpmn:laneSet>')
        return '\n'.join(out)


def overlapping(a, c, p, q, tol=3):
    """Do two axis-parallel segments run along each other?"""
    if a[0] == c[0] and p[0] == q[0] and abs(a[0] - p[0]) < tol:
        lo, hi = sorted((a[1], c[1]))
        plo, phi = sorted((p[1], q[1]))
        return min(hi, phi) - max(lo, plo) > 2
    if a[1] == c[1] and p[1] == q[1] and abs(a[1] - p[1]) < tol:
        lo, hi = sorted((a[0], c[0]))
        plo, phi = sorted((p[0], q[0]))
        return min(hi, phi) - max(lo, plo) > 2
    return False


def crossing(a, c, p, q):
    if a[0] == c[0] and p[1] == q[1]:
        return min(p[0], q[0]) < a[0] < max(p[0], q[0]) and min(a[1], c[1]) < p[1] < max(a[1], c[1])
    if a[1] == c[1] and p[0] == q[0]:
        return crossing(p, q, a, c)
    return False


def camel(key):
    return ''.join(p.capitalize() for p in key.split('-'))


def bounds(b):
    return f'<dc:Bounds x="{round(b.x)}" y="{round(b.y)}" width="{round(b.w)}" height="{round(b.h)}" />'


def shape(i, box, label=None, extra='', horizontal=False):
    h = ' isHorizontal="true"' if horizontal else ''
    lab = f'<bpmndi:BPMNLabel>{bounds(label)}</bpmndi:BPMNLabel>' if label else ''
    return f'      <bpmndi:BPMNShape id="{i}_di" bpmnElement="{i}"{h}{extra}>{bounds(box)}{lab}</bpmndi:BPMNShape>'


def redraw(path):
    model = Model(path)
    lay = Layout(model)
    lay.layout()
    lay.route_all()
    lay.place_labels()
    text = model.text
    text = re.sub(r'\s*<bpmn:collaboration .*?</bpmn:collaboration>', '', text, flags=re.S)
    text = re.sub(r'\s*<bpmn:laneSet .*?</bpmn:laneSet>', '', text, flags=re.S)
    text = re.sub(r'  <bpmndi:BPMNDiagram .*</bpmndi:BPMNDiagram>', lay.xml(), text, flags=re.S)
    name = camel(model.key)
    pname = model.process.get('name')
    collab = (f'  <bpmn:collaboration id="Collaboration_{name}">\n'
              f'    <bpmn:participant id="Participant_{name}" name="{pname}" processRef="{model.key}" />\n'
              f'  </bpmn:collaboration>\n')
    text = text.replace('  <bpmn:process ', collab + '  <bpmn:process ', 1)
    first = re.search(r'\n    <bpmn:(startEvent|sequenceFlow|userTask|serviceTask|exclusiveGateway|endEvent|subProcess)\b',
                      text[text.index('<bpmn:process '):])
    at = text.index('<bpmn:process ') + first.start()
    text = text[:at] + '\n' + lay.lane_set() + text[at:]
    path.write_text(text, encoding='utf-8')
    return lay


if __name__ == '__main__':
    wanted = sys.argv[1:]
    for p in sorted((ROOT / 'processes').glob('*.bpmn')):
        if not wanted or p.stem in wanted:
            lay = redraw(p)
            print(f'{p.name}: {len(lay.lanes)} lanes, {lay.pool.w}x{lay.pool.h}')
