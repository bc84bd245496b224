/**
 * The lint rule that keeps features apart: another feature only through its
 * index.ts, and the shared kit on its own. Files are named by absolute paths
 * under a made-up root; the rule works from the import paths alone.
 */
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import plugin from '../../eslint-rules/feature-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const rule = plugin.rules['feature-boundaries'];
if (rule === undefined || typeof rule === 'function') throw new Error('feature-boundaries is missing');

const renderer = [
  {
    features: ['/repo/renderer/src/features/*', '/repo/renderer/src/app'],
    shared: ['/repo/renderer/src/components', '/repo/renderer/src/api'],
  },
];
const core = [{ features: ['/repo/electron/core/*'], shared: ['/repo/electron/core/store'] }];
const PAGE = '/repo/renderer/src/features/people/list/people-list-page.tsx';

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('feature-boundaries', rule, {
  valid: [
    {
      name: 'its own insides',
      filename: PAGE,
      code: "import { usePeopleList } from '../queries';",
      options: renderer,
    },
    {
      name: "another feature's folder",
      filename: PAGE,
      code: "import { X } from '../../assessments';",
      options: renderer,
    },
    {
      name: "another feature's index",
      filename: PAGE,
      code: "import { X } from '../../assessments/index';",
      options: renderer,
    },
    {
      name: 'the shared kit',
      filename: PAGE,
      code: "import { TextField } from '../../../components/form';",
      options: renderer,
    },
    {
      name: 'shared/',
      filename: PAGE,
      code: "import { X } from '../../../../../shared/schema';",
      options: renderer,
    },
    { name: 'a package', filename: PAGE, code: "import { Table } from 'antd';", options: renderer },
    {
      name: 'the route table lists features by their index',
      filename: '/repo/renderer/src/app/features.ts',
      code: "import { peopleFeature } from '../features/people';",
      options: renderer,
    },
    {
      name: 'a lazy page of its own',
      filename: '/repo/renderer/src/features/people/index.ts',
      code: "const Page = () => import('./list/people-list-page');",
      options: renderer,
    },
    {
      name: 'a file in no feature',
      filename: '/repo/renderer/src/main.tsx',
      code: "import { App } from './app/app';",
      options: renderer,
    },
    {
      name: 'core: a feature uses the store kit',
      filename: '/repo/electron/core/people/service.ts',
      code: "import { openStore } from '../store/store';",
      options: core,
    },
  ],
  invalid: [
    {
      name: "another feature's component",
      filename: '/repo/renderer/src/features/people/person/person-page.tsx',
      code: "import { AssessmentHistory } from '../../assessments/history/assessment-history';",
      options: renderer,
      errors: [{ messageId: 'inside' }],
    },
    {
      name: "another feature's queries",
      filename: '/repo/renderer/src/features/settings/settings-page.tsx',
      code: "import { useCenter } from '../center/queries';",
      options: renderer,
      errors: [{ messageId: 'inside' }],
    },
    {
      name: 're-exporting insides',
      filename: '/repo/renderer/src/features/settings/index.ts',
      code: "export { CenterForm } from '../center/center-form';",
      options: renderer,
      errors: [{ messageId: 'inside' }],
    },
    {
      name: "a lazy import of another feature's page",
      filename: '/repo/renderer/src/app/features.ts',
      code: "const Page = () => import('../features/people/list/people-list-page');",
      options: renderer,
      errors: [{ messageId: 'inside' }],
    },
    {
      name: 'the kit importing a feature, even its index',
      filename: '/repo/renderer/src/components/print/print-header.tsx',
      code: "import { useCenter } from '../../features/center';",
      options: renderer,
      errors: [{ messageId: 'kit' }],
    },
    {
      name: 'core: one service reaching into another',
      filename: '/repo/electron/core/assessments/service.ts',
      code: "import { personOf } from '../people/service';",
      options: core,
      errors: [{ messageId: 'inside' }],
    },
  ],
});
