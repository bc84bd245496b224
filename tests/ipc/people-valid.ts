/** A valid argument for each elders channel: the seeds the IPC fuzz test mutates. */
import { ABILITY_ITEMS } from '../../shared/domain/ability';
import { RISK_CODES } from '../../shared/domain/risk';
import type { Channel } from '../../shared/ipc/channels';
import { emptyHealth } from '../../shared/schema';

const person = {
  name: '张三丰',
  sex: 'male',
  birthDate: '1949-12-31',
  idNumber: '110105194912310013',
  village: '青山村',
  phone: '13812345678',
  emergencyContacts: [{ name: '张明', relation: '儿子', phone: '13912345678' }],
  health: emptyHealth(),
  categories: [{ category: 'ordinary', from: '2024-01-01' }],
  services: ['dayCare'],
};
const scores = Object.fromEntries(ABILITY_ITEMS.map((item) => [item.code, item.max]));
const factors = { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} };
const personId = 'person-0001';

export const PEOPLE_VALID: Record<Extract<Channel, `people.${string}` | `assessments.${string}`>, unknown> = {
  'people.list': {
    query: 'zsf',
    service: 'dayCare',
    sort: { field: 'name', order: 'asc' },
    offset: 0,
    limit: 50,
  },
  'people.get': { id: personId },
  'people.create': person,
  'people.update': { id: personId, person },
  'people.endCare': { id: personId, status: 'deceased', date: '2026-01-01' },
  'people.export': { query: 'zsf' },
  'people.importPreview': { fileName: 'people.csv', base64: 'MTIz' },
  'people.importCommit': { fileName: 'people.csv', base64: 'MTIz', mapping: { 姓名: 'name' } },
  'people.importRefused': { fileName: 'people.csv', base64: 'MTIz', confirmRows: [2] },
  'people.importMappings': undefined,
  'people.importTemplate': undefined,
  // The 8-byte PNG signature; the fuzzer mutates around it.
  'people.setPhoto': { id: personId, fileName: 'photo.png', base64: 'iVBORw0KGgo=' },
  'people.clearPhoto': { id: personId },
  'people.photo': { id: personId },
  'assessments.previewAbility': { personId, input: { date: '2026-01-01', scores, factors: { coma: false } } },
  'assessments.saveAbility': {
    personId,
    standard: 'GB/T 42195-2022',
    date: '2026-01-01',
    reason: 'first',
    assessors: ['王芳', '李强'],
    scores,
    factors,
    notes: '',
  },
  'assessments.saveRisk': {
    personId,
    date: '2026-01-01',
    reason: 'admission',
    assessor: '王芳',
    risks: Object.fromEntries(RISK_CODES.map((code) => [code, { grade: 'low' }])),
    notes: '',
  },
  'assessments.due': undefined,
};
