// Reads a pack's JSON text: refuses text too long or nested too deep before any parser runs, says
// where invalid JSON goes wrong, and places each problem of a valid pack at its line:column.

import { visit, printParseErrorCode, stripComments, type ParseErrorCode } from 'jsonc-parser';
import { LineIndex } from '../text/lineIndex';
import { locateAll, nestingBeyond } from './jsonPositions';
import { PACK_LIMITS } from './packLimits';
import type { PackMessage } from './packMessages';
import { problemOf, type PackProblem } from './packProblem';
import type { LoadedPack } from './packTypes';
import { Validator } from './packValidator';
import { validate } from './validatePack';

/** The 1-based line:column of an offset into the pack's body. */
type At = (offset: number) => { line: number; column: number };

/** Parses and validates a pack's JSON text. Problems carry 1-based line:column. Never throws. */
export function parsePack(text: string): LoadedPack {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const at = positionsIn(text, text.length - body.length);

  if (text.length > PACK_LIMITS.maxTextLength)
    return failure({ id: 'packTooLong', length: text.length, max: PACK_LIMITS.maxTextLength }, { line: 1, column: 1 });
  // Before any parser runs: jsonc-parser recurses once per level, and would overflow the stack.
  const deep = nestingBeyond(body, PACK_LIMITS.maxDepth);
  if (deep >= 0) return failure({ id: 'tooDeep', max: PACK_LIMITS.maxDepth }, at(deep));

  let value: unknown;
  try {
    value = parseJsonWithComments(body);
  } catch (e) {
    return invalidJson(body, e, at);
  }
  return validated(body, value, at);
}

/**
 * JSON, or JSON with `//` and `/* *\/` comments (a writer's notes, which the authoring edits keep).
 * Only the value is read from the text without comments: problems are placed on the text as written.
 * Nothing else that JSON refuses is let through.
 */
function parseJsonWithComments(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (e) {
    const stripped = stripComments(body, ' ');
    if (stripped === body) throw e;
    return JSON.parse(stripped);
  }
}

/** Positions in `text` of offsets into its body, which starts `shift` code units in (after a byte-order mark). */
function positionsIn(text: string, shift: number): At {
  // Built on first use: a pack without problems never needs it.
  let lineIndex: LineIndex | undefined;
  return (offset) => {
    const p = (lineIndex ??= new LineIndex(text)).positionAt(Math.min(offset + shift, text.length));
    return { line: p.line + 1, column: p.character + 1 };
  };
}

function failure(message: PackMessage, where: { line: number; column: number }): LoadedPack {
  return { pack: undefined, problems: [{ ...problemOf('$', message), ...where }] };
}

/** The problems of a body that JSON.parse refused (with `e`): jsonc-parser says where and why. */
function invalidJson(body: string, e: unknown, at: At): LoadedPack {
  // Said as it is: jsonc-parser would report a value expected at the end.
  if (body.trim() === '') return failure({ id: 'emptyFile' }, at(0));
  const errors: { error: ParseErrorCode; offset: number }[] = [];
  let more = 0;
  visit(
    body,
    { onError: (error, offset) => void (errors.length < PACK_LIMITS.maxProblems ? errors.push({ error, offset }) : more++) },
    { allowTrailingComma: false, disallowComments: false },
  );
  const problems: PackProblem[] = errors.map((x) => ({ ...problemOf('$', { id: 'jsonError', code: printParseErrorCode(x.error) }), ...at(x.offset) }));
  if (more > 0) problems.push({ ...problemOf('$', { id: 'moreJsonErrors', count: more }), ...at(errors[errors.length - 1]!.offset) });
  if (problems.length > 0) return { pack: undefined, problems };
  // jsonc-parser accepts a few things JSON does not (such as a no-break space between tokens).
  const message = e instanceof Error ? e.message : String(e);
  const position = /position (\d+)/.exec(message);
  return failure({ id: 'jsonParseError', detail: message }, at(position ? Number(position[1]) : 0));
}

/** The pack parsed from `body`, validated, each problem placed at its path's line:column. */
function validated(body: string, value: unknown, at: At): LoadedPack {
  const v = new Validator(() => undefined);
  const pack = validate(v, value);
  const problems = v.finish();
  if (problems.length === 0) return { pack, problems };
  // Located only now, in one pass over the text for all problems.
  const locate = locateAll(body, v.paths);
  return {
    pack,
    problems: problems.map((p, k) => {
      const offset = locate(v.paths[k]!);
      const { severity, ...rest } = p;
      return { ...rest, ...(offset === undefined ? {} : at(offset)), ...(severity ? { severity } : {}) };
    }),
  };
}
