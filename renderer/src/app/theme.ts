import type { ThemeConfig } from 'antd';

/** Calm colours and slightly larger text: the app is read by busy staff, often on older screens. */
export const theme: ThemeConfig = {
  // antd's component styles come from its prebuilt stylesheet (imported in main.tsx)
  // instead of being generated in the page at run time: on a slow PC that generation
  // was most of the first screen's and each new page's time. The tokens below still
  // apply, as CSS variables antd sets at run time and the stylesheet reads.
  zeroRuntime: true,
  token: {
    colorPrimary: '#1f7a5c',
    fontSize: 15,
    borderRadius: 6,
  },
  components: {
    Layout: { siderBg: '#163d31', headerBg: '#ffffff' },
    Menu: {
      darkItemBg: '#163d31',
      darkSubMenuItemBg: '#163d31',
      darkItemSelectedBg: '#1f7a5c',
    },
  },
};
