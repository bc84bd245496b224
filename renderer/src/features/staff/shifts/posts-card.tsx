import { useEffect } from 'react';
import { App, Button, Card, Flex, Form, Select, Tag, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { PostsInputSchema } from '../../../../../shared/ipc/staff';
import { applyServerErrors } from '../../../api/apply-server-errors';
import { FormField } from '../../../components/form';
import { usePostLabel } from '../post-label';
import { usePosts, useSavePosts } from '../queries';

interface Values {
  customPosts: string[];
}

/** 岗位: the built-in posts with how many hold each, and the center's own list, edited as tags. */
export function PostsCard({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('staff');
  const { message } = App.useApp();
  const posts = usePosts().data;
  const save = useSavePosts();
  const postLabel = usePostLabel();
  const form = useForm<Values>({ resolver: zodResolver(PostsInputSchema), mode: 'onTouched' });
  const { reset } = form;
  useEffect(() => {
    if (posts) reset({ customPosts: posts.custom });
  }, [posts, reset]);
  if (!posts) return null;
  const count = (post: string) => t('posts.inUse', { count: posts.inUse[post] ?? 0 });
  const submit = form.handleSubmit((values) => {
    save.mutate(values, {
      onSuccess: () => void message.success(t('posts.saved')),
      onError: (error) => {
        // One box holds the whole list: a complaint about any of its posts belongs under it.
        const placed = applyServerErrors(error, form.setError, () => 'customPosts');
        if (!placed) void message.error(error.message);
      },
    });
  });
  return (
    <Card title={t('posts.title')} data-testid="posts-card">
      <Typography.Paragraph type="secondary">{t('posts.help')}</Typography.Paragraph>
      <Typography.Text strong>{t('posts.builtIn')}</Typography.Text>
      <Flex wrap gap={8} style={{ margin: '8px 0 16px' }}>
        {posts.builtIn.map((p) => (
          <Tag key={p}>
            {postLabel(p)} · {count(p)}
          </Tag>
        ))}
      </Flex>
      <Form layout="vertical" disabled={disabled} onFinish={() => void submit()}>
        <FormField
          control={form.control}
          name="customPosts"
          id="posts-custom"
          testId="posts-custom"
          label={t('posts.custom')}
        >
          {({ field, id, testId }) => (
            <Select
              id={id}
              mode="tags"
              open={false}
              suffixIcon={null}
              value={field.value}
              onChange={(values: string[]) =>
                field.onChange(values.map((v) => v.trim()).filter((v) => v !== ''))
              }
              onBlur={field.onBlur}
              tokenSeparators={[',', '，', '、', ';', '；']}
              placeholder={t('posts.placeholder')}
              tagRender={({ label, value, closable, onClose }) => (
                <Tag closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
                  {label} · {count(String(value))}
                </Tag>
              )}
              data-testid={testId}
            />
          )}
        </FormField>
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          disabled={disabled || !form.formState.isDirty}
          data-testid="posts-save"
        >
          {t('posts.save')}
        </Button>
      </Form>
    </Card>
  );
}
