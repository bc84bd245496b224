import type { Migration } from './index';

type Doc = Record<string, unknown>;
type Row = Record<string, unknown>;

function rows(doc: Doc, key: string): Row[] {
  const value = doc[key];
  return Array.isArray(value) ? (value as Row[]) : [];
}

const int = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;

/**
 * The old setting said only how many night rounds a night needs: it becomes a
 * one-area plan with at least that many rounds between 22:00 and 06:00.
 */
function roundPlanOf(nightRoundMinimum: unknown): Row[] {
  const n = Math.min(int(nightRoundMinimum), 9);
  const every = n <= 1 ? 8 : Math.max(1, Math.floor(8 / (n - 1)));
  return [
    {
      name: '全院',
      places: [],
      night: n === 0 ? null : { from: '22:00', to: '06:00', everyHours: every },
      dayTimes: ['10:00', '15:00'],
      dayEvery: null,
    },
  ];
}

const PATROL_ITEMS = [
  '安全出口、疏散通道畅通',
  '走廊、楼梯无堆放杂物',
  '厨房燃气、火源已关闭',
  '电器线路、插座无异常',
  '无人吸烟、无明火',
  '消防器材完好在位',
];

/**
 * A version 3 round kept its counts (and perhaps who was seen) only: they stay, with no marks;
 * 应查 was not recorded, so it is 实查.
 */
function roundV4(row: Row): Row {
  return {
    ...row,
    type: 'round',
    marks: [],
    expectedCount: int(row.checkedCount),
    checkedCount: int(row.checkedCount),
    abnormalCount: int(row.abnormalCount),
  };
}

/** Handovers gain an area, 总人数, two more sections and addenda; one signed by both is `signed`. */
function handoverV4(row: Row): Row {
  const counts = (row.counts ?? {}) as Row;
  const sections = (row.sections ?? {}) as Row;
  const inHouse = int(counts.inHouse);
  const onLeave = int(counts.onLeave);
  const inHospital = int(counts.inHospital);
  return {
    ...row,
    area: '',
    state: row.incoming ? 'signed' : 'draft',
    counts: { total: inHouse + onLeave + inHospital, inHouse, onLeave, inHospital },
    sections: {
      departures: sections.departures ?? [],
      admissions: sections.admissions ?? [],
      critical: sections.critical ?? [],
      events: sections.events ?? [],
      leave: [],
      roundFindings: [],
    },
    outgoing: row.outgoing ?? null,
    incoming: row.incoming ?? null,
    addenda: [],
  };
}

/**
 * Incidents gain place, staff on duty, hospital and closing. The bare
 * "family informed at" becomes a notification whose channel and notifier were
 * not recorded; one both notified and reviewed was handled in full and counts
 * as closed by its reviewer, so ten years of history do not all show as open.
 */
function incidentV4(row: Row): Row {
  const { familyInformedAt, review, ...rest } = row;
  const oldReview = review as Row | null | undefined;
  const notified =
    typeof familyInformedAt === 'string'
      ? { at: familyInformedAt, channel: 'unrecorded', by: '', notes: '' }
      : null;
  const nextReview = oldReview ? { ...oldReview, correctiveAction: '' } : null;
  return {
    ...rest,
    place: '',
    staffIds: [],
    hospital: null,
    familyNotification: notified,
    review: nextReview,
    closed: notified && oldReview ? { by: oldReview.by, at: oldReview.at } : null,
  };
}

function careLogV4(row: Row): Row {
  if (row.type === 'handover') return handoverV4(row);
  if (row.type === 'incident') return incidentV4(row);
  return row;
}

/**
 * Rounds get one mark per resident and 应查/实查; fire patrols join them in
 * the rounds month files; handovers get areas, two signatures and addenda;
 * incidents the fields needed to close them. The settings' night round
 * minimum becomes a round plan, and the fire patrol checklist is added.
 */
export const v4RoundsHandoversIncidents: Migration = {
  version: 4,
  name: 'rounds-handovers-incidents',
  core: (doc) => {
    const { nightRoundMinimum, ...settings } = (doc.settings ?? {}) as Row;
    return {
      ...doc,
      settings: {
        ...settings,
        roundPlan: roundPlanOf(nightRoundMinimum ?? 2),
        firePatrol: { items: PATROL_ITEMS, perNight: 2, night: { from: '20:00', to: '08:00' } },
      },
    };
  },
  shard: (doc) => {
    if (doc.kind === 'rounds') return { ...doc, records: rows(doc, 'records').map(roundV4) };
    if (doc.kind === 'careLogs') return { ...doc, records: rows(doc, 'records').map(careLogV4) };
    return doc;
  },
};
