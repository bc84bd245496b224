import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { addDaysIso } from '../../../../../shared/domain/census';
import type { Handover, ShiftTemplate } from '../../../../../shared/schema';
import { todayIso } from '../../../components/today-iso';
import { useDateText } from '../../../i18n/use-date-text';
import { stageOf, useAreaText } from '../labels';
import type { HandoverStage } from '../labels';
import { handoversPaths } from '../paths';
import { useHandoverList, useRoundPlan, useShiftTemplates } from '../queries';

interface ShiftSlot {
  date: string;
  shift: ShiftTemplate;
  area: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Today's shifts, and last night's while it is still running (a night shift
 * belongs to the evening it starts): one per area of the round plan that
 * names its places, or one for the whole center.
 */
function shiftSlots(templates: ShiftTemplate[], areas: string[], now: Date): ShiftSlot[] {
  const today = todayIso(now);
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
  const active = templates.filter((s) => s.active).sort((a, b) => (a.start < b.start ? -1 : 1));
  const lastNight = active
    .filter((s) => s.crossesMidnight && time < s.end)
    .map((shift) => ({ date: addDaysIso(today, -1), shift }));
  const slots = [...lastNight, ...active.map((shift) => ({ date: today, shift }))];
  return slots.flatMap((slot) => areas.map((area) => ({ ...slot, area })));
}

const STAGE_COLOURS: Record<HandoverStage | 'notStarted', string> = {
  notStarted: 'default',
  draft: 'warning',
  outgoingSigned: 'processing',
  signed: 'success',
};

/** The strip above the list: each shift of today with its handover's state and the button that opens it. */
export function TodayShifts() {
  const { t } = useTranslation('handovers');
  const navigate = useNavigate();
  const dateText = useDateText();
  const areaText = useAreaText();
  const templates = useShiftTemplates();
  const plan = useRoundPlan();
  const today = todayIso();
  const saved = useHandoverList({ from: addDaysIso(today, -1), to: today });
  const areas = ['', ...(plan.data?.areas.filter((a) => a.places.length > 0).map((a) => a.name) ?? [])];
  const slots = shiftSlots(templates.data ?? [], areas, new Date());
  const find = (slot: ShiftSlot): Handover | undefined =>
    saved.data?.find((h) => h.date === slot.date && h.shiftCode === slot.shift.code && h.area === slot.area);
  return (
    <Card size="small" title={t('today.title')} data-testid="handover-today" style={{ marginBottom: 16 }}>
      {templates.isSuccess && slots.length === 0 && (
        <Typography.Paragraph style={{ margin: 0 }} data-testid="handover-today-empty">
          {t('today.noShifts')}
        </Typography.Paragraph>
      )}
      <Flex gap={12} wrap>
        {slots.map((slot) => {
          const handover = find(slot);
          const stage = handover ? stageOf(handover) : 'notStarted';
          const action = stage === 'notStarted' ? 'compile' : stage === 'signed' ? 'view' : 'continue';
          const key = `${slot.date}-${slot.shift.code}-${slot.area}`;
          return (
            <Flex
              key={key}
              vertical
              gap={6}
              style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: 12, minWidth: 200 }}
              data-testid="handover-today-shift"
              data-shift={slot.shift.code}
              data-date={slot.date}
            >
              <Typography.Text strong style={{ fontSize: 16 }}>
                {slot.shift.name}
                {slot.area !== '' && ` · ${areaText(slot.area)}`}
              </Typography.Text>
              <Typography.Text>
                {slot.date !== today && `${dateText(slot.date)} `}
                {t(slot.shift.crossesMidnight ? 'today.nextDay' : 'today.time', {
                  start: slot.shift.start,
                  end: slot.shift.end,
                })}
              </Typography.Text>
              <span>
                <Tag color={STAGE_COLOURS[stage]}>{t(`state.${stage}`)}</Tag>
              </span>
              <Button
                type={action === 'view' ? 'default' : 'primary'}
                onClick={() =>
                  void navigate(
                    handoversPaths.shift({ date: slot.date, shiftCode: slot.shift.code, area: slot.area }),
                  )
                }
                data-testid={`handover-open-${slot.date}-${slot.shift.code}`}
              >
                {t(`today.${action}`)}
              </Button>
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}
