/** A one-line outcome of an action taken from a row (a derivation, a download that could not start). */
export interface Notice {
  readonly tone: 'ok' | 'error';
  readonly text: string;
}
