/** Warning red (antd red-8): 7:1 on white, 6.4:1 on the alert card's pink; always beside words, never alone. */
export const WARN = '#a8071a';
