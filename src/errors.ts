// The root of every error whose message is meant for the user (bad usage, a broken config, git
// failing): printed as "leakproof: error: …" with exit 2. Anything else is an internal error.
// A leaf module, so the CLI can recognise errors without loading the modules that throw them.

/** A brand, not instanceof: the bundled CLI and the unbundled `dir` command hold separate copies of this class. */
const USER_ERROR = Symbol.for("leakproof.userError");

export class LeakproofError extends Error {
  readonly [USER_ERROR] = true;
}

export function isUserError(e: unknown): e is Error {
  return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[USER_ERROR] === true;
}
