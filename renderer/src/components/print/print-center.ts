import { createContext } from 'react';

/** The center's name for the header of every printed page, given once by the page's PrintFrame. */
export const PrintCenterName = createContext('');
