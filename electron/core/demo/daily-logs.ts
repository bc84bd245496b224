import { DEFAULT_PATROL_ITEMS } from '../../../shared/schema';
import type { Handover, Patrol, RosterEntry, Round, RoundMark, Staff } from '../../../shared/schema';
import type { Census } from './census';
import { stamp, timestamps, type DemoContext } from './context';
import { addDays, weekday } from './dates';
import { DEMO_ROUND_AREA, SHIFT_CODES } from './setup';

/** How many recent days of rounds carry one mark per resident. */
const RECENT_ROUND_DAYS = 60;
const PATROL_FINDINGS = ['杂物堵塞通道', '插座发热', '有烟头', '灭火器压力不足'];
const ATTENTION_NOTES = ['夜间咳嗽，已告知护士', '未入睡，陪同聊天', '诉头晕，测血压正常', '尿湿，已更换'];

/** Care workers rotate 白 白 夜 夜 休 休, so about a third are on each shift every day. */
const CARER_CYCLE = [
  SHIFT_CODES.day,
  SHIFT_CODES.day,
  SHIFT_CODES.night,
  SHIFT_CODES.night,
  null,
  null,
] as const;

interface DayTeam {
  day: Staff[];
  night: Staff[];
}

function areaOf(index: number, buildings: number): string {
  return buildings > 1 && index % 2 === 1 ? '2号楼' : '1号楼';
}

/**
 * Roster, rounds and handovers for every day of the window: the daily
 * backbone that GB 38600 asks for (24-hour duty, day-and-night rounds, signed
 * handovers with resident counts).
 */
export function generateDailyLogs(
  ctx: DemoContext,
  census: Census,
  buildings: number,
  holidays: ReadonlyMap<string, 'holiday' | 'workday'> = new Map(),
): { roster: number; rounds: number; patrols: number; handovers: number } {
  const random = ctx.random.fork('dailyLogs');
  const totals = census.totals();
  const { staff } = ctx;
  const counts = { roster: 0, rounds: 0, patrols: 0, handovers: 0 };
  const teams: DayTeam[] = [];
  // Older rounds keep counts only, as paper rounds typed in later would; the recent weeks have a mark per resident.
  const recentFrom = addDays(ctx.today, -RECENT_ROUND_DAYS);
  const patrol = (date: string, time: string, by: Staff | undefined): void => {
    if (!by || date > ctx.today) return;
    const record: Patrol = {
      id: ctx.ids.uuid(),
      ...timestamps(date, Number(time.slice(0, 2)), Number(time.slice(3)) + 12),
      type: 'patrol',
      date,
      time,
      staffId: by.id,
      area: '',
      items: DEFAULT_PATROL_ITEMS.map((item) => {
        const found = random.chance(0.01);
        return {
          item,
          result: found ? 'finding' : 'ok',
          finding: found ? random.pick(PATROL_FINDINGS) : '',
          fix: found ? '已当场处理' : '',
        };
      }),
      notes: '',
    };
    ctx.plan.shard('rounds', record);
    counts.patrols += 1;
  };
  const recentRound = (date: string, time: string, shiftCode: string, by: Staff): void => {
    const night = time < '06:00' || time >= '21:00';
    const marks: RoundMark[] = census.inHouseOn(date).map((personId) => {
      if (random.chance(0.03))
        return { personId, mark: 'needsAttention', note: random.pick(ATTENTION_NOTES) };
      if (night) return { personId, mark: random.chance(0.85) ? 'asleep' : 'awake' };
      return { personId, mark: 'normal' };
    });
    const abnormal = marks.filter((m) => m.mark === 'needsAttention').length;
    const record: Round = {
      id: ctx.ids.uuid(),
      ...timestamps(date, Number(time.slice(0, 2)), Number(time.slice(3)) + 8),
      type: 'round',
      date,
      time,
      shiftCode,
      staffId: by.id,
      area: DEMO_ROUND_AREA,
      marks,
      expectedCount: marks.length,
      checkedCount: marks.length,
      abnormalCount: abnormal,
      findings: abnormal > 0 ? '需关注的老人已告知护士观察' : '未见异常',
    };
    ctx.plan.shard('rounds', record);
    counts.rounds += 1;
  };

  const roster = (
    date: string,
    person: Staff,
    shiftCode: string,
    area: string,
    teamLeader: boolean,
  ): void => {
    const entry: RosterEntry = {
      id: ctx.ids.uuid(),
      ...timestamps(date, 7, 30),
      date,
      staffId: person.id,
      shiftCode,
      area,
      teamLeader,
    };
    ctx.plan.shard('roster', entry);
    counts.roster += 1;
  };

  for (let i = 0, date = ctx.start; i < census.days; i++, date = addDays(date, 1)) {
    const team: DayTeam = { day: [], night: [] };
    staff.carers.forEach((carer, c) => {
      // Each carer two days on from the last (白白夜夜休休 at offsets 0, 2, 4…), so with three carers
      // or more every day has a day shift and a night shift; offsets of one left whole days uncovered.
      const code = CARER_CYCLE[(i + 2 * c) % CARER_CYCLE.length];
      if (code === SHIFT_CODES.day) team.day.push(carer);
      if (code === SHIFT_CODES.night) team.night.push(carer);
      if (code === null) roster(date, carer, SHIFT_CODES.rest, areaOf(c, buildings), false);
    });
    team.day.forEach((s, k) => roster(date, s, SHIFT_CODES.day, areaOf(k, buildings), k === 0));
    team.night.forEach((s, k) => roster(date, s, SHIFT_CODES.night, areaOf(k, buildings), k === 0));
    staff.nurses.forEach((nurse, n) => {
      if ((i + n * 3) % 7 < 5) roster(date, nurse, SHIFT_CODES.day, '医务室', false);
    });
    const wd = weekday(date);
    // The office keeps the calendar: weekdays less the holidays, plus the 调休 weekend days worked.
    const kind = holidays.get(date);
    if (kind === 'workday' || (kind !== 'holiday' && wd >= 1 && wd <= 5)) {
      for (const s of [staff.director, ...staff.socialWorkers, staff.driver])
        roster(date, s, SHIFT_CODES.admin, '', false);
    }
    if (wd === 2 || wd === 5) roster(date, staff.doctor, SHIFT_CODES.office, '医务室', false);
    const cook = staff.cooks[i % staff.cooks.length];
    if (cook) roster(date, cook, SHIFT_CODES.office, '食堂', false);
    teams.push(team);

    const inHouse = totals.inHouse[i] ?? 0;
    const round = (roundDate: string, time: string, shiftCode: string, by: Staff | undefined): void => {
      if (!by || roundDate > ctx.today) return;
      if (roundDate > recentFrom) {
        recentRound(roundDate, time, shiftCode, by);
        return;
      }
      const abnormal = random.chance(0.06) ? 1 : 0;
      const record: Round = {
        id: ctx.ids.uuid(),
        ...timestamps(roundDate, Number(time.slice(0, 2)), Number(time.slice(3))),
        type: 'round',
        date: roundDate,
        time,
        shiftCode,
        staffId: by.id,
        area: DEMO_ROUND_AREA,
        // Counts only, as rounds were kept before marks per resident existed.
        marks: [],
        expectedCount: inHouse,
        checkedCount: inHouse,
        abnormalCount: abnormal,
        findings: abnormal
          ? random.pick([
              '一位老人夜间咳嗽，已告知护士观察',
              '一位老人未入睡，陪同聊天后入睡',
              '走廊灯损坏，已报修',
            ])
          : '未见异常',
      };
      ctx.plan.shard('rounds', record);
      counts.rounds += 1;
    };
    round(date, '10:00', SHIFT_CODES.day, team.day[0]);
    round(date, '15:00', SHIFT_CODES.day, team.day[1] ?? team.day[0]);
    round(date, '22:00', SHIFT_CODES.night, team.night[0]);
    round(addDays(date, 1), '01:00', SHIFT_CODES.night, team.night[1] ?? team.night[0]);
    round(addDays(date, 1), '04:00', SHIFT_CODES.night, team.night[0]);
    patrol(date, '21:30', team.night[0]);
    // Now and then the second patrol of a busy night was not done: the board shows it missed.
    if (!random.chance(0.02)) patrol(addDays(date, 1), '02:30', team.night[1] ?? team.night[0]);
  }

  /** `date` is the day the shift starts (a night belongs to its evening); it is signed on `signedOn` at `hour`. */
  const handover = (
    index: number,
    date: string,
    signedOn: string,
    shiftCode: string,
    hour: number,
    outgoing: Staff,
    incoming: Staff,
    sections: Handover['sections'],
  ): void => {
    const record: Handover = {
      id: ctx.ids.uuid(),
      ...timestamps(signedOn, hour, 10),
      date,
      type: 'handover',
      shiftCode,
      area: '',
      state: 'signed',
      counts: {
        total: (totals.inHouse[index] ?? 0) + (totals.onLeave[index] ?? 0) + (totals.inHospital[index] ?? 0),
        inHouse: totals.inHouse[index] ?? 0,
        onLeave: totals.onLeave[index] ?? 0,
        inHospital: totals.inHospital[index] ?? 0,
      },
      sections,
      outgoing: { staffId: outgoing.id, name: outgoing.name, at: stamp(signedOn, hour, 10) },
      incoming: { staffId: incoming.id, name: incoming.name, at: stamp(signedOn, hour, 15) },
      addenda: [],
    };
    ctx.plan.shard('careLogs', record);
    counts.handovers += 1;
  };

  for (let i = 0, date = ctx.start; i < census.days; i++, date = addDays(date, 1)) {
    const team = teams[i] as DayTeam;
    const next = teams[i + 1];
    const sections: Handover['sections'] = {
      departures: [],
      admissions: [],
      critical: [],
      events: [],
      leave: [],
      roundFindings: [],
    };
    for (const { section, note } of census.notesOn(i)) sections[section].push(note);
    const dayLead = team.day[0];
    const nightLead = team.night[0];
    if (dayLead && nightLead && date < ctx.today)
      handover(i, date, date, SHIFT_CODES.day, 20, dayLead, nightLead, sections);
    const morningLead = next?.day[0];
    if (nightLead && morningLead) {
      // The morning handover repeats new admissions and critical residents; the night's own events were few.
      handover(i + 1, date, addDays(date, 1), SHIFT_CODES.night, 8, nightLead, morningLead, {
        departures: [],
        admissions: sections.admissions,
        critical: sections.critical,
        events: [],
        leave: [],
        roundFindings: [],
      });
    }
  }
  return counts;
}
