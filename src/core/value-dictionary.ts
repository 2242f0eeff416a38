/**
 * Interns string values so that a grid stores every value in one Float64Array:
 * numbers as themselves, strings as their dictionary code, "no value" as NaN.
 * Status data has few distinct strings ("up", "down", "degraded"), so the dictionary stays tiny.
 */
export class ValueDictionary {
  private readonly codes = new Map<string, number>();
  readonly strings: string[] = [];

  code(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.strings.length;
      this.strings.push(text);
      this.codes.set(text, code);
    }
    return code;
  }
}
