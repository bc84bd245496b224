import type { RiskEventType } from '../../../shared/domain/ability';
import type { Incident } from '../../../shared/schema';
import { stamp, timestamps, type DemoContext } from './context';
import { addDays, daysBetween } from './dates';
import type { Random } from './random';

type Category = Incident['category'];

const TEXT: Partial<Record<Category, { what: string; action: string }>> = {
  fall: {
    what: '在卫生间起身时滑倒，左侧臀部着地',
    action: '立即查看，测血压脉搏，卫生院医生检查无骨折，加强如厕陪护',
  },
  choking: { what: '午餐进食时发生呛咳', action: '立即拍背清理口腔，症状缓解，改为软食并专人喂食' },
  fallFromBed: { what: '夜间翻身时坠床', action: '检查无明显外伤，加装床档，夜班增加巡查' },
  wandering: { what: '下午独自走出院门，在村口被找回', action: '通知家属，佩戴定位手环，门卫加强登记' },
  scald: { what: '打开水时手背轻度烫伤', action: '冷水冲洗后涂烫伤膏，开水改由护理员提供' },
  pressureSore: { what: '骶尾部发现一期压疮', action: '增加翻身频次，使用气垫床，每日换药观察' },
  other: { what: '情绪激动与同室老人发生口角', action: '社工谈心疏导，调整作息' },
};

const PLACE: Partial<Record<Category, string>> = {
  fall: '卫生间',
  choking: '餐厅',
  fallFromBed: '房间',
  wandering: '院门外',
  scald: '开水房',
  pressureSore: '房间',
  other: '活动室',
};

/** Which incident categories count as care-risk events for the ability level adjustment. */
export function riskEventOf(category: Category): RiskEventType | null {
  if (category === 'fall' || category === 'fallFromBed') return 'fall';
  if (
    category === 'choking' ||
    category === 'wandering' ||
    category === 'suicide' ||
    category === 'selfHarm'
  ) {
    return category === 'selfHarm' ? 'selfHarm' : category;
  }
  return null;
}

export interface IncidentDraft {
  personId: string;
  personName: string;
  date: string;
  dementia: boolean;
  /** The carers on duty that day, and the one who reported and phoned the family. */
  staffIds: string[];
  reporterName: string;
}

/** An incident report; recent ones may still lack the family call or the review, as in real life. */
export function makeIncident(ctx: DemoContext, random: Random, draft: IncidentDraft): Incident {
  const category = random.weighted<Category>([
    ['fall', 60],
    ['choking', 8],
    ['fallFromBed', 8],
    ['wandering', draft.dementia ? 20 : 2],
    ['scald', 3],
    ['pressureSore', 6],
    ['other', 5],
  ]);
  const text = TEXT[category] ?? { what: '发生意外情况', action: '已处理' };
  const hour = random.int(6, 21);
  const minute = random.int(0, 59);
  const age = daysBetween(draft.date, ctx.today);
  const informed = age > 2 || random.chance(0.5);
  const reviewed = age > 10 || (age > 3 && random.chance(0.5));
  const reviewDay = addDays(draft.date, random.int(1, 5));
  const review = reviewed ? stamp(reviewDay > ctx.today ? ctx.today : reviewDay, 16) : null;
  const sentToHospital = category === 'fall' && random.chance(0.15);
  return {
    id: ctx.ids.uuid(),
    ...timestamps(draft.date, Math.min(23, hour + 1), minute),
    date: draft.date,
    type: 'incident',
    category,
    personIds: [draft.personId],
    occurredTime: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    description: `${draft.personName}${text.what}。`,
    actionTaken: `${text.action}。`,
    place: PLACE[category] ?? '房间',
    staffIds: draft.staffIds,
    hospital: sentToHospital
      ? { at: stamp(draft.date, Math.min(23, hour + 1), minute), destination: '乡镇卫生院' }
      : null,
    familyNotification: informed
      ? {
          at: stamp(draft.date, Math.min(23, hour + 1), minute),
          channel: 'phone',
          by: draft.reporterName,
          notes: '已电话告知家属经过和处理情况',
        }
      : null,
    review: review
      ? {
          text: '经讨论，原因已明确，已落实防范措施并在交接班中重点交代。',
          correctiveAction: text.action,
          by: ctx.staff.director.name,
          at: review,
        }
      : null,
    // The director closes a reviewed incident once the family knows; recent ones may still be open.
    closed: informed && review && age > 14 ? { by: ctx.staff.director.name, at: review } : null,
  };
}
