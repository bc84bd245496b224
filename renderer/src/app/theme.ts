import type { ThemeConfig } from 'antd';

/** Calm colours and slightly larger text: the app is read by busy staff, often on older screens. */
export const theme: ThemeConfig = {
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
