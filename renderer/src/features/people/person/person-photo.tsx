import type { CSSProperties } from 'react';
import { App, Button, Flex, Image, Spin, Typography, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PHOTO_MAX_BYTES } from '../../../../../shared/ipc/people';
import type { Person } from '../../../../../shared/schema';
import { errorText } from '../../../api/error-text';
import { usePersonPhoto, usePersonPhotoSave } from '../queries';
import { useReadOnly } from '../../../app';
import { readFileAsBase64 } from '../import/read-file-as-base64';

/** A 1-inch ID photo is 25 × 35 mm; shown at 3:4 like the paper record's photo box. */
const WIDTH = 108;
const HEIGHT = 144;

const frame: CSSProperties = {
  width: WIDTH,
  height: HEIGHT,
  border: '1px solid #d9d9d9',
  borderRadius: 6,
  overflow: 'hidden',
  background: '#fafafa',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
};

interface Props {
  person: Person;
  /**
   * Why the last upload or removal failed (null: it worked, or a new try began). The
   * page shows it across its width: this column is a photo wide, too narrow for a sentence.
   */
  onProblem: (problem: string | null) => void;
}

/**
 * The elder's photo with 上传 / 更换 / 移除. The picture is read in the window
 * and handed to the main process, which checks it really is a JPEG or PNG and
 * keeps it in the data folder; nothing goes over a network.
 */
export function PersonPhoto({ person, onProblem: setProblem }: Props) {
  const { t } = useTranslation(['people', 'errors', 'common']);
  const { modal } = App.useApp();
  const readOnly = useReadOnly();
  const photo = usePersonPhoto(person.id, person.photoFile);
  const saver = usePersonPhotoSave();

  const choose = async (file: File) => {
    setProblem(null);
    // Said here at once; the main process checks the size (and the real type) again.
    if (file.size > PHOTO_MAX_BYTES) return setProblem(t('errors:people.photo.tooLarge'));
    try {
      const base64 = await readFileAsBase64(file);
      await saver.mutateAsync({ kind: 'set', input: { id: person.id, fileName: file.name, base64 } });
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  const confirmRemove = () => {
    modal.confirm({
      title: t('person.photo.removeTitle', { name: person.name }),
      content: t('person.photo.removeBody'),
      okText: t('person.photo.removeOk'),
      okButtonProps: { danger: true, 'data-testid': 'person-photo-remove-confirm' },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        setProblem(null);
        try {
          await saver.mutateAsync({ kind: 'clear', input: { id: person.id } });
        } catch (error) {
          setProblem(errorText(error));
        }
      },
    });
  };

  const dataUrl = person.photoFile ? photo.data?.dataUrl : undefined;
  return (
    <Flex vertical gap={6} align="center" style={{ width: WIDTH + 24 }} data-testid="person-photo">
      <Spin spinning={saver.isPending || (person.photoFile !== undefined && photo.isPending)}>
        <div style={frame}>
          {dataUrl ? (
            <Image
              src={dataUrl}
              alt={t('person.photo.alt', { name: person.name })}
              width={WIDTH}
              height={HEIGHT}
              style={{ objectFit: 'cover' }}
              data-testid="person-photo-image"
            />
          ) : (
            <Flex vertical align="center" gap={4} data-testid="person-photo-none">
              <UserOutlined style={{ fontSize: 40, color: '#bfbfbf' }} />
              <Typography.Text type="secondary">{t('person.photo.none')}</Typography.Text>
            </Flex>
          )}
        </div>
      </Spin>
      {!readOnly && (
        <Flex gap={4} wrap justify="center">
          <Upload
            accept=".jpg,.jpeg,.png,image/jpeg,image/png"
            multiple={false}
            showUploadList={false}
            disabled={saver.isPending}
            beforeUpload={(file) => {
              void choose(file);
              // Never upload: the window only reads the file.
              return false;
            }}
            data-testid="person-photo-upload"
          >
            <Button size="small" icon={<UploadOutlined />} title={t('person.photo.hint')}>
              {person.photoFile ? t('person.photo.change') : t('person.photo.upload')}
            </Button>
          </Upload>
          {person.photoFile && (
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              disabled={saver.isPending}
              onClick={confirmRemove}
              data-testid="person-photo-remove"
            >
              {t('person.photo.remove')}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
}
