import { useState } from 'react';
import { Button, Divider, Flex, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAddVillage, useVillages } from '../queries';
import { useMay } from '../../auth';
import { PersonField } from './person-fields';

/** Most village names are 2-6 characters; the settings allow 50. */
const MAX_VILLAGE = 50;

/**
 * 所在村, chosen from the township's villages kept in the settings, so the same
 * village is never spelt two ways. A village missing from the list can be added
 * here; a value from an import or an older record that is not in the list still shows.
 */
export function VillageField() {
  const { t } = useTranslation('people');
  const villages = useVillages().data ?? [];
  const adder = useAddVillage();
  // The villages are the center's settings: only a role that may change them sees the add box.
  const mayAdd = useMay('settings.manage');
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  return (
    <PersonField name="village" label={t('fields.village')}>
      {({ field, id, testId, invalid }) => {
        const value = typeof field.value === 'string' && field.value !== '' ? field.value : undefined;
        const options = villages.map((village) => ({ value: village, label: village }));
        if (value !== undefined && !villages.includes(value)) {
          options.push({ value, label: t('form.villageNotListed', { village: value }) });
        }
        const add = () => {
          const village = typed.trim();
          if (!village) return;
          adder.mutate(village, {
            onSuccess: () => {
              setTyped('');
              field.onChange(village);
              setOpen(false);
            },
          });
        };
        return (
          <Select
            id={id}
            ref={field.ref}
            allowClear
            open={open}
            onOpenChange={setOpen}
            showSearch={{ optionFilterProp: 'label' }}
            value={value}
            onChange={(next: string | undefined) => field.onChange(next ?? '')}
            onBlur={field.onBlur}
            placeholder={villages.length > 0 ? t('form.villageChoose') : t('form.villageNoList')}
            options={options}
            status={invalid ? 'error' : undefined}
            data-testid={testId}
            popupRender={(menu) =>
              !mayAdd ? (
                menu
              ) : (
                <>
                  {menu}
                  <Divider style={{ margin: '8px 0' }} />
                  <Flex gap={8} style={{ padding: '0 8px 4px' }}>
                    <Input
                      value={typed}
                      maxLength={MAX_VILLAGE}
                      placeholder={t('form.villageNew')}
                      onChange={(event) => setTyped(event.target.value)}
                      // Enter adds the village; it must not reach the select or the form.
                      onKeyDown={(event) => {
                        event.stopPropagation();
                        if (event.key === 'Enter') {
                          event.preventDefault();
                          add();
                        }
                      }}
                      data-testid="person-village-new"
                    />
                    <Button
                      icon={<PlusOutlined />}
                      loading={adder.isPending}
                      disabled={typed.trim() === ''}
                      onClick={add}
                      data-testid="person-village-add"
                    >
                      {t('form.villageAdd')}
                    </Button>
                  </Flex>
                </>
              )
            }
          />
        );
      }}
    </PersonField>
  );
}
