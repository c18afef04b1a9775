/** One row of `concept-lens scan --format json`. */
export interface Row {
  file: string;
  concept: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  section: string | null;
}
