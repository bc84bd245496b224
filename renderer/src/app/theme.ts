import type { ThemeConfig } from 'antd';

/**
 * Text that staff with ageing eyes can read on cheap screens: every colour
 * that carries text reaches WCAG AA (4.5:1) on the backgrounds it is shown on,
 * white, the table header's #fafafa and the page's #f5f5f5. antd's defaults do
 * not (grey #8c8c8c is 3.4:1 on white, placeholders 1.8:1, blue links 3.8:1 on
 * the page grey). The figures in the comments are contrast ratios; the
 * accessibility e2e test (tests/e2e/a11y-pages.test.ts) checks every page.
 */
const READABLE_TEXT = {
  // Descriptions, captions, statistic and step titles: #666 on white 5.7:1, on #f5f5f5 5.6:1.
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  // Placeholders: #737373 on white 4.7:1 (antd's 0.25 gives 1.8:1), still lighter than typed text.
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  // Links: antd's blue-7, 6.2:1 on white and 5.6:1 on #f5f5f5; hover and press go darker, not lighter.
  colorLink: '#0958d9',
  colorLinkHover: '#003eb3',
  colorLinkActive: '#002c8c',
};

/**
 * Status colours are text too (status tags, messages in forms, the count
 * badge's white digits), so they are the dark steps of antd's palettes; their
 * light backgrounds and borders are antd's usual ones, set here because a dark
 * seed colour would derive greyish backgrounds.
 */
const READABLE_STATUS = {
  // blue-7: 5.5:1 on its background #e6f4ff.
  colorInfo: '#0958d9',
  // green-8: 5.4:1 on #f6ffed, 5.6:1 on white.
  colorSuccess: '#237804',
  colorSuccessBg: '#f6ffed',
  colorSuccessBgHover: '#d9f7be',
  colorSuccessBorder: '#b7eb8f',
  colorSuccessBorderHover: '#95de64',
  // orange-8: 5.1:1 on #fff7e6, 5.4:1 on white.
  colorWarning: '#ad4e00',
  colorWarningBg: '#fff7e6',
  colorWarningBgHover: '#ffe7ba',
  colorWarningBorder: '#ffd591',
  colorWarningBorderHover: '#ffc069',
  // red-7: 5.1:1 on #fff1f0, 5.6:1 on white, and white digits on it 5.6:1.
  colorError: '#cf1322',
  colorErrorBg: '#fff1f0',
  colorErrorBgHover: '#ffccc7',
  colorErrorBorder: '#ffa39e',
  colorErrorBorderHover: '#ff7875',
};

/**
 * Coloured tags (ability levels, risk grades, services) write their text in
 * step 7 of the colour's palette on step 1. For the light colours step 7 is
 * too pale (gold 2.8:1, lime 2.5:1, orange 3.3:1, cyan 3.4:1, green 3.4:1),
 * so their text takes the first darker step that reaches 4.5:1. Red, blue,
 * geekblue, purple and magenta already do (5.0:1 to 8.9:1). antd uses these
 * steps for tag text only.
 */
const TAG_TEXT_STEPS = {
  volcano: '#ad2102', // 6.4:1 on #fff2e8
  orange: '#ad4e00', // 5.1:1 on #fff7e6
  gold: '#874d00', // 6.5:1 on #fffbe6
  yellow: '#876800', // 5.2:1 on #feffe6
  lime: '#3f6600', // 6.6:1 on #fcffe6
  green: '#237804', // 5.4:1 on #f6ffed
  cyan: '#006d75', // 5.8:1 on #e6fffb
};
// antd keeps each step under two names (gold7 and gold-7), both written as the
// variable --ant-gold-7; the later one wins, so both are set.
const READABLE_TAG_TEXT = Object.fromEntries(
  Object.entries(TAG_TEXT_STEPS).flatMap(([colour, text]) => [
    [`${colour}7`, text],
    [`${colour}-7`, text],
  ]),
);

/** Calm colours and slightly larger text: the app is read by busy staff, often on older screens. */
export const theme: ThemeConfig = {
  // antd's component styles come from its prebuilt stylesheet (imported in main.tsx)
  // instead of being generated in the page at run time: on a slow PC that generation
  // was most of the first screen's and each new page's time. The tokens below still
  // apply, as CSS variables antd sets at run time and the stylesheet reads.
  zeroRuntime: true,
  token: {
    // White on it 5.3:1 (primary buttons, the selected menu entry).
    colorPrimary: '#1f7a5c',
    // Under the mouse it goes darker, not lighter: antd's lighter #37876a has white at 4.3:1
    // (a button stays hovered right after its click); #186a50 has 6.5:1, and 6.5:1 on white.
    colorPrimaryHover: '#186a50',
    fontSize: 15,
    borderRadius: 6,
    ...READABLE_TEXT,
    ...READABLE_STATUS,
    ...READABLE_TAG_TEXT,
  },
  components: {
    // The sidebar's entries: rgba(255,255,255,0.65) on #163d31 is 6.1:1.
    Layout: { siderBg: '#163d31', headerBg: '#ffffff' },
    Menu: {
      darkItemBg: '#163d31',
      darkSubMenuItemBg: '#163d31',
      darkItemSelectedBg: '#1f7a5c',
    },
  },
};
