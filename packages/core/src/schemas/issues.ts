import type * as z from 'zod/mini';
import { quote, type Issue } from '../result.js';

/**
 * Turns zod's issues into core's short issues that name the field and carry the bad value,
 * e.g. `invalid unit: "percnt"`.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[] = [],
): Issue[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    const field = [...path].reverse().find((p): p is string => typeof p === 'string') ?? 'value';
    const input = (issue as { input?: unknown }).input;
    let message: string;
    switch (issue.code) {
      case 'invalid_value':
      case 'invalid_format':
        message = `invalid ${field}: ${quote(input)}`;
        break;
      case 'invalid_type':
        message =
          input === undefined
            ? `missing ${field}`
            : `invalid ${field}: ${quote(input)} (expected ${issue.expected})`;
        break;
      case 'too_small':
      case 'too_big':
        message = `${field} out of range: ${quote(input)}`;
        break;
      case 'unrecognized_keys':
        message = `unknown key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((k) => quote(k)).join(', ')}`;
        break;
      case 'custom':
        message = issue.message;
        break;
      default:
        message = input === undefined ? `invalid ${field}` : `invalid ${field}: ${quote(input)}`;
    }
    return { path, message };
  });
}
