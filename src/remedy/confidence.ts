// What `leakproof fix` will move to .env: only a value it is confident is one. A finding whose value
// reads like a path, a call, an identifier or an interpolation stays in the report, and fix leaves the
// line alone: moving `f.read().strip()` or `/run/secrets/key` to .env would break the program.
const PATH = /^(?:~|\.{1,2})?[/\\][^\s+=]*$|^[A-Za-z]:\\|^\.{1,2}[/\\]/;
/** A whole call or chain of calls: f.read().strip(), get_key("prod") (a random key may hold one "(" but rarely this). */
const CALL = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\([^()]*\)(?:\.[A-Za-z_$][\w$]*\([^()]*\))*[,;]?$/;
/** a.b.c, self.x, @ivar, $var, :symbol, UPPER_SNAKE, snake_case_words, custom:name, 0002_migration_name */
const IDENTIFIER =
  /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|@{1,2}[A-Za-z_]\w*(?:\.\w+)*|\$[A-Za-z_]\w*|:[A-Za-z_]\w*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}|[a-z][a-z0-9]{1,20}:[a-z][\w.-]*|\d{4}_[a-z]\w*)[,;]?$/;
/** ${X}, #{x}, {{ x }}, <% x %>, {name}, %(name)s, and a $(command) cut at its first space (Django keys hold $, ( and %). */
const INTERPOLATION = /\$\{|#\{|\{\{|<%|\{[A-Za-z_][\w.]*\}|%\([A-Za-z_]\w*\)s|^\$\([A-Za-z_][\w./-]*\)?$/;

/** Why fix must not move this value, or undefined when it reads as a value. */
export function notAValue(secret: string): string | undefined {
  if (INTERPOLATION.test(secret))
    return "the value is an interpolation (filled in at run time), not a secret: fix leaves it";
  if (CALL.test(secret)) return "the value is a call, not a secret: fix leaves it";
  if (PATH.test(secret)) return "the value is a file path (where a secret is read from, not the secret): fix leaves it";
  if (IDENTIFIER.test(secret)) return "the value is a name in the code, not a secret: fix leaves it";
  return undefined;
}
