import type { FeatureStrings } from './types';

/**
 * Labels for the codes of the care records the later features will show: home visits, incidents,
 * discharges (namespace `domain`).
 */
export default {
  domain: {
    visitType: {
      meals: ['助餐', 'Meals'],
      cleaning: ['助洁', 'Cleaning'],
      bathing: ['助浴', 'Bathing'],
      medical: ['助医', 'Medical aid'],
      walking: ['助行', 'Walking aid'],
      rehab: ['康复', 'Rehabilitation'],
      welfareVisit: ['巡访关爱', 'Welfare visit'],
    },
    incident: {
      fall: ['跌倒', 'Fall'],
      choking: ['噎食', 'Choking'],
      wrongIngestion: ['误食', 'Wrong food or medicine'],
      pressureSore: ['压疮', 'Pressure sore'],
      scald: ['烫伤', 'Scald'],
      fallFromBed: ['坠床', 'Fall from bed'],
      wandering: ['走失', 'Wandering'],
      selfHarm: ['自伤', 'Self-harm'],
      suicide: ['自杀', 'Suicide'],
      harmToOthers: ['伤人', 'Harm to others'],
      activityAccident: ['文娱活动意外', 'Activity accident'],
      other: ['其他', 'Other'],
    },
    discharge: {
      returnedHome: ['回家', 'Returned home'],
      transferred: ['转院或转机构', 'Transferred'],
      deceased: ['死亡', 'Deceased'],
      other: ['其他', 'Other'],
    },
  },
} satisfies FeatureStrings;
