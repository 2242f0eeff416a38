import { CoreError } from './errors';
import type { RawValue } from './series';
import { StatusTable, UNKNOWN_STATUS, type StatusInfo } from './status-table';

/** What a discrete rule matches. Null also matches NaN (as Grafana's "Null + NaN" mapping does). */
export type DiscreteMatch =
  | { kind: 'value'; value: number | string }
  | { kind: 'range'; from?: number; to?: number }
  | { kind: 'regex'; pattern: string; flags?: string }
  | { kind: 'null' };

export interface DiscreteRule {
  match: DiscreteMatch;
  color: string;
  label?: string;
  /** Higher is worse. Default: list order, the first rule the worst and the last severity 0. */
  severity?: number;
  /** Counts as fine when sorting rows by problem cells. Default: severity <= 0. */
  ok?: boolean;
}

/** How a cell holding several values gets one status. */
export type DiscretePriority = 'first-rule' | 'worst' | 'last';

export interface DiscreteColoring {
  mode: 'discrete';
  rules: readonly DiscreteRule[];
  /** 'first-rule' (the old plugin's): the earliest rule in the list matching any value wins. */
  priority?: DiscretePriority;
  unknownColor?: string;
}

/** Status index of rule i: statuses 0 and 1 are EMPTY and UNKNOWN. */
export const ruleStatus = (ruleIndex: number): number => ruleIndex + 2;

/** A compiled rule list: value -> status, with a cache per distinct value (status data repeats itself). */
export class DiscreteClassifier {
  readonly table: StatusTable;
  /** Status for null / NaN when a null rule exists, otherwise undefined. */
  readonly nullStatus: number | undefined;
  private readonly cache = new Map<number | string, number>();
  private readonly regexes: (RegExp | undefined)[];

  constructor(readonly coloring: DiscreteColoring) {
    const { rules } = coloring;
    this.regexes = rules.map((rule, i) => {
      if (rule.match.kind !== 'regex') return undefined;
      try {
        // 'g' and 'y' make test() stateful across calls: drop them.
        return new RegExp(rule.match.pattern, rule.match.flags?.replace(/[gy]/g, ''));
      } catch (e) {
        throw new CoreError(
          'INVALID_RULE',
          `Rule ${i + 1}: invalid regular expression: ${(e as Error).message}`
        );
      }
    });
    const nullRule = rules.findIndex((r) => r.match.kind === 'null');
    this.nullStatus = nullRule >= 0 ? ruleStatus(nullRule) : undefined;
    this.table = StatusTable.withSpecials(
      rules.map((rule, i): StatusInfo => {
        const severity = rule.severity ?? rules.length - 1 - i;
        return {
          label: rule.label ?? describeMatch(rule.match),
          color: rule.color,
          severity,
          ok: rule.ok ?? severity <= 0,
        };
      }),
      coloring.unknownColor
    );
  }

  /** Status of one non-null value: the first rule in list order that matches, or UNKNOWN. */
  statusOf(value: number | string): number {
    let status = this.cache.get(value);
    if (status === undefined) {
      status = this.match(value);
      this.cache.set(value, status);
    }
    return status;
  }

  private match(value: number | string): number {
    const rules = this.coloring.rules;
    const text = String(value);
    const num = typeof value === 'number' ? value : text.trim() === '' ? NaN : Number(text);
    for (let i = 0; i < rules.length; i++) {
      const m = rules[i].match;
      switch (m.kind) {
        case 'value':
          // Loose on type, as the old plugin's `==`: rule "1" matches 1 and rule 1 matches "1".
          if (
            typeof m.value === 'number'
              ? num === m.value
              : text === m.value || (m.value.trim() !== '' && num === Number(m.value))
          )
            return ruleStatus(i);
          break;
        case 'range':
          if (num === num && (m.from === undefined || num >= m.from) && (m.to === undefined || num <= m.to))
            return ruleStatus(i);
          break;
        case 'regex':
          if (this.regexes[i]!.test(text)) return ruleStatus(i);
          break;
        case 'null':
          break;
      }
    }
    return UNKNOWN_STATUS;
  }
}

function describeMatch(m: DiscreteMatch): string {
  switch (m.kind) {
    case 'value':
      return String(m.value);
    case 'range':
      return `${m.from ?? '-∞'} – ${m.to ?? '+∞'}`;
    case 'regex':
      return `/${m.pattern}/`;
    case 'null':
      return 'null';
  }
}

/** Decodes a RawValue for matching; undefined for "no value". */
export function matchable(value: RawValue): number | string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' && value !== value) return undefined;
  return value;
}
