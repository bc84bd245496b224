import type { AllStrings } from './index';
import type { Bilingual } from './types';

/** A feature tree with its leaves resolved to plain strings: what one language holds. */
type Resolved<T> = T extends Bilingual ? string : { [K in keyof T]: Resolved<T[K]> };

/** The resources type i18next is told about (renderer `CustomTypeOptions`) and `translate` checks. */
export type Resources = { [NS in keyof AllStrings]: Resolved<AllStrings[NS]> };
export type Namespace = keyof Resources;

/** 'a.b.c' for every leaf of a tree. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

/** A key inside one namespace, written without its prefix. */
export type MessageKey<NS extends Namespace> = Paths<Resources[NS]>;
/** A key with its namespace: `people:list.title`. */
export type QualifiedKey = { [NS in Namespace]: `${NS}:${MessageKey<NS>}` }[Namespace];
