"use strict";
const __leakproofUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn2, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn2 && (res = (0, fn2[__getOwnPropNames(fn2)[0]])(fn2 = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/errors.ts
var USER_ERROR, LeakproofError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    USER_ERROR = /* @__PURE__ */ Symbol.for("leakproof.userError");
    LeakproofError = class extends Error {
      [USER_ERROR] = true;
    };
  }
});

// src/cli/errors.ts
var EXIT, UsageError;
var init_errors2 = __esm({
  "src/cli/errors.ts"() {
    "use strict";
    init_errors();
    EXIT = { clean: 0, findings: 1, error: 2 };
    UsageError = class extends LeakproofError {
    };
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value2) => {
      Object.defineProperty(object, key, { value: value2 });
      return value2;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to2 = pattern[index];
          if (to2 === ESCAPE) {
            to2 = pattern[index += 1];
          }
          if (prev <= to2) {
            body += `-${escapeMember(to2)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out2 = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out2 += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out2 += pattern.slice(index, index + 2);
          } else {
            out2 += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out2 += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned2 = scanBracket(pattern, index);
          if (scanned2 === null) {
            out2 += hold(NEVER_MATCH);
            index = length;
          } else {
            out2 += hold(scanned2.source);
            index = scanned2.end + 1;
          }
        } else {
          out2 += char;
          index++;
        }
      }
      return {
        source: out2,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_3, run9, space) => space ? run9.slice(0, run9.length - run9.length % 2) + SPACE : run9,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_3, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_3, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_3, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range2, close) => `\\[${range2}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_3, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run9, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run9.length && !run9[index].wildcard; index++) {
        separator += run9[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out2 = EMPTY;
      let run9 = [];
      const flush = () => {
        let lastWildcard;
        run9.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run9.forEach((token, at2) => {
          if (!token.wildcard) {
            out2 += token.single;
            return;
          }
          out2 += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run9, at2)})[^\\/])*`;
        });
        run9 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run9.push(token);
          return;
        }
        flush();
        out2 += token.boundary;
      });
      flush();
      return out2;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count3 = 0;
      while (str2[str2.length - count3 - 1] === ESCAPE) {
        count3++;
      }
      return count3 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw2 = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw2) && createRule(
          raw2,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored2 = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored2 = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored: unignored2
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename5 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename5 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r2 = "`path.relative()`d";
        return doThrow(
          `path should be a ${r2} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p2) => p2;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path, cache2) {
        if (path in cache2) {
          return cache2[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/sources/regular.ts
function kind(st2) {
  if (st2.isDirectory()) return "a directory";
  if (st2.isFIFO()) return "a FIFO";
  if (st2.isCharacterDevice()) return "a character device";
  if (st2.isBlockDevice()) return "a block device";
  if (st2.isSocket()) return "a socket";
  return "not a regular file";
}
function readRegular(path, max) {
  const fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0));
  try {
    const st2 = (0, import_node_fs.fstatSync)(fd);
    if (!st2.isFile()) throw new FileRefused(path, `${kind(st2)}, not a regular file: refusing to read it`);
    if (st2.size > max)
      throw new FileRefused(path, `${(st2.size / 1048576).toFixed(1)} MiB, more than the ${max / 1048576} MiB allowed`);
    const buf = Buffer.alloc(Math.min(st2.size, max) + 1);
    let n = 0;
    for (let r2; n < buf.length && (r2 = (0, import_node_fs.readSync)(fd, buf, n, buf.length - n, n)) > 0; ) n += r2;
    if (n > max) throw new FileRefused(path, `more than the ${max / 1048576} MiB allowed`);
    return buf.subarray(0, n);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
var import_node_fs, FileRefused, SMALL_FILE, BASELINE_FILE;
var init_regular = __esm({
  "src/sources/regular.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    init_errors();
    FileRefused = class extends LeakproofError {
      constructor(path, reason) {
        super(`${path}: ${reason}`);
        this.path = path;
        this.reason = reason;
      }
      path;
      reason;
    };
    SMALL_FILE = 1048576;
    BASELINE_FILE = 64 * 1048576;
  }
});

// src/sources/ignorefile.ts
function pathIgnore(root, extra, ignoreFile = (0, import_node_path.join)(root, ".leakproofignore")) {
  const file = readIgnoreFile(ignoreFile);
  const ig = file ?? (0, import_ignore.default)();
  if (extra.length > 0) ig.add(extra);
  return { ig, empty: file === void 0 && extra.length === 0 };
}
function ignoredPaths(root, extra, noIgnore, ignoreFile) {
  if (noIgnore) return () => false;
  const { ig, empty } = pathIgnore(root, extra, ignoreFile);
  return empty ? () => false : (path) => ig.ignores(path);
}
function readIgnoreFile(file) {
  let bytes;
  try {
    bytes = readRegular(file, SMALL_FILE);
  } catch (e) {
    if (e instanceof FileRefused) throw e;
    return void 0;
  }
  return (0, import_ignore.default)().add(bytes.toString("utf8"));
}
var import_node_path, import_ignore;
var init_ignorefile = __esm({
  "src/sources/ignorefile.ts"() {
    "use strict";
    import_node_path = require("node:path");
    import_ignore = __toESM(require_ignore(), 1);
    init_regular();
  }
});

// src/detect/keywords.ts
function fold(c3) {
  return c3 >= 65 && c3 <= 90 ? c3 | 32 : c3;
}
var ALPHABET, SHIFT, KeywordMatcher;
var init_keywords = __esm({
  "src/detect/keywords.ts"() {
    "use strict";
    ALPHABET = 128;
    SHIFT = 7;
    KeywordMatcher = class {
      /** `saved` is used when it was made for exactly these keywords; otherwise the automaton is built. */
      constructor(keywords, saved) {
        this.keywords = keywords;
        if (saved && saved.keywords.length === keywords.length && saved.keywords.every((k2, i) => k2 === keywords[i])) {
          this.delta = saved.delta;
          this.out = saved.out.map((o2) => o2 ?? void 0);
          this.hasOut = Uint8Array.from(saved.out, (o2) => o2 ? 1 : 0);
          return;
        }
        const goto = [new Int32Array(ALPHABET).fill(-1)];
        const out2 = [void 0];
        keywords.forEach((kw, k2) => {
          let s = 0;
          for (let i = 0; i < kw.length; i++) {
            const c3 = fold(kw.charCodeAt(i));
            if (c3 >= ALPHABET) throw new Error(`keyword ${JSON.stringify(kw)} must be ASCII`);
            const row = goto[s];
            if (row[c3] === -1) {
              row[c3] = goto.length;
              goto.push(new Int32Array(ALPHABET).fill(-1));
              out2.push(void 0);
            }
            s = row[c3];
          }
          (out2[s] ??= []).push(k2);
        });
        const n = goto.length;
        const next = new Int32Array(n * ALPHABET);
        const fail = new Int32Array(n);
        const queue = [];
        for (let c3 = 0; c3 < ALPHABET; c3++) {
          const t2 = goto[0][c3];
          next[c3] = t2 === -1 ? 0 : t2;
          if (t2 !== -1) queue.push(t2);
        }
        for (let qi = 0; qi < queue.length; qi++) {
          const s = queue[qi];
          const f3 = fail[s];
          if (out2[f3]) out2[s] = [...out2[s] ?? [], ...out2[f3]];
          for (let c3 = 0; c3 < ALPHABET; c3++) {
            const t2 = goto[s][c3];
            if (t2 === -1) next[s * ALPHABET + c3] = next[f3 * ALPHABET + c3];
            else {
              fail[t2] = next[f3 * ALPHABET + c3];
              next[s * ALPHABET + c3] = t2;
              queue.push(t2);
            }
          }
        }
        const delta = new Int32Array(n * ALPHABET);
        for (let s = 0; s < n; s++) {
          for (let c3 = 0; c3 < ALPHABET; c3++) delta[s * ALPHABET + c3] = next[s * ALPHABET + fold(c3)] * ALPHABET;
        }
        this.delta = delta;
        this.out = out2;
        this.hasOut = Uint8Array.from(out2, (o2) => o2 ? 1 : 0);
      }
      keywords;
      /**
       * The DFA: entry `s + c` is the next state for state `s` and character `c` (< 128). States are
       * stored premultiplied by ALPHABET, so a step is one load; upper-case columns repeat lower-case ones.
       */
      delta;
      /** For each state (by number, not premultiplied): the keywords that end there (including via failure links). */
      out;
      /** 1 where `out` has keywords: a typed-array check per character instead of an array load. */
      hasOut;
      /** The automaton as data, so a build can store it (src/rules/pack.ts) and a start can skip building it. */
      save() {
        return { keywords: [...this.keywords], delta: this.delta, out: this.out.map((o2) => o2 ?? null) };
      }
      /** Calls `onHit` for every keyword occurrence (within text[from, to) when given). */
      scan(text2, onHit, from = 0, to2 = text2.length) {
        const delta = this.delta;
        const hasOut = this.hasOut;
        let s = 0;
        for (let i = from, n = to2; i < n; i++) {
          const c3 = text2.charCodeAt(i);
          if (c3 >= ALPHABET) {
            s = 0;
            continue;
          }
          s = delta[s + c3];
          if (hasOut[s >> SHIFT] !== 0) onHit(i + 1, this.out[s >> SHIFT]);
        }
      }
    };
  }
});

// src/detect/entropy.ts
function shannon(s) {
  if (s.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h3 = 0;
  const n = [...s].length;
  for (const c3 of counts.values()) {
    const p2 = c3 / n;
    h3 -= p2 * Math.log2(p2);
  }
  return h3;
}
function charsetOf(s) {
  if (/^(?:0x)?[0-9a-fA-F-]+$/.test(s) && /[0-9a-fA-F]/.test(s)) return "hex";
  if (/^[A-Za-z0-9+/=_-]+$/.test(s)) return "base64";
  return "any";
}
function entropyThreshold(rule, s) {
  const cs2 = charsetOf(s);
  return (cs2 === "hex" ? rule.hex : cs2 === "base64" ? rule.base64 : void 0) ?? rule.any;
}
function chosenPassword(s) {
  if (s.length < 8 || s.length > 64) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re2) => re2.test(s)).length;
  return classes >= 3 && new Set(s).size >= 6;
}
var init_entropy = __esm({
  "src/detect/entropy.ts"() {
    "use strict";
  }
});

// src/detect/filekind.ts
function lang(kind3, ...extensions) {
  return extensions.map((e) => [e, kind3]);
}
function extensionOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
function isCode(path) {
  return CODE.has(extensionOf(path));
}
function isCodeScript(path, text2) {
  return text2.startsWith("#!") && extensionOf(path) === "" && CODE_SHEBANG.test(text2);
}
function kindOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  const ext = extensionOf(path);
  if (base === ".env" || base.startsWith(".env.") || ext === "env") return "dotenv";
  if (base === "dockerfile" || base.startsWith("dockerfile.") || ext === "dockerfile") return "dockerfile";
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "github-actions";
  if (/(^|[-.])compose[^/]*\.ya?ml$/.test(base)) return "compose";
  return CODE.get(ext) ?? CONFIG.get(ext) ?? "other";
}
var CODE, CONFIG, CODE_SHEBANG;
var init_filekind = __esm({
  "src/detect/filekind.ts"() {
    "use strict";
    CODE = new Map([
      ...lang("python", "py", "pyi", "pyw", "ipynb"),
      ...lang("js", "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "vue", "svelte"),
      // A source map's sourcesContent is code in JSON strings (as in a notebook): a literal is an escaped-quoted one.
      ...lang("other", "map"),
      ...lang("ruby", "rb", "rake"),
      ...lang("php", "php"),
      ...lang("go", "go"),
      // Gradle scripts are Groovy (or Kotlin): System.getenv reads the environment.
      ...lang("java", "java", "kt", "kts", "scala", "groovy", "gradle"),
      ...lang("csharp", "cs"),
      ...lang("rust", "rs"),
      ...lang(
        "other",
        ...["fs", "vb", "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "m", "mm", "swift", "dart", "lua", "pl", "pm", "r"],
        ...["ex", "exs", "erl", "clj", "cljs", "hs", "ml", "jl", "cr", "nim", "zig"],
        ...["cls", "trigger", "apex", "as"]
      ),
      // Terraform / HCL and PowerShell: a literal is quoted, a bare word is a reference (var.x, $env:X).
      ...lang("other", "tf", "tfvars", "hcl", "ps1", "psm1")
    ]);
    CONFIG = new Map([...lang("yaml", "yml", "yaml"), ...lang("shell", "sh", "bash", "zsh")]);
    CODE_SHEBANG = /^#![^\n]{0,80}\b(?:node|nodejs|deno|bun|ts-node|tsx|python[0-9.]{0,4}|ruby|php|perl)(?:[ \t][^\n]{0,80})?(?:\r?\n|$)/;
  }
});

// src/detect/fingerprint.ts
function fingerprint(ruleId, path, secret) {
  const { createHash: createHash2 } = crypto();
  const secretHash = createHash2("sha256").update(secret).digest("hex");
  return createHash2("sha256").update(`${ruleId}\0${normalizePath(path)}\0${secretHash}`).digest("hex").slice(0, 32);
}
function normalizePath(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}
function salt(ruleId, path) {
  return `${PUBLIC_SALT}\0${ruleId}\0${normalizePath(path)}`;
}
function publicFingerprint(ruleId, path, secret) {
  const key = fingerprint(ruleId, path, secret);
  let fp = cache.get(key);
  if (fp === void 0) {
    fp = crypto().scryptSync(secret, salt(ruleId, path), LENGTH, SCRYPT).toString("hex");
    cache.set(key, fp);
  }
  return fp;
}
function hashInPool(key, f3) {
  const hashed = new Promise(
    (resolve9, reject) => crypto().scrypt(f3.secret, salt(f3.ruleId, f3.file), LENGTH, SCRYPT, (err, out2) => {
      if (err) reject(err);
      else resolve9(out2.toString("hex"));
    })
  );
  const tracked = hashed.then((fp) => {
    cache.set(key, fp);
    return fp;
  }).finally(() => pending.delete(key));
  pending.set(key, tracked);
  return tracked;
}
function startPublicFingerprint(f3) {
  const key = fingerprint(f3.ruleId, f3.file, f3.secret);
  if (!cache.has(key) && !pending.has(key)) hashInPool(key, f3).catch(() => void 0);
}
async function withPublicFingerprints(findings) {
  const todo = /* @__PURE__ */ new Map();
  for (const f3 of findings) {
    const key = fingerprint(f3.ruleId, f3.file, f3.secret);
    if (!cache.has(key) && !todo.has(key)) todo.set(key, pending.get(key) ?? hashInPool(key, f3));
  }
  await Promise.all(todo.values());
  return findings.map((f3) => ({ ...f3, fingerprint: publicFingerprint(f3.ruleId, f3.file, f3.secret) }));
}
var import_node_module, load, loaded, crypto, PUBLIC_SALT, SCRYPT, LENGTH, cache, pending;
var init_fingerprint = __esm({
  "src/detect/fingerprint.ts"() {
    "use strict";
    import_node_module = require("node:module");
    load = (0, import_node_module.createRequire)(__leakproofUrl);
    crypto = () => loaded ??= load("node:crypto");
    PUBLIC_SALT = "leakproof fingerprint v2";
    SCRYPT = { N: 1024, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
    LENGTH = 16;
    cache = /* @__PURE__ */ new Map();
    pending = /* @__PURE__ */ new Map();
  }
});

// src/detect/allow.ts
function isAllowed(list, secret, match, name) {
  if (list.stopwords.length > 0) {
    const lower = secret.toLowerCase();
    if (list.stopwords.some((w2) => hasStopword(secret, lower, w2))) return true;
  }
  if (list.regexes.some((re2) => re2.test(secret))) return true;
  if (list.matchRegexes.some((re2) => re2.test(match))) return true;
  if (name !== void 0 && list.names.some((re2) => re2.test(name))) return true;
  return false;
}
function hasStopword(secret, lower, word) {
  if (word.length > 4) return lower.includes(word);
  for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
    const j3 = i + word.length;
    const hit = secret.slice(i, j3);
    const letters = hit.replace(/[^A-Za-z]/g, "");
    const oneWord = letters === letters.toLowerCase() || letters === letters.toUpperCase() || letters === letters[0] + letters.slice(1).toLowerCase();
    if (!oneWord) continue;
    const before = secret[i - 1] ?? "";
    const after = secret[j3] ?? "";
    const starts = before === "" || !isLetter(before) || !isLetter(hit[0]) || isLower(before) && isUpper(hit[0]);
    const ends = after === "" || !isLetter(after) || !isLetter(hit[hit.length - 1]) || isLower(hit[hit.length - 1]) && isUpper(after);
    if (starts || ends) return true;
  }
  return false;
}
var isLower, isUpper, isLetter;
var init_allow = __esm({
  "src/detect/allow.ts"() {
    "use strict";
    isLower = (c3) => c3 >= "a" && c3 <= "z";
    isUpper = (c3) => c3 >= "A" && c3 <= "Z";
    isLetter = (c3) => isLower(c3) || isUpper(c3);
  }
});

// src/detect/overlap.ts
function resolveOverlaps(findings, priorityOf) {
  const n = findings.length;
  if (n < 2) return findings;
  const sl = new Float64Array(n);
  const sc = new Float64Array(n);
  const el = new Float64Array(n);
  const ec = new Float64Array(n);
  findings.forEach((f3, i) => {
    sl[i] = f3.line;
    sc[i] = f3.column;
    el[i] = f3.endLine;
    ec[i] = f3.endColumn;
  });
  const cmp = (al, ac, bl, bc) => al - bl || ac - bc;
  const byStart = Array.from({ length: n }, (_3, i) => i).sort((a, b3) => cmp(sl[a], sc[a], sl[b3], sc[b3]));
  const slot = new Int32Array(n);
  byStart.forEach((i, k2) => slot[i] = k2);
  const startsBefore = (line, column) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const i = byStart[mid];
      if (cmp(sl[i], sc[i], line, column) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const tree = new Int32Array(n + 1).fill(-1);
  const later = (a, b3) => b3 === -1 || a !== -1 && cmp(el[a], ec[a], el[b3], ec[b3]) > 0 ? a : b3;
  const keep2 = (i) => {
    for (let k2 = slot[i] + 1; k2 <= n; k2 += k2 & -k2) tree[k2] = later(i, tree[k2]);
  };
  const latestEnd = (count3) => {
    let best = -1;
    for (let k2 = count3; k2 > 0; k2 -= k2 & -k2) best = later(tree[k2], best);
    return best;
  };
  const ranked = [...findings.keys()].sort(
    (a, b3) => priorityOf(findings[b3].ruleId) - priorityOf(findings[a].ruleId) || findings[b3].secret.length - findings[a].secret.length
  );
  const kept2 = [];
  for (const i of ranked) {
    const k2 = latestEnd(startsBefore(el[i], ec[i]));
    if (k2 !== -1 && cmp(sl[i], sc[i], el[k2], ec[k2]) < 0) continue;
    kept2.push(i);
    keep2(i);
  }
  return kept2.map((i) => findings[i]).sort((a, b3) => a.line - b3.line || a.column - b3.column);
}
var init_overlap = __esm({
  "src/detect/overlap.ts"() {
    "use strict";
  }
});

// src/detect/scope.ts
function scopeOf(path) {
  const parts = path.split("/");
  const file = parts.pop() ?? "";
  let scope;
  for (const p2 of parts) {
    const d2 = p2.toLowerCase();
    if (TEST_DIRS.has(d2)) return "test";
    if (scope === void 0 && DOC_DIRS.has(d2)) scope = "docs";
    else if (scope === void 0 && EXAMPLE_DIRS.has(d2)) scope = "example";
  }
  if (TEST_FILE.test(file)) return "test";
  if (scope) return scope;
  if (DOC_FILE.test(file)) return "docs";
  if (EXAMPLE_FILE.test(file)) return "example";
  return void 0;
}
function inPythonDocstring(text2, offset) {
  const DOUBLE = '"""';
  const SINGLE = "'''";
  let nextDouble = text2.indexOf(DOUBLE);
  let nextSingle = text2.indexOf(SINGLE);
  let i = 0;
  for (; ; ) {
    if (nextDouble !== -1 && nextDouble < i) nextDouble = text2.indexOf(DOUBLE, i);
    if (nextSingle !== -1 && nextSingle < i) nextSingle = text2.indexOf(SINGLE, i);
    const opening = nextSingle === -1 || nextDouble !== -1 && nextDouble < nextSingle ? nextDouble : nextSingle;
    if (opening === -1 || opening >= offset) return false;
    const quote = text2.slice(opening, opening + 3);
    let close = text2.indexOf(quote, opening + 3);
    while (close !== -1 && text2[close - 1] === "\\") close = text2.indexOf(quote, close + 1);
    if (close === -1 || close + 3 > offset) return true;
    i = close + 3;
  }
}
function isDoctestLine(line) {
  return /^\s*>>>\s/.test(line);
}
function lowered(severity) {
  return LOWER[severity];
}
var TEST_DIRS, DOC_DIRS, EXAMPLE_DIRS, TEST_FILE, DOC_FILE, EXAMPLE_FILE, LOWER;
var init_scope = __esm({
  "src/detect/scope.ts"() {
    "use strict";
    TEST_DIRS = /* @__PURE__ */ new Set([
      "test",
      "tests",
      "__tests__",
      "testing",
      "spec",
      "specs",
      "testdata",
      "test-data",
      "test_data",
      "fixtures",
      "fixture",
      "__fixtures__",
      "__mocks__",
      "mocks",
      "e2e",
      "cypress",
      "testapp",
      "test_utils",
      "testutils",
      // benchmarks set up throwaway databases and fixtures the way test suites do
      "benchmark",
      "benchmarks"
    ]);
    DOC_DIRS = /* @__PURE__ */ new Set(["docs", "doc", "documentation", "man", "manual", "guide", "guides", "website", "site"]);
    EXAMPLE_DIRS = /* @__PURE__ */ new Set(["example", "examples", "sample", "samples", "demo", "demos", "tutorial", "tutorials"]);
    TEST_FILE = /^(?:test_.+|.+_test\.[a-z0-9]+|.+[.-](?:test|spec)s?\.[a-z0-9]+|.+_spec\.rb|.+Tests?\.(?:java|kt|cs|scala|swift|php)|conftest\.py|tests?\.(?:py|rb|js|ts|go))$/;
    DOC_FILE = /^(?:readme|changelog|changes|history|contributing|pkg-info|metadata)(?:\.[a-z0-9]+)?$|\.(?:md|markdown|mdx|rst|adoc|asciidoc|textile|pod|rdoc)$/i;
    EXAMPLE_FILE = /(?:^|[._-])(?:example|examples|sample|dist|template|tmpl)(?:[._-]|$)/i;
    LOWER = { critical: "high", high: "medium", medium: "low", low: "low" };
  }
});

// src/detect/decode.ts
function base64Text(s) {
  if (s.length < 8 || s.length > MAX_ENCODED) return void 0;
  const url = !B64.test(s);
  if (url && !B64URL.test(s)) return void 0;
  if (s.replace(/=+$/, "").length * 6 % 8 >= 6) return void 0;
  const enc = url ? "base64url" : "base64";
  if (s.length > 64 && printable(Buffer.from(s.slice(0, 64), enc)) === void 0) return void 0;
  return printable(Buffer.from(s, enc));
}
function hexText(s) {
  if (s.length % 2 !== 0 || s.length > MAX_ENCODED || !/^[0-9A-Fa-f]*$/.test(s)) return void 0;
  return printable(Buffer.from(s, "hex"));
}
function percentText(s) {
  if (!/%[0-9A-Fa-f]{2}/.test(s)) return void 0;
  try {
    const t2 = decodeURIComponent(s);
    return t2 === s ? void 0 : t2;
  } catch {
    return void 0;
  }
}
function unescapeText(s) {
  if (!/\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/.test(s)) return void 0;
  const t2 = s.replace(/\\(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|(.))/g, (_m, u2, x3, c3) => {
    if (u2 || x3) return String.fromCharCode(parseInt(u2 ?? x3, 16));
    return { n: "\n", r: "\r", t: "	", b: "\b", f: "\f", "0": "\0" }[c3] ?? c3;
  });
  return t2 === s ? void 0 : t2;
}
function printable(buf) {
  if (buf.length === 0) return void 0;
  let bad = 0;
  for (const b3 of buf) if (b3 < 32 && b3 !== 9 && b3 !== 10 && b3 !== 13 || b3 === 127) bad++;
  if (bad > 0) return void 0;
  const text2 = buf.toString("utf8");
  if (text2.includes("\uFFFD")) return void 0;
  return text2;
}
function forEachRun(text2, each, words = true) {
  const n = text2.length;
  let i = 0;
  while (i < n) {
    const c3 = text2.charCodeAt(i);
    if (c3 >= 128 || CLASS[c3] === 0) {
      i++;
      continue;
    }
    const start = i;
    let all = 2;
    let signal = 0;
    for (; i < n; i++) {
      const k2 = text2.charCodeAt(i);
      const cls = k2 < 128 ? CLASS[k2] : 0;
      if (cls === 0) break;
      all &= cls;
      signal |= cls;
    }
    let end = i;
    while (end < n && end - i < 2 && text2.charCodeAt(end) === 61) end++;
    const hex = all === 2 && end === i;
    const withSignal = (signal & 4) !== 0 || end > i;
    if (i - start >= MIN_RUN && i - start <= MAX_ENCODED && (words || withSignal || hex && i - start >= 32))
      each(start, end, hex, withSignal);
    i = end;
  }
}
function basicBefore(text2, start) {
  let i = start;
  while (i > 0 && start - i < 4 && isSpace(text2.charCodeAt(i - 1))) i--;
  if (i === start || i < 5) return false;
  for (let k2 = 0; k2 < 5; k2++) if ((text2.charCodeAt(i - 5 + k2) | 32) !== BASIC.charCodeAt(k2)) return false;
  return i === 5 || !isWord(text2.charCodeAt(i - 6));
}
function authBefore(text2, start) {
  if (text2.charCodeAt(start - 1) !== 34) return false;
  let i = start - 1;
  while (i > 0 && start - i < 6 && isSpace(text2.charCodeAt(i - 1))) i--;
  if (text2.charCodeAt(i - 1) !== 58) return false;
  i--;
  while (i > 0 && start - i < 10 && isSpace(text2.charCodeAt(i - 1))) i--;
  return text2.slice(i - 6, i) === '"auth"';
}
function nameBefore(text2, start) {
  let i = start;
  const q3 = text2.charCodeAt(i - 1);
  if (q3 === 34 || q3 === 39) i--;
  while (i > 0 && start - i < 6 && isSpace(text2.charCodeAt(i - 1))) i--;
  const op = text2.charCodeAt(i - 1);
  if (op !== 58 && op !== 61) return void 0;
  i--;
  while (i > 0 && start - i < 12 && isSpace(text2.charCodeAt(i - 1))) i--;
  const nq = text2.charCodeAt(i - 1);
  if (nq === 34 || nq === 39) i--;
  const end = i;
  while (i > 0 && end - i < 80 && isName(text2.charCodeAt(i - 1))) i--;
  return i < end ? text2.slice(i, end) : void 0;
}
function encodedValues(text2) {
  const out2 = [];
  const taken = [];
  let total = 0;
  const add = (start, end, decoded, via, name) => {
    if (decoded === void 0 || out2.length >= MAX_VALUES || total + decoded.length > MAX_DECODED_TOTAL) return;
    if (taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    total += decoded.length;
    out2.push({ start, end, text: name === void 0 ? decoded : `${name}=${decoded}`, via });
  };
  const credentials = (decoded) => /^[^:\s]{1,200}:[^\n]{1,400}$/.test(decoded) ? decoded : void 0;
  const words = BASIC_ANY.test(text2) || text2.includes('"auth"');
  forEachRun(
    text2,
    (start, end, hex, signal) => {
      if (hex && end - start >= 32 && (end - start) % 2 === 0) {
        add(start, end, hexText(text2.slice(start, end)), "hex");
        return;
      }
      if (!signal) {
        const before = text2.charCodeAt(start - 1);
        if (before !== 32 && before !== 9 && before !== 34) return;
      }
      const basic = basicBefore(text2, start);
      if (basic || authBefore(text2, start)) {
        const decoded2 = base64Text(text2.slice(start, end));
        const c3 = decoded2 === void 0 ? void 0 : credentials(decoded2);
        add(
          start,
          end,
          c3,
          basic ? "base64 (HTTP Basic credentials)" : "base64 (registry auth)",
          BASIC_PREFIX.slice(0, -1)
        );
        return;
      }
      if (!signal) return;
      const name = nameBefore(text2, start);
      if (name === void 0 && end - start < MIN_UNNAMED) return;
      const decoded = base64Text(text2.slice(start, end));
      if (decoded === void 0) return;
      const single = !decoded.includes("\n") && !/^\s*[{[]/.test(decoded);
      add(start, end, decoded, name ? `base64 (value of ${name})` : "base64", single ? name : void 0);
    },
    words
  );
  for (let i = text2.indexOf("%"), next = 0; i !== -1; i = text2.indexOf("%", Math.max(i + 1, next))) {
    if (!/^%[0-9A-Fa-f]{2}/.test(text2.slice(i, i + 3))) continue;
    let start = i;
    while (start > 0 && i - start < MAX_TOKEN && !TOKEN_END.test(text2[start - 1])) start--;
    let end = i;
    while (end < text2.length && end - start < MAX_TOKEN && !TOKEN_END.test(text2[end])) end++;
    next = end;
    if (!URL_SHAPE.test(text2.slice(start, end))) continue;
    add(start, end, percentText(text2.slice(start, end)), "percent-encoding");
  }
  if (text2.includes("\\u") || text2.includes("\\x")) {
    for (const m2 of text2.matchAll(ESCAPED)) {
      const v2 = m2[1];
      add(m2.index + 1, m2.index + 1 + v2.length, unescapeText(v2), "string escapes");
    }
  }
  return out2;
}
function decodedFindings(fragment, detect, depth = 1) {
  if (depth > MAX_DEPTH) return [];
  const values = encodedValues(fragment.text);
  if (values.length === 0) return [];
  const path = fragment.path.endsWith(DECODED_SUFFIX) ? fragment.path : fragment.path + DECODED_SUFFIX;
  const origin = fragment.path.endsWith(DECODED_SUFFIX) ? fragment.path.slice(0, -DECODED_SUFFIX.length) : fragment.path;
  const out2 = [];
  for (const v2 of values) {
    const inner2 = { path, text: v2.text, startLine: 1 };
    const found = [...detect(inner2), ...decodedFindings(inner2, detect, depth + 1)];
    for (const f3 of found) out2.push(relocate(f3, fragment, origin, v2));
  }
  return out2;
}
function relocate(f3, fragment, path, v2) {
  const text2 = fragment.text;
  const lineStart = (at2) => text2.lastIndexOf("\n", at2 - 1) + 1;
  const lineOf = (at2) => {
    let n = 0;
    for (let i = text2.indexOf("\n"); i !== -1 && i < at2; i = text2.indexOf("\n", i + 1)) n++;
    return n;
  };
  const ls2 = lineStart(v2.start);
  const le2 = text2.indexOf("\n", v2.start);
  const line = lineOf(v2.start);
  const endLine = line + (text2.slice(v2.start, v2.end).split("\n").length - 1);
  const via = `${DECODED_NOTE}${v2.via}`;
  const moved = {
    ...f3,
    file: path,
    line: fragment.startLine + line,
    column: v2.start - ls2 + 1,
    endLine: fragment.startLine + endLine,
    endColumn: v2.end - lineStart(v2.end) + 1,
    lineText: text2.slice(ls2, le2 === -1 ? text2.length : le2).replace(/\r$/, "").slice(0, 4096),
    fingerprint: fingerprint(f3.ruleId, path, f3.secret),
    // Decoded twice or more: the note lists the decodings from the outside in.
    notes: [...f3.notes.filter((n) => !n.startsWith(DECODED_NOTE)), via + inner(f3.notes)]
  };
  delete moved.remediation;
  if (fragment.commit) moved.commit = fragment.commit;
  if (fragment.author) moved.author = fragment.author;
  if (fragment.date) moved.date = fragment.date;
  return moved;
}
function withDecoded(raw2, decoded, priorityOf) {
  if (decoded.length === 0) return raw2;
  const best = /* @__PURE__ */ new Map();
  for (const d2 of decoded) {
    const key = `${d2.line}:${d2.column}:${d2.secret}`;
    const prev = best.get(key);
    if (!prev || priorityOf(d2.ruleId) > priorityOf(prev.ruleId)) best.set(key, d2);
  }
  const wins = (r2, d2) => priorityOf(r2.ruleId) > priorityOf(d2.ruleId) || priorityOf(r2.ruleId) === priorityOf(d2.ruleId) && r2.ruleId !== d2.ruleId;
  const kept2 = [...best.values()].filter((d2) => !raw2.some((r2) => overlap(r2, d2) && wins(r2, d2)));
  const rest = raw2.filter((r2) => !kept2.some((d2) => overlap(r2, d2)));
  return [...rest, ...kept2].sort((a, b3) => a.line - b3.line || a.column - b3.column);
}
function overlap(a, b3) {
  const before = (l1, c1, l22, c22) => l1 < l22 || l1 === l22 && c1 < c22;
  return before(a.line, a.column, b3.endLine, b3.endColumn) && before(b3.line, b3.column, a.endLine, a.endColumn);
}
var MAX_DEPTH, MAX_ENCODED, MAX_VALUES, MAX_DECODED_TOTAL, DECODED_SUFFIX, BASIC_PREFIX, B64, B64URL, MIN_UNNAMED, MIN_RUN, CLASS, isSpace, isWord, isName, BASIC, BASIC_ANY, TOKEN_END, URL_SHAPE, MAX_TOKEN, ESCAPED, DECODED_NOTE, inner;
var init_decode = __esm({
  "src/detect/decode.ts"() {
    "use strict";
    init_fingerprint();
    MAX_DEPTH = 3;
    MAX_ENCODED = 64 * 1024;
    MAX_VALUES = 2e3;
    MAX_DECODED_TOTAL = 1024 * 1024;
    DECODED_SUFFIX = "#decoded";
    BASIC_PREFIX = "basic-credentials=";
    B64 = /^[A-Za-z0-9+/]*={0,2}$/;
    B64URL = /^[A-Za-z0-9_-]*={0,2}$/;
    MIN_UNNAMED = 16;
    MIN_RUN = 8;
    CLASS = new Uint8Array(128);
    for (let c3 = 0; c3 < 128; c3++) {
      const ch = String.fromCharCode(c3);
      if (/[A-Za-z0-9+/_-]/.test(ch)) CLASS[c3] = 1;
      if (/[0-9A-Fa-f]/.test(ch)) CLASS[c3] |= 2;
      if (/[0-9+/]/.test(ch)) CLASS[c3] |= 4;
    }
    isSpace = (c3) => c3 === 32 || c3 === 9;
    isWord = (c3) => c3 >= 48 && c3 <= 57 || c3 >= 65 && c3 <= 90 || c3 >= 97 && c3 <= 122 || c3 === 95;
    isName = (c3) => isWord(c3) || c3 === 46 || c3 === 45;
    BASIC = "basic";
    BASIC_ANY = /basic/i;
    TOKEN_END = /[\s"'<>`]/;
    URL_SHAPE = /:\/\/|%3A%2F%2F/i;
    MAX_TOKEN = 4096;
    ESCAPED = /"((?:[^"\\\n]|\\[^\n]){1,2000})"/g;
    DECODED_NOTE = "found in a value decoded from ";
    inner = (notes) => {
      const n = notes.find((x3) => x3.startsWith(DECODED_NOTE));
      return n ? `, then ${n.slice(DECODED_NOTE.length)}` : "";
    };
  }
});

// src/detect/detect.ts
function createDetector(set, prebuilt) {
  const { keywords, rulesOfKeyword } = keywordsOf(set);
  const unkeyed = set.rules.flatMap((rule, r2) => rule.keywords.length === 0 && rule.files.length === 0 ? [r2] : []);
  const byPath = set.rules.flatMap((rule, r2) => rule.files.length > 0 ? [r2] : []);
  const matcher = new KeywordMatcher(keywords, prebuilt);
  const priorityOf = new Map(set.rules.map((r2) => [r2.id, r2.priority]));
  const keywordLength = keywords.map((k2) => k2.length);
  let known;
  const factsOf = (path) => {
    if (known?.path !== path)
      known = {
        path,
        excluded: set.placeholders.paths.some((re2) => re2.test(path)),
        code: isCode(path),
        scope: scopeOf(path),
        byPath: byPath.filter((r2) => set.rules[r2].files.some((re2) => re2.test(path)))
      };
    return known;
  };
  const prio = (id) => priorityOf.get(id) ?? 0;
  function detect(fragment) {
    if (factsOf(fragment.path).excluded) return [];
    const raw2 = detectRaw(fragment);
    const run9 = decodable(fragment);
    const decoded = run9 ? decodedFindings(run9, detectRaw) : [];
    for (const f3 of decoded) if (f3.scope === void 0) scopeByPlace(f3, fragment);
    return withDecoded(raw2, decoded, prio);
  }
  function decodable(fragment) {
    const c3 = fragment.context;
    if (!c3) return fragment;
    if (c3.runReported) return void 0;
    const lines2 = new LineIndex(fragment.text);
    const first = Math.max(0, c3.from - fragment.startLine);
    const last = Math.min(lines2.count - 1, c3.to - fragment.startLine);
    if (last < first) return void 0;
    const run9 = {
      ...fragment,
      text: fragment.text.slice(lines2.start(first), lines2.end(last)),
      startLine: fragment.startLine + first
    };
    delete run9.context;
    return run9;
  }
  function scopeByPlace(f3, fragment) {
    if (!/\.py[iw]?$/.test(fragment.path)) return;
    const lines2 = new LineIndex(fragment.text);
    const ln2 = f3.line - fragment.startLine;
    if (ln2 < 0 || ln2 >= lines2.count) return;
    if (!inPythonDocstring(fragment.text, lines2.start(ln2) + f3.column - 1)) return;
    f3.scope = "docs";
    f3.severity = lowered(f3.severity);
    f3.valueFingerprint = fingerprint(f3.ruleId, "", f3.secret);
  }
  function detectRaw(fragment) {
    const { path, text: text2 } = fragment;
    const facts = factsOf(path);
    const code = facts.code || fragment.startLine === 1 && isCodeScript(path, text2);
    const pathScope = facts.scope;
    const windows = /* @__PURE__ */ new Map();
    let ls2 = 0;
    let le2 = 0;
    let nl = -1;
    const lineAround = (hitStart) => {
      if (hitStart >= ls2 && hitStart <= nl) return;
      ls2 = hitStart === 0 ? 0 : text2.lastIndexOf("\n", hitStart - 1) + 1;
      nl = text2.indexOf("\n", hitStart);
      if (nl === -1) nl = text2.length;
      le2 = nl > ls2 && text2.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    };
    const addWindow = (r2, hitStart, hitEnd) => {
      const rule = set.rules[r2];
      let w2;
      if (rule.multiline) w2 = [ls2, multilineWindowEnd(rule, le2, hitEnd, text2.length)];
      else if (le2 - ls2 <= MAX_LINE) w2 = [ls2, le2];
      else w2 = [Math.max(ls2, hitStart - HIT_RADIUS), Math.min(le2, hitEnd + HIT_RADIUS)];
      let list = windows.get(r2);
      if (!list) windows.set(r2, list = []);
      const last = list[list.length - 1];
      if (last && w2[0] <= last[1]) last[1] = Math.max(last[1], w2[1]);
      else list.push(w2);
    };
    const [kwFrom, kwTo] = fragment.context?.keywordsIn ?? [0, text2.length];
    matcher.scan(
      text2,
      (end, kws) => {
        for (const k2 of kws) {
          const hitStart = end - keywordLength[k2];
          lineAround(hitStart);
          for (const r2 of rulesOfKeyword[k2]) addWindow(r2, hitStart, end);
        }
      },
      kwFrom,
      kwTo
    );
    let index;
    if (unkeyed.length > 0) {
      index = new LineIndex(text2);
      for (let ln2 = 0; ln2 < index.count; ln2++) {
        lineAround(index.start(ln2));
        for (const r2 of unkeyed) addWindow(r2, index.start(ln2), index.start(ln2));
      }
    }
    for (const r2 of facts.byPath) windows.set(r2, [[0, Math.min(text2.length, set.rules[r2].reach)]]);
    if (windows.size === 0) return [];
    const lines2 = () => index ??= new LineIndex(text2);
    const findings = [];
    const seen2 = /* @__PURE__ */ new Set();
    let runOnly;
    const runRule = (r2, list) => {
      const rule = set.rules[r2];
      if (rule.paths.length > 0 && !rule.paths.some((re2) => re2.test(path))) return;
      if (rule.allowlist.paths.some((re2) => re2.test(path))) return;
      if (rule.context && !inContext(rule.context, path, text2)) return;
      for (const [ws2, we2] of list) {
        const slice = text2.slice(ws2, we2);
        for (const re2 of rule.regexes) {
          re2.lastIndex = 0;
          let m2;
          while ((m2 = re2.exec(slice)) !== null) {
            if (m2[0].length === 0) re2.lastIndex++;
            const found = secretOf(rule, m2);
            if (!found) continue;
            const start = ws2 + found.start;
            const key = `${r2}:${start}`;
            if (seen2.has(key)) continue;
            seen2.add(key);
            const finding = check(rule, m2, found.secret, start, fragment, lines2, code, pathScope);
            if (!finding) continue;
            findings.push(finding);
            if (fragment.context && !needsContext(fragment, lines2(), ws2 + m2.index, ws2 + m2.index + m2[0].length, start, found.secret.length))
              (runOnly ??= /* @__PURE__ */ new Set()).add(finding);
          }
        }
      }
    };
    if (fragment.context) runWithContext(fragment, windows, runRule, findings, lines2);
    else for (const [r2, list] of windows) runRule(r2, list);
    const kept2 = resolveOverlaps(findings, (id) => priorityOf.get(id) ?? 0);
    const only = runOnly;
    return only ? kept2.filter((f3) => !only.has(f3)) : kept2;
  }
  function check(rule, m2, secret, start, fragment, lineIndex, code, pathScope) {
    if (secret.length < rule.minLength || secret.length > rule.maxLength) return void 0;
    const text2 = fragment.text;
    if (code && rule.literalInCode && !inStringLiteral(text2, start, start + secret.length)) return void 0;
    if (rule.entropy && shannon(secret) < entropyThreshold(rule.entropy, secret)) {
      if (!rule.chosenPasswords || !chosenPassword(secret)) return void 0;
    }
    if (rule.entropy && typedRuns(secret)) return void 0;
    const name = m2.groups?.name;
    if (isAllowed(rule.allowlist, secret, m2[0], name)) return void 0;
    if (rule.skipPlaceholders && isAllowed(set.placeholders, secret, m2[0], name)) return void 0;
    if (rule.skipPlaceholders && name !== void 0 && spellsName(secret, name)) return void 0;
    const lines2 = lineIndex();
    const ln2 = lines2.lineAt(start);
    const endLn = lines2.lineAt(start + secret.length - 1);
    const lineText = text2.slice(lines2.start(ln2), Math.min(lines2.end(ln2), lines2.start(ln2) + MAX_LINE));
    for (const l3 of /* @__PURE__ */ new Set([ln2, endLn])) {
      const t2 = text2.slice(lines2.start(l3), lines2.end(l3));
      if (ALLOW_MARKERS.some((mk) => t2.includes(mk))) return void 0;
    }
    const q3 = text2[start - 1];
    const quoted = q3 !== void 0 && QUOTES.has(q3) && text2[start + secret.length] === q3 ? 1 : 0;
    const finding = {
      ruleId: rule.id,
      file: fragment.path,
      line: fragment.startLine + ln2,
      // The location is the value as written: a quoted literal starts at its opening quote.
      column: start - quoted - lines2.start(ln2) + 1,
      endLine: fragment.startLine + endLn,
      endColumn: start + secret.length + quoted - lines2.start(endLn) + 1,
      secret,
      lineText,
      fingerprint: fingerprint(rule.id, fragment.path, secret),
      severity: rule.severity,
      message: rule.description,
      notes: []
    };
    if (name) finding.name = name;
    const python = /\.py[iw]?$/.test(fragment.path);
    const docs = isDoctestLine(lineText) || python && inPythonDocstring(text2, start);
    const scope = pathScope ?? (docs ? "docs" : void 0);
    if (scope) {
      finding.scope = scope;
      finding.severity = lowered(rule.severity);
      finding.valueFingerprint = fingerprint(rule.id, "", secret);
    }
    if (fragment.commit) finding.commit = fragment.commit;
    if (fragment.author) finding.author = fragment.author;
    if (fragment.date) finding.date = fragment.date;
    return finding;
  }
  function runWithContext(fragment, windows, runRule, findings, lines2) {
    const { from, to: to2 } = fragment.context;
    const oneLine = (r2) => !set.rules[r2].multiline && set.rules[r2].files.length === 0;
    const early = /* @__PURE__ */ new Map();
    const spans = [];
    for (const [r2, list] of windows) {
      if (oneLine(r2)) continue;
      const before = findings.length;
      runRule(r2, list);
      const found = findings.splice(before);
      early.set(r2, found);
      for (const f3 of found) spans.push([f3.line, f3.endLine]);
    }
    const needed = (ws2) => {
      const line = fragment.startLine + lines2().lineAt(ws2);
      return line >= from && line <= to2 || spans.some(([a, b3]) => line >= a && line <= b3);
    };
    for (const [r2, list] of windows) {
      const found = early.get(r2);
      if (found) for (const f3 of found) findings.push(f3);
      else {
        const kept2 = list.filter(([ws2]) => needed(ws2));
        if (kept2.length > 0) runRule(r2, kept2);
      }
    }
  }
  return { detect, rules: set.rules };
}
function multilineWindowEnd(rule, lineEnd, hitEnd, limit) {
  return Math.min(limit, Math.max(lineEnd, hitEnd + rule.reach));
}
function inContext(context, path, text2) {
  if (context.paths.some((re2) => re2.test(path))) return true;
  const head = text2.length > CONTEXT_READ ? text2.slice(0, CONTEXT_READ) : text2;
  return context.text.some((re2) => re2.test(head));
}
function needsContext(fragment, lines2, matchStart, matchEnd, secretStart, secretLength) {
  const { from, to: to2, runReported } = fragment.context;
  const at2 = (offset) => fragment.startLine + lines2.lineAt(offset);
  const secretFirst = at2(secretStart);
  const secretLast = at2(secretStart + Math.max(0, secretLength - 1));
  if (secretLast < from || secretFirst > to2) return false;
  if (!runReported) return true;
  const text2 = fragment.text;
  let first = matchStart;
  while (first < matchEnd - 1 && (text2.charCodeAt(first) === 10 || text2.charCodeAt(first) === 13)) first++;
  return at2(first) < from || at2(Math.max(first, matchEnd - 1)) > to2;
}
function typedRuns(secret) {
  if (secret.length > 20) return false;
  let steps2 = 0;
  for (let i = 1; i < secret.length; i++) if (secret.charCodeAt(i) - secret.charCodeAt(i - 1) === 1) steps2++;
  return steps2 >= 0.6 * (secret.length - 1);
}
function spellsName(secret, name) {
  const core = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return core.length >= 6 && secret.toLowerCase().replace(/[^a-z0-9]/g, "").includes(core);
}
function inStringLiteral(text2, start, end) {
  const before = text2[start - 1] ?? "";
  let after = text2[end] ?? "";
  if (after === "\\" && QUOTES.has(text2[end + 1] ?? "")) after = text2[end + 1];
  if (!QUOTES.has(after)) return false;
  if (before === after) return true;
  if (CODE_PUNCTUATION.test(text2.slice(start, end))) return false;
  const head = text2.slice(text2.lastIndexOf("\n", start) + 1, start);
  let open = 0;
  for (let i = head.indexOf(after); i !== -1; i = head.indexOf(after, i + 1)) if (head[i - 1] !== "\\") open++;
  return open % 2 === 1;
}
function keywordsOf(set) {
  const keywords = [];
  const rulesOfKeyword = [];
  const index = /* @__PURE__ */ new Map();
  set.rules.forEach((rule, r2) => {
    for (const kw of rule.keywords) {
      let k2 = index.get(kw);
      if (k2 === void 0) {
        k2 = keywords.push(kw) - 1;
        index.set(kw, k2);
        rulesOfKeyword.push([]);
      }
      rulesOfKeyword[k2].push(r2);
    }
  });
  return { keywords, rulesOfKeyword };
}
function secretOf(rule, m2) {
  const indices = m2.indices;
  let g2 = rule.secretGroup;
  let span;
  if (g2 === void 0 && indices.groups?.secret) span = indices.groups.secret;
  else {
    g2 ??= m2.length > 1 ? 1 : 0;
    span = indices[g2];
  }
  if (!span) return void 0;
  const secret = m2.input.slice(span[0], span[1]);
  return secret.length > 0 ? { secret, start: span[0] } : void 0;
}
var MAX_LINE, HIT_RADIUS, ALLOW_MARKERS, CONTEXT_READ, QUOTES, CODE_PUNCTUATION, LineIndex;
var init_detect = __esm({
  "src/detect/detect.ts"() {
    "use strict";
    init_keywords();
    init_entropy();
    init_filekind();
    init_fingerprint();
    init_allow();
    init_overlap();
    init_scope();
    init_decode();
    MAX_LINE = 4096;
    HIT_RADIUS = 1024;
    ALLOW_MARKERS = ["leakproof:allow", "gitleaks:allow", "pragma: allowlist secret"];
    CONTEXT_READ = 256 * 1024;
    QUOTES = /* @__PURE__ */ new Set(["'", '"', "`"]);
    CODE_PUNCTUATION = /[(){};,]|=(?!=*$)/;
    LineIndex = class {
      constructor(text2) {
        this.text = text2;
        for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) this.starts.push(i + 1);
      }
      text;
      starts = [0];
      get count() {
        return this.starts.length;
      }
      start(line) {
        return this.starts[line];
      }
      /** End of the line's content, before "\r\n" or "\n". */
      end(line) {
        let e = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
        if (e > this.start(line) && this.text.charCodeAt(e - 1) === 13) e--;
        return e;
      }
      lineAt(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      }
    };
  }
});

// src/detect/contextspan.ts
function contextSpanOf(set) {
  const multi = set.rules.flatMap((r2, i) => r2.multiline && r2.files.length === 0 ? [i] : []);
  const everyLine = multi.some((r2) => set.rules[r2].keywords.length === 0);
  const byPath = set.rules.filter((r2) => r2.files.length > 0);
  let matcher;
  let rulesOf = [];
  const farKeywords = [...new Set(multi.flatMap((r2) => set.rules[r2].reach > NEAR ? set.rules[r2].keywords : []))];
  const far = farKeywords.length > 0 ? new RegExp(farKeywords.map(escapeRegex).join("|"), "gi") : void 0;
  let longest = 0;
  const build = () => {
    const own2 = keywordsOf({ ...set, rules: multi.map((r2) => set.rules[r2]) });
    rulesOf = own2.rulesOfKeyword.map((list) => list.map((i) => multi[i]));
    longest = Math.max(0, ...own2.keywords.map((k2) => k2.length));
    return new KeywordMatcher(own2.keywords);
  };
  return (path, text2, [fullStart, fullEnd], [start, end]) => {
    if (everyLine || byPath.some((r2) => r2.files.some((re2) => re2.test(path)))) return [fullStart, fullEnd];
    if (multi.length === 0) return void 0;
    matcher ??= build();
    const keywords = matcher.keywords;
    let from = start;
    let to2 = end;
    let needed = false;
    const onHit = (at2, kws) => {
      for (const k2 of kws) {
        const hitStart = at2 - keywords[k2].length;
        const ls2 = text2.lastIndexOf("\n", hitStart - 1) + 1;
        let le2 = text2.indexOf("\n", hitStart);
        if (le2 === -1 || le2 > fullEnd) le2 = fullEnd;
        for (const r2 of rulesOf[k2]) {
          const rule = set.rules[r2];
          const windowEnd = multilineWindowEnd(rule, le2, at2, fullEnd);
          if (windowEnd <= start) continue;
          if (hitStart >= start && windowEnd <= end) continue;
          needed = true;
          if (ls2 < from) from = ls2;
          if (windowEnd > to2) to2 = windowEnd;
        }
      }
    };
    const nearStart = Math.max(fullStart, start - NEAR - longest);
    if (far && nearStart > fullStart) {
      const head = text2.slice(fullStart, Math.min(end, nearStart + longest));
      far.lastIndex = 0;
      for (let m2; (m2 = far.exec(head)) !== null; ) {
        const at2 = fullStart + m2.index;
        const ls2 = text2.lastIndexOf("\n", at2 - 1) + 1;
        let le2 = text2.indexOf("\n", at2);
        if (le2 === -1 || le2 > end) le2 = end;
        matcher.scan(text2, onHit, Math.max(ls2, fullStart), le2);
        far.lastIndex = Math.max(m2.index + 1, le2 - fullStart);
      }
    }
    matcher.scan(text2, onHit, nearStart, end);
    if (!needed) return void 0;
    if (to2 > end) {
      const nl = text2.indexOf("\n", to2);
      to2 = nl === -1 || nl > fullEnd ? fullEnd : nl;
    }
    return [Math.max(fullStart, from), Math.min(fullEnd, to2)];
  };
}
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
var NEAR;
var init_contextspan = __esm({
  "src/detect/contextspan.ts"() {
    "use strict";
    init_detect();
    init_keywords();
    NEAR = 1024;
  }
});

// src/detect/reported.ts
function reportedByShape(detect, set) {
  const shaped = new Set(
    set.rules.filter((r2) => !r2.multiline && r2.files.length === 0 && r2.priority >= SHAPE_PRIORITY).map((r2) => r2.id)
  );
  return (f3) => detect(f3).flatMap((x3) => shaped.has(x3.ruleId) ? [x3.secret] : []);
}
var SHAPE_PRIORITY;
var init_reported = __esm({
  "src/detect/reported.ts"() {
    "use strict";
    SHAPE_PRIORITY = 15;
  }
});

// src/encoding.ts
function decodeText(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return utf16le.decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) return utf16be.decode(buf.subarray(2));
  const head = buf.subarray(0, SNIFF);
  if (head.indexOf(0) !== -1) return void 0;
  return utf8.decode(buf);
}
function decodeExact(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded;
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254)
    decoded = { text: buf.subarray(2).toString("utf16le"), encoding: "utf16le" };
  else if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255)
    decoded = { text: swap16(buf.subarray(2)).toString("utf16le"), encoding: "utf16be" };
  else if (buf.indexOf(0) !== -1) return void 0;
  else {
    const bom = buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
    try {
      decoded = { text: strictUtf8.decode(bom ? buf.subarray(3) : buf), encoding: bom ? "utf8-bom" : "utf8" };
    } catch {
      decoded = { text: buf.toString("latin1"), encoding: "bytes" };
    }
  }
  return encode(decoded.text, decoded.encoding).equals(buf) ? decoded : void 0;
}
function encode(text2, encoding) {
  switch (encoding) {
    case "utf8":
      return Buffer.from(text2, "utf8");
    case "utf8-bom":
      return Buffer.concat([Buffer.from([239, 187, 191]), Buffer.from(text2, "utf8")]);
    case "utf16le":
      return Buffer.concat([Buffer.from([255, 254]), Buffer.from(text2, "utf16le")]);
    case "utf16be":
      return Buffer.concat([Buffer.from([254, 255]), swap16(Buffer.from(text2, "utf16le"))]);
    case "bytes":
      if (/[\u0100-\uffff]/.test(text2)) throw new Error("a character outside the file's 8-bit encoding");
      return Buffer.from(text2, "latin1");
  }
}
function swap16(b3) {
  const out2 = Buffer.from(b3);
  if (out2.length % 2 === 0) out2.swap16();
  return out2;
}
var utf8, utf16le, utf16be, SNIFF, strictUtf8;
var init_encoding = __esm({
  "src/encoding.ts"() {
    "use strict";
    utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
    utf16le = new TextDecoder("utf-16le");
    utf16be = new TextDecoder("utf-16be");
    SNIFF = 8e3;
    strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  }
});

// src/git/blobs.ts
function addedRuns(older, newer) {
  const split2 = (t2) => {
    const lines2 = t2.split("\n");
    if (lines2[lines2.length - 1] === "") lines2.pop();
    return lines2;
  };
  const had = new Set(split2(older));
  const runs = [];
  let run9 = [];
  let start = 0;
  split2(newer).forEach((line, i) => {
    if (had.has(line)) {
      if (run9.length > 0) runs.push({ startLine: start, text: run9.join("\n") });
      run9 = [];
      return;
    }
    if (run9.length === 0) start = i + 1;
    run9.push(line);
  });
  if (run9.length > 0) runs.push({ startLine: start, text: run9.join("\n") });
  return runs;
}
var BatchStream, BatchReader;
var init_blobs = __esm({
  "src/git/blobs.ts"() {
    "use strict";
    BatchStream = class {
      constructor(open, missing = () => {
      }) {
        this.open = open;
        this.missing = missing;
      }
      open;
      missing;
      head = [];
      /** Body bytes still expected, then 1 for the "\n" after it; -1: reading a header line. */
      need = -1;
      bodyLeft = 0;
      current;
      push(chunk2) {
        let at2 = 0;
        while (at2 < chunk2.length) {
          if (this.need < 0) {
            const nl = chunk2.indexOf(10, at2);
            if (nl === -1) {
              this.head.push(chunk2.subarray(at2));
              return;
            }
            this.head.push(chunk2.subarray(at2, nl));
            at2 = nl + 1;
            const line = Buffer.concat(this.head).toString("utf8");
            this.head = [];
            const parts = line.split(" ");
            const size = Number(parts[2]);
            if (parts.length !== 3 || !Number.isInteger(size) || size < 0) {
              const sp = line.lastIndexOf(" ");
              this.missing(line.slice(0, sp), line.slice(sp + 1));
              continue;
            }
            this.current = this.open(parts[0], parts[1]);
            this.bodyLeft = size;
            this.need = size + 1;
          } else {
            const take = Math.min(this.need, chunk2.length - at2);
            const body = Math.min(take, this.bodyLeft);
            if (body > 0) this.current.data(chunk2.subarray(at2, at2 + body));
            this.bodyLeft -= body;
            at2 += take;
            this.need -= take;
            if (this.need === 0) {
              this.current.end();
              this.current = void 0;
              this.need = -1;
            }
          }
        }
      }
    };
    BatchReader = class {
      stream;
      constructor(onObject) {
        this.stream = new BatchStream(
          (oid, type) => {
            const parts = [];
            return {
              data: (chunk2) => parts.push(chunk2),
              end: () => onObject({ oid, type, body: Buffer.concat(parts) })
            };
          },
          (name, what) => onObject({ oid: name, type: what, body: void 0 })
        );
      }
      push(chunk2) {
        this.stream.push(chunk2);
      }
    };
  }
});

// src/git/exec.ts
function describe(args, code, stderr) {
  const shown = [];
  for (let i = 0; i < args.length && shown.length < 3; i++) {
    if (args[i] === "-c") i++;
    else if (args[i].length <= 40) shown.push(args[i]);
  }
  const why = stderr.trim().split("\n").filter((l3) => l3 && !/^(hint|warning):/.test(l3)).slice(-3).join("; ");
  return `git ${shown.join(" ")} failed${code === null ? "" : ` (exit ${code})`}${why ? `: ${why}` : ""}`;
}
function environment(extra) {
  return { ...process.env, ...SAFE_ENV, ...extra };
}
function spawnFailure(args, e) {
  if (e.code === "ENOENT") return new GitError(args, null, "", "git is not installed or not on PATH");
  return new GitError(args, null, "", `cannot run git: ${e.message}`);
}
function gitSync(args, opts) {
  const r2 = (0, import_node_child_process.spawnSync)("git", [...FIXED, ...args], {
    cwd: opts.cwd,
    env: environment(opts.env),
    input: opts.input,
    stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
    maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
    windowsHide: true,
    ...opts.timeout !== void 0 ? { timeout: opts.timeout, killSignal: "SIGKILL" } : {}
  });
  if (r2.error) {
    const e = r2.error;
    if (e.code === "ETIMEDOUT")
      throw new GitError(args, null, "", `git ${args[0]} did not finish in ${opts.timeout} ms`);
    if (e.code === "ENOBUFS") throw new GitError(args, null, "", `git ${args[0]} produced more output than allowed`);
    throw spawnFailure(args, e);
  }
  const stderr = r2.stderr.toString("utf8").slice(-STDERR_KEEP);
  const code = r2.status ?? -1;
  if (code !== 0 && !(opts.okCodes ?? []).includes(code)) throw new GitError(args, r2.status, stderr);
  return { code, stdout: r2.stdout, stderr };
}
function gitText(args, opts) {
  return gitSync(args, opts).stdout.toString("utf8").replace(/\n$/, "");
}
function gitStream(args, opts, onData) {
  return new Promise((resolvePromise, reject) => {
    const child = (0, import_node_child_process.spawn)("git", [...FIXED, ...args], {
      cwd: opts.cwd,
      env: environment(opts.env),
      stdio: [opts.input === void 0 && !opts.feed ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true,
      ...opts.signal ? { signal: opts.signal } : {}
    });
    let stderr = "";
    let failed2;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (s) => {
      stderr = (stderr + s).slice(-STDERR_KEEP);
    });
    child.stdout.on("data", (chunk2) => {
      if (failed2) return;
      try {
        onData(chunk2);
      } catch (e) {
        failed2 = e;
        child.kill();
      }
    });
    child.on("error", (e) => {
      failed2 ??= spawnFailure(args, e);
    });
    if (opts.input !== void 0) child.stdin.end(opts.input);
    else if (opts.feed) {
      child.stdin.on("error", () => {
      });
      opts.feed(child.stdin);
    }
    child.on("close", (code) => {
      if (failed2) return reject(failed2);
      if (code === 0 || code !== null && (opts.okCodes ?? []).includes(code)) return resolvePromise(code);
      reject(new GitError(args, code, stderr));
    });
  });
}
function wholeChars(bytes) {
  const n = bytes.length;
  for (let j3 = n - 1; j3 >= 0 && j3 >= n - 4; j3--) {
    const b3 = bytes[j3];
    if (b3 < 128) return n;
    if (b3 >= 192) {
      const len = b3 >= 240 ? 4 : b3 >= 224 ? 3 : 2;
      return j3 + len > n ? j3 : n;
    }
  }
  return n;
}
var import_node_child_process, import_node_os, FIXED, STDERR_KEEP, GitError, SAFE_ENV, LineSplitter;
var init_exec = __esm({
  "src/git/exec.ts"() {
    "use strict";
    init_errors();
    import_node_child_process = require("node:child_process");
    import_node_os = require("node:os");
    FIXED = [
      "--no-pager",
      "-c",
      "core.quotePath=false",
      "-c",
      "color.ui=false",
      "-c",
      "log.showSignature=false",
      "-c",
      "core.fsmonitor=false",
      "-c",
      "merge.renormalize=false",
      "-c",
      "credential.helper=",
      "-c",
      "protocol.allow=never"
    ];
    STDERR_KEEP = 16 * 1024;
    GitError = class extends LeakproofError {
      constructor(args, code, stderr, reason) {
        super(reason ?? describe(args, code, stderr));
        this.args = args;
        this.code = code;
        this.stderr = stderr;
      }
      args;
      code;
      stderr;
    };
    SAFE_ENV = {
      GIT_OPTIONAL_LOCKS: "0",
      GIT_TERMINAL_PROMPT: "0",
      GIT_ALLOW_PROTOCOL: "",
      GIT_NO_LAZY_FETCH: "1",
      GIT_NO_REPLACE_OBJECTS: "1",
      GIT_GRAFT_FILE: import_node_os.devNull
    };
    LineSplitter = class {
      /** `maxLine`: a longer line is cut there and passed with truncated = true (memory stays bounded). */
      constructor(onLine, maxLine = Number.POSITIVE_INFINITY) {
        this.onLine = onLine;
        this.maxLine = maxLine;
      }
      onLine;
      maxLine;
      /** The first bytes of a character the last chunk cut. */
      rest;
      pending = "";
      overlong = false;
      push(chunk2) {
        let bytes = Buffer.from(chunk2.buffer, chunk2.byteOffset, chunk2.byteLength);
        if (this.rest) {
          bytes = Buffer.concat([this.rest, bytes]);
          this.rest = void 0;
        }
        const cut = wholeChars(bytes);
        if (cut < bytes.length) this.rest = Buffer.from(bytes.subarray(cut));
        const text2 = bytes.toString("utf8", 0, cut);
        let start = 0;
        const max = this.maxLine;
        for (let nl = text2.indexOf("\n"); nl !== -1; nl = text2.indexOf("\n", start)) {
          if (this.pending === "" && !this.overlong && nl - start <= max) this.onLine(text2.slice(start, nl), false);
          else this.take(text2.slice(start, nl), true);
          start = nl + 1;
        }
        if (start < text2.length) this.take(text2.slice(start), false);
      }
      end() {
        if (this.rest) this.take(this.rest.toString("utf8"), false);
        this.rest = void 0;
        if (this.pending !== "" || this.overlong) this.emit();
      }
      take(piece, complete) {
        if (!this.overlong) {
          this.pending += piece;
          if (this.pending.length > this.maxLine) {
            this.pending = this.pending.slice(0, this.maxLine);
            this.overlong = true;
          }
        }
        if (complete) this.emit();
      }
      emit() {
        const line = this.pending;
        const truncated = this.overlong;
        this.pending = "";
        this.overlong = false;
        this.onLine(line, truncated);
      }
    };
  }
});

// src/git/diff.ts
function count(s) {
  return s === void 0 ? 1 : Number(s);
}
function splitHeader(rest, src, dst) {
  const strip = (p2, prefix) => p2.startsWith(prefix) ? p2.slice(prefix.length) : p2;
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    if (!first) return void 0;
    const second = rest.slice(first.end + 1);
    return [strip(first.value, src), strip(second.startsWith('"') ? unquote(second) : second, dst)];
  }
  if (rest.endsWith('"')) {
    const at3 = rest.lastIndexOf(` "${dst}`);
    if (at3 !== -1) return [strip(rest.slice(0, at3), src), strip(unquote(rest.slice(at3 + 1)), dst)];
  }
  if (rest.startsWith(src)) {
    const len = (rest.length - src.length - dst.length - 1) / 2;
    if (Number.isInteger(len) && len > 0) {
      const a = rest.slice(src.length, src.length + len);
      const b3 = rest.slice(src.length + len + 1 + dst.length);
      if (a === b3 && rest.slice(src.length + len, src.length + len + 1 + dst.length) === ` ${dst}`) return [a, b3];
    }
  }
  const at2 = rest.indexOf(` ${dst}`);
  if (at2 === -1) return void 0;
  return [strip(rest.slice(0, at2), src), rest.slice(at2 + 1 + dst.length)];
}
function readQuoted(s, start) {
  const bytes = [];
  let plain = start + 1;
  const flush = (to2) => {
    for (const b3 of encoder.encode(s.slice(plain, to2))) bytes.push(b3);
  };
  for (let i = start + 1; i < s.length; i++) {
    const c3 = s[i];
    if (c3 === '"') {
      flush(i);
      return { value: decoder.decode(new Uint8Array(bytes)), end: i + 1 };
    }
    if (c3 !== "\\") continue;
    flush(i);
    const d2 = s[i + 1] ?? "";
    if (/[0-7]/.test(d2)) {
      bytes.push(parseInt(s.slice(i + 1, i + 4), 8) & 255);
      i += 3;
    } else {
      bytes.push(ESCAPES[d2] ?? d2.charCodeAt(0));
      i += 1;
    }
    plain = i + 1;
  }
  return void 0;
}
function unquote(name) {
  if (!name.startsWith('"')) return name;
  return readQuoted(name, 0)?.value ?? name;
}
var HUNK, COMBINED, INDEX, GITLINK, DiffParser, ESCAPES, encoder, decoder;
var init_diff = __esm({
  "src/git/diff.ts"() {
    "use strict";
    HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
    COMBINED = /^(@{3,}) ((?:-\d+(?:,\d+)? )+)\+(\d+)(?:,(\d+))? @{3,}/;
    INDEX = /^index ([0-9a-f]+)(?:,[0-9a-f]+)*\.\.([0-9a-f]+)(?: (\d+))?$/;
    GITLINK = "160000";
    DiffParser = class {
      constructor(sink, opts = {}) {
        this.sink = sink;
        this.src = opts.srcPrefix ?? "a/";
        this.dst = opts.dstPrefix ?? "b/";
        this.maxFileBytes = opts.maxFileBytes ?? Number.POSITIVE_INFINITY;
        this.combinedNewOnly = opts.combinedNewOnly ?? false;
      }
      sink;
      src;
      dst;
      maxFileBytes;
      combinedNewOnly;
      meta = {};
      file;
      inBinaryPatch = false;
      // Hunk state: lines still expected from each parent and from the new file.
      oldLeft = [];
      newLeft = 0;
      parents = 0;
      newLine = 0;
      run = [];
      runStart = 0;
      /** Commit data attached to the fragments that follow (history scans). */
      setMeta(meta2) {
        this.flushRun();
        this.meta = { ...meta2 };
      }
      /** One line of the patch, without its "\n". `truncated`: the line was cut (over-long). */
      line(line, truncated = false) {
        if (this.parents > 0) {
          if (this.hunkLine(line, truncated)) return;
        }
        if (line.startsWith("diff --git ") || line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
          this.endFile();
          this.startFile(line);
          return;
        }
        const f3 = this.file;
        if (!f3) return;
        if (this.inBinaryPatch) return;
        if (line.startsWith("@@")) {
          this.startHunk(line);
        } else if (line.startsWith("--- ")) {
          const p2 = this.pathOf(line.slice(4), this.src);
          if (p2 !== void 0 && f3.status !== "renamed" && f3.status !== "copied") f3.oldPath = p2;
        } else if (line.startsWith("+++ ")) {
          const p2 = this.pathOf(line.slice(4), this.dst);
          if (p2 !== void 0) f3.path = p2;
          else f3.status = "deleted";
        } else if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
          f3.oldPath = unquote(line.slice(line.indexOf(" from ") + 6));
          f3.status = line.startsWith("rename") ? "renamed" : "copied";
        } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
          f3.path = unquote(line.slice(line.indexOf(" to ") + 4));
          f3.status = line.startsWith("rename") ? "renamed" : "copied";
        } else if (line.startsWith("new file mode ")) {
          f3.status = "added";
          f3.newMode = line.slice(14).trim();
        } else if (line.startsWith("deleted file mode ")) {
          f3.status = "deleted";
        } else if (line.startsWith("new mode ")) {
          f3.newMode = line.slice(9).trim();
        } else if (line.startsWith("index ")) {
          const m2 = INDEX.exec(line);
          if (m2) {
            f3.newId = m2[2];
            if (m2[3]) f3.newMode = m2[3];
          }
        } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
          f3.binary = true;
        } else if (line === "GIT binary patch") {
          f3.binary = true;
          this.inBinaryPatch = true;
        }
        f3.submodule = f3.newMode === GITLINK;
      }
      /** Call after the last line. */
      end() {
        if (this.parents > 0) this.endHunk();
        this.endFile();
      }
      startFile(line) {
        const rest = line.slice(line.indexOf(" ", 5) + 1);
        const names = (line.startsWith("diff --git ") ? splitHeader(rest, this.src, this.dst) : void 0) ?? [unquote(rest), unquote(rest)];
        const [oldPath, path] = names;
        this.file = { path, status: "modified", binary: false, submodule: false, tooLarge: false, addedBytes: 0 };
        if (oldPath !== path) this.file.oldPath = oldPath;
        this.inBinaryPatch = false;
      }
      endFile() {
        const f3 = this.file;
        if (!f3) return;
        this.flushRun();
        if (f3.oldPath === f3.path) delete f3.oldPath;
        this.file = void 0;
        this.sink.file?.(f3);
      }
      startHunk(line) {
        let m2 = HUNK.exec(line);
        if (m2) {
          this.parents = 1;
          this.oldLeft = [count(m2[1])];
          this.newLine = Number(m2[2]);
          this.newLeft = count(m2[3]);
        } else if (m2 = COMBINED.exec(line)) {
          this.parents = m2[1].length - 1;
          this.oldLeft = m2[2].trim().split(" ").map((r2) => count(r2.split(",")[1]));
          this.newLine = Number(m2[3]);
          this.newLeft = count(m2[4]);
        } else {
          return;
        }
        if (this.hunkDone()) this.endHunk();
      }
      /** Returns false when the line is not hunk content (the hunk is then over). */
      hunkLine(line, truncated) {
        if (line.startsWith("\\")) return true;
        const n = this.parents;
        if (n === 1) return this.plainHunkLine(line, truncated);
        const prefix = line.length === 0 ? " ".repeat(n) : line.slice(0, n);
        if (!/^[ +-]+$/.test(prefix) || prefix.length !== n) {
          this.endHunk();
          return false;
        }
        const inNew = !prefix.includes("-");
        for (let i = 0; i < n; i++) if (prefix[i] !== "+") this.oldLeft[i]--;
        if (inNew) {
          this.newLeft--;
          if (n > 1 && this.combinedNewOnly ? !prefix.includes(" ") : prefix.includes("+"))
            this.added(line.slice(n), truncated);
          else this.flushRun();
          this.newLine++;
        }
        if (this.hunkDone()) this.endHunk();
        return true;
      }
      /** hunkLine for a one-parent hunk (nearly every line of a history): the same steps, by character code. */
      plainHunkLine(line, truncated) {
        const c3 = line.length === 0 ? 32 : line.charCodeAt(0);
        if (c3 === 43) {
          this.newLeft--;
          this.added(line.slice(1), truncated);
          this.newLine++;
        } else if (c3 === 45) {
          this.oldLeft[0]--;
        } else if (c3 === 32) {
          this.oldLeft[0]--;
          this.newLeft--;
          this.flushRun();
          this.newLine++;
        } else {
          this.endHunk();
          return false;
        }
        if (this.newLeft <= 0 && this.oldLeft[0] <= 0) this.endHunk();
        return true;
      }
      hunkDone() {
        return this.newLeft <= 0 && this.oldLeft.every((x3) => x3 <= 0);
      }
      endHunk() {
        this.flushRun();
        this.parents = 0;
      }
      added(text2, truncated) {
        const f3 = this.file;
        if (!f3 || f3.submodule || f3.tooLarge) return;
        f3.addedBytes += text2.length + 1;
        if (truncated || f3.addedBytes > this.maxFileBytes) {
          f3.tooLarge = true;
          this.run = [];
          return;
        }
        if (this.run.length > 0 && this.runStart + this.run.length !== this.newLine) this.flushRun();
        if (this.run.length === 0) this.runStart = this.newLine;
        this.run.push(text2);
      }
      flushRun() {
        const f3 = this.file;
        if (this.run.length > 0 && f3 && !f3.tooLarge && !f3.submodule) {
          const fragment = { path: f3.path, text: this.run.join("\n"), startLine: this.runStart };
          if (this.meta.commit) fragment.commit = this.meta.commit;
          if (this.meta.author) fragment.author = this.meta.author;
          if (this.meta.date) fragment.date = this.meta.date;
          this.sink.fragment(fragment, f3);
        }
        this.run = [];
      }
      pathOf(raw2, prefix) {
        const name = raw2.endsWith("	") ? raw2.slice(0, -1) : raw2;
        if (name === "/dev/null") return void 0;
        const p2 = unquote(name);
        return p2.startsWith(prefix) ? p2.slice(prefix.length) : p2;
      }
    };
    ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
    encoder = new TextEncoder();
    decoder = new TextDecoder("utf-8");
  }
});

// src/git/log.ts
function detach(s) {
  return (" " + s).slice(1);
}
function parseHeader(line) {
  if (line.charCodeAt(0) !== 0) return void 0;
  const [, sha, parents, author, date] = line.split("\0");
  if (sha === void 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) || date === void 0) return void 0;
  return {
    sha: detach(sha),
    parents: parents ? parents.split(" ").map(detach) : [],
    author: detach(author ?? ""),
    date: detach(date)
  };
}
var LOG_FORMAT, LogParser;
var init_log = __esm({
  "src/git/log.ts"() {
    "use strict";
    init_diff();
    LOG_FORMAT = "%x00%H%x00%P%x00%an <%ae>%x00%aI";
    LogParser = class {
      constructor(sink, opts = {}) {
        this.sink = sink;
        this.diff = new DiffParser(
          {
            fragment: (f3, file) => sink.fragment(f3, file),
            file: (f3) => {
              if (this.current) sink.file?.(f3, this.current);
            }
          },
          opts
        );
      }
      sink;
      diff;
      current;
      /** Commits whose patch is over. */
      commits = 0;
      /** One line of `git log` output, without its "\n". */
      line(line, truncated = false) {
        if (line.charCodeAt(0) === 0) {
          const c3 = parseHeader(line);
          if (c3) {
            this.endCommit();
            this.current = c3;
            this.diff.setMeta({ commit: c3.sha, author: c3.author, date: c3.date });
            return;
          }
        }
        if (this.current) this.diff.line(line, truncated);
      }
      /** Call after the last line. */
      end() {
        this.endCommit();
      }
      endCommit() {
        const c3 = this.current;
        if (!c3) return;
        this.diff.end();
        this.current = void 0;
        this.commits++;
        this.sink.commit?.(c3);
      }
    };
  }
});

// src/git/context.ts
function multilineReach(rules) {
  return rules.reduce((n, r2) => r2.multiline ? Math.max(n, r2.reach) : n, 0);
}
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const c3 of s) counts.set(c3, (counts.get(c3) ?? 0) + 1);
  let h3 = 0;
  for (const n of counts.values()) {
    const p2 = n / s.length;
    h3 -= p2 * Math.log2(p2);
  }
  return h3;
}
function tokenEntropy(text2, start, end) {
  seen.length = 0;
  for (let i = start; i < end; i++) {
    const c3 = text2.charCodeAt(i);
    if (c3 >= 55296 && c3 <= 57343) {
      for (const u2 of seen) COUNTS[u2] = 0;
      return entropy(text2.slice(start, end));
    }
    const k2 = COUNTS[c3];
    if (k2 === 0) seen.push(c3);
    COUNTS[c3] = k2 + 1;
  }
  const n = end - start;
  let h3 = 0;
  for (const u2 of seen) {
    const p2 = COUNTS[u2] / n;
    h3 -= p2 * Math.log2(p2);
    COUNTS[u2] = 0;
  }
  return h3;
}
function isWord2(text2, start, end) {
  const at2 = (k2) => text2.charCodeAt(k2);
  let i = start;
  if (i < end && isUpper2(at2(i))) {
    i++;
    if (i < end && isUpper2(at2(i))) {
      while (i < end && isUpper2(at2(i))) i++;
      if (i < end && isLower2(at2(i))) i--;
    } else while (i < end && isLower2(at2(i))) i++;
  } else while (i < end && isLower2(at2(i))) i++;
  for (let inner2 = false; ; ) {
    if (i + 1 < end && isUpper2(at2(i)) && isLower2(at2(i + 1))) {
      i += 2;
      while (i < end && isLower2(at2(i))) i++;
      continue;
    }
    if (!inner2 && i > start && isLetter2(at2(i - 1)) && i < end && isDigit(at2(i))) {
      inner2 = true;
      let j3 = i;
      while (j3 < end && isDigit(at2(j3))) j3++;
      if (j3 - i >= 2 && j3 < end && isLower2(at2(j3))) {
        i = j3;
        while (i < end && isLower2(at2(i))) i++;
        continue;
      }
      if (j3 - i >= 2 && j3 + 1 < end && isUpper2(at2(j3)) && isLower2(at2(j3 + 1))) {
        i = j3;
        continue;
      }
    }
    break;
  }
  if (i > start && isLower2(at2(i - 1))) while (i < end && isUpper2(at2(i))) i++;
  while (i < end && isDigit(at2(i))) i++;
  return i === end;
}
function isWordy(text2, start, end) {
  let from = start;
  for (let i = start; i <= end; i++) {
    const c3 = i < end ? text2.charCodeAt(i) : 47;
    if (c3 < 128 && SEPARATOR[c3] === 1) {
      if (!isWord2(text2, from, i)) return false;
      from = i + 1;
    }
  }
  return true;
}
function isValueLine(text2, from, to2) {
  let p2 = from;
  while (p2 < to2 && isBlank(text2.charCodeAt(p2))) p2++;
  let q3 = to2;
  while (q3 > p2 && (isBlank(text2.charCodeAt(q3 - 1)) || text2.charCodeAt(q3 - 1) === 13)) q3--;
  if (p2 >= q3) return false;
  let k2 = p2;
  while (k2 < q3 && !isBlank(text2.charCodeAt(k2))) k2++;
  if (k2 === q3) return true;
  if (text2.charCodeAt(p2) === 45) {
    p2++;
    while (p2 < q3 && isBlank(text2.charCodeAt(p2))) p2++;
  }
  if (isQuote(text2.charCodeAt(p2))) p2++;
  if (text2.slice(p2, p2 + 5).toLowerCase() !== "value") return false;
  p2 += 5;
  if (isQuote(text2.charCodeAt(p2))) p2++;
  while (p2 < q3 && isBlank(text2.charCodeAt(p2))) p2++;
  return text2.charCodeAt(p2) === 58 || text2.charCodeAt(p2) === 61;
}
function isOneWord(text2, start, end) {
  for (let i = start; i < end; i++) {
    const c3 = text2.charCodeAt(i);
    if (c3 < 128 && SEPARATOR[c3] === 1) return false;
  }
  return true;
}
function couldHoldSecret(text2, known = []) {
  const n = text2.length;
  let i = 0;
  let lineEnd = -1;
  let valueLine = false;
  while (i < n) {
    while (i < n && isStop(text2.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isStop(text2.charCodeAt(i))) i++;
    if (i - start < 10) continue;
    if (start > lineEnd) {
      const lineStart = text2.lastIndexOf("\n", start - 1) + 1;
      lineEnd = text2.indexOf("\n", start);
      if (lineEnd === -1) lineEnd = n;
      valueLine = isValueLine(text2, lineStart, lineEnd);
    }
    const end = Math.min(i, start + 400);
    let digit = false;
    let letter = false;
    for (let k2 = start; k2 < end && !(digit && letter); k2++) {
      const c3 = text2.charCodeAt(k2);
      if (isDigit(c3)) digit = true;
      else if (isLetter2(c3)) letter = true;
    }
    if ((digit && letter ? true : end - start >= 32) && (!isWordy(text2, start, end) || valueLine && isOneWord(text2, start, end)) && tokenEntropy(text2, start, end) >= (digit && letter ? 3 : 4) && !(known.length > 0 && isKnown(text2, start, i, known)))
      return true;
  }
  return false;
}
function isKnown(text2, start, end, known) {
  const token = text2.slice(start, end);
  return known.some((k2) => {
    if (k2.includes(token)) return true;
    const at2 = token.indexOf(k2);
    return at2 !== -1 && at2 < 10 && token.length - at2 - k2.length < 10;
  });
}
function release(p2, emit) {
  for (const r2 of p2.runs) if (r2.held) emit(r2.held);
}
function meta(f3) {
  const m2 = {};
  if (f3.commit) m2.commit = detach(f3.commit);
  if (f3.author) m2.author = detach(f3.author);
  if (f3.date) m2.date = detach(f3.date);
  return m2;
}
function lineCount(text2) {
  let n = 1;
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) n++;
  return n;
}
function emitRuns(p2, body, reach, maxFileSize, onFragment, spanOf) {
  const text2 = body && body.length <= maxFileSize ? decodeText(body) : void 0;
  if (text2 === void 0) return release(p2, onFragment);
  const starts = [0];
  let done = false;
  const lines2 = (n) => {
    while (!done && starts.length < n) {
      const nl = text2.indexOf("\n", starts[starts.length - 1]);
      if (nl === -1) done = true;
      else starts.push(nl + 1);
    }
    return starts.length;
  };
  const lineStart = (line) => starts[Math.max(0, Math.min(lines2(line) - 1, line - 1))];
  const lineEnd = (line) => line < lines2(line + 1) ? starts[line] - 1 : text2.length;
  for (const { from, to: to2, held } of p2.runs) {
    if (from > lines2(from)) {
      if (held) onFragment(held);
      continue;
    }
    const begin = lineStart(from);
    const end = lineEnd(Math.min(to2, lines2(to2)));
    let first = from;
    while (first > 1 && begin - lineStart(first - 1) <= reach) first--;
    let last = Math.min(to2, lines2(to2));
    while (last < lines2(last + 1) && lineEnd(last + 1) - end <= reach) last++;
    const full = [lineStart(first), lineEnd(last)];
    const context = held ? { from, to: to2 } : { from, to: to2, runReported: true };
    if (spanOf) {
      const span = spanOf(p2.path, text2, full, [begin, end]);
      if (!span && !held) continue;
      const [a, b3] = span ?? [begin, end];
      context.keywordsIn = [a - full[0], b3 - full[0]];
    }
    onFragment({ path: p2.path, text: text2.slice(full[0], full[1]), startLine: first, ...p2.meta, context });
  }
}
var HOLD_BUDGET, COUNTS, seen, STOP, isStop, isDigit, isLetter2, isLower2, isUpper2, SEPARATOR, isBlank, isQuote, ContextCollector, ContextReader;
var init_context = __esm({
  "src/git/context.ts"() {
    "use strict";
    init_encoding();
    init_blobs();
    init_exec();
    init_log();
    HOLD_BUDGET = 16 * 1048576;
    COUNTS = new Int32Array(65536);
    seen = [];
    STOP = new Uint8Array(128);
    for (let c3 = 0; c3 < 128; c3++) if (/[\s"'`,;:=(){}[\]<>]/.test(String.fromCharCode(c3))) STOP[c3] = 1;
    isStop = (c3) => c3 < 128 ? STOP[c3] === 1 : /\s/.test(String.fromCharCode(c3));
    isDigit = (c3) => c3 >= 48 && c3 <= 57;
    isLetter2 = (c3) => (c3 | 32) >= 97 && (c3 | 32) <= 122;
    isLower2 = (c3) => c3 >= 97 && c3 <= 122;
    isUpper2 = (c3) => c3 >= 65 && c3 <= 90;
    SEPARATOR = new Uint8Array(128);
    for (const ch of "._/-\\?&#@~!*+$%") SEPARATOR[ch.charCodeAt(0)] = 1;
    isBlank = (c3) => c3 === 32 || c3 === 9;
    isQuote = (c3) => c3 === 34 || c3 === 39;
    ContextCollector = class {
      /** `onPending`: each file whose runs wait for its blob (a ContextReader's add), as it comes. */
      constructor(opts, emit, onPending) {
        this.opts = opts;
        this.emit = emit;
        this.onPending = onPending;
      }
      opts;
      emit;
      onPending;
      file;
      held = 0;
      /**
       * A fragment of added lines as the patch parser produced it, with its file section when known;
       * false when the caller hands it on itself. A new file's runs are the whole file: nothing
       * around them to read.
       */
      take(f3, file) {
        if (this.opts.reach <= 0 || file?.status === "added" || !couldHoldSecret(f3.text)) return false;
        const known = this.opts.reported?.(f3) ?? [];
        if (known.length > 0 && !couldHoldSecret(f3.text, known)) return false;
        if (!this.file || this.file.path !== f3.path || this.file.meta.commit !== f3.commit) {
          this.flush();
          this.file = { path: detach(f3.path), blob: "", meta: meta(f3), runs: [] };
        }
        const run9 = { from: f3.startLine, to: f3.startLine + lineCount(f3.text) - 1 };
        const hold = this.held + f3.text.length <= HOLD_BUDGET;
        if (hold) {
          run9.held = { ...f3, path: this.file.path, text: detach(f3.text), ...this.file.meta };
          this.held += f3.text.length;
        }
        this.file.runs.push(run9);
        return hold;
      }
      /** The end of a file section: its runs wait for the blob if the file existed before and its new blob is known. */
      endFile(f3, commit) {
        const p2 = this.file;
        this.file = void 0;
        if (!p2) return;
        if (p2.path !== f3.path || p2.meta.commit !== commit) return release(p2, this.emit);
        if (f3.status === "added" || f3.binary || !f3.newId || /^0+$/.test(f3.newId)) return release(p2, this.emit);
        p2.blob = detach(f3.newId);
        this.onPending(p2);
      }
      /** After the last line of the patch: runs of a file whose section never ended go on as they are. */
      end() {
        this.flush();
      }
      flush() {
        if (this.file) release(this.file, this.emit);
        this.file = void 0;
      }
    };
    ContextReader = class {
      constructor(cwd, reach, maxFileSize, onFragment, spanOf) {
        this.cwd = cwd;
        this.reader = new BatchReader((o2) => {
          const p2 = this.queue[this.head];
          this.queue[this.head++] = void 0;
          if (this.head > 1024 && this.head * 2 > this.queue.length) {
            this.queue.splice(0, this.head);
            this.head = 0;
          }
          emitRuns(p2, o2.body, reach, maxFileSize, onFragment, spanOf);
        });
      }
      cwd;
      queue = [];
      head = 0;
      stdin;
      done;
      reader;
      abort = new AbortController();
      add(p2) {
        if (!this.done) {
          this.done = gitStream(
            ["cat-file", "--batch"],
            { cwd: this.cwd, feed: (stdin) => this.stdin = stdin, signal: this.abort.signal },
            (chunk2) => this.reader.push(chunk2)
          );
          this.done.catch(() => void 0);
        }
        this.queue.push(p2);
        this.stdin.write(p2.blob + "\n");
      }
      /** After the last file: waits for the blobs asked for and their runs. */
      async end() {
        if (!this.done) return;
        this.stdin.end();
        await this.done;
      }
      /** The scan failed: git is stopped, and its end is nobody's error. */
      cancel() {
        this.abort.abort();
      }
    };
  }
});

// src/git/repo.ts
function nearestRepoDir(start) {
  let dir = (0, import_node_path2.resolve)(start);
  for (; ; ) {
    if ((0, import_node_fs2.existsSync)((0, import_node_path2.join)(dir, ".git"))) return dir;
    const up = (0, import_node_path2.dirname)(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function quickWorkTreeTop(cwd) {
  if (!process.env.GIT_DIR && !process.env.GIT_WORK_TREE) {
    const found = nearestRepoDir(cwd);
    if (found) return found;
  }
  return workTreeTop(cwd);
}
function workTreeTop(cwd) {
  try {
    return gitText(["rev-parse", "--show-toplevel"], { cwd });
  } catch (e) {
    if (e instanceof GitError && /not a git repository/i.test(e.stderr)) {
      throw new GitError(e.args, e.code, e.stderr, `not a git repository: ${cwd}`);
    }
    if (e instanceof GitError && /work tree/i.test(e.stderr)) {
      throw new GitError(e.args, e.code, e.stderr, `${cwd} is not in a work tree (a bare repository?)`);
    }
    throw e;
  }
}
function gitPath(cwd, name) {
  return (0, import_node_path2.resolve)(cwd, gitText(["rev-parse", "--git-path", name], { cwd }));
}
function commonDir(cwd) {
  return (0, import_node_path2.resolve)(cwd, gitText(["rev-parse", "--git-common-dir"], { cwd }));
}
function configGet(cwd, key) {
  const r2 = gitSync(["config", "--get", key], { cwd, okCodes: [1] });
  return r2.code === 0 ? r2.stdout.toString("utf8").replace(/\n$/, "") : void 0;
}
function workTreeTopOrBare(cwd) {
  try {
    return workTreeTop(cwd);
  } catch (e) {
    if (e instanceof GitError && isBare(cwd)) return cwd;
    throw e;
  }
}
function isBare(cwd) {
  try {
    return gitText(["rev-parse", "--is-bare-repository"], { cwd }) === "true";
  } catch {
    return false;
  }
}
function mergeDriversConfigured(cwd) {
  return gitSync(["config", "--get-regexp", "^merge\\..+\\.driver$"], { cwd, okCodes: [1] }).code === 0;
}
var import_node_fs2, import_node_path2;
var init_repo = __esm({
  "src/git/repo.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path2 = require("node:path");
    init_exec();
  }
});

// src/units.ts
function mib(bytes, digits = 1) {
  return `${(bytes / MIB).toFixed(digits)} MiB`;
}
var MIB;
var init_units = __esm({
  "src/units.ts"() {
    "use strict";
    MIB = 1048576;
  }
});

// src/git/refobjects.ts
function refBlobs(cwd) {
  const refs = gitSync(["for-each-ref", "--format=%(objecttype) %(objectname) %(refname)"], { cwd }).stdout.toString("utf8").split("\n").filter((l3) => l3 && !l3.startsWith("commit "));
  if (refs.length === 0) return [];
  const named = refs.map((l3) => {
    const [, oid, ...name] = l3.split(" ");
    return { oid, ref: name.join(" ") };
  });
  const peeled = batchCheck(
    cwd,
    named.map((n) => `${n.oid}^{}`)
  );
  const out2 = [];
  const seen2 = /* @__PURE__ */ new Set();
  named.forEach((n, i) => {
    const p2 = peeled[i];
    if (!p2 || seen2.has(`${p2.type} ${p2.oid}`)) return;
    seen2.add(`${p2.type} ${p2.oid}`);
    if (p2.type === "blob") out2.push({ path: n.ref, oid: p2.oid, size: p2.size });
    else if (p2.type === "tree") out2.push(...treeBlobs(cwd, p2.oid, n.ref));
  });
  return out2;
}
function batchCheck(cwd, names) {
  return gitSync(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
    cwd,
    input: names.join("\n") + "\n"
  }).stdout.toString("utf8").split("\n").slice(0, names.length).map((line) => {
    const [oid, type, size] = line.split(" ");
    return oid && type && /^\d+$/.test(size ?? "") ? { oid, type, size: Number(size) } : void 0;
  });
}
function treeBlobs(cwd, tree, ref) {
  const out2 = [];
  for (const entry of gitSync(["ls-tree", "-r", "-z", "--long", "--full-tree", tree], {
    cwd,
    maxBuffer: 1024 * 1048576
  }).stdout.toString("utf8").split("\0")) {
    const tab = entry.indexOf("	");
    if (tab === -1) continue;
    const [, type, oid, size] = entry.slice(0, tab).split(/ +/);
    if (type === "blob" && oid) out2.push({ path: `${ref}:${entry.slice(tab + 1)}`, oid, size: Number(size) });
  }
  return out2;
}
async function scanRefBlobs(cwd, maxFileSize, isIgnored2, onFragment, onSkip) {
  const wanted = [];
  for (const b3 of refBlobs(cwd)) {
    if (isIgnored2(b3.path)) continue;
    if (b3.size > maxFileSize) onSkip({ path: b3.path, reason: "too-large", detail: mib(b3.size) });
    else wanted.push(b3);
  }
  if (wanted.length === 0) return;
  let next = 0;
  const reader = new BatchReader((o2) => {
    const b3 = wanted[next++];
    const text2 = o2.body ? decodeText(o2.body) : void 0;
    if (text2 === void 0) onSkip({ path: b3.path, reason: "binary" });
    else onFragment({ path: b3.path, text: text2, startLine: 1 });
  });
  await gitStream(
    ["cat-file", "--batch"],
    { cwd, input: wanted.map((b3) => b3.oid).join("\n") + "\n" },
    (chunk2) => reader.push(chunk2)
  );
}
var init_refobjects = __esm({
  "src/git/refobjects.ts"() {
    "use strict";
    init_encoding();
    init_blobs();
    init_exec();
    init_units();
  }
});

// src/git/strings.ts
function hashOf(data2, from, width) {
  let h3 = 0;
  for (let i = from; i < from + width; i++) h3 = Math.imul(h3, B) + data2[i] | 0;
  return h3;
}
function bucketOf(h3) {
  return Math.imul(h3, 2654435761) >>> 32 - FILTER_BITS;
}
var HEAD, FILTER_BITS, B, StringSearch;
var init_strings = __esm({
  "src/git/strings.ts"() {
    "use strict";
    HEAD = 12;
    FILTER_BITS = 22;
    B = 16777619;
    StringSearch = class {
      keys;
      /** Bytes the hash covers: the shortest string's length, at most HEAD. */
      width;
      /** B^(width-1), to take the oldest byte out of the rolling hash. */
      pow;
      /** The longest string, minus one: the bytes kept between chunks. */
      keep;
      /** One bit per hash bucket that holds a string: most positions stop at this check. */
      filter = new Uint8Array(1 << FILTER_BITS - 3);
      buckets = /* @__PURE__ */ new Map();
      /** Candidates compared byte by byte (tests check the work stays proportional to the text). */
      comparisons = 0;
      constructor(strings) {
        this.keys = strings.map((s) => Buffer.from(s, "utf8"));
        const lengths = this.keys.filter((k2) => k2.length > 0).map((k2) => k2.length);
        this.width = Math.min(HEAD, ...lengths);
        this.keep = Math.max(0, ...lengths) - 1;
        let pow = 1;
        for (let i = 1; i < this.width; i++) pow = Math.imul(pow, B);
        this.pow = pow;
        this.keys.forEach((k2, i) => {
          if (k2.length === 0) return;
          const h3 = hashOf(k2, k2.length - this.width, this.width);
          const slot = bucketOf(h3);
          this.filter[slot >>> 3] |= 1 << (slot & 7);
          const list = this.buckets.get(h3);
          if (list) list.push(i);
          else this.buckets.set(h3, [i]);
        });
      }
      /** A stream to search (one file): push its bytes in any chunks, then end() → indices of the strings found. */
      stream() {
        const found = /* @__PURE__ */ new Set();
        let tail = Buffer.alloc(0);
        return {
          push: (chunk2) => {
            if (this.buckets.size === 0 || chunk2.length === 0) return;
            const data2 = tail.length > 0 ? Buffer.concat([tail, chunk2]) : Buffer.from(chunk2.buffer, chunk2.byteOffset, chunk2.length);
            this.scan(data2, tail.length + 1, found);
            tail = Buffer.from(data2.subarray(Math.max(0, data2.length - this.keep)));
          },
          end: () => found
        };
      }
      /** Indices of the strings that occur in `data`. */
      search(data2) {
        const s = this.stream();
        s.push(data2);
        return s.end();
      }
      /** Checks the strings that end at each position from `first` to data.length (an end is exclusive). */
      scan(data2, first, found) {
        const w2 = this.width;
        let e = Math.max(first, w2);
        if (e > data2.length) return;
        const { filter, pow } = this;
        let h3 = hashOf(data2, e - w2, w2);
        for (; ; ) {
          const slot = bucketOf(h3);
          if ((filter[slot >>> 3] & 1 << (slot & 7)) !== 0) this.verify(data2, e, h3, found);
          if (e === data2.length) break;
          h3 = Math.imul(h3 - Math.imul(data2[e - w2], pow), B) + data2[e] | 0;
          e++;
        }
      }
      verify(data2, end, h3, found) {
        const list = this.buckets.get(h3);
        if (!list) return;
        for (const i of list) {
          if (found.has(i)) continue;
          const k2 = this.keys[i];
          if (end < k2.length) continue;
          this.comparisons++;
          if (data2.compare(k2, 0, k2.length, end - k2.length, end) === 0) found.add(i);
        }
      }
    };
  }
});

// src/lists.ts
function byCodeUnits(a, b3) {
  return a < b3 ? -1 : a > b3 ? 1 : 0;
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k2 = key(item);
    const list = groups.get(k2);
    if (list) list.push(item);
    else groups.set(k2, [item]);
  }
  return groups;
}
var init_lists = __esm({
  "src/lists.ts"() {
    "use strict";
  }
});

// src/git/history.ts
function logArgs(o2) {
  return [
    // Files over the limit are reported as binary without git loading them whole.
    "-c",
    `core.bigFileThreshold=${Math.max(1, o2.maxFileSize)}`,
    "log",
    "--patch",
    "-U0",
    "--inter-hunk-context=0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-relative",
    "--submodule=short",
    "--full-index",
    // A renamed file's unchanged lines are not new (a copy is: a new place the secret lives).
    "--find-renames",
    // A deleted file adds nothing: its header is enough.
    "--irreversible-delete",
    "--root",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    `--format=${LOG_FORMAT}`,
    ...o2.merges === "remerge" ? ["--remerge-diff"] : ["--cc"],
    ...o2.stdin ? ["--no-walk=unsorted", "--stdin"] : [
      ...o2.since ? [`--since=${o2.since}`] : [],
      ...o2.revs.length > 0 ? ["--end-of-options", ...o2.revs] : ["--all"]
    ],
    "--"
  ];
}
function revListArgs(o2) {
  return [
    "rev-list",
    ...o2.since ? [`--since=${o2.since}`] : [],
    ...o2.revs.length > 0 ? ["--end-of-options", ...o2.revs] : ["--all"],
    "--"
  ];
}
function mergeMode(version2) {
  const m2 = /(\d+)\.(\d+)/.exec(version2);
  if (!m2) return "cc";
  const [major, minor] = [Number(m2[1]), Number(m2[2])];
  return major > 2 || major === 2 && minor >= 36 ? "remerge" : "cc";
}
function gitVersion(cwd) {
  return gitText(["version"], { cwd });
}
function objectsWritable(cwd) {
  try {
    (0, import_node_fs3.accessSync)((0, import_node_path3.resolve)(cwd, gitText(["rev-parse", "--git-path", "objects"], { cwd })), import_node_fs3.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
function canRemerge(cwd) {
  return objectsWritable(cwd) && !mergeDriversConfigured(cwd);
}
function isShallow(cwd) {
  return gitText(["rev-parse", "--is-shallow-repository"], { cwd }) === "true";
}
function endpoints(args) {
  const include = [];
  const exclude = [];
  for (const arg of args) {
    const sym = arg.includes("...") ? "..." : arg.includes("..") ? ".." : void 0;
    if (sym) {
      const at2 = arg.indexOf(sym);
      const a = arg.slice(0, at2) || "HEAD";
      const b3 = arg.slice(at2 + sym.length) || "HEAD";
      exclude.push(a);
      include.push(b3);
      if (sym === "...") include.push(a);
      continue;
    }
    if (arg.startsWith("^")) {
      exclude.push(arg.slice(1));
      continue;
    }
    const m2 = /^(.*)\^(?:!|@|-\d*)$/.exec(arg);
    include.push(m2 ? m2[1] : arg);
  }
  return { include: [...new Set(include)], exclude: [...new Set(exclude)] };
}
function fetchHint(cwd, rev, shallow) {
  const remotes = gitSync(["remote"], { cwd, okCodes: [1] }).stdout.toString("utf8").split("\n").filter(Boolean);
  const slash = rev.indexOf("/");
  const remote = slash > 0 ? rev.slice(0, slash) : void 0;
  const branch = remote ? rev.slice(slash + 1).replace(/^refs\/heads\//, "") : void 0;
  const fetch = remote && branch && remotes.includes(remote) ? `git fetch ${remote} ${branch}` : "git fetch";
  return shallow ? `fetch it (${fetch}, and git fetch --unshallow for the history; on GitHub Actions: actions/checkout with fetch-depth: 0)` : `fetch it (${fetch}; on GitHub Actions: actions/checkout with fetch-depth: 0)`;
}
function checkRanges(cwd, ranges, shallow) {
  for (const r2 of ranges) {
    if (r2.startsWith("-"))
      throw new GitError(["log"], null, "", `history: "${r2}" is not a revision range (options go before the ranges)`);
  }
  const { include, exclude } = endpoints(ranges);
  const sha = /* @__PURE__ */ new Map();
  for (const rev of [...exclude, ...include]) {
    const r2 = gitSync(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd, okCodes: [1, 128] });
    const id = r2.stdout.toString("utf8").trim();
    if (r2.code !== 0 || !id) {
      const why = shallow ? "the checkout is shallow or the branch was not fetched" : "no such commit here (was the branch fetched?)";
      throw new GitError(
        ["rev-parse", rev],
        r2.code,
        r2.stderr,
        `history: cannot find ${rev}: ${why}; ${fetchHint(cwd, rev, shallow)}`
      );
    }
    sha.set(rev, id);
  }
  if (!shallow) return;
  for (const base of exclude) {
    for (const head of include) {
      if (base === head) continue;
      const mb = gitSync(["merge-base", sha.get(base), sha.get(head)], { cwd, okCodes: [1] });
      if (mb.code !== 0) {
        throw new GitError(
          ["merge-base", base, head],
          mb.code,
          mb.stderr,
          `history: ${base} and ${head} meet nowhere in this shallow checkout, so the range cannot be told apart from older history; fetch more of it (git fetch --unshallow, or git fetch --deepen=N; on GitHub Actions: actions/checkout with fetch-depth: 0)`
        );
      }
    }
  }
}
function listCommits(cwd, o2) {
  const out2 = gitSync(revListArgs(o2), { cwd, maxBuffer: 1024 * 1048576 }).stdout.toString("latin1");
  return out2.split("\n").filter(Boolean);
}
async function scanHistory(opts, sink) {
  const { cwd, maxFileSize } = opts;
  const ignored = opts.isIgnored ?? (() => false);
  const merges = opts.merges ?? (mergeMode(gitVersion(cwd)) === "remerge" && canRemerge(cwd) ? "remerge" : "cc");
  const jobs = Math.max(1, opts.jobs ?? defaultJobs());
  const splitMin = opts.jobs !== void 0 ? 1 : SPLIT_MIN;
  const chunkMin = opts.jobs !== void 0 ? 1 : CHUNK_MIN;
  const base = { revs: opts.ranges, since: opts.since, merges, maxFileSize };
  const binaries = [];
  const onFile = (f3, c3) => {
    if (f3.submodule || f3.status === "deleted" || ignored(f3.path)) return;
    if (f3.tooLarge)
      sink.skip?.({
        path: f3.path,
        reason: "too-large",
        detail: `more than ${mib(maxFileSize)} of added lines`,
        commit: c3.sha
      });
    else if (f3.binary && f3.newId && !/^0+$/.test(f3.newId))
      binaries.push({ commit: c3, path: f3.path, oldPath: f3.oldPath ?? f3.path, newId: f3.newId });
    else if (f3.binary) sink.skip?.({ path: f3.path, reason: "binary", commit: c3.sha });
  };
  let commits = 0;
  const contexts = [];
  const reach = opts.contextReach ?? 0;
  const reader = new ContextReader(cwd, reach, maxFileSize, (f3) => sink.fragment(f3), opts.contextSpan);
  const run9 = async (args, input, signal) => {
    const context = new ContextCollector(
      { reach, ...opts.contextReported ? { reported: opts.contextReported } : {} },
      (f3) => sink.fragment(f3),
      (p2) => reader.add(p2)
    );
    contexts.push(context);
    const parser = new LogParser(
      {
        fragment: (fr2, file) => {
          if (ignored(fr2.path)) return;
          if (!context.take(fr2, file)) sink.fragment(fr2);
        },
        file: (f3, c3) => {
          onFile(f3, c3);
          context.endFile(f3, c3.sha);
        },
        commit: (c3) => {
          commits++;
          sink.commit?.(c3);
        }
      },
      { maxFileBytes: maxFileSize, combinedNewOnly: merges === "cc" }
    );
    const lines2 = new LineSplitter((l3, truncated) => parser.line(l3, truncated), maxFileSize + 16);
    await gitStream(
      args,
      { cwd, ...input !== void 0 ? { input } : {}, ...signal ? { signal } : {} },
      (chunk2) => lines2.push(chunk2)
    );
    lines2.end();
    parser.end();
  };
  try {
    await runLogs();
  } catch (e) {
    reader.cancel();
    throw e;
  }
  for (const c3 of contexts) c3.end();
  await reader.end();
  await recheckBinaries(cwd, binaries, maxFileSize, sink);
  if (opts.ranges.length === 0 && opts.since === void 0)
    await scanRefBlobs(
      cwd,
      maxFileSize,
      ignored,
      (f3) => sink.fragment(f3),
      (s) => sink.skip?.({ ...s, commit: "" })
    );
  return { commits };
  async function runLogs() {
    const list = jobs > 1 ? listCommits(cwd, base) : void 0;
    if (list && list.length >= splitMin) {
      sink.total?.(list.length);
      const chunks = chunk(list, Math.max(chunkMin, Math.ceil(list.length / (jobs * CHUNKS_PER_JOB))));
      let next = 0;
      await allOrNone(Math.min(jobs, chunks.length), async (signal) => {
        while (next < chunks.length && !signal.aborted) {
          const share = chunks[next++];
          await run9(logArgs({ ...base, stdin: true }), share.join("\n") + "\n", signal);
        }
      });
    } else if (list) {
      sink.total?.(list.length);
      await run9(logArgs(base));
    } else {
      const counted = sink.total ? countCommits(cwd, base).then(
        (n) => sink.total(n),
        () => void 0
      ) : void 0;
      await run9(logArgs(base));
      await counted;
    }
  }
}
async function recheckBinaries(cwd, list, max, sink) {
  if (list.length === 0) return;
  const skip = (c3, reason, detail) => sink.skip?.({ path: c3.path, reason, ...detail ? { detail } : {}, commit: c3.commit.sha });
  const names = list.map((c3) => [
    c3.newId,
    c3.commit.parents[0] && !/[\n\r]/.test(c3.oldPath) ? `${c3.commit.parents[0]}:${c3.oldPath}` : ""
  ]);
  const check = gitSync(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
    cwd,
    input: names.flat().map((n) => n || "0".repeat(40)).join("\n") + "\n",
    maxBuffer: 1024 * 1048576
  }).stdout.toString("utf8").split("\n");
  const info = (line) => {
    const [oid, type, size] = (line ?? "").split(" ");
    return oid && type === "blob" && Number.isInteger(Number(size)) ? { oid, size: Number(size) } : void 0;
  };
  const wanted = [];
  list.forEach((c3, i) => {
    const now = info(check[2 * i]);
    const before = info(check[2 * i + 1]);
    if (!now) skip(c3, "binary");
    else if (now.size > max) skip(c3, "too-large", mib(now.size));
    else wanted.push({ c: c3, newOid: now.oid, oldOid: before && before.size <= max ? before.oid : void 0 });
  });
  if (wanted.length === 0) return;
  const queue = wanted.flatMap((w2) => w2.oldOid ? [w2.oldOid, w2.newOid] : [w2.newOid]);
  let next = 0;
  let pending3;
  const reader = new BatchReader((o2) => {
    const w2 = wanted[next];
    if (w2.oldOid && pending3 === void 0) {
      pending3 = o2.body ?? Buffer.alloc(0);
      return;
    }
    const newer = o2.body ? decodeText(o2.body) : void 0;
    const older = pending3 ? decodeText(pending3) ?? "" : "";
    pending3 = void 0;
    next++;
    if (newer === void 0) return skip(w2.c, "binary");
    const { sha, author, date } = w2.c.commit;
    for (const run9 of addedRuns(older, newer))
      sink.fragment({ path: w2.c.path, text: run9.text, startLine: run9.startLine, commit: sha, author, date });
  });
  await gitStream(["cat-file", "--batch"], { cwd, input: queue.join("\n") + "\n" }, (chunk2) => reader.push(chunk2));
}
function defaultJobs() {
  return Math.max(1, Math.min(2, (0, import_node_os2.availableParallelism)()));
}
async function countCommits(cwd, o2) {
  const args = revListArgs(o2);
  let out2 = "";
  await gitStream([args[0], "--count", ...args.slice(1)], { cwd }, (chunk2) => out2 += chunk2.toString("latin1"));
  return Number(out2.trim());
}
async function allOrNone(n, work) {
  const abort = new AbortController();
  await Promise.all(
    Array.from(
      { length: n },
      (_3, i) => work(abort.signal, i).catch((e) => {
        abort.abort();
        throw e;
      })
    )
  );
}
function chunk(list, size) {
  const out2 = [];
  for (let i = 0; i < list.length; i += size) out2.push(list.slice(i, i + size));
  return out2;
}
async function secretsAtHead(cwd, secrets) {
  const head = gitSync(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { cwd, okCodes: [1, 128] });
  if (head.code !== 0) return void 0;
  const found = /* @__PURE__ */ new Map();
  const keys = groupBy(
    [...new Set(secrets)].filter((s) => longestLine(s) !== ""),
    longestLine
  );
  if (keys.size === 0) return found;
  const keyList = [...keys.keys()];
  const search = new StringSearch(keyList);
  const pathsOf = /* @__PURE__ */ new Map();
  const tree = gitSync(["ls-tree", "-r", "-z", "--full-tree", head.stdout.toString("latin1").trim(), "--"], {
    cwd,
    maxBuffer: 1024 * 1048576
  }).stdout;
  for (let at2 = 0; at2 < tree.length; ) {
    const nul = tree.indexOf(0, at2);
    const entry = tree.toString("utf8", at2, nul === -1 ? tree.length : nul);
    at2 = nul === -1 ? tree.length : nul + 1;
    const tab = entry.indexOf("	");
    const [, type, id] = entry.slice(0, tab).split(" ");
    if (type !== "blob" || !id) continue;
    const list = pathsOf.get(id);
    if (list) list.push(entry.slice(tab + 1));
    else pathsOf.set(id, [entry.slice(tab + 1)]);
  }
  if (pathsOf.size === 0) return found;
  const hits = /* @__PURE__ */ new Map();
  const readBlobs = (ids2, signal) => {
    const reader = new BatchStream((oid) => {
      const s = search.stream();
      return {
        data: (chunk2) => s.push(chunk2),
        end: () => {
          for (const k2 of s.end()) {
            const list = hits.get(k2) ?? [];
            for (const p2 of pathsOf.get(oid) ?? []) list.push(p2);
            hits.set(k2, list);
          }
        }
      };
    });
    return gitStream(
      ["cat-file", "--batch"],
      { cwd, input: ids2.join("\n") + "\n", signal },
      (chunk2) => reader.push(chunk2)
    );
  };
  const ids = [...pathsOf.keys()];
  const shares = chunk(ids, Math.ceil(ids.length / (ids.length >= HEAD_SPLIT_MIN ? defaultJobs() : 1)));
  await allOrNone(shares.length, (signal, i) => readBlobs(shares[i], signal));
  for (const [k2, paths] of hits) {
    const sorted = [...new Set(paths)].sort(byCodeUnits);
    for (const s of keys.get(keyList[k2])) found.set(s, sorted);
  }
  return found;
}
async function headTexts(cwd, paths, max) {
  const texts = /* @__PURE__ */ new Map();
  const asked = [...new Set(paths)].filter((p2) => !/[\n\r]/.test(p2));
  if (asked.length === 0) return texts;
  let next = 0;
  const reader = new BatchReader((o2) => {
    const body = o2.type === "blob" && o2.body && o2.body.length <= max ? o2.body : void 0;
    texts.set(asked[next++], body ? decodeText(body) : void 0);
  });
  try {
    await gitStream(
      ["cat-file", "--batch"],
      { cwd, input: asked.map((p2) => `HEAD:${p2}`).join("\n") + "\n" },
      (chunk2) => reader.push(chunk2)
    );
  } catch {
    return /* @__PURE__ */ new Map();
  }
  return texts;
}
function longestLine(s) {
  return s.split(/\r?\n/).reduce((a, b3) => b3.length > a.length ? b3 : a, "");
}
var import_node_fs3, import_node_os2, import_node_path3, SPLIT_MIN, CHUNK_MIN, CHUNKS_PER_JOB, HEAD_SPLIT_MIN;
var init_history = __esm({
  "src/git/history.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_os2 = require("node:os");
    import_node_path3 = require("node:path");
    init_encoding();
    init_blobs();
    init_exec();
    init_log();
    init_repo();
    init_refobjects();
    init_context();
    init_strings();
    init_lists();
    init_units();
    SPLIT_MIN = 2e3;
    CHUNK_MIN = 256;
    CHUNKS_PER_JOB = 2;
    HEAD_SPLIT_MIN = 256;
  }
});

// src/git/partial.ts
function promisorRemotes(cwd) {
  const r2 = gitSync(["config", "--get-regexp", "^(remote\\..+\\.promisor|extensions\\.partialclone)$"], {
    cwd,
    okCodes: [1]
  });
  const names = /* @__PURE__ */ new Set();
  for (const line of r2.stdout.toString("utf8").split("\n")) {
    const sp = line.indexOf(" ");
    if (sp === -1) continue;
    const [key, value2] = [line.slice(0, sp), line.slice(sp + 1)];
    if (key === "extensions.partialclone") names.add(value2);
    else if (/^(true|yes|on|1)$/i.test(value2)) names.add(key.slice("remote.".length, -".promisor".length));
  }
  return [...names];
}
async function checkComplete(cwd, revs, since) {
  const remotes = promisorRemotes(cwd);
  if (remotes.length === 0) return;
  let missing = 0;
  let first = "";
  let rest = "";
  const args = [
    "rev-list",
    "--objects",
    "--missing=print",
    ...since ? [`--since=${since}`] : [],
    ...revs.length > 0 ? ["--end-of-options", ...revs] : ["--all"],
    "--"
  ];
  await gitStream(args, { cwd }, (chunk2) => {
    const lines2 = (rest + chunk2.toString("latin1")).split("\n");
    rest = lines2.pop();
    for (const l3 of lines2)
      if (l3.startsWith("?")) {
        missing++;
        first ||= l3.slice(1);
      }
  });
  if (rest.startsWith("?")) missing++;
  if (missing === 0) return;
  const remote = remotes[0];
  throw new GitError(
    args,
    null,
    "",
    `history: this is a partial clone and ${missing} object${missing === 1 ? "" : "s"} of the history to scan ${missing === 1 ? "is" : "are"} not here (${first || "?"}${missing > 1 ? ", \u2026" : ""}); leakproof never fetches over the network. Fetch them first (git config --unset remote.${remote}.partialclonefilter && git fetch --refetch ${remote}) or scan a full clone (on GitHub Actions: actions/checkout without filter)`
  );
}
var init_partial = __esm({
  "src/git/partial.ts"() {
    "use strict";
    init_exec();
  }
});

// src/git/rangefiles.ts
function touchedInRange(cwd, ranges, paths) {
  if (paths.length === 0 || ranges.length === 0) return [];
  const out2 = gitSync(
    [
      "log",
      "--format=",
      "--name-only",
      "-z",
      "--no-renames",
      "--end-of-options",
      ...ranges,
      "--",
      ...paths.map((p2) => `:(top,literal)${p2}`)
    ],
    // A range git cannot read (a base not fetched) is checkRanges' to explain, with how to fetch it.
    { cwd, okCodes: [128] }
  );
  if (out2.code !== 0) return [];
  const text2 = out2.stdout.toString("utf8");
  const touched = new Set(text2.split("\0").map((p2) => p2.replace(/^\n+/, "")));
  return paths.filter((p2) => touched.has(p2));
}
function fileAtRev(cwd, rev, path, max) {
  const r2 = gitSync(["cat-file", "blob", `${rev}:${path}`], { cwd, okCodes: [128], maxBuffer: max + 1 });
  return r2.code === 0 ? r2.stdout : void 0;
}
var init_rangefiles = __esm({
  "src/git/rangefiles.ts"() {
    "use strict";
    init_exec();
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines2 = string.slice(0, ptr).split(/\r?\n/);
  return [lines2.length, lines2.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines2 = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l3 = lines2[i - 1];
    if (!l3)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l3;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c3 = ctx.s.charCodeAt(ctx.p++);
  let first = c3;
  let isLiteral = c3 === 39;
  let isMultiline = c3 === ctx.s.charCodeAt(ctx.p) && c3 === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c3 = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state2 = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c3 = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c3 === 10 || c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state2 = state2 && 3;
    } else if (c3 < 32 && c3 !== 9 || c3 === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state2 || state2 === 3) && c3 === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state2) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state2) {
      if (!isLiteral && c3 === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state2 = 1;
      }
    } else if (state2 === 1) {
      if (c3 === 120 || c3 === 117 || c3 === 85) {
        let errPtr = ctx.p++ - 1;
        let value2 = 0;
        let len = c3 === 120 ? 2 : c3 === 117 ? 4 : 8;
        for (let j3 = 0; j3 < len; j3++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value2 = value2 << 4 | digit;
        }
        if (value2 < 0 || value2 > 1114111 || value2 >= 55296 && value2 <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value2);
        sliceStart = ctx.p--;
        state2 = 0;
      } else if (isMultiline && (c3 === 32 || c3 === 9)) {
        state2 = 2;
      } else {
        if (c3 === 98)
          parsed += "\b";
        else if (c3 === 116)
          parsed += "	";
        else if (c3 === 110)
          parsed += "\n";
        else if (c3 === 102)
          parsed += "\f";
        else if (c3 === 114)
          parsed += "\r";
        else if (c3 === 101)
          parsed += "\x1B";
        else if (c3 === 34)
          parsed += '"';
        else if (c3 === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state2 = 0;
      }
    } else if (c3 !== 32 && c3 !== 9) {
      if (state2 === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state2 = !isLiteral && c3 === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c3;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c3 = date.charCodeAt(date.length - 1)) !== 90 && c3 !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit2(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c3 = ctx.s.charCodeAt(ctx.p);
  if (c3 === 91 || c3 === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value2 = c3 === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value2;
  }
  if (c3 === 34 || c3 === 39) {
    return parseString(ctx);
  }
  if (c3 === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c3 === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c3 === 43 || c3 === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c3, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c3, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c3, end);
  }
  return parseNumber(ctx, ctx.p, c3, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c3 = startChr;
  let state2 = 0;
  let hasUnderscores = false;
  if (c3 === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c3 === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c3 === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c3 = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c3 === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c3 === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c3 === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c3 === 46)
      state2 = 2;
    else if (c3 === 101 || c3 === 69)
      state2 = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit2(c3))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c3 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c3, endChr))) {
    if (!state2)
      state2 = 1;
    if (c3 === 95) {
      if (!(state2 & 1))
        TomlError.x("illegal underscore", ctx);
      state2 += 11;
      hasUnderscores = true;
    } else if (state2 === 1 && c3 === 46)
      state2 = 2;
    else if ((state2 === 1 || state2 === 3) && (c3 === 101 || c3 === 69))
      state2 = 4;
    else if (state2 === 4 && (c3 === 43 || c3 === 45)) {
      state2 = 6;
    } else if (!isDigit2(c3))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state2 > 9)
      state2 -= 11;
    else if (!(state2 & 1))
      state2++;
  }
  if (!state2) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state2 & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state2 > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c3, underscore = 1;
  while (++ctx.p < ctx.s.length && (c3 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c3, endChr))) {
    if (c3 === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit2(c3, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c3, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c3) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c3, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit2(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c3 = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c3 !== 84 && c3 !== 116) {
    let t3 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t3, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c3 = ctx.s.charCodeAt(ctx.p)) {
    if (c3 === 90 || c3 === 122) {
      let t3 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t3, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c3 === 43 || c3 === 45) {
      let t3 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t3, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t2 = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t2, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c3, endChr) {
  let start = ctx.p;
  if (!isDigit2(c3) || !isDigit2(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c3, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t2 = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t2, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c3 = ctx.s.charCodeAt(ctx.p);
    if (c3 === 10)
      break;
    if (c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c3 < 32 && c3 !== 9 || c3 === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c3;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c3 = ctx.s.charCodeAt(ctx.p)) === 32 || c3 === 9 || !banNewLines && (c3 === 10 || c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c3 !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state2 = 0;
  let parsed = [];
  let sliceStart;
  let c3 = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c3 === end) {
      if (!state2)
        TomlError.x("unexpected end of key", ctx);
      if (state2 === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c3 === 46) {
      if (!state2)
        TomlError.x("illegal empty bare key", ctx);
      if (state2 === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state2 = 0;
    } else if (!state2 && (c3 === 34 || c3 === 39)) {
      if (c3 === ctx.s.charCodeAt(ctx.p + 1) && c3 === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state2 = 2;
      ctx.p--;
    } else if (c3 === 32 || c3 === 9) {
      if (state2 === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state2 = 2;
      }
    } else if (state2 === 2 || c3 < 48 && c3 !== 45 || c3 > 57 && c3 < 65 || c3 > 90 && c3 < 97 && c3 !== 95 || c3 > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state2) {
      state2 = 1;
      sliceStart = ctx.p;
    }
  } while (c3 = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen2 = /* @__PURE__ */ new Set();
  let c3;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k2;
    let t2 = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t2 = hasOwn ? t2[k2] : t2[k2] = /* @__PURE__ */ Object.create(null);
      k2 = key[i];
      if ((hasOwn = Object.hasOwn(t2, k2)) && (typeof t2[k2] !== "object" || seen2.has(t2[k2]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k2 === "__proto__";
      if (ctx.uk && (unsafe || k2 === "constructor")) {
        t2 = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t2, k2, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value2 = extractValue(
      ctx,
      125
      /* } */
    );
    if (t2 && typeof (t2[k2] = value2) === "object")
      seen2.add(value2);
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c3 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c3;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c3 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta2, type) {
  let t2 = table;
  let m2 = meta2;
  let k2;
  let hasOwn = false;
  let state2;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t2 = hasOwn ? t2[k2] : t2[k2] = /* @__PURE__ */ Object.create(null);
      m2 = (state2 = m2[k2]).c;
      if (type === 0 && (state2.t === 1 || state2.t === 2)) {
        return null;
      }
      if (state2.t === 2) {
        let l3 = t2.length - 1;
        t2 = t2[l3];
        m2 = m2[l3].c;
      }
    }
    k2 = key[i];
    if ((hasOwn = Object.hasOwn(t2, k2)) && m2[k2]?.t === 0 && m2[k2]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k2 === "__proto__";
      if (ctx.uk && (unsafe || k2 === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t2, k2, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m2, k2, { enumerable: true, configurable: true, writable: true });
      }
      m2[k2] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state2 = m2[k2];
  if (state2.t !== type && !(type === 1 && state2.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state2.d) {
      state2.d = true;
      t2[k2] = [];
    }
    t2[k2].push(t2 = /* @__PURE__ */ Object.create(null));
    state2.c[state2.i++] = state2 = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state2.d) {
    return null;
  }
  state2.d = true;
  if (type === 1) {
    t2 = hasOwn ? t2[k2] : t2[k2] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k2, t2, state2.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta2 = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m2 = meta2;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k2 = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p2 = peekTable(
        ctx,
        k2,
        res,
        meta2,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p2) {
        validateTablePeek(ctx, p2, tmp);
        skipping = true;
      } else {
        m2 = p2[2];
        tbl = p2[1];
      }
    } else {
      tmp = ctx.p;
      let k2 = parseKey(ctx);
      let p2 = peekTable(
        ctx,
        k2,
        tbl,
        m2,
        0
        /* Type.DOTTED */
      );
      if (!p2 && !skipping)
        validateTablePeek(ctx, p2, tmp);
      skipVoid(ctx, true, true);
      let v2 = extractValue(ctx, void 0);
      if (p2 && !skipping)
        p2[1][p2[0]] = v2;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse();
    init_stringify();
    init_date();
    init_error();
  }
});

// src/types.ts
var WEAKNESS_CHECKS;
var init_types = __esm({
  "src/types.ts"() {
    "use strict";
    WEAKNESS_CHECKS = ["django-secret-key"];
  }
});

// src/rules/linear.ts
function load2() {
  if (libs) return libs;
  const require2 = (0, import_node_module2.createRequire)(__leakproofUrl);
  const regexpp = require2("./vendor.cjs")["@eslint-community/regexpp"];
  const scslre = require2("./vendor.cjs")["scslre"];
  const analysis = require2("./vendor.cjs")["regexp-ast-analysis"];
  return libs = { regexpp, scslre, analysis, parser: new regexpp.RegExpParser({ ecmaVersion: 2022 }) };
}
function backtrackingProblems(source, flags) {
  const { parser, scslre } = load2();
  const analyse = scslre.analyse;
  const f3 = flags.replace(/[gdy]/g, "");
  const literal2 = parser.parseLiteral(`/${source}/${f3}`);
  const problems = [...analyse(literal2).reports.map((r2) => describe2(r2)), ...ambiguousAlternatives(literal2)];
  if (problems.length > 0) return problems;
  const unbounded = unbound(literal2);
  if (unbounded === literal2.raw) return [];
  const loose = parser.parseLiteral(unbounded);
  const original = /* @__PURE__ */ new Map();
  const a = quantifiers(literal2);
  quantifiers(loose).forEach((q3, i) => original.set(q3, a[i]));
  const orig = (q3) => original.get(q3) ?? q3;
  return analyse(loose).reports.filter((r2) => r2.type !== "Move" && steps(r2, orig) > MAX_STEPS).map(
    (r2) => `${describe2(r2, orig)}: up to ${steps(r2, orig)} steps from each start position (bound the runs that can trade to {0,${BOUND}}, or make them exclusive)`
  );
}
function quantifiers(literal2) {
  const out2 = [];
  load2().regexpp.visitRegExpAST(literal2, { onQuantifierEnter: (q3) => void out2.push(q3) });
  return out2;
}
function steps(r2, orig) {
  if (r2.type === "Trade") return orig(r2.startQuant).max * orig(r2.endQuant).max;
  if (r2.type === "Self") return orig(r2.quant).max ** Math.min(orig(r2.parentQuant).max, 64);
  return orig(r2.quant).max;
}
function describe2(r2, orig = (q3) => q3) {
  const how = r2.exponential ? "exponential" : "polynomial";
  switch (r2.type) {
    case "Trade":
      return `${how} backtracking: ${orig(r2.startQuant).raw} and ${orig(r2.endQuant).raw} can both match "${r2.character.pick}"`;
    case "Self":
      return `${how} backtracking: ${orig(r2.quant).raw} repeats inside ${orig(r2.parentQuant).raw} and can match "${r2.character.pick}" in more than one way`;
    case "Move":
      return `quadratic time: ${orig(r2.quant).raw} is tried again from every start position (anchor it, or bound it)`;
  }
}
function ambiguousAlternatives(literal2) {
  const { regexpp, analysis } = load2();
  const out2 = [];
  regexpp.visitRegExpAST(literal2, {
    onQuantifierEnter(q3) {
      const g2 = q3.element;
      if (g2.type !== "Group" && g2.type !== "CapturingGroup" || g2.alternatives.length < 2) return;
      if (2 ** Math.min(q3.max, 64) <= MAX_STEPS) return;
      const firsts = g2.alternatives.map((a) => analysis.getFirstConsumedChar(a, "ltr", literal2.flags));
      for (let i = 0; i < firsts.length; i++) {
        for (let j3 = i + 1; j3 < firsts.length; j3++) {
          const a = firsts[i];
          const b3 = firsts[j3];
          if (a.empty || b3.empty || !a.char.isDisjointWith(b3.char)) {
            out2.push(
              `exponential backtracking: in ${q3.raw}, the branches ${g2.alternatives[i].raw || "(empty)"} and ${g2.alternatives[j3].raw || "(empty)"} can match the same text, so each repetition can be tried both ways`
            );
            return;
          }
        }
      }
    }
  });
  return out2;
}
function unbound(literal2) {
  const edits = [];
  load2().regexpp.visitRegExpAST(literal2, {
    onQuantifierEnter(q3) {
      if (q3.max > BOUND && q3.max !== Infinity && q3.min !== q3.max) edits.push(q3);
    }
  });
  let src = literal2.raw;
  for (const q3 of edits.sort((a, b3) => b3.end - a.end)) {
    const lazy = q3.raw.endsWith("?") && q3.raw.length - q3.element.raw.length > 1;
    src = src.slice(0, q3.element.end) + (q3.min === 0 ? "*" : "+") + (lazy ? "?" : "") + src.slice(q3.end);
  }
  return src;
}
var import_node_module2, libs, BOUND, MAX_STEPS;
var init_linear = __esm({
  "src/rules/linear.ts"() {
    "use strict";
    import_node_module2 = require("node:module");
    BOUND = 16;
    MAX_STEPS = 1024;
  }
});

// src/rules/schema.ts
function lineOfId(text2, id) {
  if (text2 === "") return void 0;
  const needle = new RegExp(`^\\s*id\\s*=\\s*["']${id.replace(/[^a-z0-9-]/gi, "")}["']`, "m");
  const m2 = needle.exec(text2);
  return m2 ? text2.slice(0, m2.index).split("\n").length : void 0;
}
function compileRule(raw2, file, text2, trusted = false, user = false) {
  if (!isTable(raw2)) throw new RuleError(file, void 0, "each [[rules]] entry must be a table");
  const id = raw2.id;
  if (typeof id !== "string" || !ID.test(id)) {
    throw new RuleError(file, void 0, `rule id ${JSON.stringify(id)} must be lowercase letters, digits and dashes`);
  }
  const line = lineOfId(text2, id);
  const fail = (msg) => {
    throw new RuleError(file, line, `rule "${id}": ${msg}`);
  };
  for (const key of Object.keys(raw2)) if (!RULE_KEYS.has(key)) fail(`unknown field "${key}"`);
  const description = str(raw2.description, "description", fail) ?? fail("missing description");
  const flags = str(raw2.flags, "flags", fail) ?? "";
  if (!/^[imsu]*$/.test(flags)) fail(`flags "${flags}" may only contain i, m, s, u (g and d are added by leakproof)`);
  const sources = raw2.regex === void 0 ? fail("missing regex") : strList(raw2.regex, "regex", fail);
  if (sources.length === 0) fail("regex is empty");
  const secretGroup = raw2.secretGroup;
  if (secretGroup !== void 0 && (!Number.isInteger(secretGroup) || secretGroup < 0)) {
    fail("secretGroup must be a whole number \u2265 0");
  }
  const compile = (source) => {
    if (trusted) return new RegExp(source, `${flags}gd`);
    if (/\\[1-9]|\\k</.test(source)) fail("backreferences are not allowed (they defeat linear-time matching)");
    if (/\(\?<[=!]/.test(source))
      fail("lookbehind is not allowed (bounded windows cannot honour it); use (?:^|[^\u2026]) instead");
    let re2;
    try {
      re2 = new RegExp(source, `${flags}gd`);
    } catch (e) {
      return fail(`invalid regex: ${e.message}`);
    }
    if (user) refuseBacktracking(source, flags, "regex", fail);
    const groups = countGroups(source);
    if (secretGroup !== void 0 && secretGroup > groups) {
      fail(`secretGroup ${secretGroup} is beyond the regex's ${groups} capture group(s)`);
    }
    return re2;
  };
  const regexes = trusted ? [] : sources.map(compile);
  const severity = str(raw2.severity, "severity", fail) ?? "high";
  if (!SEVERITIES.includes(severity)) fail(`severity must be one of ${SEVERITIES.join(", ")}`);
  const keywords = (raw2.keywords === void 0 ? [] : strList(raw2.keywords, "keywords", fail)).map(
    (k2) => k2.toLowerCase()
  );
  if (keywords.some((k2) => k2.length < 2)) fail("keywords must be at least 2 characters");
  const wide = keywords.find((k2) => /[\u0080-\uffff]/.test(k2));
  if (wide !== void 0)
    fail(`keyword ${JSON.stringify(wide)} must be ASCII (the keyword prefilter reads ASCII only)`);
  if (raw2.files !== void 0 && raw2.keywords !== void 0)
    fail("a rule with files reads those files whole: it takes no keywords");
  const minLength = int(raw2.minLength, "minLength", fail) ?? 1;
  const maxLength = int(raw2.maxLength, "maxLength", fail) ?? 1e3;
  if (maxLength < minLength) fail("maxLength is below minLength");
  const rule = {
    id,
    description,
    regexes,
    keywords,
    minLength,
    maxLength,
    paths: regexList(raw2.paths, "paths", fail, user),
    files: regexList(raw2.files, "files", fail, user),
    allowlist: compileAllowlist(raw2.allowlist, fail, user),
    severity,
    priority: int(raw2.priority, "priority", fail) ?? 0,
    multiline: bool(raw2.multiline, "multiline", fail) ?? false,
    reach: reachOf(int(raw2.reach, "reach", fail), fail),
    skipPlaceholders: bool(raw2.skipPlaceholders, "skipPlaceholders", fail) ?? true,
    literalInCode: bool(raw2.literalInCode, "literalInCode", fail) ?? true,
    chosenPasswords: bool(raw2.chosenPasswords, "chosenPasswords", fail) ?? false,
    why: str(raw2.why, "why", fail) ?? description,
    envVarFrom: oneOf(raw2.envVarFrom, "envVarFrom", ["rule", "name"], fail) ?? "rule",
    source: file,
    examples: {
      match: raw2.match === void 0 ? [] : strList(raw2.match, "match", fail),
      nomatch: raw2.nomatch === void 0 ? [] : strList(raw2.nomatch, "nomatch", fail)
    }
  };
  const entropy2 = compileEntropy(raw2.entropy, fail);
  if (entropy2) rule.entropy = entropy2;
  const context = compileContext(raw2.context, fail);
  if (context) rule.context = context;
  const envVar = str(raw2.envVar, "envVar", fail);
  if (envVar !== void 0) {
    if (!ENV_NAME.test(envVar)) fail("envVar must be an UPPER_SNAKE_CASE name");
    rule.envVar = envVar;
  }
  const byName = raw2.envVarByName;
  if (byName !== void 0) {
    if (!isTable(byName) || !Object.values(byName).every((v2) => typeof v2 === "string" && ENV_NAME.test(v2)))
      fail('envVarByName must be a table of NAME = "ENV_VAR" (UPPER_SNAKE_CASE names)');
    rule.envVarByName = byName;
  }
  const weakness = oneOf(raw2.weakness, "weakness", WEAKNESS_CHECKS, fail);
  if (weakness !== void 0) rule.weakness = weakness;
  const rotate = str(raw2.rotate, "rotate", fail);
  if (rotate !== void 0) rule.rotate = rotate;
  const rotateCommand = str(raw2.rotateCommand, "rotateCommand", fail);
  if (rotateCommand !== void 0) rule.rotateCommand = rotateCommand;
  if (secretGroup !== void 0) rule.secretGroup = secretGroup;
  if (trusted) {
    Object.defineProperty(rule, "regexes", {
      configurable: true,
      enumerable: true,
      get() {
        const compiled = sources.map(compile);
        Object.defineProperty(rule, "regexes", { value: compiled, enumerable: true, writable: true });
        return compiled;
      }
    });
  }
  return rule;
}
function compileAllowlist(raw2, fail, user = false) {
  const empty = { regexes: [], matchRegexes: [], paths: [], stopwords: [], names: [] };
  if (raw2 === void 0) return empty;
  if (!isTable(raw2)) return fail("allowlist must be a table");
  for (const key of Object.keys(raw2)) if (!ALLOWLIST_KEYS.has(key)) fail(`allowlist: unknown field "${key}"`);
  return {
    regexes: regexList(raw2.regexes, "allowlist.regexes", fail, user),
    matchRegexes: regexList(raw2.matchRegexes, "allowlist.matchRegexes", fail, user),
    paths: regexList(raw2.paths, "allowlist.paths", fail, user),
    stopwords: (raw2.stopwords === void 0 ? [] : strList(raw2.stopwords, "allowlist.stopwords", fail)).map(
      (s) => s.toLowerCase()
    ),
    names: regexList(raw2.names, "allowlist.names", fail, user)
  };
}
function compileContext(raw2, fail) {
  if (raw2 === void 0) return void 0;
  if (!isTable(raw2)) return fail("context must be a table { paths, text }");
  for (const key of Object.keys(raw2)) if (key !== "paths" && key !== "text") fail(`context: unknown field "${key}"`);
  const paths = regexList(raw2.paths, "context.paths", fail);
  const text2 = regexList(raw2.text, "context.text", fail);
  if (paths.length === 0 && text2.length === 0) fail("context needs paths or text");
  return { paths, text: text2 };
}
function compileEntropy(raw2, fail) {
  if (raw2 === void 0) return void 0;
  if (typeof raw2 === "number") return { any: raw2 };
  if (!isTable(raw2)) return fail("entropy must be a number or a table { any, hex, base64 }");
  const out2 = { any: 0 };
  for (const [k2, v2] of Object.entries(raw2)) {
    if (!["any", "hex", "base64"].includes(k2)) fail(`entropy: unknown charset "${k2}" (any, hex, base64)`);
    if (typeof v2 !== "number" || v2 < 0 || v2 > 8) fail(`entropy.${k2} must be a number from 0 to 8`);
    out2[k2] = v2;
  }
  return out2;
}
function reachOf(v2, fail) {
  if (v2 === void 0) return 16384;
  return v2 >= 64 && v2 <= 65536 ? v2 : fail("reach must be a whole number of characters from 64 to 65536");
}
function regexList(raw2, what, fail, user = false) {
  if (raw2 === void 0) return [];
  return strList(raw2, what, fail).map((source) => {
    const insensitive = source.startsWith("(?i)");
    let re2;
    try {
      re2 = new RegExp(insensitive ? source.slice(4) : source, insensitive ? "i" : "");
    } catch (e) {
      return fail(`${what}: invalid regex ${JSON.stringify(source)}: ${e.message}`);
    }
    if (user) refuseBacktracking(re2.source, re2.flags, `${what} ${JSON.stringify(source)}`, fail);
    return re2;
  });
}
function refuseBacktracking(source, flags, what, fail) {
  const problems = backtrackingProblems(source, flags);
  if (problems.length > 0)
    fail(`${what} can take super-linear time, so a crafted line could hang the scan: ${problems[0]}`);
}
function countGroups(source) {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c3 = source[i];
    if (c3 === "\\") i++;
    else if (inClass) inClass = c3 !== "]";
    else if (c3 === "[") inClass = true;
    else if (c3 === "(" && (source[i + 1] !== "?" || source[i + 2] === "<" && /[A-Za-z]/.test(source[i + 3] ?? "")))
      n++;
  }
  return n;
}
function isTable(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2) && !(v2 instanceof Date);
}
function str(v2, what, fail) {
  if (v2 === void 0) return void 0;
  return typeof v2 === "string" ? v2 : fail(`${what} must be a string`);
}
function strList(v2, what, fail) {
  if (typeof v2 === "string") return [v2];
  if (Array.isArray(v2) && v2.every((x3) => typeof x3 === "string")) return v2;
  return fail(`${what} must be a string or a list of strings`);
}
function oneOf(v2, what, values, fail) {
  if (v2 === void 0) return void 0;
  return values.includes(v2) ? v2 : fail(`${what} must be one of ${values.join(", ")}`);
}
function int(v2, what, fail) {
  if (v2 === void 0) return void 0;
  return typeof v2 === "number" && Number.isInteger(v2) ? v2 : fail(`${what} must be a whole number`);
}
function bool(v2, what, fail) {
  if (v2 === void 0) return void 0;
  return typeof v2 === "boolean" ? v2 : fail(`${what} must be true or false`);
}
var RuleError, SEVERITIES, RULE_KEYS, ALLOWLIST_KEYS, ID, ENV_NAME;
var init_schema = __esm({
  "src/rules/schema.ts"() {
    "use strict";
    init_errors();
    init_types();
    init_linear();
    RuleError = class extends LeakproofError {
      constructor(file, line, message) {
        super(`${file}${line ? `:${line}` : ""}: ${message}`);
        this.file = file;
        this.line = line;
      }
      file;
      line;
    };
    SEVERITIES = ["critical", "high", "medium", "low"];
    RULE_KEYS = /* @__PURE__ */ new Set([
      "id",
      "description",
      "why",
      "regex",
      "flags",
      "secretGroup",
      "keywords",
      "entropy",
      "minLength",
      "maxLength",
      "paths",
      "files",
      "allowlist",
      "severity",
      "priority",
      "multiline",
      "reach",
      "skipPlaceholders",
      "literalInCode",
      "context",
      "chosenPasswords",
      "envVar",
      "envVarFrom",
      "envVarByName",
      "weakness",
      "rotate",
      "rotateCommand",
      "match",
      "nomatch"
    ]);
    ALLOWLIST_KEYS = /* @__PURE__ */ new Set(["description", "regexes", "matchRegexes", "paths", "stopwords", "names"]);
    ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
    ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
  }
});

// src/rules/lazy.ts
function compileNow(rule) {
  const p2 = pending2.get(rule);
  if (!p2) return;
  pending2.delete(rule);
  const full = compileRule(p2.table(), p2.file, "", true);
  for (const k2 of LAZY) own(rule, k2, full[k2], true);
  for (const k2 of OPTIONAL) own(rule, k2, full[k2], k2 in full);
}
function own(rule, k2, value2, enumerable) {
  Object.defineProperty(rule, k2, { value: value2, writable: true, configurable: true, enumerable });
}
function lazyRule(cheap, file, table) {
  return new PackedRule(cheap, file, table);
}
function compileAll(set) {
  for (const r2 of set.rules) compileNow(r2);
  return set;
}
var LAZY, OPTIONAL, never, pending2, PackedRule;
var init_lazy = __esm({
  "src/rules/lazy.ts"() {
    "use strict";
    init_schema();
    LAZY = [
      "description",
      "regexes",
      "minLength",
      "maxLength",
      "paths",
      "allowlist",
      "severity",
      "skipPlaceholders",
      "literalInCode",
      "chosenPasswords",
      "why",
      "envVarFrom",
      "examples"
    ];
    OPTIONAL = [
      "secretGroup",
      "entropy",
      "context",
      "envVar",
      "envVarByName",
      "weakness",
      "rotate",
      "rotateCommand"
    ];
    never = (msg) => {
      throw new Error(msg);
    };
    pending2 = /* @__PURE__ */ new WeakMap();
    PackedRule = class {
      constructor(raw2, file, table) {
        const self = this;
        const keywords = raw2.keywords;
        self.id = raw2.id;
        self.keywords = keywords ? keywords.map((k2) => k2.toLowerCase()) : [];
        self.files = regexList(raw2.files, "files", never);
        self.priority = raw2.priority ?? 0;
        self.multiline = raw2.multiline ?? false;
        self.reach = raw2.reach ?? 16384;
        self.source = file;
        pending2.set(this, { table, file });
      }
    };
    for (const k2 of [...LAZY, ...OPTIONAL])
      Object.defineProperty(PackedRule.prototype, k2, {
        configurable: true,
        get() {
          compileNow(this);
          return Object.hasOwn(this, k2) ? this[k2] : void 0;
        },
        set(v2) {
          compileNow(this);
          own(this, k2, v2, true);
        }
      });
  }
});

// src/rules/packfile.ts
function decodePack(bytes) {
  const nl = bytes.indexOf(10);
  if (nl === -1) return void 0;
  let index;
  try {
    index = JSON.parse(bytes.toString("latin1", 0, nl));
  } catch {
    return void 0;
  }
  if (index?.version !== VERSION || !Array.isArray(index.files)) return void 0;
  const base = nl + 1;
  return { index, table: ([s, e]) => JSON.parse(bytes.toString("latin1", base + s, base + e)) };
}
var VERSION;
var init_packfile = __esm({
  "src/rules/packfile.ts"() {
    "use strict";
    VERSION = 3;
  }
});

// src/rules/load.ts
function parseToml(text2, file) {
  try {
    return parse(text2);
  } catch (e) {
    if (e instanceof TomlError) {
      throw new RuleError(file, e.line, `invalid TOML: ${e.message.split("\n")[0]}`);
    }
    throw new RuleError(file, void 0, `invalid TOML: ${e.message}`);
  }
}
function rulesFromTable(doc, file, text2, trusted = false, user = false) {
  const rawRules = doc.rules ?? [];
  if (!Array.isArray(rawRules)) throw new RuleError(file, void 0, "rules must be an array of tables ([[rules]])");
  const fail = (msg) => {
    throw new RuleError(file, void 0, msg);
  };
  return {
    rules: rawRules.map((r2) => compileRule(r2, file, text2, trusted, user)),
    placeholders: compileAllowlist(doc.allowlist, fail, user)
  };
}
function mergeAllowlists(a, b3) {
  return {
    regexes: [...a.regexes, ...b3.regexes],
    matchRegexes: [...a.matchRegexes, ...b3.matchRegexes],
    paths: [...a.paths, ...b3.paths],
    stopwords: [...a.stopwords, ...b3.stopwords],
    names: [...a.names, ...b3.names]
  };
}
function loadRuleDir(dir = PATTERNS_DIR) {
  let listed;
  try {
    listed = (0, import_node_fs4.readdirSync)(dir);
  } catch (e) {
    throw new RuleError(
      dir,
      void 0,
      `cannot read the rules directory (${e.code ?? e.message}): reinstall leakproof`
    );
  }
  const names = listed.filter((f3) => f3.endsWith(".toml")).sort();
  const packed = dir === PATTERNS_DIR ? readPack(names) : void 0;
  const rules = [];
  const seen2 = /* @__PURE__ */ new Map();
  let placeholders = compileAllowlist(void 0, (m2) => {
    throw new Error(m2);
  });
  for (const name of names) {
    const file = (0, import_node_path4.join)(dir, name);
    const cached = packed?.get(name);
    const text2 = cached ? "" : (0, import_node_fs4.readFileSync)(file, "utf8");
    const doc = cached?.top ?? parseToml(text2, file);
    for (const key of Object.keys(doc)) {
      if (key !== "rules" && key !== "allowlist" && key !== "title") {
        throw new RuleError(file, void 0, `unknown top-level key "${key}" (expected [[rules]] or [allowlist])`);
      }
    }
    const more = cached ? { rules: cached.rules, placeholders: rulesFromTable(cached.top, file, text2, true).placeholders } : rulesFromTable(doc, file, text2);
    refuseDuplicates(seen2, more.rules);
    rules.push(...more.rules);
    placeholders = mergeAllowlists(placeholders, more.placeholders);
  }
  if (rules.length === 0)
    throw new RuleError(
      dir,
      void 0,
      "no rules found (*.toml with [[rules]]): a scan without rules would pass everything; reinstall leakproof"
    );
  return { rules, placeholders };
}
function readPack(names) {
  let pack;
  try {
    pack = decodePack((0, import_node_fs4.readFileSync)(PACK_FILE));
  } catch {
    return void 0;
  }
  if (!pack || pack.index.files.length !== names.length) return void 0;
  const out2 = /* @__PURE__ */ new Map();
  for (const e of pack.index.files) {
    if (!names.includes(e.name)) return void 0;
    if (sizeOf((0, import_node_path4.join)(PATTERNS_DIR, e.name)) !== e.size) return void 0;
    const file = (0, import_node_path4.join)(PATTERNS_DIR, e.name);
    out2.set(e.name, { top: e.top, rules: e.rules.map((r2) => lazyRule(r2.cheap, file, () => pack.table(r2.at))) });
  }
  return out2;
}
function sizeOf(file) {
  try {
    return (0, import_node_fs4.statSync)(file).size;
  } catch {
    return void 0;
  }
}
function addRules(set, more) {
  refuseDuplicates(new Map(set.rules.map((r2) => [r2.id, r2.source])), more.rules);
  return { rules: [...set.rules, ...more.rules], placeholders: mergeAllowlists(set.placeholders, more.placeholders) };
}
function refuseDuplicates(seen2, more) {
  for (const r2 of more) {
    const prev = seen2.get(r2.id);
    if (prev)
      throw new RuleError(
        r2.source,
        void 0,
        `rule "${r2.id}" is already defined in ${prev} (to replace it, list its id in disabledRules)`
      );
    seen2.set(r2.id, r2.source);
  }
}
var import_node_fs4, import_node_path4, import_node_url, PATTERNS_DIR, PACK_FILE;
var init_load = __esm({
  "src/rules/load.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path4 = require("node:path");
    import_node_url = require("node:url");
    init_dist();
    init_lazy();
    init_packfile();
    init_schema();
    PATTERNS_DIR = (0, import_node_path4.join)((0, import_node_path4.dirname)((0, import_node_url.fileURLToPath)(__leakproofUrl)), "..", "..", "patterns");
    PACK_FILE = (0, import_node_path4.join)((0, import_node_path4.dirname)((0, import_node_url.fileURLToPath)(__leakproofUrl)), "..", "patterns.pack");
  }
});

// src/config/config.ts
function loadConfig(root, explicit, builtin) {
  const file = explicit ?? (0, import_node_path5.join)(root, CONFIG_NAME);
  if (!lstatExists(file)) {
    if (explicit) throw new RuleError(explicit, void 0, "config file not found");
    return { config: { ignore: [] }, rules: builtin };
  }
  let text2;
  try {
    text2 = readRegular(file, SMALL_FILE).toString("utf8");
  } catch (e) {
    const why = e instanceof FileRefused ? e.reason : e.message;
    throw new RuleError(file, void 0, `cannot read config: ${why}`);
  }
  const doc = parseToml(text2, file);
  const lineOf = (key) => {
    const i = text2.split("\n").findIndex((l3) => {
      const t2 = l3.trimStart();
      const rest = [key, `"${key}"`, `'${key}'`].find((k2) => t2.startsWith(k2));
      return rest !== void 0 && t2.slice(rest.length).trimStart().startsWith("=");
    });
    return i >= 0 ? i + 1 : void 0;
  };
  for (const key of Object.keys(doc)) {
    if (!KEYS.has(key))
      throw new RuleError(file, lineOf(key), `unknown key "${key}" (expected one of ${[...KEYS].join(", ")})`);
  }
  const disabled = doc.disabledRules ?? [];
  if (!Array.isArray(disabled) || !disabled.every((x3) => typeof x3 === "string")) {
    throw new RuleError(file, lineOf("disabledRules"), "disabledRules must be a list of rule ids");
  }
  const known = new Set(builtin.rules.map((r2) => r2.id));
  for (const id of disabled) {
    if (!known.has(id)) throw new RuleError(file, lineOf("disabledRules"), `disabledRules: no built-in rule "${id}"`);
  }
  const ignorePatterns = doc.ignore ?? [];
  if (!Array.isArray(ignorePatterns) || !ignorePatterns.every((x3) => typeof x3 === "string")) {
    throw new RuleError(file, lineOf("ignore"), "ignore must be a list of gitignore-style patterns");
  }
  const config = { file, ignore: ignorePatterns };
  if (doc.maxFileSize !== void 0) {
    if (typeof doc.maxFileSize !== "number" || !Number.isInteger(doc.maxFileSize) || doc.maxFileSize <= 0) {
      throw new RuleError(file, lineOf("maxFileSize"), "maxFileSize must be a positive whole number of bytes");
    }
    config.maxFileSize = doc.maxFileSize;
  }
  if (doc.django !== void 0) {
    const d2 = doc.django;
    const at2 = text2.split("\n").findIndex((l3) => /^\s*\[django\]|^\s*django\s*=/.test(l3)) + 1 || void 0;
    if (typeof d2 !== "object" || d2 === null || Array.isArray(d2))
      throw new RuleError(file, at2, "django must be a table: [django] deploy = true");
    for (const k2 of Object.keys(d2))
      if (k2 !== "deploy") throw new RuleError(file, at2, `django: unknown key "${k2}" (expected deploy)`);
    if (d2.deploy !== void 0 && typeof d2.deploy !== "boolean")
      throw new RuleError(file, at2, "django.deploy must be true or false");
    if (d2.deploy === true) config.djangoDeploy = true;
  }
  if (doc.baseline !== void 0) {
    if (typeof doc.baseline !== "string" || doc.baseline === "")
      throw new RuleError(file, lineOf("baseline"), "baseline must be the path of a baseline file");
    config.baseline = (0, import_node_path5.resolve)((0, import_node_path5.dirname)(file), doc.baseline);
  }
  const kept2 = {
    rules: builtin.rules.filter((r2) => !disabled.includes(r2.id)),
    placeholders: builtin.placeholders
  };
  return { config, rules: addRules(kept2, rulesFromTable(doc, file, text2, false, true)) };
}
function lstatExists(file) {
  try {
    (0, import_node_fs5.lstatSync)(file);
    return true;
  } catch {
    return false;
  }
}
var import_node_fs5, import_node_path5, CONFIG_NAME, KEYS;
var init_config = __esm({
  "src/config/config.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    init_regular();
    import_node_path5 = require("node:path");
    init_load();
    init_schema();
    CONFIG_NAME = ".leakproof.toml";
    KEYS = /* @__PURE__ */ new Set(["title", "rules", "allowlist", "disabledRules", "ignore", "maxFileSize", "django", "baseline"]);
  }
});

// src/cli/rangesettings.ts
function inCI(env = process.env) {
  const v2 = (env.CI ?? "").toLowerCase();
  return v2 !== "" && v2 !== "0" && v2 !== "false" || env.GITHUB_ACTIONS === "true";
}
function inRepo(root, cwd, path) {
  const rel = (0, import_node_path6.relative)(root, (0, import_node_path6.resolve)(cwd, path));
  return rel === "" || rel.startsWith("..") || (0, import_node_path6.isAbsolute)(rel) ? void 0 : rel.split("\\").join("/");
}
function rangeSettings(cwd, root, ranges, opts) {
  if (ranges.length === 0 || !inCI()) return void 0;
  const config = opts.values.config !== void 0 ? inRepo(root, cwd, opts.values.config) : CONFIG_NAME;
  const baseline = opts.values.baseline !== void 0 ? inRepo(root, cwd, opts.values.baseline) : void 0;
  const files = [config, opts.values["no-ignore"] ? void 0 : IGNORE_NAME, baseline].filter(
    (p2) => p2 !== void 0
  );
  const changed = touchedInRange(cwd, ranges, files);
  if (changed.length === 0) return void 0;
  const base = endpoints(ranges).exclude[0];
  const dir = (0, import_node_fs6.mkdtempSync)((0, import_node_path6.join)((0, import_node_os3.tmpdir)(), "leakproof-base-"));
  const copy = (path, name, fallback) => {
    if (path === void 0) return void 0;
    const bytes = base !== void 0 ? fileAtRev(cwd, base, path, MAX) : void 0;
    if (bytes === void 0 && path === baseline) return void 0;
    const file = (0, import_node_path6.join)(dir, name);
    (0, import_node_fs6.writeFileSync)(file, bytes ?? fallback);
    return file;
  };
  const values = { ...opts.values };
  const c3 = copy(config, "config.toml", "");
  if (c3 !== void 0) values.config = c3;
  const b3 = copy(baseline, "baseline.json", "");
  if (baseline !== void 0) {
    if (b3 === void 0) delete values.baseline;
    else values.baseline = b3;
  }
  const ignoreFile = copy(IGNORE_NAME, "ignore", "") ?? (0, import_node_path6.join)(dir, "ignore");
  const list = changed.join(", ");
  const note = base !== void 0 ? `the scanned commits change ${list}: in CI a range's own settings cannot silence its scan, so those of ${base} were used (review the change)` : `the scanned commits change ${list} and the range has no base: in CI a range's own settings cannot silence its scan, so none of the repository's were used`;
  return {
    opts: { ...opts, values },
    ignoreFile,
    note,
    cleanup: () => (0, import_node_fs6.rmSync)(dir, { recursive: true, force: true })
  };
}
var import_node_fs6, import_node_os3, import_node_path6, IGNORE_NAME, MAX;
var init_rangesettings = __esm({
  "src/cli/rangesettings.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_os3 = require("node:os");
    import_node_path6 = require("node:path");
    init_history();
    init_rangefiles();
    init_config();
    IGNORE_NAME = ".leakproofignore";
    MAX = 64 * 1048576;
  }
});

// src/cli/progress.ts
function progress(out2, enabled, opts) {
  if (!enabled) return { total() {
  }, tick() {
  }, log: (line) => out2.write(`${line}
`), done() {
  } };
  if (out2.isTTY !== true) return lines(out2, opts);
  const now = opts.now ?? (() => performance.now());
  const every = opts.every ?? 100;
  const start = now();
  let total;
  let done = 0;
  let found = 0;
  let last = -Infinity;
  let drawn = false;
  const draw = (t2) => {
    last = t2;
    drawn = true;
    const line = progressLine({ done, total, found, seconds: (t2 - start) / 1e3, unit: opts.unit });
    const width = Math.max(20, (out2.columns || 80) - 1);
    out2.write(`\r${line.slice(0, width)}\x1B[K`);
  };
  return {
    total(n) {
      total = n;
    },
    tick(f3 = 0) {
      done++;
      found += f3;
      const t2 = now();
      if (t2 - last >= every) draw(t2);
    },
    log(line) {
      out2.write(`${drawn ? "\r\x1B[K" : ""}${line}
`);
      if (drawn) draw(now());
    },
    done() {
      if (drawn) out2.write("\r\x1B[K");
      drawn = false;
    }
  };
}
function lines(out2, opts) {
  const now = opts.now ?? (() => performance.now());
  const every = opts.lineEvery ?? 5e3;
  const start = now();
  let next = start + every;
  let total;
  let done = 0;
  let found = 0;
  return {
    total(n) {
      total = n;
    },
    tick(f3 = 0) {
      done++;
      found += f3;
      const t2 = now();
      if (t2 < next) return;
      next = t2 + every;
      out2.write(`${progressLine({ done, total, found, seconds: (t2 - start) / 1e3, unit: opts.unit })}
`);
    },
    log: (line) => out2.write(`${line}
`),
    done() {
    }
  };
}
function progressLine(p2) {
  const rate = p2.seconds > 0 ? p2.done / p2.seconds : 0;
  const parts = [`leakproof: ${p2.done}${p2.total !== void 0 ? `/${p2.total}` : ""} ${p2.unit}`];
  if (p2.total !== void 0 && p2.total > 0) parts[0] += ` (${Math.min(100, Math.floor(100 * p2.done / p2.total))}%)`;
  parts.push(`${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`);
  if (p2.total !== void 0 && rate > 0 && p2.done < p2.total && p2.seconds >= 1)
    parts.push(`ETA ${duration((p2.total - p2.done) / rate)}`);
  if (p2.found > 0) parts.push(`${p2.found} found`);
  return parts.join(", ");
}
function duration(seconds) {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  const m2 = Math.floor(s / 60);
  if (m2 < 60) return `${m2}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m2 / 60)}h${String(m2 % 60).padStart(2, "0")}m`;
}
var init_progress = __esm({
  "src/cli/progress.ts"() {
    "use strict";
  }
});

// src/rules/prebuilt.ts
function loadPrebuilt() {
  try {
    const meta2 = JSON.parse((0, import_node_fs7.readFileSync)(META, "utf8"));
    const bytes = (0, import_node_fs7.readFileSync)(TABLE);
    const aligned = bytes.byteOffset % 4 === 0;
    const delta = aligned ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Int32Array(bytes.byteLength / 4);
    if (!aligned) new Uint8Array(delta.buffer).set(bytes);
    return { keywords: meta2.keywords, out: meta2.out, delta };
  } catch {
    return void 0;
  }
}
var import_node_fs7, import_node_path7, import_node_url2, DIR, TABLE, META, PREBUILT_FILES;
var init_prebuilt = __esm({
  "src/rules/prebuilt.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_path7 = require("node:path");
    import_node_url2 = require("node:url");
    DIR = (0, import_node_path7.join)((0, import_node_path7.dirname)((0, import_node_url2.fileURLToPath)(__leakproofUrl)), "..");
    TABLE = (0, import_node_path7.join)(DIR, "keywords.bin");
    META = (0, import_node_path7.join)(DIR, "keywords.json");
    PREBUILT_FILES = [TABLE, META];
  }
});

// src/rules/reuse.ts
function stampOf(file) {
  try {
    const st2 = (0, import_node_fs8.statSync)(file);
    return `${st2.size}:${st2.mtimeMs}:${st2.ino}`;
  } catch {
    return "-";
  }
}
function filesOf(dir) {
  try {
    return [dir, ...(0, import_node_fs8.readdirSync)(dir).map((f3) => (0, import_node_path8.join)(dir, f3))];
  } catch {
    return [dir];
  }
}
function reuse(key, files, load3) {
  const stamp = files.map(stampOf).join("|");
  const last = kept.get(key);
  if (last?.stamp === stamp) return last.value;
  const value2 = load3();
  kept.set(key, { stamp, value: value2 });
  return value2;
}
var import_node_fs8, import_node_path8, kept;
var init_reuse = __esm({
  "src/rules/reuse.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_path8 = require("node:path");
    kept = /* @__PURE__ */ new Map();
  }
});

// src/baseline/baseline.ts
function baselinePath(cwd) {
  return (0, import_node_path9.join)(nearestRepoDir(cwd) ?? cwd, DEFAULT_BASELINE);
}
function baselineFor(root, flag2, configured) {
  if (flag2) return flag2;
  if (configured) return configured;
  const found = (0, import_node_path9.join)(root, DEFAULT_BASELINE);
  return (0, import_node_fs9.existsSync)(found) ? found : void 0;
}
function readBaseline(file) {
  let doc;
  try {
    doc = JSON.parse(readRegular(file, BASELINE_FILE).toString("utf8"));
  } catch (e) {
    const code = e.code;
    throw new RuleError(
      file,
      void 0,
      code === "ENOENT" ? "baseline file not found" : e instanceof FileRefused ? `cannot read baseline: ${e.reason}` : `invalid baseline: ${e.message}`
    );
  }
  const entries = doc.findings;
  const version2 = doc.version;
  if (version2 !== 1 && version2 !== 2 || !Array.isArray(entries)) {
    throw new RuleError(file, void 0, 'invalid baseline: expected { "version": 2, "findings": [...] }');
  }
  return {
    version: version2,
    entries: entries.map((e, i) => {
      const x3 = e;
      if (typeof x3.fingerprint !== "string")
        throw new RuleError(file, void 0, `invalid baseline: entry ${i + 1} has no fingerprint`);
      return { fingerprint: x3.fingerprint, ruleId: String(x3.ruleId ?? ""), file: String(x3.file ?? "") };
    })
  };
}
function formatBaseline(findings) {
  return formatEntries(
    findings.map((f3) => ({
      fingerprint: publicFingerprint(f3.ruleId, f3.file, f3.secret),
      ruleId: f3.ruleId,
      file: f3.file
    }))
  );
}
function formatEntries(list) {
  const seen2 = /* @__PURE__ */ new Map();
  for (const e of list) seen2.set(e.fingerprint, e);
  const entries = [...seen2.values()].sort((a, b3) => byCodeUnits(a.fingerprint, b3.fingerprint));
  return JSON.stringify({ version: BASELINE_VERSION, findings: entries }, null, 2) + "\n";
}
function applyBaseline(found, baseline) {
  const accepted2 = new Set(baseline.entries.map((e) => e.fingerprint));
  const named = new Set(baseline.entries.map((e) => `${e.ruleId}\0${e.file}`));
  const met = /* @__PURE__ */ new Set();
  const kept2 = found.filter((f3) => {
    if (baseline.version === 2 && !named.has(`${f3.ruleId}\0${f3.file}`)) return true;
    const fp = baseline.version === 1 ? f3.fingerprint : publicFingerprint(f3.ruleId, f3.file, f3.secret);
    met.add(fp);
    return !accepted2.has(fp);
  });
  return { kept: kept2, stale: baseline.entries.filter((e) => !met.has(e.fingerprint)), outdated: baseline.version === 1 };
}
var import_node_fs9, import_node_path9, DEFAULT_BASELINE, BASELINE_VERSION, OUTDATED_BASELINE;
var init_baseline = __esm({
  "src/baseline/baseline.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    import_node_path9 = require("node:path");
    init_repo();
    init_regular();
    init_schema();
    init_lists();
    init_fingerprint();
    DEFAULT_BASELINE = ".leakproof-baseline.json";
    BASELINE_VERSION = 2;
    OUTDATED_BASELINE = "the baseline uses version-1 fingerprints (a fast hash a dictionary reverses for weak secrets): rewrite it with leakproof baseline";
  }
});

// src/remedy/language.ts
function envRead(kind3, name, libs2, pythonLib) {
  switch (kind3) {
    case "python":
      if (pythonLib === "django-environ") return `env("${name}")`;
      if (pythonLib === "python-decouple") return `config("${name}")`;
      if (pythonLib === "environs") return `env.str("${name}")`;
      return `os.environ["${name}"]`;
    case "js":
      return `process.env.${name}`;
    case "ruby":
      return `ENV.fetch("${name}")`;
    case "php":
      return libs2.php === "laravel" ? `env('${name}')` : `getenv('${name}')`;
    case "go":
      return `os.Getenv("${name}")`;
    case "java":
      return `System.getenv("${name}")`;
    case "csharp":
      return `Environment.GetEnvironmentVariable("${name}")`;
    case "rust":
      return `std::env::var("${name}")?`;
    case "github-actions":
      return `\${{ secrets.${name} }}`;
    case "compose":
    case "yaml":
      return `\${${name}}`;
    case "shell":
      return `"\${${name}:?${name} is not set}"`;
    default:
      return void 0;
  }
}
function readExpr(kind3, libs2, pythonLib) {
  return (name) => kind3 === "compose" ? `\${${name}:?${name} is not set}` : envRead(kind3, name, libs2, pythonLib);
}
var init_language = __esm({
  "src/remedy/language.ts"() {
    "use strict";
  }
});

// src/django/version.ts
function parseVersion(s) {
  const m2 = /^(\d{1,3})\.(\d{1,3})/.exec(s.trim());
  return m2 ? [Number(m2[1]), Number(m2[2])] : void 0;
}
function compare(a, b3) {
  return a[0] - b3[0] || a[1] - b3[1];
}
function formatVersion(v2) {
  return `${v2[0]}.${v2[1]}`;
}
function projectVersion(root) {
  const names = [...requirementFiles(root), ...FILES];
  for (const name of names) {
    let text2;
    try {
      text2 = (0, import_node_fs10.readFileSync)((0, import_node_path10.join)(root, name), "utf8");
    } catch {
      continue;
    }
    for (const line of text2.split("\n")) {
      if (/^\s*#/.test(line)) continue;
      const m2 = LINE.exec(line);
      if (!m2) continue;
      const v2 = parseVersion(m2[2]);
      if (v2) return { version: v2, file: name, pinned: m2[1] === void 0 || !m2[1].startsWith(">") };
    }
  }
  return void 0;
}
function requirementFiles(root) {
  const list = (dir, prefix, test) => {
    try {
      return (0, import_node_fs10.readdirSync)((0, import_node_path10.join)(root, dir)).filter(test).sort().map((n) => prefix + n);
    } catch {
      return [];
    }
  };
  return [
    ...list(".", "", (n) => /^requirements.*\.(?:txt|in)$/.test(n)),
    ...list("requirements", "requirements/", (n) => /\.(?:txt|in)$/.test(n))
  ];
}
var import_node_fs10, import_node_path10, FILES, LINE;
var init_version = __esm({
  "src/django/version.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_path10 = require("node:path");
    FILES = ["pyproject.toml", "Pipfile", "setup.cfg", "setup.py"];
    LINE = /(?:^|[^\w.-])django["']?[ \t]{0,20}(?:\[[\w, ]{0,80}\])?[ \t]{0,20}["']?[ \t]{0,20}[:=]?[ \t]{0,20}(?:\{[^}\n]{0,100}?version[ \t]{0,20}=[ \t]{0,20})?["']?[ \t]{0,20}(===?|~=|>=|\^|~|>)?[ \t]{0,20}(\d{1,3}\.\d{1,3})/i;
  }
});

// src/remedy/project.ts
function detectProject(root) {
  const libs2 = {};
  const py = [.../* @__PURE__ */ new Set([...PY_FILES, ...requirementFiles2(root)])].map((f3) => read((0, import_node_path11.join)(root, f3))).join("\n").toLowerCase();
  if (/(^|[^a-z-])django-environ\b/m.test(py)) libs2.python = "django-environ";
  else if (/(^|[^a-z-])python-decouple\b/m.test(py)) libs2.python = "python-decouple";
  else if (/(^|[^a-z-])environs\b/m.test(py)) libs2.python = "environs";
  const pkg = read((0, import_node_path11.join)(root, "package.json"));
  if (/"dotenv"\s*:/.test(pkg)) libs2.node = "dotenv";
  if (/"laravel\/framework"\s*:/.test(read((0, import_node_path11.join)(root, "composer.json")))) libs2.php = "laravel";
  if (/^\s*gem\s+["']dotenv(?:-rails)?["']/m.test(read((0, import_node_path11.join)(root, "Gemfile")))) libs2.ruby = "dotenv";
  const django = projectVersion(root);
  if (django)
    libs2.django = {
      version: formatVersion(django.version),
      file: django.file,
      fallbacks: !django.pinned || compare(django.version, [4, 1]) >= 0
    };
  return libs2;
}
function requirementFiles2(root) {
  const list = (dir, prefix, test) => {
    try {
      return (0, import_node_fs11.readdirSync)((0, import_node_path11.join)(root, dir)).filter(test).map((n) => prefix + n);
    } catch {
      return [];
    }
  };
  return [
    ...list(".", "", (n) => /^requirements.*\.txt$/.test(n)),
    ...list("requirements", "requirements/", (n) => n.endsWith(".txt"))
  ];
}
function pythonLibOf(fileText, project) {
  if (fileText) {
    if (/^\s*(?:import environ\b|from environ import)/m.test(fileText)) return "django-environ";
    if (/^\s*from decouple import/m.test(fileText)) return "python-decouple";
    if (/^\s*from environs import/m.test(fileText)) return "environs";
    if (/^\s*(?:import os\b|from os import)/m.test(fileText)) return void 0;
  }
  return project.python;
}
function read(file) {
  try {
    return (0, import_node_fs11.existsSync)(file) ? (0, import_node_fs11.readFileSync)(file, "utf8") : "";
  } catch {
    return "";
  }
}
var import_node_fs11, import_node_path11, PY_FILES;
var init_project = __esm({
  "src/remedy/project.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    import_node_path11 = require("node:path");
    init_version();
    PY_FILES = [
      "requirements.txt",
      "requirements-dev.txt",
      "requirements/base.txt",
      "requirements/production.txt",
      "pyproject.toml",
      "Pipfile",
      "setup.cfg",
      "setup.py"
    ];
  }
});

// src/remedy/names.ts
function chooseEnvVar(f3, rule) {
  const fromName = f3.name ? upperSnake(f3.name) : void 0;
  const mapped = fromName !== void 0 ? rule?.envVarByName?.[fromName] : void 0;
  if (mapped !== void 0) return mapped;
  if (rule?.envVar && (rule.envVarFrom !== "name" || !fromName)) return rule.envVar;
  return fromName ?? rule?.envVar ?? "SECRET";
}
function upperSnake(name) {
  const last = name.replace(/["'[\]]/g, "").split(/[.:]/).filter(Boolean).pop() ?? name;
  return last.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toUpperCase() || "SECRET";
}
function envReads(file, text2) {
  const kind3 = kindOf(file);
  if (kind3 === "other" || kind3 === "dotenv") return [];
  const patterns = kind3 === "compose" || kind3 === "yaml" || kind3 === "github-actions" || kind3 === "shell" || kind3 === "dockerfile" ? CONFIG_READS : CODE_READS;
  const reads = [];
  const lines2 = text2.split("\n");
  for (let i = 0; i < lines2.length; i++) {
    const line = lines2[i];
    if (!MARKERS.test(line)) continue;
    for (const re2 of patterns) {
      re2.lastIndex = 0;
      for (let m2 = re2.exec(line); m2; m2 = re2.exec(line)) {
        const target = assignedName(line, m2.index);
        reads.push(target ? { name: m2[1], file, line: i + 1, target } : { name: m2[1], file, line: i + 1 });
      }
    }
  }
  return reads;
}
function assignedName(line, at2) {
  const head = line.slice(0, at2);
  const m2 = /([A-Za-z_$][\w$.-]*)["'`]?\]?[ \t]*(?::[ \t]*[\w[\]]+[ \t]*)?(?:=|:|=>)[ \t]*(?:[\w.]+\([ \t]*)?(?:[rbuRBUfF@]{0,2}["'`])?$/.exec(
    head
  );
  if (!m2) return void 0;
  const name = upperSnake(m2[1]);
  return name === "SECRET" && !/secret/i.test(m2[1]) ? void 0 : name;
}
var CODE_READS, CONFIG_READS, MARKERS, NameBook;
var init_names = __esm({
  "src/remedy/names.ts"() {
    "use strict";
    init_filekind();
    init_lists();
    CODE_READS = [
      /os\.environ\[\s*["']([A-Za-z_]\w*)["']\s*\]/g,
      /(?:os\.environ\.get|os\.environ\.setdefault|os\.getenv|environ\.get|getenv|os\.Getenv|os\.LookupEnv|System\.getenv|GetEnvironmentVariable|ENV\.fetch)\(\s*["']([A-Za-z_]\w*)["']/g,
      /(?<![\w.])(?:env(?:\.\w+)?|config)\(\s*["']([A-Z_][A-Z0-9_]*)["']/g,
      /process\.env\.([A-Za-z_]\w*)/g,
      /(?:process\.env|ENV|\$_ENV|\$_SERVER)\[\s*["']([A-Za-z_]\w*)["']\s*\]/g,
      /import\.meta\.env\.([A-Za-z_]\w*)/g
    ];
    CONFIG_READS = [
      /\$\{([A-Za-z_]\w*)(?:[:?+=-][^}\n]*)?\}/g,
      /\$\{\{\s*(?:secrets|vars|env)\.([A-Za-z_]\w*)\s*\}\}/g
    ];
    MARKERS = /environ|getenv|Getenv|LookupEnv|GetEnvironmentVariable|ENV|env|config|\$\{/;
    NameBook = class {
      /** envFile → name → value: what .env files hold and what this fix adds. */
      values = /* @__PURE__ */ new Map();
      /** envFile → the names it held before this fix. */
      original = /* @__PURE__ */ new Map();
      readsByName;
      constructor(reads, envFiles2) {
        this.readsByName = groupBy(reads, (r2) => r2.name);
        for (const [file, vars] of envFiles2) {
          this.values.set(file, new Map(vars));
          this.original.set(file, new Set(vars.keys()));
        }
      }
      /**
       * A name for `value` in `envFile`. `forced`: the code already reads this name (a fallback), so
       * it is the name. Otherwise `base`, or base_2, base_3… when the project reads base for something
       * other than `target`, or this fix gave base to another value. A different value already in the
       * .env file under the name is a conflict (returned as a message): it is never overwritten.
       */
      choose(envFile, base, value2, forced, target) {
        const vars = this.vars(envFile);
        const candidates = forced ? [base] : [base, ...Array.from({ length: 8 }, (_3, i) => `${base}_${i + 2}`)];
        for (const name of candidates) {
          const held = vars.get(name);
          if (held === value2) return { name, present: true };
          if (held !== void 0) {
            if (this.original.get(envFile)?.has(name)) {
              return {
                conflict: `${name} is already set in ${envFile} to a different value; leakproof fix never overwrites it`
              };
            }
            if (forced) return { conflict: `two different values are both read as ${name}` };
            continue;
          }
          if (!forced && this.readElsewhere(name, target)) continue;
          vars.set(name, value2);
          return { name, present: false };
        }
        return { conflict: `no free name like ${base} in ${envFile}` };
      }
      vars(envFile) {
        let v2 = this.values.get(envFile);
        if (!v2) this.values.set(envFile, v2 = /* @__PURE__ */ new Map());
        return v2;
      }
      /** The project reads `name` somewhere, for something other than `target`. */
      readElsewhere(name, target) {
        const reads = this.readsByName.get(name) ?? [];
        return reads.some((r2) => target === void 0 || r2.target !== target);
      }
    };
  }
});

// src/remedy/rewrite.ts
function rewriteLine(line, secret, kind3, envVar, expr) {
  if (secret === "") return { reason: "nothing to replace" };
  const fallback = findFallback(line, secret);
  if (fallback) {
    const e2 = expr(fallback.name, "required");
    if (e2 === void 0)
      return { reason: `no way to read an environment variable in this kind of file`, forcedName: fallback.name };
    return {
      line: line.slice(0, fallback.start) + e2 + line.slice(fallback.end),
      name: fallback.name,
      forced: true,
      how: "fallback"
    };
  }
  const at2 = line.indexOf(secret);
  if (at2 < 0) return { reason: "the secret is not on this line" };
  if (inComment(line, at2, kind3))
    return {
      reason: "the secret is in a comment: delete it from the comment (and rotate it if it was ever committed)"
    };
  const q3 = line[at2 - 1];
  const quoted = q3 !== void 0 && `"'\``.includes(q3) && line[at2 + secret.length] === q3;
  const end = at2 + secret.length;
  const interp = CONFIG_KINDS.has(kind3) ? INTERPOLATION_BEFORE.exec(line.slice(0, at2)) : null;
  if (interp && line[end] === "}") {
    const name = interp[1];
    const e2 = expr(name, "required");
    if (e2 === void 0)
      return { reason: `no way to read an environment variable in this kind of file`, forcedName: name };
    const start = at2 - interp[0].length;
    const insideQuotes = line[start - 1] === '"' && line[end + 1] === '"';
    return {
      line: line.slice(0, start) + (insideQuotes ? unquote2(e2) : e2) + line.slice(end + 1),
      name,
      forced: true,
      how: "fallback"
    };
  }
  if (quoted) {
    let start = at2 - 1;
    const or2 = READ_BEFORE_OR.exec(line.slice(0, start - prefixLength(line, start)));
    if (or2 && !CONFIG_KINDS.has(kind3)) {
      const name = or2[2] ?? or2[3] ?? or2[5] ?? or2[7] ?? or2[9];
      const e3 = expr(name, "required");
      if (e3 === void 0)
        return { reason: `no way to read an environment variable in this kind of file`, forcedName: name };
      return { line: line.slice(0, or2.index) + e3 + line.slice(end + 1), name, forced: true, how: "fallback" };
    }
    const e2 = expr(envVar, "plain");
    if (e2 === void 0) return { reason: "no way to read an environment variable in this kind of file" };
    if (CONFIG_KINDS.has(kind3) && kind3 !== "shell")
      return { line: line.slice(0, at2) + e2 + line.slice(end), name: envVar, forced: false, how: "literal" };
    start -= prefixLength(line, start);
    if (/\bdefault\s*=\s*$/.test(line.slice(0, start)) && !/\(/.test(line.slice(0, start).replace(/\bdefault\s*=\s*$/, ""))) {
      return {
        reason: "the secret is the default of a call spread over several lines: delete the default so the variable is required"
      };
    }
    return { line: line.slice(0, start) + e2 + line.slice(end + 1), name: envVar, forced: false, how: "literal" };
  }
  if (!CONFIG_KINDS.has(kind3)) {
    return { reason: "the secret is part of a longer string: build that string from an environment variable" };
  }
  const e = expr(envVar, "plain");
  if (e === void 0) return { reason: "no way to read an environment variable in this kind of file" };
  const inDoubleQuotes = kind3 === "shell" && isInsideDoubleQuotes(line, at2);
  return {
    line: line.slice(0, at2) + (inDoubleQuotes ? unquote2(e) : e) + line.slice(end),
    name: envVar,
    forced: false,
    how: "value"
  };
}
function prefixLength(line, quoteAt) {
  let n = 0;
  while (n < 2 && /[rbuRBUfF@]/.test(line[quoteAt - 1 - n] ?? "")) n++;
  return n > 0 && !/[A-Za-z0-9_]/.test(line[quoteAt - 1 - n] ?? "") ? n : 0;
}
function findFallback(line, secret) {
  FALLBACK_CALL.lastIndex = 0;
  for (let m2 = FALLBACK_CALL.exec(line); m2; m2 = FALLBACK_CALL.exec(line)) {
    if (/[A-Za-z0-9_.]/.test(line[m2.index - 1] ?? "") && !/^(?:os|ENV)\b/.test(m2[0])) continue;
    const valueStart = m2.index + m2[0].length;
    const q3 = m2[3];
    if (line.startsWith(secret + q3, valueStart)) {
      let end = valueStart + secret.length + 1;
      while (line[end] === " ") end++;
      if (line[end] === ")") return { name: m2[2], start: m2.index, end: end + 1 };
    }
  }
  return void 0;
}
function inComment(line, at2, kind3) {
  const hash = HASH_COMMENT.has(kind3);
  const slash = SLASH_COMMENT.has(kind3);
  if (!hash && !slash) return false;
  let quote;
  for (let i = 0; i < at2; i++) {
    const c3 = line[i];
    if (quote) {
      if (c3 === "\\") i++;
      else if (c3 === quote) quote = void 0;
    } else if (c3 === '"' || c3 === "'" || c3 === "`") {
      if ((kind3 === "yaml" || kind3 === "compose" || kind3 === "github-actions" || kind3 === "shell") && /[^\s:=,[{(-]/.test(line[i - 1] ?? " "))
        continue;
      quote = c3;
    } else if (hash && c3 === "#" && (i === 0 || /\s/.test(line[i - 1]) || kind3 === "python" || kind3 === "ruby"))
      return true;
    else if (slash && c3 === "/" && line[i + 1] === "/") return true;
    else if (slash && c3 === "/" && line[i + 1] === "*") return true;
  }
  return false;
}
function isInsideDoubleQuotes(line, at2) {
  let n = 0;
  for (let i = 0; i < at2; i++) if (line[i] === '"' && line[i - 1] !== "\\") n++;
  return n % 2 === 1;
}
function unquote2(e) {
  return e.length >= 2 && e.startsWith('"') && e.endsWith('"') ? e.slice(1, -1) : e;
}
var CONFIG_KINDS, HASH_COMMENT, SLASH_COMMENT, FALLBACK_CALL, READ_BEFORE_OR, INTERPOLATION_BEFORE;
var init_rewrite = __esm({
  "src/remedy/rewrite.ts"() {
    "use strict";
    CONFIG_KINDS = /* @__PURE__ */ new Set(["compose", "yaml", "github-actions", "shell"]);
    HASH_COMMENT = /* @__PURE__ */ new Set(["python", "ruby", "compose", "yaml", "github-actions", "shell", "php"]);
    SLASH_COMMENT = /* @__PURE__ */ new Set(["js", "go", "java", "csharp", "rust", "php"]);
    FALLBACK_CALL = /(?:os\.getenv|os\.environ\.get|environ\.get|getenv|config|env(?:\.str)?|ENV\.fetch)\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*,\s*(?:default\s*=\s*)?[rbu]?(["'])/g;
    READ_BEFORE_OR = /(?:(?:os\.environ\.get|os\.getenv|environ\.get|getenv|env|config)\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*\)|process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\4\s*\]|ENV\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\6\s*\]|os\.environ\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\8\s*\])\s*(?:\bor\b|\|\||\?\?|\?:)\s*$/;
    INTERPOLATION_BEFORE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-|-|:=|=|:)$/;
  }
});

// src/remedy/setup.ts
function setupFor(kind3, fileText, libs2, pythonLib) {
  if (fileText === void 0) return void 0;
  if (kind3 === "python") return pythonSetup(fileText, pythonLib);
  if (kind3 === "js") return jsSetup(fileText, libs2);
  if (kind3 === "go") return goSetup(fileText);
  return void 0;
}
function pythonSetup(text2, lib) {
  const definesEnv = /^env[ \t]*(?::[^=\n]*)?=/m.test(text2);
  switch (lib) {
    case void 0:
      if (IMPORTS_OS.test(text2)) return void 0;
      return {
        lang: "python",
        imports: ["import os"],
        placement: "first-import",
        after: [],
        step: "Add `import os` at the top of the file."
      };
    case "django-environ": {
      if (definesEnv) return void 0;
      const fromEnviron = /^from[ \t]+environ[ \t]+import[ \t][^\n]*\bEnv\b/m.test(text2);
      const imported = fromEnviron || /^import[ \t]+environ\b/m.test(text2);
      const after = [fromEnviron ? "env = Env()" : "env = environ.Env()"];
      return {
        lang: "python",
        imports: imported ? [] : ["import environ"],
        placement: "after-imports",
        after,
        step: "With django-environ: `import environ` and `env = environ.Env()` near the top of settings."
      };
    }
    case "python-decouple":
      if (/^from[ \t]+decouple[ \t]+import[ \t][^\n]*\bconfig\b/m.test(text2) || /^config[ \t]*=/m.test(text2))
        return void 0;
      return {
        lang: "python",
        imports: ["from decouple import config"],
        placement: "after-imports",
        after: [],
        step: "Add `from decouple import config` at the top of the file."
      };
    case "environs": {
      if (definesEnv) return void 0;
      const imported = /^from[ \t]+environs[ \t]+import[ \t][^\n]*\bEnv\b/m.test(text2);
      return {
        lang: "python",
        imports: imported ? [] : ["from environs import Env"],
        placement: "after-imports",
        after: ["env = Env()", "env.read_env()"],
        step: "With environs: `from environs import Env`, `env = Env()` and `env.read_env()` near the top of the file."
      };
    }
  }
}
function jsSetup(text2, libs2) {
  if (libs2.node !== "dotenv" || /\bdotenv\b/.test(text2)) return void 0;
  const esm = /^[ \t]*(?:import[\s{*"'\w]|export[\s{*])/m.test(text2) && !/^[ \t]*(?:const|let|var)[ \t]+[^=\n]+=[ \t]*require\(/m.test(text2);
  const q3 = /^[ \t]*(?:import[^\n]*from[ \t]*'|[^\n]*require\(')/m.test(text2) ? "'" : '"';
  const line = esm ? `import ${q3}dotenv/config${q3};` : `require(${q3}dotenv${q3}).config();`;
  return {
    lang: "js",
    imports: [line],
    placement: "first-import",
    after: [],
    step: `Load .env first: \`${line}\` at the top of the file.`
  };
}
function goSetup(text2) {
  if (/^[ \t]*(?:import[ \t]+)?(?:[\w.]+[ \t]+)?"os"[ \t]*(?:\/\/[^\n]*)?$/m.test(text2)) return void 0;
  return { lang: "go", imports: ['"os"'], placement: "first-import", after: [], step: 'Add `import "os"`.' };
}
var IMPORTS_OS;
var init_setup = __esm({
  "src/remedy/setup.ts"() {
    "use strict";
    IMPORTS_OS = /^import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,[ \t]*)*os(?:\.[\w.]+)?(?![\w.]|[ \t]+as\b)/m;
  }
});

// src/remedy/django.ts
function weakDjangoKeyNotes(key) {
  const notes = [];
  if (key.startsWith(INSECURE_PREFIX))
    notes.push("weak (Django security.W009): generated by startproject, prefixed django-insecure-");
  if (key.length < 50) notes.push(`weak (Django security.W009): ${key.length} characters, fewer than 50`);
  if (new Set(key).size < 5) notes.push("weak (Django security.W009): fewer than 5 unique characters");
  return notes;
}
var INSECURE_PREFIX;
var init_django = __esm({
  "src/remedy/django.ts"() {
    "use strict";
    INSECURE_PREFIX = "django-insecure-";
  }
});

// src/remedy/weakness.ts
function weaknessNotes(check, secret) {
  return check ? CHECKS[check](secret) : [];
}
var CHECKS;
var init_weakness = __esm({
  "src/remedy/weakness.ts"() {
    "use strict";
    init_django();
    CHECKS = {
      "django-secret-key": weakDjangoKeyNotes
    };
  }
});

// src/remedy/remedy.ts
function fileContext(path, fileText, project) {
  const kind3 = kindOf(path);
  const pythonLib = kind3 === "python" ? pythonLibOf(fileText, project) : void 0;
  return { kind: kind3, pythonLib, expr: readExpr(kind3, project, pythonLib) };
}
function perFile(path, ctx) {
  const kind3 = kindOf(path);
  const fileText = kind3 === "python" || kind3 === "js" || kind3 === "go" ? ctx.fileText(path) : void 0;
  const fc = fileContext(path, fileText, ctx.project);
  return { kind: kind3, fc, setup: setupFor(kind3, fileText, ctx.project, fc.pythonLib) };
}
function remedyFor(f3, rule, ctx, files) {
  let file = files?.get(f3.file);
  if (!file) {
    file = perFile(f3.file, ctx);
    files?.set(f3.file, file);
  }
  const { kind: kind3, fc } = file;
  const rewritten = rewriteLine(f3.lineText.trim(), f3.secret, kind3, chooseEnvVar(f3, rule), fc.expr);
  const envVar = "name" in rewritten ? rewritten.name : rewritten.forcedName ?? chooseEnvVar(f3, rule);
  const steps2 = [];
  if (kind3 === "dotenv") {
    steps2.push(
      `${f3.file} is the right place for the value, but it must stay out of git: add it to .gitignore and run \`git rm --cached ${f3.file}\`.`
    );
  } else if (kind3 === "dockerfile") {
    steps2.push(
      `Remove the value from the image: pass it at run time (\`docker run -e ${envVar}\`, or \`environment:\` in compose), or use a build secret (\`RUN --mount=type=secret\`).`
    );
  } else if ("line" in rewritten) {
    const setup2 = file.setup;
    if (setup2) steps2.push(setup2.step);
    if (kind3 === "github-actions")
      steps2.push(
        `Store the value as a repository secret named ${envVar} (Settings \u2192 Secrets and variables \u2192 Actions).`
      );
    else
      steps2.push(
        `Put the value in .env (${envVar}=\u2026), keep .env out of git, and set ${envVar} in each deployment's environment.`
      );
  } else if (fc.expr(envVar, "plain") !== void 0) {
    steps2.push(`${capitalize(rewritten.reason)}; read it from the ${envVar} environment variable.`);
  } else {
    steps2.push(
      `Move the value out of this file: load it from the ${envVar} environment variable where this file is read.`
    );
  }
  return "line" in rewritten ? { line: rewritten.line, envVar, steps: steps2 } : { envVar, steps: steps2 };
}
function applyRemedies(findings, rules, ctx) {
  const files = /* @__PURE__ */ new Map();
  return findings.map((f3) => {
    const rule = rules.get(f3.ruleId);
    const r2 = remedyFor(f3, rule, ctx, files);
    const weak = weaknessNotes(rule?.weakness, f3.secret);
    const notes = weak.length > 0 ? [...weak, ...f3.notes] : f3.notes;
    const fixSteps = [...r2.steps, rotation(rule, ctx.project)];
    return { ...f3, notes, fixSteps, ...r2.line !== void 0 ? { remediation: r2.line } : {} };
  });
}
function rotation(rule, project) {
  const django = project.django;
  if (rule?.weakness === "django-secret-key" && django && !django.fallbacks)
    return `Generate a new key (${rule.rotateCommand ?? "leakproof rotate django"}) and replace this one. Django ${django.version} (pinned in ${django.file}) has no SECRET_KEY_FALLBACKS (4.1+): the switch logs everyone out and voids password-reset links, so pick the moment, or upgrade Django first.`;
  return rule?.rotate ?? ROTATE;
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
var ROTATE;
var init_remedy = __esm({
  "src/remedy/remedy.ts"() {
    "use strict";
    init_filekind();
    init_language();
    init_project();
    init_names();
    init_rewrite();
    init_setup();
    init_weakness();
    ROTATE = "If this value was ever pushed, it has leaked even once removed: change it (rotate) wherever it is used.";
  }
});

// src/report/mask.ts
function maskSecret(secret) {
  const keep2 = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep2)}\u2026`;
}
function maskWith(f3, masker) {
  const m2 = (s) => masker.mask(s);
  const out2 = {
    ...f3,
    // A finding about a setting (Django's deployment checks) carries no secret.
    secret: f3.secret === "" ? "" : maskSecret(f3.secret),
    lineText: m2(f3.lineText),
    message: m2(f3.message),
    notes: f3.notes.map(m2)
  };
  if (f3.remediation !== void 0) out2.remediation = m2(f3.remediation);
  if (f3.fixSteps !== void 0) out2.fixSteps = f3.fixSteps.map(m2);
  if (f3.name !== void 0) out2.name = m2(f3.name);
  if (f3.author !== void 0) out2.author = m2(f3.author);
  return out2;
}
function asWritten(f3) {
  if (!f3.notes.some((n) => n.startsWith(DECODED_NOTE)) || f3.line !== f3.endLine) return void 0;
  let w2 = f3.lineText.slice(f3.column - 1, f3.endColumn - 1);
  if (w2.length >= 2 && `"'\``.includes(w2[0]) && w2.endsWith(w2[0])) w2 = w2.slice(1, -1);
  return w2.length >= 8 && w2 !== f3.secret ? w2 : void 0;
}
function maskFindings(findings) {
  const masker = new Masker(findings.flatMap((f3) => [f3.secret, asWritten(f3) ?? ""]));
  return { findings: findings.map((f3) => maskWith(f3, masker)), masker };
}
var PREFIX, Masker;
var init_mask = __esm({
  "src/report/mask.ts"() {
    "use strict";
    init_decode();
    PREFIX = 8;
    Masker = class {
      /**
       * Secrets by their first PREFIX characters, then by length (longest first): many secrets share a
       * prefix ("django-insecure-", "ghp_"), and one lookup per length keeps each position's work
       * independent of how many secrets there are.
       */
      byPrefix = /* @__PURE__ */ new Map();
      /** Secrets shorter than PREFIX: few (rules ask for longer), checked one by one. */
      short = [];
      constructor(secrets) {
        for (const s of new Set(secrets)) {
          if (s.length === 0) continue;
          if (s.length < PREFIX) this.short.push(s);
          else {
            const k2 = s.slice(0, PREFIX);
            let list = this.byPrefix.get(k2);
            if (!list) this.byPrefix.set(k2, list = []);
            let group = list.find((g2) => g2.length === s.length);
            if (!group) list.push(group = { length: s.length, secrets: /* @__PURE__ */ new Set() });
            group.secrets.add(s);
          }
        }
        for (const list of this.byPrefix.values()) list.sort((a, b3) => b3.length - a.length);
        this.short.sort((a, b3) => b3.length - a.length);
      }
      mask(text2) {
        if (this.byPrefix.size === 0 && this.short.length === 0) return text2;
        let out2 = "";
        let copied = 0;
        const shortHits = this.shortHits(text2);
        for (let i = 0; i < text2.length; ) {
          let hit;
          if (this.byPrefix.size > 0 && i + PREFIX <= text2.length) {
            const list = this.byPrefix.get(text2.slice(i, i + PREFIX));
            if (list) {
              for (const g2 of list) {
                const candidate = text2.slice(i, i + g2.length);
                if (g2.secrets.has(candidate)) {
                  hit = candidate;
                  break;
                }
              }
            }
          }
          const sh = shortHits.get(i);
          if (sh !== void 0 && (hit === void 0 || sh.length > hit.length)) hit = sh;
          if (hit === void 0) {
            i++;
            continue;
          }
          out2 += text2.slice(copied, i) + maskSecret(hit);
          i += hit.length;
          copied = i;
        }
        return copied === 0 ? text2 : out2 + text2.slice(copied);
      }
      /** Where each short secret starts (the longest at a position). */
      shortHits(text2) {
        const hits = /* @__PURE__ */ new Map();
        for (const s of this.short) {
          for (let i = text2.indexOf(s); i !== -1; i = text2.indexOf(s, i + 1)) {
            const prev = hits.get(i);
            if (prev === void 0 || prev.length < s.length) hits.set(i, s);
          }
        }
        return hits;
      }
    };
  }
});

// src/report/order.ts
function time(f3) {
  const t2 = f3.date ? Date.parse(f3.date) : NaN;
  return Number.isNaN(t2) ? Number.POSITIVE_INFINITY : t2;
}
function byPlace(a, b3) {
  return byCodeUnits(a.file, b3.file) || a.line - b3.line || a.column - b3.column || byCodeUnits(a.ruleId, b3.ruleId) || byCommit(a, b3);
}
function byAge(a, b3) {
  return byCommit(a, b3) || a.line - b3.line || a.column - b3.column;
}
function byCommit(a, b3) {
  const ta = time(a);
  const tb = time(b3);
  return (ta === tb ? 0 : ta < tb ? -1 : 1) || byCodeUnits(a.commit ?? "", b3.commit ?? "");
}
var init_order = __esm({
  "src/report/order.ts"() {
    "use strict";
    init_lists();
  }
});

// src/cli/output.ts
function failed(what, file, e) {
  const code = e.code ?? "";
  throw new UsageError(`cannot write ${what} to ${file}: ${WHY[code] ?? e.message}`);
}
function writeOutput(what, file, text2) {
  try {
    (0, import_node_fs12.writeFileSync)(file, text2);
  } catch (e) {
    failed(what, file, e);
  }
}
function appendOutput(what, file, text2) {
  try {
    (0, import_node_fs12.appendFileSync)(file, text2);
  } catch (e) {
    failed(what, file, e);
  }
}
var import_node_fs12, WHY;
var init_output = __esm({
  "src/cli/output.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    init_errors2();
    WHY = {
      ENOENT: "its directory does not exist",
      EACCES: "permission denied",
      EPERM: "permission denied",
      EISDIR: "it is a directory",
      ENOTDIR: "a part of the path is not a directory",
      ELOOP: "too many symbolic links (a loop?)",
      EROFS: "read-only file system",
      ENOSPC: "no space left on the device"
    };
  }
});

// src/cli/version.ts
function version() {
  const pkg = JSON.parse((0, import_node_fs13.readFileSync)(new URL("../../package.json", __leakproofUrl), "utf8"));
  return pkg.version;
}
var import_node_fs13;
var init_version2 = __esm({
  "src/cli/version.ts"() {
    "use strict";
    import_node_fs13 = require("node:fs");
  }
});

// src/report/github.ts
var github_exports = {};
__export(github_exports, {
  github: () => github,
  summary: () => summary
});
function summary(findings) {
  if (findings.length === 0) return "### leakproof\n\nNo secrets found.\n";
  const rows = findings.map(
    (f3) => `| \`${cell(f3.file)}:${f3.line}\` | \`${f3.ruleId}\` | ${f3.severity} | \`${cell(f3.secret)}\` | ${f3.remediation ? `\`${cell(f3.remediation)}\`` : ""} |`
  );
  return [
    "### leakproof",
    "",
    `${findings.length} secret${findings.length === 1 ? "" : "s"} found.`,
    "",
    "| where | rule | severity | secret | fix |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "Remove each secret from the code, load it from the environment, and rotate it: it has been pushed.",
    ""
  ].join("\n");
}
function data(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function prop(s) {
  return data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/`/g, "'").replace(/\n/g, " ");
}
var github;
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    github = (findings, ctx) => {
      const lines2 = findings.map((f3) => {
        const level = f3.severity === "low" ? "notice" : f3.severity === "medium" ? "warning" : "error";
        const props = [
          `file=${prop(f3.file)}`,
          `line=${f3.line}`,
          `col=${f3.column}`,
          `endLine=${f3.endLine}`,
          `endColumn=${f3.endColumn}`,
          `title=${prop(`leakproof: ${f3.ruleId}`)}`
        ].join(",");
        const rule = ctx.rules.get(f3.ruleId);
        const fix2 = f3.remediation ? ` Fix: ${f3.remediation}` : rule?.envVar ? ` Fix: load it from ${rule.envVar}.` : "";
        const what = f3.secret === "" ? `${f3.message}` : `${f3.message}: ${f3.secret}.`;
        return `::${level} ${props}::${data(`${what}${fix2}${f3.commit ? ` (commit ${f3.commit.slice(0, 12)})` : ""}`)}`;
      });
      return lines2.length > 0 ? lines2.join("\n") + "\n" : "";
    };
  }
});

// src/report/status.ts
function headStatus(f3) {
  const paths = f3.atHead;
  if (paths === void 0) return void 0;
  if (paths.length === 0) return GONE_FROM_HEAD;
  return `still present at HEAD in ${paths.slice(0, 5).join(", ")}${paths.length > 5 ? ", \u2026" : ""}`;
}
function notesWithStatus(f3) {
  const status = headStatus(f3);
  return status === void 0 ? f3.notes : [...f3.notes, status];
}
var GONE_FROM_HEAD;
var init_status = __esm({
  "src/report/status.ts"() {
    "use strict";
    GONE_FROM_HEAD = "no longer at HEAD, but it was committed: it leaked, rotate it";
  }
});

// src/report/json.ts
var json_exports = {};
__export(json_exports, {
  json: () => json
});
var json;
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_status();
    json = (findings) => {
      const out2 = findings.map((f3) => ({
        ruleId: f3.ruleId,
        file: f3.file,
        line: f3.line,
        column: f3.column,
        endLine: f3.endLine,
        endColumn: f3.endColumn,
        secret: f3.secret,
        fingerprint: f3.fingerprint,
        severity: f3.severity,
        message: f3.message,
        ...f3.remediation !== void 0 ? { remediation: f3.remediation } : {},
        ...f3.fixSteps && f3.fixSteps.length > 0 ? { fixSteps: f3.fixSteps } : {},
        ...notesWithStatus(f3).length > 0 ? { notes: notesWithStatus(f3) } : {},
        ...f3.scope !== void 0 ? { scope: f3.scope } : {},
        ...f3.commit !== void 0 ? { commit: f3.commit } : {},
        ...f3.author !== void 0 ? { author: f3.author } : {},
        ...f3.date !== void 0 ? { date: f3.date } : {}
      }));
      return JSON.stringify({ version: 1, findings: out2 }, null, 2) + "\n";
    };
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  FINGERPRINT_KEY: () => FINGERPRINT_KEY,
  pascalCase: () => pascalCase,
  pathToUri: () => pathToUri,
  sarif: () => sarif,
  sarifLog: () => sarifLog
});
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((p2) => p2.length > 0).map((p2) => p2[0].toUpperCase() + p2.slice(1)).join("");
}
function pathToUri(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map((seg) => encodeURIComponent(seg)).join("/");
}
function headline(description) {
  return description.replace(/\s*\([^()]*\)\s*$/, "") || description;
}
function ruleInfo(id, rule, first) {
  if (rule) return rule;
  const info = { id, description: first.message || id, why: first.message || id, severity: first.severity };
  return first.secret === "" ? { ...info, settingFix: first.remediation ?? first.fixSteps?.[0] ?? "" } : info;
}
function helpText(r2) {
  if (r2.settingFix !== void 0) {
    const fix3 = r2.settingFix ? [`Fix: ${r2.settingFix}`] : [];
    const text3 = [`Why it matters: ${r2.why}`, ...fix3, `Suppress: ${SUPPRESS_TEXT}`].join("\n\n");
    const markdown2 = [
      `**Why it matters.** ${r2.why}`,
      ...r2.settingFix ? [`**Fix.** \`${r2.settingFix}\``] : [],
      `**Suppress.** ${SUPPRESS_TEXT}`
    ].join("\n\n");
    return { text: text3, markdown: markdown2 };
  }
  const fix2 = r2.envVar ? `Load it from the environment variable ${r2.envVar} instead of writing it in the file, and keep the value in a secret store or an untracked .env file.` : "Load it from an environment variable instead of writing it in the file, and keep the value in a secret store or an untracked .env file.";
  const fixMd = r2.envVar ? `Load it from the environment variable \`${r2.envVar}\` instead of writing it in the file, and keep the value in a secret store or an untracked \`.env\` file.` : "Load it from an environment variable instead of writing it in the file, and keep the value in a secret store or an untracked `.env` file.";
  const rotate = r2.rotate ?? "Rotate it: a secret that reached a commit stays in the history and in every clone.";
  const text2 = [`Why it matters: ${r2.why}`, `Fix: ${fix2}`, `Rotate: ${rotate}`, `Suppress: ${SUPPRESS_TEXT}`].join(
    "\n\n"
  );
  const markdown = [
    `**Why it matters.** ${r2.why}`,
    `**Fix.** ${fixMd}`,
    `**Rotate.** ${rotate}`,
    `**Suppress.** ${SUPPRESS_TEXT}`
  ].join("\n\n");
  return { text: text2, markdown };
}
function descriptor(r2) {
  return {
    id: r2.id,
    name: pascalCase(r2.id),
    shortDescription: { text: r2.description },
    fullDescription: { text: r2.why },
    help: helpText(r2),
    defaultConfiguration: { level: LEVEL[r2.severity] },
    properties: {
      tags: r2.settingFix !== void 0 ? ["security", "configuration"] : ["security", "secret"],
      "security-severity": SECURITY_SEVERITY[r2.severity]
    }
  };
}
function resultOf(f3, ruleIndex, r2) {
  const remedy = r2.envVar ? ` \u2014 load it from ${r2.envVar}` : "";
  const history = {};
  if (f3.commit !== void 0) {
    history.commit = f3.commit;
    if (f3.author !== void 0) history.author = f3.author;
    if (f3.date !== void 0) history.date = f3.date;
  }
  const notes = notesWithStatus(f3);
  const hasProps = f3.commit !== void 0 || notes.length > 0;
  return {
    ruleId: f3.ruleId,
    ruleIndex,
    level: LEVEL[f3.severity],
    message: {
      text: f3.secret === "" ? `${f3.message}${f3.remediation ? ` Fix: ${f3.remediation}` : ""}` : `${headline(f3.message || r2.description)}: ${f3.secret}${remedy}`
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f3.file), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: f3.line,
            startColumn: f3.column,
            endLine: f3.endLine,
            endColumn: f3.endColumn
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f3.fingerprint },
    ...hasProps ? { properties: { ...history, ...notes.length > 0 ? { notes: [...notes] } : {} } } : {}
  };
}
function sarifLog(findings, ctx) {
  const firstByRule = /* @__PURE__ */ new Map();
  for (const f3 of findings) if (!firstByRule.has(f3.ruleId)) firstByRule.set(f3.ruleId, f3);
  const ids = [...firstByRule.keys()].sort(byCodeUnits);
  const infos = new Map(ids.map((id) => [id, ruleInfo(id, ctx.rules.get(id), firstByRule.get(id))]));
  const index = new Map(ids.map((id, i) => [id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "leakproof",
            informationUri: INFORMATION_URI,
            semanticVersion: ctx.toolVersion,
            rules: ids.map((id) => descriptor(infos.get(id)))
          }
        },
        invocations: [
          {
            executionSuccessful: true,
            ...ctx.notes.length > 0 ? { toolExecutionNotifications: ctx.notes.map((n) => ({ level: "note", message: { text: n } })) } : {}
          }
        ],
        // Where %SRCROOT% is stays unsaid: an absolute path would vary by machine and reveal it.
        originalUriBaseIds: {
          "%SRCROOT%": { description: { text: "The root of the scanned repository or directory." } }
        },
        columnKind: "utf16CodeUnits",
        results: findings.map((f3) => resultOf(f3, index.get(f3.ruleId), infos.get(f3.ruleId)))
      }
    ]
  };
}
var INFORMATION_URI, FINGERPRINT_KEY, LEVEL, SECURITY_SEVERITY, SUPPRESS_TEXT, sarif;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_status();
    init_lists();
    INFORMATION_URI = "https://github.com/leakproof/leakproof";
    FINGERPRINT_KEY = "leakproof/v2";
    LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
    SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
    SUPPRESS_TEXT = "A false positive? Add a `leakproof:allow` comment on that line, or accept the current findings with `leakproof baseline`.";
    sarif = (findings, ctx) => JSON.stringify(sarifLog(findings, ctx), null, 2) + "\n";
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports2, module2) {
    var p2 = process || {};
    var argv = p2.argv || [];
    var env = p2.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p2.platform === "win32" || (p2.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f3 = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f3("\x1B[0m", "\x1B[0m"),
        bold: f3("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f3("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f3("\x1B[3m", "\x1B[23m"),
        underline: f3("\x1B[4m", "\x1B[24m"),
        inverse: f3("\x1B[7m", "\x1B[27m"),
        hidden: f3("\x1B[8m", "\x1B[28m"),
        strikethrough: f3("\x1B[9m", "\x1B[29m"),
        black: f3("\x1B[30m", "\x1B[39m"),
        red: f3("\x1B[31m", "\x1B[39m"),
        green: f3("\x1B[32m", "\x1B[39m"),
        yellow: f3("\x1B[33m", "\x1B[39m"),
        blue: f3("\x1B[34m", "\x1B[39m"),
        magenta: f3("\x1B[35m", "\x1B[39m"),
        cyan: f3("\x1B[36m", "\x1B[39m"),
        white: f3("\x1B[37m", "\x1B[39m"),
        gray: f3("\x1B[90m", "\x1B[39m"),
        bgBlack: f3("\x1B[40m", "\x1B[49m"),
        bgRed: f3("\x1B[41m", "\x1B[49m"),
        bgGreen: f3("\x1B[42m", "\x1B[49m"),
        bgYellow: f3("\x1B[43m", "\x1B[49m"),
        bgBlue: f3("\x1B[44m", "\x1B[49m"),
        bgMagenta: f3("\x1B[45m", "\x1B[49m"),
        bgCyan: f3("\x1B[46m", "\x1B[49m"),
        bgWhite: f3("\x1B[47m", "\x1B[49m"),
        blackBright: f3("\x1B[90m", "\x1B[39m"),
        redBright: f3("\x1B[91m", "\x1B[39m"),
        greenBright: f3("\x1B[92m", "\x1B[39m"),
        yellowBright: f3("\x1B[93m", "\x1B[39m"),
        blueBright: f3("\x1B[94m", "\x1B[39m"),
        magentaBright: f3("\x1B[95m", "\x1B[39m"),
        cyanBright: f3("\x1B[96m", "\x1B[39m"),
        whiteBright: f3("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f3("\x1B[100m", "\x1B[49m"),
        bgRedBright: f3("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f3("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f3("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f3("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f3("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f3("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f3("\x1B[107m", "\x1B[49m")
      };
    };
    module2.exports = createColors();
    module2.exports.createColors = createColors;
  }
});

// src/report/text.ts
var text_exports = {};
__export(text_exports, {
  fixCommand: () => fixCommand,
  text: () => text
});
function fixCommand(findings, scan2) {
  if (scan2 !== "staged" || !findings.some((f3) => f3.remediation !== void 0 && f3.secret !== "")) return void 0;
  return "leakproof fix --staged";
}
function asideReport(out2, aside, ctx, c3) {
  const groups = /* @__PURE__ */ new Map();
  for (const f3 of aside) {
    const key = f3.valueFingerprint ?? f3.fingerprint;
    const g2 = groups.get(key);
    if (g2) g2.push(f3);
    else groups.set(key, [f3]);
  }
  const values = groups.size;
  out2.push(
    c3.bold(
      `In tests, docs and examples (one severity lower; --exclude-tests leaves them out): ${aside.length} finding${aside.length === 1 ? "" : "s"}, ${values} distinct value${values === 1 ? "" : "s"}`
    )
  );
  out2.push("");
  for (const group of groups.values()) {
    const first = group[0];
    out2.push(`${header(first, c3)}  ${c3.dim(first.scope ?? "")}`);
    out2.push(`  secret  ${first.secret}`);
    const again = group.slice(1);
    if (again.length > 0) {
      const shown = again.slice(0, SHOWN_AGAIN).map((f3) => `${f3.file}:${f3.line}`);
      const more = again.length > SHOWN_AGAIN ? `, and ${again.length - SHOWN_AGAIN} more` : "";
      out2.push(`  also    ${shown.join(", ")}${more}`);
    }
    advice(out2, first, first.notes, ctx, c3);
  }
}
function header(f3, c3) {
  const sev = f3.severity === "critical" || f3.severity === "high" ? c3.red(f3.severity) : c3.yellow(f3.severity);
  return `${c3.bold(`${f3.file}:${f3.line}:${f3.column}`)}  ${c3.cyan(f3.ruleId)}  ${sev}`;
}
function advice(out2, f3, notes, ctx, c3) {
  const rule = ctx.rules.get(f3.ruleId);
  out2.push(`  why     ${rule?.why ?? f3.message}`);
  for (const n of notes) out2.push(`  note    ${n}`);
  if (f3.remediation) out2.push(`  fix     ${c3.green(f3.remediation)}`);
  const steps2 = f3.fixSteps ?? [];
  steps2.forEach((s, i) => out2.push(`  ${i === 0 && !f3.remediation ? "fix   " : "      "}  ${s}`));
  out2.push("");
}
function footer(c3) {
  return c3.dim(
    "A false positive? Add a `leakproof:allow` comment on that line, or accept the current findings with `leakproof baseline`."
  );
}
function historyReport(findings, ctx, c3) {
  const out2 = [];
  const groups = groupBy(findings, (f3) => f3.fingerprint);
  let gone = 0;
  const commits = /* @__PURE__ */ new Set();
  for (const group of groups.values()) {
    group.sort(byAge);
    const first = group[0];
    for (const f3 of group) if (f3.commit) commits.add(f3.commit);
    out2.push(header(first, c3));
    out2.push(`  secret  ${first.secret}`);
    out2.push(
      `  added   ${first.commit ?? "(not in a commit)"}${first.author ? `  ${first.author}` : ""}${first.date ? `  ${first.date}` : ""}`
    );
    const again = group.slice(1);
    for (const f3 of again.slice(0, SHOWN_AGAIN)) {
      out2.push(`  again   ${f3.commit ?? ""}  line ${f3.line}${f3.date ? `  ${f3.date}` : ""}`);
    }
    if (again.length > SHOWN_AGAIN)
      out2.push(`          \u2026 and ${again.length - SHOWN_AGAIN} more (--format json lists every one)`);
    const status = headStatus(first);
    if (status === GONE_FROM_HEAD) gone++;
    if (status) out2.push(`  status  ${status === GONE_FROM_HEAD ? c3.yellow(status) : status}`);
    advice(out2, first, first.notes, ctx, c3);
  }
  const n = groups.size;
  const occurrences = findings.length > n ? ` (added ${findings.length} times, in ${commits.size} commit${commits.size === 1 ? "" : "s"})` : "";
  const aside = [...groups.values()].filter((g2) => g2[0].scope !== void 0).length;
  const asideNote = aside > 0 ? `; ${aside} of them in tests, docs or examples (--exclude-tests leaves them out)` : "";
  out2.push(c3.bold(c3.red(`leakproof: ${n} secret${n === 1 ? "" : "s"} found in history${occurrences}${asideNote}`)));
  if (gone > 0) {
    const who = gone === n ? n === 1 ? "It is" : n === 2 ? "Both are" : "All are" : `${gone} of them ${gone === 1 ? "is" : "are"}`;
    const it2 = gone === 1 ? "it" : "them";
    const commands = [
      ...new Set(
        [...groups.values()].filter((g2) => g2[0].atHead?.length === 0).map((g2) => ctx.rules.get(g2[0].ruleId)?.rotateCommand).filter((cmd) => cmd !== void 0)
      )
    ];
    out2.push(
      c3.yellow(
        `${who} no longer at HEAD but ${gone === 1 ? "was" : "were"} committed: anyone with a clone has ${it2}, so rotate ${it2}.${commands.length > 0 ? ` ${commands.join(", ")} ${commands.length === 1 ? "prints" : "print"} a new value and how to switch to it.` : ""}`
      )
    );
  }
  out2.push(footer(c3));
  return out2.join("\n") + "\n";
}
var import_picocolors, SHOWN_AGAIN, text;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    import_picocolors = __toESM(require_picocolors(), 1);
    init_order();
    init_status();
    init_lists();
    SHOWN_AGAIN = 5;
    text = (findings, ctx) => {
      const c3 = import_picocolors.default.createColors(ctx.color);
      const out2 = [];
      if (findings.length === 0) {
        out2.push(c3.green(`leakproof: no ${ctx.scan === "django" ? "deployment issue" : "secret"}s found`));
        return out2.join("\n") + "\n";
      }
      if (findings.some((f3) => f3.commit !== void 0)) return historyReport(findings, ctx, c3);
      const aside = findings.filter((f3) => f3.scope !== void 0);
      for (const f3 of findings) {
        if (f3.scope !== void 0) continue;
        out2.push(header(f3, c3));
        if (f3.secret !== "") out2.push(`  secret  ${f3.secret}`);
        advice(out2, f3, f3.notes, ctx, c3);
      }
      if (aside.length > 0) asideReport(out2, aside, ctx, c3);
      const settings = ctx.scan === "django" ? findings.length : findings.filter((f3) => f3.secret === "").length;
      const n = findings.length - settings;
      const counts = [
        ...n > 0 || settings === 0 ? [`${n} secret${n === 1 ? "" : "s"}`] : [],
        ...settings > 0 ? [`${settings} deployment issue${settings === 1 ? "" : "s"}`] : []
      ];
      const asideNote = aside.length > 0 ? ` (${aside.length} in tests, docs or examples)` : "";
      out2.push(c3.bold(c3.red(`leakproof: ${counts.join(" and ")} found${asideNote}`)));
      out2.push(footer(c3));
      const fix2 = ctx.scan === "staged" && ctx.fixHint !== void 0 ? ctx.fixHint : fixCommand(findings, ctx.scan);
      if (fix2) out2.push(`Fix ${n === 1 ? "it" : "them"}: ${c3.bold(fix2)}`);
      return out2.join("\n") + "\n";
    };
  }
});

// src/cli/scan.ts
var scan_exports = {};
__export(scan_exports, {
  DEFAULT_MAX_FILE_SIZE: () => DEFAULT_MAX_FILE_SIZE,
  finish: () => finish,
  setup: () => setup,
  writeReport: () => writeReport
});
function setup(root, opts) {
  for (const { format } of opts.reports)
    if (!FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (not "${format}")`);
  const builtin = reuse("rules", [...filesOf(PATTERNS_DIR), PACK_FILE], () => loadRuleDir());
  const { config, rules } = loadConfig(root, opts.values.config, builtin);
  if (rules.rules.length === 0)
    throw new UsageError(
      `${config.file ?? "the configuration"} disables every rule: a scan without rules would pass everything`
    );
  const maxFileSize = megabytes(opts.values["max-file-size"]) ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  return {
    root,
    rules,
    config,
    maxFileSize,
    prebuilt: reuse("prebuilt", PREBUILT_FILES, loadPrebuilt),
    ruleById: new Map(rules.rules.map((r2) => [r2.id, r2]))
  };
}
function megabytes(v2) {
  if (v2 === void 0) return void 0;
  const mb = Number(v2);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-size takes a number of megabytes, not "${v2}"`);
  return Math.round(mb * 1048576);
}
async function finish(s, opts, how) {
  const { found, notes, fileText } = how;
  const write = opts.values["write-baseline"];
  if (write) {
    writeOutput("the baseline", write, formatBaseline(found));
    const n = new Set(found.map((f3) => f3.fingerprint)).size;
    if (!opts.values.quiet)
      process.stderr.write(`leakproof: wrote ${n} accepted finding${n === 1 ? "" : "s"} to ${write}
`);
    return EXIT.clean;
  }
  let findings = found;
  if (opts.values["exclude-tests"]) findings = excludeTests(findings, how.scan, opts, notes);
  const baseline = baselineFor(s.root, opts.values.baseline, s.config.baseline);
  if (baseline) {
    const { kept: kept2, stale, outdated } = applyBaseline(findings, readBaseline(baseline));
    findings = kept2;
    if (outdated) {
      notes.push(OUTDATED_BASELINE);
      if (!opts.values.quiet) process.stderr.write(`leakproof: ${OUTDATED_BASELINE}
`);
    }
    if (how.complete && stale.length > 0) {
      const list = stale.slice(0, 10).map((e) => `${e.ruleId} in ${e.file}`).join(", ");
      const note = `${stale.length} baseline entr${stale.length === 1 ? "y no longer matches" : "ies no longer match"} anything (${list}${stale.length > 10 ? ", \u2026" : ""}); rewrite it with leakproof baseline`;
      notes.push(note);
      if (!opts.values.quiet) process.stderr.write(`leakproof: ${note}
`);
    }
  }
  if (findings.length > 0) findings = applyRemedies(findings, s.ruleById, { project: detectProject(s.root), fileText });
  await how.annotate?.(findings);
  const format = opts.values.format ?? "text";
  if (format === "json" || format === "sarif") findings = await withPublicFingerprints(findings);
  let reportNotes = notes;
  if (!opts.values["no-redact"]) {
    const masked = maskFindings(findings);
    findings = masked.findings;
    reportNotes = notes.map((n) => masked.masker.mask(n));
  }
  findings.sort(byPlace);
  const fixHint = findings.length > 0 ? how.fixHint?.(findings) : void 0;
  await writeReport(findings, opts, {
    rules: s.ruleById,
    notes: reportNotes,
    ...how.scan ? { scan: how.scan } : {},
    ...fixHint !== void 0 ? { fixHint } : {}
  });
  return findings.length > 0 ? EXIT.findings : EXIT.clean;
}
async function writeReport(findings, opts, ctx) {
  for (const { format, output } of opts.reports) {
    const reporter = await loadReporter(format);
    const color = !output && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const report = reporter(findings, { ...ctx, toolVersion: version(), color });
    if (output) writeOutput("the report", output, report);
    else process.stdout.write(report);
    const stepSummary = process.env.GITHUB_STEP_SUMMARY;
    if (format === "github" && stepSummary)
      appendOutput("the step summary", stepSummary, (await Promise.resolve().then(() => (init_github(), github_exports))).summary(findings));
  }
}
function excludeTests(findings, scan2, opts, notes) {
  if (scan2 === "staged")
    throw new UsageError("--exclude-tests is for dir and history; staged reports every file it is given");
  const kept2 = findings.filter((f3) => f3.scope === void 0);
  const left = findings.length - kept2.length;
  if (left > 0) {
    const note = `left out ${left} finding${left === 1 ? "" : "s"} in tests, docs and examples (--exclude-tests)`;
    notes.push(note);
    if (!opts.values.quiet) process.stderr.write(`leakproof: ${note}
`);
  }
  return kept2;
}
async function loadReporter(format) {
  switch (format) {
    case "json":
      return (await Promise.resolve().then(() => (init_json(), json_exports))).json;
    case "sarif":
      return (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).sarif;
    case "github":
      return (await Promise.resolve().then(() => (init_github(), github_exports))).github;
    default:
      return (await Promise.resolve().then(() => (init_text(), text_exports))).text;
  }
}
var DEFAULT_MAX_MB, DEFAULT_MAX_FILE_SIZE, FORMATS;
var init_scan = __esm({
  "src/cli/scan.ts"() {
    "use strict";
    init_load();
    init_prebuilt();
    init_reuse();
    init_config();
    init_baseline();
    init_remedy();
    init_project();
    init_mask();
    init_fingerprint();
    init_order();
    init_errors2();
    init_output();
    init_version2();
    DEFAULT_MAX_MB = 10;
    DEFAULT_MAX_FILE_SIZE = DEFAULT_MAX_MB * 1048576;
    FORMATS = ["text", "json", "sarif", "github"];
  }
});

// src/cli/skips.ts
var skips_exports = {};
__export(skips_exports, {
  noteSkips: () => noteSkips,
  skipNotes: () => skipNotes
});
function skipNotes(skips, maxFileSize, verbose) {
  const notes = [];
  const limit = mib(maxFileSize, maxFileSize % MIB === 0 ? 0 : 1);
  for (const s of skips) {
    if (s.reason === "too-large")
      notes.push(`skipped ${s.path} (${s.detail}, over the ${limit} limit; raise it with --max-file-size)`);
    else if (s.reason === "unreadable") notes.push(`skipped ${s.path} (cannot read: ${s.detail})`);
    else if (s.reason === "binary" && KEYSTORE.test(s.path))
      notes.push(
        `${s.path} is a keystore (PKCS#12 / Java): it usually holds a private key, protected only by its password; keep real ones out of the repository`
      );
    else if (verbose) notes.push(`skipped ${s.path} (${s.reason === "binary" ? "binary" : "symlink, not followed"})`);
  }
  if (!verbose) {
    const binary = skips.filter((s) => s.reason === "binary" && !KEYSTORE.test(s.path)).length;
    const links = skips.filter((s) => s.reason === "symlink").length;
    if (binary > 0) notes.push(`skipped ${binary} binary file${binary === 1 ? "" : "s"} (--verbose lists them)`);
    if (links > 0) notes.push(`did not follow ${links} symlink${links === 1 ? "" : "s"} (--verbose lists them)`);
  }
  return notes;
}
function noteSkips(skips, maxFileSize, opts) {
  const notes = skipNotes(skips, maxFileSize, opts.values.verbose ?? false);
  if (!opts.values.quiet) for (const n of notes) process.stderr.write(`leakproof: ${n}
`);
  return notes;
}
var KEYSTORE;
var init_skips = __esm({
  "src/cli/skips.ts"() {
    "use strict";
    init_units();
    KEYSTORE = /\.(?:p12|pfx|jks|keystore|bcfks)$/i;
  }
});

// src/cli/commands/history.ts
var history_exports = {};
__export(history_exports, {
  run: () => run
});
async function run(opts, given) {
  const cwd = process.cwd();
  const root = workTreeTopOrBare(cwd);
  const ranges = given ? given.revs : opts.positionals;
  const trusted = rangeSettings(cwd, root, ranges, opts);
  try {
    return await scan(cwd, root, trusted?.opts ?? opts, trusted, given);
  } finally {
    trusted?.cleanup();
  }
}
async function scan(cwd, root, opts, trusted, given) {
  const s = setup(root, opts);
  const quiet = opts.values.quiet ?? false;
  const verbose = opts.values.verbose ?? false;
  const maxFileSize = s.maxFileSize;
  const since = opts.values.since;
  const ranges = given ? given.revs : opts.positionals;
  const jobs = jobsFromEnv();
  const notes = [];
  if (trusted) {
    notes.push(trusted.note);
    process.stderr.write(`leakproof: ${trusted.note}
`);
  }
  const shallow = isShallow(cwd);
  if (!given) checkRanges(cwd, ranges, shallow);
  await checkComplete(cwd, ranges, since);
  if (shallow) {
    const note = "the repository is shallow: only the commits that are here were scanned, and the oldest of them show their whole tree as added (git fetch --unshallow scans the rest; on GitHub Actions: actions/checkout with fetch-depth: 0)";
    notes.push(note);
    if (!quiet) process.stderr.write(`leakproof: ${note}
`);
  }
  const isIgnored2 = ignoredPaths(root, s.config.ignore, opts.values["no-ignore"] ?? false, trusted?.ignoreFile);
  const detector = createDetector(s.rules, s.prebuilt);
  const publicFingerprints = opts.values.format === "json" || opts.values.format === "sarif";
  const findings = [];
  const skips = /* @__PURE__ */ new Map();
  const bar = progress(process.stderr, !quiet, { unit: "commits" });
  let sinceTick = 0;
  try {
    await scanHistory(
      {
        cwd,
        ranges,
        ...since !== void 0 ? { since } : {},
        maxFileSize,
        isIgnored: isIgnored2,
        contextReach: multilineReach(s.rules.rules),
        contextSpan: contextSpanOf(s.rules),
        contextReported: reportedByShape((f3) => detector.detect(f3), s.rules),
        ...jobs !== void 0 ? { jobs } : {}
      },
      {
        fragment: (fragment) => {
          for (const f3 of detector.detect(fragment)) {
            const kept2 = keep(f3);
            findings.push(kept2);
            if (publicFingerprints) startPublicFingerprint(kept2);
            sinceTick++;
            if (verbose && !quiet)
              bar.log(`leakproof: found ${f3.ruleId} in ${f3.file}:${f3.line} (commit ${f3.commit?.slice(0, 12) ?? "?"})`);
          }
        },
        skip: (skip) => {
          const key = `${skip.reason}\0${skip.path}`;
          if (!skips.has(key))
            skips.set(key, {
              path: detach(skip.path),
              reason: skip.reason,
              ...skip.detail ? { detail: skip.detail } : {}
            });
        },
        commit: () => {
          bar.tick(sinceTick);
          sinceTick = 0;
        },
        total: (n) => bar.total(n)
      }
    );
  } finally {
    bar.done();
  }
  const inCommits = new Set(findings.filter((f3) => f3.commit !== void 0).map((f3) => f3.secret));
  const reported = findings.filter((f3) => f3.commit !== void 0 || !inCommits.has(f3.secret));
  const printed = notes.length;
  notes.push(...skipNotes([...skips.values()], maxFileSize, opts.values.verbose ?? false));
  if (!quiet) for (const n of notes.slice(printed)) process.stderr.write(`leakproof: ${n}
`);
  const atHead = reported.length > 0 ? secretsAtHead(
    cwd,
    reported.map((f3) => f3.secret)
  ) : void 0;
  atHead?.catch(() => void 0);
  const texts = await headTexts(
    cwd,
    reported.map((f3) => f3.file),
    maxFileSize
  );
  const fileText = (path) => texts.get(path);
  return finish(s, opts, {
    found: reported,
    notes,
    fileText,
    complete: !given && ranges.length === 0 && since === void 0,
    annotate: async (found) => {
      const at2 = await atHead;
      if (at2) for (const f3 of found) f3.atHead = at2.get(f3.secret) ?? [];
    },
    scan: "history"
  });
}
function keep(f3) {
  const k2 = { ...f3, file: detach(f3.file), secret: detach(f3.secret), lineText: detach(f3.lineText) };
  if (f3.name !== void 0) k2.name = detach(f3.name);
  return k2;
}
function jobsFromEnv() {
  const v2 = process.env.LEAKPROOF_GIT_JOBS;
  if (v2 === void 0 || v2 === "") return void 0;
  const n = Number(v2);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`LEAKPROOF_GIT_JOBS must be a whole number from 1 to 64, not "${v2}"`);
  return n;
}
var init_history2 = __esm({
  "src/cli/commands/history.ts"() {
    "use strict";
    init_ignorefile();
    init_detect();
    init_contextspan();
    init_reported();
    init_fingerprint();
    init_context();
    init_history();
    init_log();
    init_partial();
    init_repo();
    init_rangesettings();
    init_errors2();
    init_progress();
    init_scan();
    init_skips();
  }
});

// src/git/push.ts
function parsePushInput(text2) {
  const out2 = [];
  for (const raw2 of text2.split("\n")) {
    const line = raw2.trim();
    if (!line) continue;
    const parts = line.split(" ");
    if (parts.length !== 4 || !/^[0-9a-f]{7,64}$/i.test(parts[1]) || !/^[0-9a-f]{7,64}$/i.test(parts[3]))
      throw new Error(`unexpected pre-push input line: "${line.slice(0, 200)}"`);
    out2.push({ localRef: parts[0], localSha: parts[1], remoteRef: parts[2], remoteSha: parts[3] });
  }
  return out2;
}
function pushRevs(cwd, updates) {
  const pushed = updates.filter((u2) => !ZERO.test(u2.localSha));
  if (pushed.length === 0) return { revs: [], notCommits: [] };
  const had = updates.map((u2) => u2.remoteSha).filter((s) => !ZERO.test(s));
  const commits = commitsAmong(cwd, [...pushed.map((u2) => u2.localSha), ...had]);
  const include = [...new Set(pushed.map((u2) => u2.localSha).filter((s) => commits.has(s)))];
  const notCommits = pushed.filter((u2) => !commits.has(u2.localSha)).map((u2) => u2.localRef);
  if (include.length === 0) return { revs: [], notCommits };
  const exclude = /* @__PURE__ */ new Set([...had.filter((s) => commits.has(s)), ...remoteTips(cwd)]);
  return { revs: [...include, ...[...exclude].map((s) => `^${s}`)], notCommits };
}
function remoteTips(cwd) {
  const out2 = gitSync(["for-each-ref", "--format=%(objectname)", "refs/remotes/"], { cwd }).stdout.toString("utf8");
  return [...new Set(out2.split("\n").filter(Boolean))];
}
function commitsAmong(cwd, names) {
  const unique = [...new Set(names)];
  const r2 = gitSync(["cat-file", "--batch-check=%(objecttype)"], {
    cwd,
    input: unique.map((n) => `${n}^{commit}`).join("\n") + "\n"
  });
  const answers = r2.stdout.toString("utf8").split("\n");
  return new Set(unique.filter((_3, i) => answers[i] === "commit"));
}
var ZERO;
var init_push = __esm({
  "src/git/push.ts"() {
    "use strict";
    init_exec();
    ZERO = /^0+$/;
  }
});

// src/cli/commands/prepush.ts
var prepush_exports = {};
__export(prepush_exports, {
  run: () => run2
});
async function run2(opts) {
  if (opts.positionals.length > 2)
    throw new UsageError(`pre-push takes at most the remote's name and URL (as git passes them)`);
  const updates = await pushUpdates();
  const { revs, notCommits } = pushRevs(process.cwd(), updates);
  const quiet = opts.values.quiet ?? false;
  for (const ref of notCommits)
    if (!quiet) process.stderr.write(`leakproof: ${ref} names no commit (a tag of a file or tree): not scanned
`);
  if (revs.length === 0) {
    if (!quiet) process.stderr.write("leakproof: the push sends no new commits: nothing to scan\n");
    return EXIT.clean;
  }
  return (await Promise.resolve().then(() => (init_history2(), history_exports))).run(opts, { revs });
}
async function pushUpdates() {
  const env = process.env;
  if (env.PRE_COMMIT_TO_REF) {
    return [
      { localRef: "HEAD", localSha: env.PRE_COMMIT_TO_REF, remoteRef: "", remoteSha: env.PRE_COMMIT_FROM_REF || ZERO2 }
    ];
  }
  const text2 = process.stdin.isTTY ? "" : await readStdin();
  if (text2.trim() === "") return [{ localRef: "HEAD", localSha: "HEAD", remoteRef: "", remoteSha: ZERO2 }];
  try {
    return parsePushInput(text2);
  } catch (e) {
    throw new UsageError(`pre-push: ${e.message} (git passes "<local ref> <sha> <remote ref> <sha>" lines)`);
  }
}
function readStdin() {
  return new Promise((resolve9, reject) => {
    let text2 = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (s) => text2 += s);
    process.stdin.on("end", () => resolve9(text2));
    process.stdin.on("error", reject);
  });
}
var ZERO2;
var init_prepush = __esm({
  "src/cli/commands/prepush.ts"() {
    "use strict";
    init_push();
    init_errors2();
    ZERO2 = "0".repeat(40);
  }
});

// src/hooks/script.ts
function signature(hook) {
  return `# leakproof ${hook} hook`;
}
function chainedName(hook) {
  return `${hook}.leakproof-chained`;
}
function currentCli() {
  return { node: process.execPath, script: (0, import_node_url3.fileURLToPath)(new URL("../cli/main.js", __leakproofUrl)) };
}
function template() {
  return (0, import_node_fs14.readFileSync)((0, import_node_url3.fileURLToPath)(new URL("../../hooks/pre-commit", __leakproofUrl)), "utf8");
}
function shellQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function fill(hook, cli) {
  const t2 = TEXT[hook];
  const feed = t2.stdin ? `printf '%s' "$leakproof_input" | ` : "";
  const pinned = cli ? [
    `  elif [ -f "$leakproof_cli" ]; then`,
    `    leakproof_node=${shellQuote(cli.node)}`,
    `    [ -x "$leakproof_node" ] || leakproof_node=node`,
    `    ${feed}NODE_EXTRA_CA_CERTS= "$leakproof_node" "$leakproof_cli" ${t2.command} || leakproof_status=$?`
  ].join("\n") : void 0;
  const where = cli ? "node_modules/.bin/leakproof, $leakproof_cli or leakproof on PATH" : "node_modules/.bin/leakproof or leakproof on PATH";
  let text2 = template();
  if (cli)
    text2 = text2.replace("  leakproof_status=0\n", `  leakproof_cli=${shellQuote(cli.script)}
  leakproof_status=0
`);
  const lines2 = {
    "@READ@": t2.stdin ? READ : void 0,
    "@PINNED@": pinned,
    "@RESTORE@": t2.stdin ? RESTORE : void 0
  };
  for (const [marker, value2] of Object.entries(lines2))
    text2 = text2.replace(`${marker}
`, () => value2 === void 0 ? "" : `${value2}
`);
  return text2.replace(/@FEED@/g, () => feed).replace(/@HOOK@/g, () => hook).replace(/@BLOCKED@/g, () => t2.blocked).replace(/@FOUND@/g, () => t2.found).replace(/@NAME@/g, () => t2.command.split(" ")[0]).replace(/@COMMAND@/g, () => t2.command).replace(/@WHERE@/g, () => where);
}
function hookScript(cli, hook = "pre-commit") {
  return fill(hook, cli);
}
function hookBlock(hook = "pre-commit") {
  const text2 = fill(hook, void 0);
  const start = text2.indexOf(BEGIN);
  const end = text2.indexOf(END);
  if (start === -1 || end === -1) throw new Error("hooks/pre-commit has lost its leakproof markers");
  return text2.slice(start, end + END.length) + "\n";
}
var import_node_fs14, import_node_url3, HOOKS, PUSH_HOOK, ALL_HOOKS, BEGIN, END, TEXT, READ, RESTORE;
var init_script = __esm({
  "src/hooks/script.ts"() {
    "use strict";
    import_node_fs14 = require("node:fs");
    import_node_url3 = require("node:url");
    HOOKS = ["pre-commit", "pre-merge-commit"];
    PUSH_HOOK = "pre-push";
    ALL_HOOKS = [...HOOKS, PUSH_HOOK];
    BEGIN = "# >>> leakproof >>>";
    END = "# <<< leakproof <<<";
    TEXT = {
      "pre-commit": {
        blocked: "commit",
        command: "staged",
        found: "secrets found (see above)",
        stdin: false
      },
      "pre-merge-commit": {
        blocked: "merge",
        command: "staged",
        found: "secrets found (see above)",
        stdin: false
      },
      "pre-push": {
        blocked: "push",
        command: 'pre-push "$@"',
        found: "commits being pushed add secrets (see above); the secret is in a commit, so change that commit (git commit --amend, or git rebase -i) and push again",
        stdin: true
      }
    };
    READ = ["  leakproof_input=$(cat; echo .)", "  leakproof_input=${leakproof_input%.}"].join("\n");
    RESTORE = [
      '  if [ -n "$leakproof_input" ]; then',
      "    leakproof_nl='",
      "'",
      // The here-document adds the last newline back.
      '    leakproof_input=${leakproof_input%"$leakproof_nl"}',
      "    exec <<leakproof_input_end",
      "$leakproof_input",
      "leakproof_input_end",
      "  else",
      "    exec </dev/null",
      "  fi"
    ].join("\n");
  }
});

// src/hooks/husky.ts
function addBlock(existing, block) {
  if (existing === void 0) return SHEBANG + flag(block, NEW_FILE);
  const found = findBlock(existing);
  if (found) {
    const oldBegin = existing.slice(found.start, existing.indexOf("\n", found.start));
    const flags = [ADDED_NEWLINE, NEW_FILE].filter((f3) => oldBegin.includes(f3));
    return existing.slice(0, found.start) + flag(block, ...flags) + existing.slice(found.end);
  }
  let at2 = 0;
  const lines2 = existing.split("\n");
  let i = 0;
  if (lines2[0]?.startsWith("#!")) i++;
  while (i < lines2.length - 1 && /husky\.sh/.test(lines2[i])) i++;
  for (let k2 = 0; k2 < i; k2++) at2 += lines2[k2].length + 1;
  if (at2 > existing.length) at2 = existing.length;
  if (at2 > 0 && existing[at2 - 1] !== "\n") return existing + "\n" + flag(block, ADDED_NEWLINE);
  return existing.slice(0, at2) + block + existing.slice(at2);
}
function removeBlock(text2) {
  const found = findBlock(text2);
  if (!found) return { text: text2, removed: false };
  const begin = text2.slice(found.start, text2.indexOf("\n", found.start));
  let start = found.start;
  if (begin.includes(ADDED_NEWLINE) && text2[start - 1] === "\n") start--;
  const rest = text2.slice(0, start) + text2.slice(found.end);
  if (begin.includes(NEW_FILE) && (rest === SHEBANG || rest === "")) return { text: void 0, removed: true };
  return { text: rest, removed: true };
}
function hasBlock(text2) {
  return findBlock(text2) !== void 0;
}
function findBlock(text2) {
  const start = lineStartOf(text2, BEGIN);
  if (start === -1) return void 0;
  const endLine = lineStartOf(text2, END, start);
  if (endLine === -1) return void 0;
  const nl = text2.indexOf("\n", endLine);
  return { start, end: nl === -1 ? text2.length : nl + 1 };
}
function lineStartOf(text2, marker, from = 0) {
  for (let i = text2.indexOf(marker, from); i !== -1; i = text2.indexOf(marker, i + 1)) {
    if (i === 0 || text2[i - 1] === "\n") return i;
  }
  return -1;
}
function flag(block, ...flags) {
  if (flags.length === 0) return block;
  const nl = block.indexOf("\n");
  return block.slice(0, nl) + " " + flags.join(" ") + block.slice(nl);
}
var ADDED_NEWLINE, NEW_FILE, SHEBANG;
var init_husky = __esm({
  "src/hooks/husky.ts"() {
    "use strict";
    init_script();
    ADDED_NEWLINE = "[leakproof added a newline before this block]";
    NEW_FILE = "[leakproof created this file]";
    SHEBANG = "#!/bin/sh\n";
  }
});

// src/hooks/lintstaged.ts
function lintStagedConfig(pkgDir) {
  const pkg = read2((0, import_node_path12.join)(pkgDir, "package.json"));
  if (pkg !== void 0) {
    try {
      const section = JSON.parse(pkg)["lint-staged"];
      if (section !== void 0) return JSON.stringify(section);
    } catch {
    }
  }
  for (const f3 of CONFIG_FILES) {
    const text2 = read2((0, import_node_path12.join)(pkgDir, f3));
    if (text2 !== void 0) return text2;
  }
  return void 0;
}
function lintStagedRunsLeakproof(script, pkgDir) {
  if (script === void 0 || !/\blint-staged\b/.test(script)) return false;
  const config = lintStagedConfig(pkgDir);
  return config !== void 0 && RUNS_STAGED.test(config);
}
function read2(p2) {
  try {
    return (0, import_node_fs15.readFileSync)(p2, "utf8");
  } catch {
    return void 0;
  }
}
var import_node_fs15, import_node_path12, CONFIG_FILES, RUNS_STAGED;
var init_lintstaged = __esm({
  "src/hooks/lintstaged.ts"() {
    "use strict";
    import_node_fs15 = require("node:fs");
    import_node_path12 = require("node:path");
    CONFIG_FILES = [
      ".lintstagedrc",
      ".lintstagedrc.json",
      ".lintstagedrc.yaml",
      ".lintstagedrc.yml",
      ".lintstagedrc.mjs",
      ".lintstagedrc.cjs",
      ".lintstagedrc.js",
      "lint-staged.config.js",
      "lint-staged.config.mjs",
      "lint-staged.config.cjs"
    ];
    RUNS_STAGED = /(?:leakproof\S*|dist\/cli\/main\.js)\s+staged\b/;
  }
});

// src/hooks/locate.ts
function locate(cwd) {
  const root = workTreeTop(cwd);
  const hooksDir = gitPath(cwd, "hooks");
  const hooksPath = configGet(cwd, "core.hooksPath");
  const defaultDir = (0, import_node_path13.join)(commonDir(cwd), "hooks");
  const target = { root, hooksDir, otherDirs: hooksDir === defaultDir ? [] : [defaultDir] };
  const husky = (0, import_node_path13.basename)(hooksDir) === ".husky" ? hooksDir : (0, import_node_path13.basename)(hooksDir) === "_" && (0, import_node_path13.basename)((0, import_node_path13.dirname)(hooksDir)) === ".husky" ? (0, import_node_path13.dirname)(hooksDir) : void 0;
  if (husky) target.husky = { dir: husky, active: true };
  else if (hooksPath === void 0 && isDir((0, import_node_path13.join)(root, ".husky")))
    target.husky = { dir: (0, import_node_path13.join)(root, ".husky"), active: false };
  return target;
}
function isDir(p2) {
  try {
    return (0, import_node_fs16.statSync)((0, import_node_path13.resolve)(p2)).isDirectory();
  } catch {
    return false;
  }
}
var import_node_fs16, import_node_path13;
var init_locate = __esm({
  "src/hooks/locate.ts"() {
    "use strict";
    import_node_fs16 = require("node:fs");
    import_node_path13 = require("node:path");
    init_repo();
  }
});

// src/hooks/install.ts
function install(cwd, cli, o2 = {}) {
  const t2 = locate(cwd);
  const show = (p2) => (0, import_node_path14.relative)(t2.root, p2) || ".";
  const done = [];
  const wanted = (dir, husky) => {
    const has = o2.prePush || (husky ? hasBlock(readOrUndefined((0, import_node_path14.join)(dir, PUSH_HOOK)) ?? "") : kind2((0, import_node_path14.join)(dir, PUSH_HOOK), PUSH_HOOK) === "ours");
    return has ? [...HOOKS, PUSH_HOOK] : [...HOOKS];
  };
  if (t2.husky) {
    const { dir, active } = t2.husky;
    const changed = [];
    for (const hook of wanted(dir, true)) {
      const script = (0, import_node_path14.join)(dir, hook);
      const before = readOrUndefined(script);
      if (hook === "pre-commit" && !hasBlock(before ?? "") && lintStagedRunsLeakproof(before, (0, import_node_path14.dirname)(dir))) {
        done.push(`left ${show(script)} as it is: it runs lint-staged, whose config already runs leakproof staged`);
        continue;
      }
      const after = addBlock(before, hookBlock(hook));
      if (before === after) done.push(`already in ${show(script)} (husky)`);
      else {
        (0, import_node_fs17.writeFileSync)(script, after);
        if (before === void 0) (0, import_node_fs17.chmodSync)(script, 493);
        changed.push(show(script));
        done.push(
          `${before === void 0 ? "created" : hasBlock(before) ? "updated" : "added to"} ${show(script)} (husky)`
        );
        if (hook === "pre-merge-commit" && before === void 0) done.push(MERGE_NOTE);
        if (hook === PUSH_HOOK && !hasBlock(before ?? "")) done.push(PUSH_NOTE);
      }
      const stub = (0, import_node_path14.join)(t2.hooksDir, hook);
      if (active && (0, import_node_path14.basename)(t2.hooksDir) === "_" && !exists(stub)) {
        done.push(
          `${show(stub)} is missing, so git does not run ${show(script)}: update husky (9 or later) and run \`npx husky\``
        );
      }
    }
    if (changed.length > 0) done.push(`commit ${changed.join(" and ")} so everyone gets the check`);
    if (!active)
      done.push(
        "husky is not set up in this clone yet (core.hooksPath is not set): run `npx husky` (or npm install) so the hooks run"
      );
    return done;
  }
  (0, import_node_fs17.mkdirSync)(t2.hooksDir, { recursive: true });
  const plan = wanted(t2.hooksDir, false).map((hook) => {
    const path = (0, import_node_path14.join)(t2.hooksDir, hook);
    return { hook, path, chained: (0, import_node_path14.join)(t2.hooksDir, chainedName(hook)), current: kind2(path, hook) };
  });
  for (const p2 of plan) {
    if (p2.current === "other" && exists(p2.chained)) {
      throw new HookError(
        `${p2.path} is not leakproof's and ${chainedName(p2.hook)} already exists next to it; move one of them away, then run install again`
      );
    }
  }
  const status = { installed: [], updated: [], current: [] };
  const notes = [];
  for (const { hook, path, chained, current } of plan) {
    if (current === "ours") {
      const before = (0, import_node_fs17.readFileSync)(path, "utf8");
      const after = hookScript(cli, hook);
      if (before !== after) (0, import_node_fs17.writeFileSync)(path, after);
      (0, import_node_fs17.chmodSync)(path, 493);
      status[before === after ? "current" : "updated"].push(hook);
      continue;
    }
    if (current === "other") (0, import_node_fs17.renameSync)(path, chained);
    (0, import_node_fs17.writeFileSync)(path, hookScript(cli, hook), { mode: 493 });
    (0, import_node_fs17.chmodSync)(path, 493);
    status.installed.push(hook);
    if (current === "other")
      notes.push(`your existing ${hook} hook is kept as ${chainedName(hook)} and runs after the scan`);
    else if (exists(chained)) notes.push(`${chainedName(hook)} found there runs after the scan`);
    if (hook === "pre-merge-commit") notes.push(MERGE_NOTE);
    if (hook === PUSH_HOOK) notes.push(PUSH_NOTE);
  }
  const names = (hooks) => `the ${hooks.length > 1 ? `${hooks.slice(0, -1).join(", ")} and ${hooks.at(-1)}` : hooks[0]} hook${hooks.length > 1 ? "s" : ""}`;
  if (status.installed.length > 0) done.push(`installed ${names(status.installed)} in ${t2.hooksDir}`);
  if (status.updated.length > 0) done.push(`updated ${names(status.updated)} in ${t2.hooksDir}`);
  if (status.current.length > 0)
    done.push(
      `${names(status.current)} ${status.current.length > 1 ? "are" : "is"} already installed in ${t2.hooksDir}`
    );
  done.push(...notes);
  done.push(`they run node_modules/.bin/leakproof when present, else ${cli.script}; LEAKPROOF=0 skips them`);
  return done;
}
function uninstall(cwd) {
  const t2 = locate(cwd);
  const show = (p2) => (0, import_node_path14.relative)(t2.root, p2) || ".";
  const done = [];
  if (t2.husky) {
    for (const hook of ALL_HOOKS) {
      const script = (0, import_node_path14.join)(t2.husky.dir, hook);
      const text2 = readOrUndefined(script);
      if (text2 === void 0) continue;
      const r2 = removeBlock(text2);
      if (r2.removed && r2.text === void 0) {
        (0, import_node_fs17.unlinkSync)(script);
        done.push(`removed ${show(script)} (husky; leakproof had created it)`);
      } else if (r2.removed) {
        (0, import_node_fs17.writeFileSync)(script, r2.text);
        done.push(`removed leakproof from ${show(script)} (husky)`);
      }
    }
  }
  for (const dir of [t2.hooksDir, ...t2.otherDirs]) {
    for (const hook of ALL_HOOKS) {
      const path = (0, import_node_path14.join)(dir, hook);
      const chained = (0, import_node_path14.join)(dir, chainedName(hook));
      const current = kind2(path, hook);
      if (current === "ours") {
        (0, import_node_fs17.unlinkSync)(path);
        if (exists(chained)) {
          (0, import_node_fs17.renameSync)(chained, path);
          done.push(`removed the ${hook} hook from ${dir} and put back the ${hook} hook that was there`);
        } else done.push(`removed the ${hook} hook from ${dir}`);
      } else if (exists(chained)) {
        done.push(
          `left ${chained} alone: ${path} is ${current === "none" ? "missing" : "not leakproof's"}; restore it by hand if it is yours`
        );
      }
    }
  }
  if (done.length === 0) {
    const husky = t2.husky ? HOOKS.map((h3) => show((0, import_node_path14.join)(t2.husky.dir, h3))) : [];
    done.push(`leakproof's hooks are not installed (looked in ${[...husky, t2.hooksDir].join(", ")})`);
  }
  return done;
}
function kind2(path, hook) {
  let st2;
  try {
    st2 = (0, import_node_fs17.lstatSync)(path);
  } catch {
    return "none";
  }
  if (!st2.isFile()) return "other";
  try {
    return (0, import_node_fs17.readFileSync)(path, "utf8").includes(signature(hook)) ? "ours" : "other";
  } catch {
    return "other";
  }
}
function exists(p2) {
  try {
    (0, import_node_fs17.lstatSync)(p2);
    return true;
  } catch {
    return false;
  }
}
function readOrUndefined(p2) {
  return (0, import_node_fs17.existsSync)(p2) ? (0, import_node_fs17.readFileSync)(p2, "utf8") : void 0;
}
var import_node_fs17, import_node_path14, HookError, MERGE_NOTE, PUSH_NOTE;
var init_install = __esm({
  "src/hooks/install.ts"() {
    "use strict";
    import_node_fs17 = require("node:fs");
    import_node_path14 = require("node:path");
    init_errors();
    init_husky();
    init_lintstaged();
    init_locate();
    init_script();
    HookError = class extends LeakproofError {
    };
    MERGE_NOTE = "pre-merge-commit checks what a merge brings in: git does not run pre-commit for the commit of a merge without conflicts";
    PUSH_NOTE = "pre-push checks the commits a push sends that the remote does not have yet, however they were made (rebase, cherry-pick, --no-verify, tools)";
  }
});

// src/cli/commands/install.ts
var install_exports = {};
__export(install_exports, {
  run: () => run3
});
function run3(opts) {
  if (opts.positionals.length > 0)
    throw new UsageError(
      `install takes no arguments (got ${opts.positionals.join(" ")}); use -C DIR for another repository`
    );
  const lines2 = install(process.cwd(), currentCli(), { prePush: opts.values["pre-push"] ?? false });
  if (!opts.values.quiet) for (const l3 of lines2) process.stdout.write(`leakproof: ${l3}
`);
  return EXIT.clean;
}
var init_install2 = __esm({
  "src/cli/commands/install.ts"() {
    "use strict";
    init_install();
    init_script();
    init_errors2();
  }
});

// src/cli/commands/uninstall.ts
var uninstall_exports = {};
__export(uninstall_exports, {
  run: () => run4
});
function run4(opts) {
  if (opts.positionals.length > 0)
    throw new UsageError(
      `uninstall takes no arguments (got ${opts.positionals.join(" ")}); use -C DIR for another repository`
    );
  const lines2 = uninstall(process.cwd());
  if (!opts.values.quiet) for (const l3 of lines2) process.stdout.write(`leakproof: ${l3}
`);
  return EXIT.clean;
}
var init_uninstall = __esm({
  "src/cli/commands/uninstall.ts"() {
    "use strict";
    init_install();
    init_errors2();
  }
});

// src/remedy/apply.ts
function hashOf2(bytes) {
  return (0, import_node_crypto.createHash)("sha256").update(bytes).digest("hex");
}
function snapshot(abs) {
  try {
    const bytes = (0, import_node_fs18.readFileSync)(abs);
    return { hash: hashOf2(bytes), bytes };
  } catch (e) {
    if (e.code === "ENOENT") return { hash: "" };
    throw e;
  }
}
function writeAtomic(abs, data2, expectHash, newMode = 420, shown = abs) {
  let target = abs;
  try {
    if ((0, import_node_fs18.lstatSync)(abs).isSymbolicLink()) target = (0, import_node_fs18.realpathSync)(abs);
  } catch {
  }
  let mode = newMode;
  try {
    mode = (0, import_node_fs18.statSync)(target).mode & 4095;
  } catch {
  }
  const tmp = (0, import_node_path15.join)(
    (0, import_node_path15.dirname)(target),
    `.${(0, import_node_path15.basename)(target)}.leakproof-${process.pid}-${(0, import_node_crypto.randomBytes)(4).toString("hex")}.tmp`
  );
  const fd = (0, import_node_fs18.openSync)(tmp, "wx", 384);
  try {
    try {
      let off = 0;
      while (off < data2.length) off += (0, import_node_fs18.writeSync)(fd, data2, off, data2.length - off);
      (0, import_node_fs18.fchmodSync)(fd, mode);
      (0, import_node_fs18.fsyncSync)(fd);
    } finally {
      (0, import_node_fs18.closeSync)(fd);
    }
    if (snapshot(target).hash !== expectHash) throw new ChangedError(`${shown} changed since it was read`);
    (0, import_node_fs18.renameSync)(tmp, target);
  } catch (e) {
    try {
      (0, import_node_fs18.unlinkSync)(tmp);
    } catch {
    }
    throw e;
  }
}
var import_node_crypto, import_node_fs18, import_node_path15, ChangedError;
var init_apply = __esm({
  "src/remedy/apply.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs18 = require("node:fs");
    import_node_path15 = require("node:path");
    ChangedError = class extends Error {
    };
  }
});

// src/remedy/errors.ts
function conflictsError(conflicts) {
  return new FixError(
    conflicts,
    "nothing was written. Resolve the above (e.g. use the .env value, or give the variable another name by hand), then run leakproof fix again."
  );
}
function notAsShownError() {
  return new FixError(["the fix is no longer the one shown; nothing was written. Run leakproof fix again."]);
}
function auxChangedError(message) {
  return new FixError([`${message} while fixing; no source file was touched`]);
}
function notTextError(path) {
  return new FixError([`cannot read ${path} as text`]);
}
function changedSinceScan(path) {
  return `${path} changed since it was scanned: left alone; run leakproof fix again`;
}
var FixError;
var init_errors3 = __esm({
  "src/remedy/errors.ts"() {
    "use strict";
    init_errors();
    FixError = class extends LeakproofError {
      constructor(problems, advice2) {
        super(problems.join("; "));
        this.problems = problems;
        this.advice = advice2;
      }
      problems;
      advice;
    };
  }
});

// src/remedy/auxfiles.ts
function refuseUnusual(root, path) {
  const abs = (0, import_node_path16.join)(root, path);
  let st2;
  try {
    st2 = (0, import_node_fs19.lstatSync)(abs);
  } catch (e) {
    if (e.code !== "ENOENT") throw notReadable(path, e);
    st2 = void 0;
  }
  const advice2 = `Make ${path} a regular file in the repository (or move the values by hand), then run leakproof fix again.`;
  if (st2?.isSymbolicLink())
    throw new FixError(
      [
        `${path} is a symbolic link: leakproof fix does not write through links (a secret could land outside the repository)`
      ],
      advice2
    );
  if (st2 && !st2.isFile()) throw new FixError([`${path} is ${kindOf2(st2)}, not a regular file`], advice2);
  let dir;
  try {
    dir = (0, import_node_fs19.realpathSync)((0, import_node_path16.dirname)(abs));
  } catch {
    return;
  }
  const rel = (0, import_node_path16.relative)((0, import_node_fs19.realpathSync)(root), dir);
  if (rel === ".." || rel.startsWith(`..${import_node_path16.sep}`))
    throw new FixError([`${path} is in a directory that links outside the repository`], advice2);
}
function kindOf2(st2) {
  if (st2.isDirectory()) return "a directory";
  if (st2.isFIFO()) return "a named pipe (FIFO)";
  if (st2.isSocket()) return "a socket";
  if (st2.isCharacterDevice() || st2.isBlockDevice()) return "a device";
  return "not a regular file";
}
function notReadable(path, e) {
  return new FixError([`cannot read ${path}: ${e.code ?? e.message}`]);
}
var import_node_fs19, import_node_path16, AuxFiles;
var init_auxfiles = __esm({
  "src/remedy/auxfiles.ts"() {
    "use strict";
    import_node_fs19 = require("node:fs");
    import_node_path16 = require("node:path");
    init_apply();
    init_encoding();
    init_errors3();
    AuxFiles = class {
      constructor(root) {
        this.root = root;
      }
      root;
      seen = /* @__PURE__ */ new Map();
      /** The file's text; undefined when it does not exist. */
      text(path) {
        return this.read(path).text;
      }
      /** How the file is encoded (a missing file will be UTF-8). */
      encoding(path) {
        return this.read(path).encoding;
      }
      /** Writes over the file as read (ChangedError if it changed since); a new file gets `newMode`. */
      write(path, text2, newMode) {
        const r2 = this.read(path);
        writeAtomic((0, import_node_path16.join)(this.root, path), encode(text2, r2.encoding), r2.hash, newMode, path);
      }
      read(path) {
        let r2 = this.seen.get(path);
        if (!r2) {
          refuseUnusual(this.root, path);
          const snap = snapshot((0, import_node_path16.join)(this.root, path));
          const d2 = snap.bytes ? decodeExact(snap.bytes) : void 0;
          if (snap.bytes && !d2) throw notTextError(path);
          r2 = { hash: snap.hash, text: d2?.text, encoding: d2?.encoding ?? "utf8" };
          this.seen.set(path, r2);
        }
        return r2;
      }
    };
  }
});

// src/remedy/unified.ts
function unifiedDiff(path, before, after, opts = {}) {
  const a = split(before ?? "");
  const b3 = split(after);
  const ops = diffLines(a, b3);
  if (!ops.some(([t2]) => t2 !== " ")) return "";
  const context = opts.context ?? 3;
  const mask = opts.mask ?? ((l3) => l3);
  const out2 = [`--- ${before === void 0 ? "/dev/null" : `a/${path}`}`, `+++ b/${path}`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i][0] === " ") {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    for (; ; ) {
      while (end < ops.length && ops[end][0] !== " ") end++;
      let next = end;
      while (next < ops.length && ops[next][0] === " ") next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else {
        end = Math.min(ops.length, end + context);
        break;
      }
    }
    let oldStart = 1;
    let newStart = 1;
    for (let k2 = 0; k2 < start; k2++) {
      if (ops[k2][0] !== "+") oldStart++;
      if (ops[k2][0] !== "-") newStart++;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter(([t2]) => t2 !== "+").length;
    const newCount = hunk.filter(([t2]) => t2 !== "-").length;
    out2.push(
      `@@ -${range(oldCount === 0 ? oldStart - 1 : oldStart, oldCount)} +${range(newCount === 0 ? newStart - 1 : newStart, newCount)} @@`
    );
    for (const [t2, line] of hunk) out2.push(t2 + mask(line.replace(/\r?\n$/, "")));
    i = end;
  }
  return out2.join("\n") + "\n";
}
function range(start, count3) {
  return count3 === 1 ? `${start}` : `${start},${count3}`;
}
function split(text2) {
  if (text2 === "") return [];
  const lines2 = text2.split(/(?<=\n)/);
  return lines2;
}
function diffLines(a, b3) {
  let pre = 0;
  while (pre < a.length && pre < b3.length && a[pre] === b3[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b3.length - pre && a[a.length - 1 - suf] === b3[b3.length - 1 - suf]) suf++;
  const A3 = a.slice(pre, a.length - suf);
  const B4 = b3.slice(pre, b3.length - suf);
  const ops = a.slice(0, pre).map((l3) => [" ", l3]);
  ops.push(...myers(A3, B4));
  for (const l3 of a.slice(a.length - suf)) ops.push([" ", l3]);
  return ops;
}
function myers(a, b3) {
  const n = a.length;
  const m2 = b3.length;
  const max = n + m2;
  const offset = max + 1;
  const v2 = new Int32Array(2 * max + 3);
  const trace = [];
  let found = false;
  for (let d2 = 0; d2 <= max && !found; d2++) {
    trace.push(v2.slice());
    for (let k2 = -d2; k2 <= d2; k2 += 2) {
      let x4 = k2 === -d2 || k2 !== d2 && v2[offset + k2 - 1] < v2[offset + k2 + 1] ? v2[offset + k2 + 1] : v2[offset + k2 - 1] + 1;
      let y3 = x4 - k2;
      while (x4 < n && y3 < m2 && a[x4] === b3[y3]) {
        x4++;
        y3++;
      }
      v2[offset + k2] = x4;
      if (x4 >= n && y3 >= m2) {
        found = true;
        break;
      }
    }
  }
  trace.push(v2.slice());
  const ops = [];
  let x3 = n;
  let y2 = m2;
  for (let d2 = trace.length - 2; d2 > 0; d2--) {
    const vd = trace[d2];
    const k2 = x3 - y2;
    const prevK = k2 === -d2 || k2 !== d2 && vd[offset + k2 - 1] < vd[offset + k2 + 1] ? k2 + 1 : k2 - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x3 > prevX && y2 > prevY) {
      ops.push([" ", a[--x3]]);
      y2--;
    }
    if (x3 === prevX) ops.push(["+", b3[--y2]]);
    else ops.push(["-", a[--x3]]);
  }
  while (x3 > 0 && y2 > 0) {
    ops.push([" ", a[--x3]]);
    y2--;
  }
  while (y2 > 0) ops.push(["+", b3[--y2]]);
  while (x3 > 0) ops.push(["-", a[--x3]]);
  return ops.reverse();
}
var init_unified = __esm({
  "src/remedy/unified.ts"() {
    "use strict";
  }
});

// src/remedy/multiline.ts
function multilineDefault(lines2, idx, secret) {
  const line = lines2[idx];
  if (line === void 0) return void 0;
  const m2 = /^(\s*)default\s*=\s*[rbu]?(["'])(.*)$/.exec(line);
  if (!m2 || !m2[3].startsWith(secret + m2[2])) return void 0;
  const after = m2[3].slice(secret.length + 1).replace(/^\s*,?\s*/, "");
  if (after !== "" && !/^\)\s*,?\s*(?:#.*)?$/.test(after)) return void 0;
  let name;
  for (let i = idx - 1; i >= Math.max(0, idx - REACH); i--) {
    const l3 = lines2[i];
    const open = OPEN.exec(l3);
    if (open) {
      name = open[2] ?? name;
      break;
    }
    const n = NAME_LINE.exec(l3);
    if (n && i === idx - 1) name = n[2];
    else if (l3.trim() !== "") return void 0;
  }
  if (name === void 0) return void 0;
  return { name, rest: after === "" ? void 0 : m2[1] + after };
}
var OPEN, NAME_LINE, REACH;
var init_multiline = __esm({
  "src/remedy/multiline.ts"() {
    "use strict";
    OPEN = /(?:^|[^\w.])(?:os\.getenv|os\.environ\.get|environ\.get|getenv|config|env(?:\.str)?)\(\s*(?:[rbu]?(["'])([A-Za-z_]\w*)\1\s*,?\s*)?$/;
    NAME_LINE = /^\s*[rbu]?(["'])([A-Za-z_]\w*)\1\s*,\s*$/;
    REACH = 6;
  }
});

// src/remedy/confidence.ts
function notAValue(secret) {
  if (INTERPOLATION.test(secret))
    return "the value is an interpolation (filled in at run time), not a secret: fix leaves it";
  if (CALL.test(secret)) return "the value is a call, not a secret: fix leaves it";
  if (PATH.test(secret)) return "the value is a file path (where a secret is read from, not the secret): fix leaves it";
  if (IDENTIFIER.test(secret)) return "the value is a name in the code, not a secret: fix leaves it";
  return void 0;
}
var PATH, CALL, IDENTIFIER, INTERPOLATION;
var init_confidence = __esm({
  "src/remedy/confidence.ts"() {
    "use strict";
    PATH = /^(?:~|\.{1,2})?[/\\][^\s+=]*$|^[A-Za-z]:\\|^\.{1,2}[/\\]/;
    CALL = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\([^()]*\)(?:\.[A-Za-z_$][\w$]*\([^()]*\))*[,;]?$/;
    IDENTIFIER = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|@{1,2}[A-Za-z_]\w*(?:\.\w+)*|\$[A-Za-z_]\w*|:[A-Za-z_]\w*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}|[a-z][a-z0-9]{1,20}:[a-z][\w.-]*|\d{4}_[a-z]\w*)[,;]?$/;
    INTERPOLATION = /\$\{|#\{|\{\{|<%|\{[A-Za-z_][\w.]*\}|%\([A-Za-z_]\w*\)s|^\$\([A-Za-z_][\w./-]*\)?$/;
  }
});

// src/remedy/dotenv.ts
function parseDotenv(text2) {
  const vars = /* @__PURE__ */ new Map();
  if (!text2) return vars;
  for (const raw2 of text2.split("\n")) {
    const m2 = ENTRY.exec(raw2.replace(/\r$/, ""));
    if (!m2) continue;
    vars.set(m2[1], value(m2[2]));
  }
  return vars;
}
function value(v2) {
  const q3 = v2[0];
  if (q3 === "'" || q3 === "`") {
    const end = v2.indexOf(q3, 1);
    return end === -1 ? v2.slice(1) : v2.slice(1, end);
  }
  if (q3 === '"') {
    let out2 = "";
    for (let i = 1; i < v2.length; i++) {
      const c3 = v2[i];
      if (c3 === "\\" && i + 1 < v2.length) {
        const n = v2[++i];
        out2 += n === "n" ? "\n" : n === "r" ? "\r" : n === "t" ? "	" : n;
      } else if (c3 === '"') break;
      else out2 += c3;
    }
    return out2;
  }
  return v2.replace(/[ \t]+#.*$/, "").trim();
}
function dotenvLine(name, val) {
  if (PLAIN.test(val)) return `${name}=${val}`;
  if (!/['\\\n\r]/.test(val) && !/^\s|\s$/.test(val)) return `${name}='${val}'`;
  return void 0;
}
function gitignoreCovers(gitignore, path) {
  if (!gitignore) return false;
  return (0, import_ignore2.default)().add(gitignore).ignores(path);
}
var import_ignore2, ENTRY, PLAIN;
var init_dotenv = __esm({
  "src/remedy/dotenv.ts"() {
    "use strict";
    import_ignore2 = __toESM(require_ignore(), 1);
    ENTRY = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*)$/;
    PLAIN = /^[A-Za-z0-9_./:+=@,%-]+$/;
  }
});

// src/remedy/insert.ts
function placeSetup(lines2, setup2, limit) {
  const place = (at2, add2) => /* @__PURE__ */ new Map([[Math.min(at2, limit), add2]]);
  if (setup2.lang === "js") return place(jsTop(lines2), setup2.imports);
  if (setup2.lang === "go") return goImport(lines2, limit);
  const h3 = pythonHeader(lines2);
  const after = setup2.after;
  if (setup2.placement === "first-import") {
    const at2 = h3.firstImport ?? h3.body;
    return place(at2, [...setup2.imports, ...after.length > 0 ? ["", ...after] : []]);
  }
  if (h3.lastImportEnd !== void 0) {
    return place(h3.lastImportEnd, [...setup2.imports, ...after.length > 0 ? ["", ...after] : []]);
  }
  const add = [...setup2.imports, ...setup2.imports.length > 0 && after.length > 0 ? [""] : [], ...after];
  return place(h3.body, add);
}
function pythonHeader(lines2) {
  let i = 0;
  const skipBlankAndComments = () => {
    while (i < lines2.length && /^\s*(?:#.*)?$/.test(lines2[i])) i++;
  };
  skipBlankAndComments();
  const doc = /^[rRuU]?("""|''')/.exec(lines2[i] ?? "");
  if (doc) {
    const q3 = doc[1];
    const rest = lines2[i].slice(doc[0].length);
    if (!rest.includes(q3)) {
      i++;
      while (i < lines2.length && !lines2[i].includes(q3)) i++;
    }
    i++;
  }
  let body = Math.min(i, lines2.length);
  let firstImport;
  let lastImportEnd;
  for (; ; ) {
    skipBlankAndComments();
    const line = lines2[i];
    if (line === void 0 || !/^(?:import[ \t]|from[ \t]+[\w.]+[ \t]+import\b)/.test(line)) break;
    const future = /^from[ \t]+__future__[ \t]/.test(line);
    const start = i;
    let depth = 0;
    for (; ; ) {
      const l3 = lines2[i] ?? "";
      const code = l3.replace(/#.*$/, "");
      for (const c3 of code) depth += c3 === "(" ? 1 : c3 === ")" ? -1 : 0;
      i++;
      if (i >= lines2.length || depth <= 0 && !code.trimEnd().endsWith("\\")) break;
    }
    if (future) body = i;
    else {
      firstImport ??= start;
      lastImportEnd = i;
    }
  }
  return firstImport === void 0 ? { body } : { body, firstImport, lastImportEnd };
}
function jsTop(lines2) {
  let i = 0;
  if (lines2[0]?.startsWith("#!")) i = 1;
  for (; ; ) {
    const l3 = lines2[i];
    if (l3 === void 0) return i;
    if (/^\s*(?:\/\/.*)?$/.test(l3) || /^\s*["']use strict["'];?\s*$/.test(l3)) i++;
    else if (/^\s*\/\*/.test(l3)) {
      while (i < lines2.length && !lines2[i].includes("*/")) i++;
      i++;
    } else return i;
  }
}
function goImport(lines2, limit) {
  const block = lines2.findIndex((l3) => /^import[ \t]*\($/.test(l3.trimEnd()));
  if (block !== -1) {
    const indent = /^(\s*)"/.exec(lines2[block + 1] ?? "")?.[1] ?? "	";
    let i = block + 1;
    while (i < lines2.length && lines2[i].trim() !== ")" && lines2[i].trim() !== "") {
      const path = /"([^"]+)"/.exec(lines2[i])?.[1];
      if (path !== void 0 && path > "os") break;
      i++;
    }
    return /* @__PURE__ */ new Map([[i, [`${indent}"os"`]]]);
  }
  let last = -1;
  lines2.forEach((l3, i) => {
    if (/^import[ \t]+(?:[\w.]+[ \t]+)?"/.test(l3)) last = i;
  });
  if (last !== -1) return /* @__PURE__ */ new Map([[last + 1, ['import "os"']]]);
  const pkg = lines2.findIndex((l3) => /^package[ \t]/.test(l3));
  return /* @__PURE__ */ new Map([[Math.min(pkg + 1, limit), ["", 'import "os"']]]);
}
var init_insert = __esm({
  "src/remedy/insert.ts"() {
    "use strict";
  }
});

// src/remedy/lines.ts
function splitLines(text2) {
  const lines2 = text2.split("\n");
  const eols = lines2.map((_3, i) => i < lines2.length - 1 ? "\n" : "");
  for (let i = 0; i < lines2.length - 1; i++) {
    if (lines2[i].endsWith("\r")) {
      lines2[i] = lines2[i].slice(0, -1);
      eols[i] = "\r\n";
    }
  }
  return { lines: lines2, eols };
}
function dominantEol(eols) {
  let crlf = 0;
  let lf = 0;
  for (const e of eols) {
    if (e === "\r\n") crlf++;
    else if (e === "\n") lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}
function applyEdits(text2, edits) {
  const { lines: lines2, eols } = splitLines(text2);
  const eol = dominantEol(eols);
  let out2 = "";
  for (let i = 0; i < lines2.length; i++) {
    for (const ins of edits.insert.get(i) ?? []) out2 += ins + eol;
    if (edits.remove?.has(i)) continue;
    out2 += (edits.replace.get(i) ?? lines2[i]) + eols[i];
  }
  return out2;
}
function appendLines(text2, add) {
  if (add.length === 0) return text2 ?? "";
  const base = text2 ?? "";
  const eol = dominantEol(splitLines(base).eols);
  const head = base === "" || base.endsWith("\n") ? base : base + eol;
  return head + add.map((l3) => l3 + eol).join("");
}
var init_lines = __esm({
  "src/remedy/lines.ts"() {
    "use strict";
  }
});

// src/remedy/plan.ts
function envFileFor(path) {
  if (kindOf(path) !== "compose") return ".env";
  const dir = import_node_path17.posix.dirname(path);
  return dir === "." ? ".env" : `${dir}/.env`;
}
function planFix(input) {
  const envFiles2 = /* @__PURE__ */ new Map();
  for (const f3 of input.files) {
    const e = envFileFor(f3.path);
    if (!envFiles2.has(e)) envFiles2.set(e, parseDotenv(input.existing(e)));
  }
  const book = new NameBook(input.reads, envFiles2);
  const conflicts = [];
  const entries = [];
  const used = [];
  const files = input.files.map((file) => planFile(file, input, book, conflicts, entries, used));
  const aux = [];
  const gitignore = input.existing(".gitignore");
  const envPaths = [...new Set(used.map((u2) => u2.envFile))];
  if (envPaths.some((p2) => !gitignoreCovers(gitignore, p2))) {
    aux.push({ path: ".gitignore", before: gitignore, after: appendLines(gitignore, [".env"]), role: "gitignore" });
  }
  for (const envFile of envPaths) {
    const add = entries.filter((e) => e.envFile === envFile);
    if (add.length === 0) continue;
    if (input.tracked(envFile)) {
      conflicts.push(
        `${envFile} is tracked by git, so it cannot hold secrets: untrack it (git rm --cached ${envFile}), then run leakproof fix again`
      );
    }
    const before = input.existing(envFile);
    aux.push({
      path: envFile,
      before,
      after: appendLines(
        before,
        add.map((e) => dotenvLine(e.name, e.value))
      ),
      role: "env"
    });
  }
  for (const envFile of envPaths) {
    const example = envFile.replace(/\.env$/, ".env.example");
    const before = input.existing(example);
    const have = parseDotenv(before);
    const names = [
      ...new Set(used.filter((u2) => u2.envFile === envFile && u2.kind !== "github-actions").map((u2) => u2.name))
    ].filter((n) => !have.has(n));
    if (names.length > 0)
      aux.push({
        path: example,
        before,
        after: appendLines(
          before,
          names.map((n) => `${n}=`)
        ),
        role: "example"
      });
  }
  return { files, aux, entries, conflicts };
}
function planFile(file, input, book, conflicts, entries, used) {
  const { path, text: text2 } = file;
  const fc = fileContext(path, text2, input.project);
  const { kind: kind3 } = fc;
  const envFile = envFileFor(path);
  const { lines: lines2 } = splitLines(text2);
  const replace = /* @__PURE__ */ new Map();
  const remove = /* @__PURE__ */ new Set();
  const fixed = [];
  const unfixed = [];
  const findings = [...file.findings].sort((a, b3) => a.line - b3.line || a.column - b3.column);
  for (const f3 of findings) {
    const not = (reason) => unfixed.push({ finding: f3, reason });
    if (kind3 === "dotenv") {
      not(
        input.tracked(path) ? `${path} is where values belong, but git tracks it: untrack it (git rm --cached ${path}) and add it to .gitignore` : `${path} is where values belong; keep it out of git`
      );
      continue;
    }
    if (!FIXABLE.has(kind3)) {
      not(
        kind3 === "dockerfile" ? "pass the value at run time (docker run -e, compose environment:) or as a build secret instead of baking it into the image" : "no environment read fits this kind of file: load the value from the environment where the file is read"
      );
      continue;
    }
    const idx = f3.line - 1;
    const original = lines2[idx];
    if (original === void 0 || !original.includes(f3.secret)) {
      not(
        f3.secret.includes("\n") ? "the secret spans several lines: move it by hand" : "the line is not as it was scanned"
      );
      continue;
    }
    const notValue = notAValue(f3.secret);
    if (notValue) {
      not(notValue);
      continue;
    }
    const current = replace.get(idx) ?? original;
    const rule = input.rules.get(f3.ruleId);
    const base = chooseEnvVar(f3, rule);
    let rw = rewriteLine(current, f3.secret, kind3, base, fc.expr);
    const spread = !("line" in rw) && kind3 === "python" ? multilineDefault(lines2, idx, f3.secret) : void 0;
    if (spread) rw = { line: spread.rest ?? "", name: spread.name, forced: true, how: "fallback" };
    if (!("line" in rw)) {
      not(rw.reason);
      continue;
    }
    if (dotenvLine(rw.name, f3.secret) === void 0) {
      not(
        "the value holds characters (a quote, a backslash, a line break) that no .env form keeps the same for every reader: move it by hand"
      );
      continue;
    }
    if (fc.pythonLib === "django-environ" && f3.secret.startsWith("$")) {
      not("the value starts with $, which django-environ reads as a reference to another variable: move it by hand");
      continue;
    }
    const at2 = current.indexOf(f3.secret);
    const target = assignedName(current, at2) ?? (f3.name ? upperSnake(f3.name) : void 0);
    const choice = book.choose(envFile, rw.name, f3.secret, rw.forced, target);
    if ("conflict" in choice) {
      conflicts.push(`${path}:${f3.line}: ${choice.conflict}`);
      not(choice.conflict);
      continue;
    }
    if (choice.name !== rw.name) {
      const renamed = rewriteLine(current, f3.secret, kind3, choice.name, fc.expr);
      if (!("line" in renamed)) {
        not(renamed.reason);
        continue;
      }
      rw = renamed;
    }
    if (spread && spread.rest === void 0) remove.add(idx);
    else replace.set(idx, rw.line);
    fixed.push({ finding: f3, envVar: choice.name, envFile });
    used.push({ envFile, name: choice.name, kind: kind3 });
    if (!choice.present) entries.push({ envFile, name: choice.name, value: f3.secret });
  }
  let insert = /* @__PURE__ */ new Map();
  if (fixed.length > 0) {
    const setup2 = setupFor(kind3, text2, input.project, fc.pythonLib);
    if (setup2) insert = placeSetup(lines2, setup2, Math.min(...fixed.map((x3) => x3.finding.line - 1)));
  }
  const edits = { replace, insert, remove };
  return { path, before: text2, after: fixed.length > 0 ? applyEdits(text2, edits) : text2, edits, fixed, unfixed };
}
var import_node_path17, FIXABLE;
var init_plan = __esm({
  "src/remedy/plan.ts"() {
    "use strict";
    import_node_path17 = require("node:path");
    init_filekind();
    init_remedy();
    init_rewrite();
    init_multiline();
    init_setup();
    init_confidence();
    init_dotenv();
    init_insert();
    init_lines();
    init_names();
    FIXABLE = /* @__PURE__ */ new Set([
      "python",
      "js",
      "ruby",
      "php",
      "go",
      "java",
      "csharp",
      "compose",
      "yaml",
      "github-actions",
      "shell"
    ]);
  }
});

// src/git/files.ts
function literal(path) {
  return `:(top,literal)${path}`;
}
function isTracked(root, path) {
  return gitText(["ls-files", "--cached", "--", literal(path)], { cwd: root }) !== "";
}
function hasUnstagedChanges(root, path) {
  return gitSync(["diff", "--quiet", "--", literal(path)], { cwd: root, okCodes: [1] }).code === 1;
}
function ignoredAmong(root, paths) {
  if (paths.length === 0) return /* @__PURE__ */ new Set();
  const out2 = gitSync(["check-ignore", "--no-index", "--", ...paths], { cwd: root, okCodes: [1] });
  return new Set(out2.stdout.toString("utf8").split("\n").filter(Boolean));
}
function stage(root, paths) {
  gitSync(["add", "--", ...paths.map(literal)], { cwd: root });
}
function listFiles(root) {
  return gitSync(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root }).stdout.toString("utf8").split("\0").filter(Boolean);
}
function stagedBytes(cwd, path, blob, max) {
  return gitSync(["cat-file", "blob", blob ?? `:0:${path}`], { cwd, maxBuffer: max + 1 }).stdout;
}
function headBytes(root, path) {
  const r2 = gitSync(["cat-file", "blob", `HEAD:${path}`], { cwd: root, okCodes: [128], maxBuffer: 64 * 1048576 });
  return r2.code === 0 ? r2.stdout : void 0;
}
var init_files = __esm({
  "src/git/files.ts"() {
    "use strict";
    init_exec();
  }
});

// src/posix.ts
function toPosix(p2) {
  return import_node_path18.sep === "/" ? p2 : p2.split(import_node_path18.sep).join("/");
}
function posixRelative(from, to2) {
  return toPosix((0, import_node_path18.relative)(from, to2));
}
var import_node_path18;
var init_posix = __esm({
  "src/posix.ts"() {
    "use strict";
    import_node_path18 = require("node:path");
  }
});

// src/sources/dir.ts
function* dirFiles(opts, onSkip) {
  const rootIgnore = opts.noIgnore ? void 0 : pathIgnore(opts.root, opts.ignorePatterns);
  const keep2 = keptFromGitignore(opts.tracked ?? []);
  for (const given of opts.paths.length > 0 ? opts.paths : ["."]) {
    const abs = (0, import_node_path19.resolve)(opts.cwd, given);
    let st2;
    try {
      st2 = (0, import_node_fs20.lstatSync)(abs);
    } catch {
      throw new PathError(`no such file or directory: ${given}`);
    }
    if (st2.isSymbolicLink()) {
      onSkip({ path: display(opts.cwd, abs), reason: "symlink" });
    } else if (st2.isDirectory()) {
      yield* walk(abs, opts, rootIgnore, gitignoresAbove(abs, opts, onSkip), keep2, onSkip);
    } else if (st2.isFile()) {
      const rel = toPosix((0, import_node_path19.relative)(opts.root, abs));
      if (rootIgnore && !rel.startsWith("..") && rel !== "" && rootIgnore.ig.ignores(rel)) continue;
      yield { abs, path: display(opts.cwd, abs), size: st2.size };
    }
  }
}
function* walk(dir, opts, rootIgnore, scopes, keep2, onSkip, raw2) {
  let entries;
  try {
    entries = readEntries(raw2 ?? dir);
  } catch (e) {
    onSkip({
      path: display(opts.cwd, dir),
      reason: "unreadable",
      detail: e.code ?? String(e)
    });
    return;
  }
  if (!opts.noIgnore && entries.some((e) => e.name === ".gitignore")) {
    const own2 = gitignoreOf(dir, opts, onSkip);
    if (own2) scopes = [...scopes, { dir, ig: own2 }];
  }
  entries.sort((a, b3) => byCodeUnits(a.name, b3.name));
  const prefix = dir.endsWith(import_node_path19.sep) ? dir : dir + import_node_path19.sep;
  const rawPrefix = raw2 ? Buffer.concat([raw2, Buffer.from(raw2.at(-1) === import_node_path19.sep.charCodeAt(0) ? "" : import_node_path19.sep)]) : void 0;
  for (const e of entries) {
    if (e.name === ".git") continue;
    const abs = prefix + e.name;
    const bytes = rawPrefix || e.raw ? Buffer.concat([rawPrefix ?? Buffer.from(prefix), e.raw ?? Buffer.from(e.name)]) : void 0;
    const isDir2 = e.isDirectory();
    if (!opts.noIgnore && isIgnored(abs, isDir2, opts.root, rootIgnore, scopes, keep2)) continue;
    if (e.isSymbolicLink()) onSkip({ path: display(opts.cwd, abs), reason: "symlink" });
    else if (isDir2) yield* walk(abs, opts, rootIgnore, scopes, keep2, onSkip, bytes);
    else if (e.isFile())
      yield bytes ? { abs, path: display(opts.cwd, abs), raw: bytes } : { abs, path: display(opts.cwd, abs) };
  }
}
function fsPath(file) {
  return file.raw ? Buffer.from(file.raw) : file.abs;
}
function readEntries(dir) {
  const entries = (0, import_node_fs20.readdirSync)(dir, { withFileTypes: true });
  if (!entries.some((e) => e.name.includes("\uFFFD"))) return entries;
  return (0, import_node_fs20.readdirSync)(dir, { withFileTypes: true, encoding: "buffer" }).map((d2) => {
    const name = d2.name.toString("utf8");
    const entry = {
      name,
      isDirectory: () => d2.isDirectory(),
      isFile: () => d2.isFile(),
      isSymbolicLink: () => d2.isSymbolicLink()
    };
    return Buffer.from(name).equals(d2.name) ? entry : { ...entry, raw: d2.name };
  });
}
function readDirFile(file, maxFileSize, onSkip, onBytes) {
  const { path } = file;
  const unreadable = (e) => onSkip({ path, reason: "unreadable", detail: e.code ?? String(e) });
  const tooLarge = (size) => onSkip({ path, reason: "too-large", detail: mib(size) });
  if (file.size !== void 0 && file.size > maxFileSize) {
    tooLarge(file.size);
    return void 0;
  }
  let fd;
  try {
    fd = (0, import_node_fs20.openSync)(fsPath(file), "r");
  } catch (e) {
    let size;
    try {
      size = file.size ?? (0, import_node_fs20.statSync)(fsPath(file)).size;
    } catch (err) {
      unreadable(err);
      return void 0;
    }
    if (size > maxFileSize) tooLarge(size);
    else unreadable(e);
    return void 0;
  }
  let buf;
  try {
    const size = (0, import_node_fs20.fstatSync)(fd).size;
    if (size > maxFileSize) {
      tooLarge(size);
      return void 0;
    }
    if (size === 0)
      buf = (0, import_node_fs20.readFileSync)(fd);
    else {
      if (scratch.length < size) scratch = Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(size)));
      let n = 0;
      for (let r2; n < size && (r2 = (0, import_node_fs20.readSync)(fd, scratch, n, size - n, n)) > 0; ) n += r2;
      buf = scratch.subarray(0, n);
    }
  } catch (e) {
    unreadable(e);
    return void 0;
  } finally {
    (0, import_node_fs20.closeSync)(fd);
  }
  onBytes?.(buf);
  const text2 = decodeText(buf);
  if (text2 === void 0) {
    onSkip({ path, reason: "binary" });
    return void 0;
  }
  return { path, text: text2, startLine: 1 };
}
function isIgnored(abs, isDir2, root, rootIgnore, scopes, keep2) {
  const suffix = isDir2 ? "/" : "";
  if (rootIgnore && !rootIgnore.empty) {
    const rel = toPosix(relativeTo(root, abs));
    if (rel && !rel.startsWith("..") && rootIgnore.ig.ignores(rel + suffix)) return true;
  }
  for (const s of scopes) {
    const rel = toPosix(relativeTo(s.dir, abs));
    if (rel && !rel.startsWith("..") && s.ig.ignores(rel + suffix))
      return keep2.size === 0 || !keep2.has(toPosix(relativeTo(root, abs)) + suffix);
  }
  return false;
}
function keptFromGitignore(tracked) {
  const keep2 = /* @__PURE__ */ new Set();
  for (const path of tracked) {
    keep2.add(path);
    for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) keep2.add(path.slice(0, i + 1));
  }
  return keep2;
}
function relativeTo(from, to2) {
  if (to2.length > from.length && to2.startsWith(from) && to2[from.length] === import_node_path19.sep && !from.endsWith(import_node_path19.sep))
    return to2.slice(from.length + 1);
  return (0, import_node_path19.relative)(from, to2);
}
function gitignoresAbove(start, opts, onSkip) {
  const rel = (0, import_node_path19.relative)(opts.root, start);
  if (opts.noIgnore || rel === "" || rel.startsWith("..")) return [];
  const scopes = [];
  let dir = opts.root;
  for (const part of rel.split(import_node_path19.sep)) {
    const ig = gitignoreOf(dir, opts, onSkip);
    if (ig) scopes.push({ dir, ig });
    dir = (0, import_node_path19.join)(dir, part);
  }
  return scopes;
}
function gitignoreOf(dir, opts, onSkip) {
  try {
    return readIgnoreFile((0, import_node_path19.join)(dir, ".gitignore"));
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    onSkip({ path: display(opts.cwd, (0, import_node_path19.join)(dir, ".gitignore")), reason: "unreadable", detail: e.reason });
    return void 0;
  }
}
function display(cwd, abs) {
  const rel = relativeTo(cwd, abs);
  return toPosix(rel === "" ? "." : rel);
}
var import_node_fs20, import_node_path19, PathError, scratch;
var init_dir = __esm({
  "src/sources/dir.ts"() {
    "use strict";
    init_errors();
    import_node_fs20 = require("node:fs");
    import_node_path19 = require("node:path");
    init_ignorefile();
    init_encoding();
    init_lists();
    init_posix();
    init_units();
    init_regular();
    PathError = class extends LeakproofError {
    };
    scratch = Buffer.allocUnsafe(1 << 16);
  }
});

// src/remedy/reads.ts
function projectReads(root, inGit, scanned2) {
  const reads = [];
  let paths;
  if (inGit) paths = listFiles(root);
  else {
    paths = [];
    for (const f3 of dirFiles(
      { paths: [], cwd: root, root, noIgnore: false, maxFileSize: READS_MAX_BYTES, ignorePatterns: [] },
      () => {
      }
    )) {
      paths.push(posixRelative(root, f3.abs));
      if (paths.length >= READS_MAX_FILES) break;
    }
  }
  for (const path of [...new Set(paths)].slice(0, READS_MAX_FILES)) {
    const kind3 = kindOf(path);
    if (kind3 === "other" || kind3 === "dotenv") continue;
    let text2 = scanned2.get(path)?.text;
    if (text2 === void 0) {
      try {
        const abs = (0, import_node_path20.join)(root, path);
        if ((0, import_node_fs21.statSync)(abs).size > READS_MAX_BYTES) continue;
        text2 = decodeText((0, import_node_fs21.readFileSync)(abs));
      } catch {
        continue;
      }
    }
    if (text2 !== void 0) reads.push(...envReads(path, text2));
  }
  return reads;
}
var import_node_fs21, import_node_path20, READS_MAX_FILES, READS_MAX_BYTES;
var init_reads = __esm({
  "src/remedy/reads.ts"() {
    "use strict";
    import_node_fs21 = require("node:fs");
    import_node_path20 = require("node:path");
    init_files();
    init_filekind();
    init_encoding();
    init_dir();
    init_names();
    init_posix();
    init_units();
    READS_MAX_FILES = 2e4;
    READS_MAX_BYTES = MIB;
  }
});

// src/remedy/summary.ts
function fixSummary(input) {
  const { plan, fixedPaths, project } = input;
  const rotateCommand = (f3) => input.rules.get(f3.ruleId)?.rotateCommand;
  const lines2 = [];
  const done = plan.files.filter((f3) => fixedPaths.includes(f3.path));
  const fixed = done.flatMap((f3) => f3.fixed);
  if (fixed.length === 0) return lines2;
  const names = [...new Set(fixed.map((x3) => `${x3.envVar} (${x3.envFile})`))];
  lines2.push(
    `fixed ${count2(fixed.length, "secret")} in ${done.map((f3) => f3.path).join(", ")}; the value${fixed.length === 1 ? " is" : "s are"} in ${names.join(", ")}${input.gitIgnores === false ? "" : ", which git ignores"}`
  );
  const kinds = new Set(done.map((f3) => kindOf(f3.path)));
  if (kinds.has("python") && !project.python)
    lines2.push(
      "os.environ does not read .env by itself: export its variables (set -a; . ./.env; set +a) or load it with python-dotenv"
    );
  if (kinds.has("js") && project.node !== "dotenv")
    lines2.push("process.env does not read .env by itself: node --env-file=.env (Node 20.6+), or use dotenv");
  if (kinds.has("ruby") && project.ruby !== "dotenv")
    lines2.push(
      "ENV does not read .env by itself: add the dotenv gem (dotenv-rails for Rails), or export its variables"
    );
  if (kinds.has("github-actions")) {
    const secretsNeeded = [
      ...new Set(done.filter((f3) => kindOf(f3.path) === "github-actions").flatMap((f3) => f3.fixed.map((x3) => x3.envVar)))
    ];
    lines2.push(
      `add the repository secret${secretsNeeded.length === 1 ? "" : "s"} ${secretsNeeded.join(", ")} (gh secret set NAME, or Settings \u2192 Secrets and variables \u2192 Actions); the value${secretsNeeded.length === 1 ? " is" : "s are"} in .env`
    );
  }
  if (input.committed) {
    for (const f3 of done) {
      const old = input.committed(f3.path);
      if (old === void 0) continue;
      for (const x3 of f3.fixed) {
        if (old.includes(x3.finding.secret))
          lines2.push(
            `${f3.path}:${x3.finding.line}: this value was already committed, so it has leaked: rotate it${rotateCommand(x3.finding) ? ` (${rotateCommand(x3.finding)})` : ""}`
          );
      }
    }
  }
  if (input.adviseStaging) lines2.push(`stage the fix: git add ${fixedPaths.join(" ")} (or run leakproof fix --staged)`);
  return lines2;
}
function count2(n, what) {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}
var init_summary = __esm({
  "src/remedy/summary.ts"() {
    "use strict";
    init_filekind();
  }
});

// src/remedy/write.ts
function writeFix(root, plan, aux, scanned2) {
  const written = { aux: [], files: [], changed: [] };
  try {
    for (const a of plan.aux) {
      aux.write(a.path, a.after, a.role === "env" ? 384 : 420);
      written.aux.push(a.path);
    }
  } catch (e) {
    if (e instanceof ChangedError) throw auxChangedError(e.message);
    throw e;
  }
  for (const f3 of plan.files.filter((x3) => x3.fixed.length > 0)) {
    const src = scanned2.get(f3.path);
    try {
      writeAtomic((0, import_node_path21.join)(root, f3.path), encode(f3.after, src.encoding), hashOf2(src.bytes));
      written.files.push(f3.path);
    } catch (e) {
      if (!(e instanceof ChangedError)) throw e;
      written.changed.push(f3.path);
    }
  }
  return written;
}
function stageableAux(root, plan, tracked) {
  return plan.aux.filter((a) => a.role !== "env" && !(tracked(a.path) && hasUnstagedChanges(root, a.path))).map((a) => a.path);
}
function stageFix(root, plan, written, stageable) {
  const auxWritten = stageable.filter((p2) => written.aux.includes(p2));
  const ignored = ignoredAmong(root, auxWritten);
  const paths = [...written.files, ...auxWritten.filter((p2) => !ignored.has(p2))];
  stage(root, paths);
  const notes = [];
  for (const a of plan.aux) {
    if (a.role === "env" || paths.includes(a.path)) continue;
    notes.push(
      ignored.has(a.path) ? `${a.path} is ignored by git: not staged` : `${a.path} has other unstaged changes: not staged; stage it yourself`
    );
  }
  return notes;
}
var import_node_path21;
var init_write = __esm({
  "src/remedy/write.ts"() {
    "use strict";
    import_node_path21 = require("node:path");
    init_files();
    init_apply();
    init_encoding();
    init_errors3();
  }
});

// src/remedy/shown.ts
function diffMask(texts, known, detect) {
  const secrets = [...known];
  for (const t2 of texts) {
    if (t2.text === void 0) continue;
    if (t2.env) for (const v2 of parseDotenv(t2.text).values()) secrets.push(v2);
    for (const f3 of detect(t2.path, t2.text)) secrets.push(f3.secret);
  }
  const pieces = secrets.flatMap(
    (s) => s.includes("\n") ? [
      s,
      ...s.split(/\r?\n|\\r\\n|\\n/).map((p2) => p2.trim()).filter((p2) => p2.length >= MIN_PIECE)
    ] : [s]
  );
  const masker = new Masker(pieces.filter((s) => s.length > 0));
  return (line) => masker.mask(line);
}
var MIN_PIECE;
var init_shown = __esm({
  "src/remedy/shown.ts"() {
    "use strict";
    init_mask();
    init_dotenv();
    MIN_PIECE = 8;
  }
});

// src/git/tracked.ts
function trackedIgnored(root) {
  const out2 = gitSync(["ls-files", "-z", "--cached", "--ignored", "--exclude-standard"], {
    cwd: root,
    timeout: 8e3
  }).stdout;
  return out2.toString("utf8").split("\0").filter((p2) => p2.length > 0);
}
var init_tracked = __esm({
  "src/git/tracked.ts"() {
    "use strict";
    init_exec();
  }
});

// src/cli/collect/dir.ts
function walkFiles(cwd, root, s, opts, onSkip) {
  const noIgnore = opts.values["no-ignore"] ?? false;
  return dirFiles(
    {
      paths: opts.positionals,
      cwd,
      root,
      noIgnore,
      maxFileSize: s.maxFileSize,
      ignorePatterns: s.config.ignore,
      tracked: noIgnore ? [] : trackedFiles(root, cwd, opts.values.quiet ?? false)
    },
    onSkip
  );
}
function trackedFiles(root, cwd, quiet) {
  if (nearestRepoDir(cwd) === void 0) return [];
  try {
    return trackedIgnored(root);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    if (!quiet)
      process.stderr.write(
        `leakproof: could not list tracked files (${e.message}); files .gitignore lists were skipped
`
      );
    return [];
  }
}
function scanFile(file, detector, maxFileSize, keepBytes = false) {
  let skip;
  let bytes;
  const fragment = readDirFile(file, maxFileSize, (s) => skip = s, keepBytes ? (b3) => bytes = b3 : void 0);
  const findings = fragment ? detector.detect(fragment) : [];
  const result = skip ? { findings, skip } : { findings };
  if (bytes && findings.length > 0) result.bytes = Buffer.from(bytes);
  return result;
}
var init_dir2 = __esm({
  "src/cli/collect/dir.ts"() {
    "use strict";
    init_dir();
    init_exec();
    init_repo();
    init_tracked();
  }
});

// src/git/early.ts
var init_early = __esm({
  "src/git/early.ts"() {
    "use strict";
    init_exec();
  }
});

// src/git/staged.ts
function diffArgs(paths, maxFileSize, text2) {
  return [
    // Files over the limit are reported as binary without git loading them; we then tell them apart by size.
    "-c",
    `core.bigFileThreshold=${Math.max(1, maxFileSize)}`,
    "diff",
    "--cached",
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    "--no-relative",
    "--submodule=short",
    "--full-index",
    "-U0",
    "--inter-hunk-context=0",
    // A renamed file's unchanged lines are not new. Copies are not looked for: a copy is a new
    // place the secret lives, so all its lines are scanned.
    "--find-renames",
    "--diff-filter=ACMRT",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    ...text2 ? ["--text"] : [],
    "--",
    ...paths.map((p2) => `:(top,literal)${p2}`)
  ];
}
async function scanStaged(opts, onFragment, onSkip) {
  const { cwd, maxFileSize } = opts;
  const ignored = opts.isIgnored ?? (() => false);
  const blobs = /* @__PURE__ */ new Map();
  const binaries = [];
  const onFile = (pass) => (f3) => {
    if (f3.submodule || f3.status === "deleted" || ignored(f3.path)) return;
    if (f3.newId && !/^0+$/.test(f3.newId)) blobs.set(f3.path, f3.newId);
    if (f3.tooLarge)
      onSkip({ path: f3.path, reason: "too-large", detail: `more than ${mib(maxFileSize)} of added lines` });
    else if (f3.binary && pass === "first") binaries.push(f3);
    else if (f3.binary) onSkip({ path: f3.path, reason: "binary" });
  };
  const reach = opts.contextReach ?? 0;
  const reader = new ContextReader(cwd, reach, maxFileSize, onFragment);
  const context = new ContextCollector(
    { reach, ...opts.contextReported ? { reported: opts.contextReported } : {} },
    onFragment,
    (p2) => reader.add(p2)
  );
  const run9 = async (paths, pass) => {
    const parser = new DiffParser(
      {
        fragment: (fr2, file) => {
          if (ignored(fr2.path)) return;
          if (!context.take(fr2, file)) onFragment(fr2);
        },
        file: (f3) => {
          onFile(pass)(f3);
          context.endFile(f3);
        }
      },
      { maxFileBytes: maxFileSize }
    );
    const lines2 = new LineSplitter((l3, truncated) => parser.line(l3, truncated), maxFileSize + 16);
    const args = diffArgs(paths, maxFileSize, pass === "text");
    const early = pass === "first" && opts.early?.matches(args) ? opts.early : void 0;
    if (!early) opts.early?.cancel();
    const onData = (chunk2) => lines2.push(chunk2);
    await (early ? early.read(onData) : gitStream(args, { cwd }, onData));
    lines2.end();
    parser.end();
  };
  try {
    await scanDiffs();
  } catch (e) {
    reader.cancel();
    throw e;
  }
  context.end();
  await reader.end();
  return { blobs };
  async function scanDiffs() {
    await run9(opts.paths, "first");
    const sizes = blobSizes(
      cwd,
      binaries.map((f3) => f3.newId ?? "")
    );
    const asText = [];
    for (const f3 of binaries) {
      const size = sizes.get(f3.newId ?? "");
      if (size === void 0) onSkip({ path: f3.path, reason: "binary" });
      else if (size > maxFileSize) onSkip({ path: f3.path, reason: "too-large", detail: mib(size) });
      else {
        const blob = stagedBytes(cwd, f3.path, f3.newId, maxFileSize);
        const text2 = decodeText(blob);
        if (text2 === void 0) onSkip({ path: f3.path, reason: "binary" });
        else if (isUtf16(blob)) utf16Added(cwd, f3, text2, onFragment);
        else asText.push(f3);
      }
    }
    if (asText.length > 0)
      await run9(
        asText.flatMap((f3) => f3.oldPath ? [f3.oldPath, f3.path] : [f3.path]),
        "text"
      );
  }
}
function blobSizes(cwd, ids) {
  const sizes = /* @__PURE__ */ new Map();
  const wanted = ids.filter((id) => /^[0-9a-f]+$/.test(id) && !/^0+$/.test(id));
  if (wanted.length === 0) return sizes;
  const out2 = gitText(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
    cwd,
    input: wanted.join("\n") + "\n"
  });
  for (const line of out2.split("\n")) {
    const [id, type, size] = line.split(" ");
    if (id && type === "blob" && size) sizes.set(id, Number(size));
  }
  return sizes;
}
function isUtf16(blob) {
  return blob.length >= 2 && (blob[0] === 255 && blob[1] === 254 || blob[0] === 254 && blob[1] === 255);
}
function utf16Added(cwd, f3, text2, onFragment) {
  let before = "";
  if (f3.status !== "added" && f3.status !== "copied") {
    try {
      const old = headBytes(cwd, f3.oldPath ?? f3.path);
      before = old ? decodeText(old) ?? "" : "";
    } catch {
      before = "";
    }
  }
  for (const run9 of addedRuns(before, text2)) onFragment({ path: f3.path, text: run9.text, startLine: run9.startLine });
}
var init_staged = __esm({
  "src/git/staged.ts"() {
    "use strict";
    init_encoding();
    init_blobs();
    init_context();
    init_diff();
    init_early();
    init_exec();
    init_files();
    init_units();
  }
});

// src/cli/paths.ts
function repoPath(cwd, root, given) {
  const rel = (0, import_node_path22.relative)(real(root), (0, import_node_path22.resolve)(real(cwd), given));
  if (rel === ".." || rel.startsWith(`..${import_node_path22.sep}`) || (0, import_node_path22.isAbsolute)(rel))
    throw new UsageError(`${given} is outside the repository (${root})`);
  return toPosix(rel);
}
function real(p2) {
  try {
    return (0, import_node_fs22.realpathSync)(p2);
  } catch {
    return p2;
  }
}
var import_node_fs22, import_node_path22;
var init_paths = __esm({
  "src/cli/paths.ts"() {
    "use strict";
    import_node_fs22 = require("node:fs");
    import_node_path22 = require("node:path");
    init_errors2();
    init_posix();
  }
});

// src/cli/tiering.ts
function scanned(chars) {
  if (!state.quick) return;
  state.seen += chars;
  if (state.seen > OPTIMISE_AFTER) {
    (0, import_node_v8.setFlagsFromString)("--turbofan");
    state.quick = false;
  }
}
var import_node_v8, OPTIMISE_AFTER, state;
var init_tiering = __esm({
  "src/cli/tiering.ts"() {
    "use strict";
    import_node_v8 = require("node:v8");
    OPTIMISE_AFTER = 1 << 20;
    state = globalThis[/* @__PURE__ */ Symbol.for("leakproof.tiering")] ??= {
      quick: false,
      seen: 0,
      resident: false
    };
  }
});

// src/cli/collect/staged.ts
function stagedPaths(cwd, root, opts) {
  const given = opts.positionals.map((p2) => repoPath(cwd, root, p2));
  return given.includes("") ? [] : given;
}
async function collectStaged(cwd, root, s, opts, early) {
  const paths = stagedPaths(cwd, root, opts);
  const isIgnored2 = ignoredPaths(root, s.config.ignore, opts.values["no-ignore"] ?? false);
  const detector = createDetector(s.rules, s.prebuilt);
  const findings = [];
  const skips = [];
  const { blobs } = await scanStaged(
    {
      cwd,
      paths,
      maxFileSize: s.maxFileSize,
      isIgnored: isIgnored2,
      contextReach: multilineReach(s.rules.rules),
      contextReported: reportedByShape((f3) => detector.detect(f3), s.rules),
      ...early ? { early } : {}
    },
    (fragment) => {
      scanned(fragment.text.length);
      for (const f3 of detector.detect(fragment)) findings.push(f3);
    },
    (skip) => skips.push(skip)
  );
  return { findings, skips, blobs };
}
var init_staged2 = __esm({
  "src/cli/collect/staged.ts"() {
    "use strict";
    init_detect();
    init_reported();
    init_context();
    init_staged();
    init_ignorefile();
    init_paths();
    init_scan();
    init_tiering();
  }
});

// src/cli/collect/targets.ts
async function stagedTargets(cwd, opts) {
  let root;
  try {
    root = quickWorkTreeTop(cwd);
  } catch (e) {
    if (e instanceof GitError)
      throw new UsageError(`${e.message} (outside a repository, name the files: leakproof fix PATH...)`);
    throw e;
  }
  const s = setup(root, opts);
  const { findings, skips, blobs } = await collectStaged(cwd, root, s, opts);
  noteSkips(skips, s.maxFileSize, opts);
  const targets = [];
  const left = [];
  for (const [path, found] of byFile(accepted(findings, opts, s))) {
    const staged = stagedBytes(root, path, blobs.get(path), s.maxFileSize);
    if (snapshot((0, import_node_path23.join)(root, path)).hash !== hashOf2(staged)) {
      for (const f3 of found)
        left.push({
          finding: f3,
          reason: "the file has unstaged changes: stage them (or stash them), then run leakproof fix again"
        });
      continue;
    }
    targets.push({ path, bytes: staged, findings: found });
  }
  return { root, s, inGit: true, targets, left };
}
function dirTargets(cwd, opts) {
  const gitRoot = nearestRepoDir(cwd);
  const root = gitRoot ?? cwd;
  const s = setup(root, opts);
  const detector = createDetector(s.rules, s.prebuilt);
  const skips = [];
  const scanned2 = /* @__PURE__ */ new Map();
  const found = [];
  for (const file of walkFiles(cwd, root, s, opts, (skip) => skips.push(skip))) {
    const path = posixRelative(root, file.abs);
    if (path.startsWith("../")) throw new UsageError(`${file.path} is outside ${root}`);
    const r2 = scanFile({ ...file, path }, detector, s.maxFileSize, true);
    if (r2.skip) skips.push({ ...r2.skip, path: file.path });
    if (r2.findings.length === 0) continue;
    scanned2.set(path, r2.bytes);
    found.push(...r2.findings);
  }
  noteSkips(skips, s.maxFileSize, opts);
  const targets = [...byFile(accepted(found, opts, s))].map(([path, findings]) => ({
    path,
    bytes: scanned2.get(path),
    findings
  }));
  return { root, s, inGit: gitRoot !== void 0, targets, left: [] };
}
function accepted(found, opts, s) {
  const file = baselineFor(s.root, opts.values.baseline, s.config.baseline);
  return file ? applyBaseline(found, readBaseline(file)).kept : found;
}
function byFile(findings) {
  return groupBy(findings, (f3) => f3.file);
}
var import_node_path23;
var init_targets = __esm({
  "src/cli/collect/targets.ts"() {
    "use strict";
    import_node_path23 = require("node:path");
    init_baseline();
    init_detect();
    init_exec();
    init_files();
    init_repo();
    init_apply();
    init_errors2();
    init_scan();
    init_skips();
    init_dir2();
    init_staged2();
    init_lists();
    init_posix();
  }
});

// src/cli/prompt.ts
async function ask(question) {
  let input;
  let close = () => {
  };
  if (process.stdin.isTTY) input = process.stdin;
  else if (process.stderr.isTTY) {
    try {
      (0, import_node_fs23.closeSync)((0, import_node_fs23.openSync)("/dev/tty", "r"));
      const tty = (0, import_node_fs23.createReadStream)("/dev/tty");
      input = tty;
      close = () => tty.destroy();
    } catch {
      input = void 0;
    }
  }
  if (!input) return void 0;
  const { createInterface } = await Promise.resolve().then(() => __toESM(require("node:readline"), 1));
  const rl = createInterface({ input, output: process.stderr, terminal: false });
  process.stderr.write(question);
  try {
    return await new Promise((done) => {
      rl.once("line", done);
      rl.once("close", () => done(""));
    });
  } finally {
    rl.close();
    close();
  }
}
var import_node_fs23;
var init_prompt = __esm({
  "src/cli/prompt.ts"() {
    "use strict";
    import_node_fs23 = require("node:fs");
  }
});

// src/cli/hint.ts
function selfCommand(cwd, env = process.env, self = currentScript()) {
  const me2 = real2(self);
  if (me2 && real2((0, import_node_path24.join)(cwd, "node_modules", ".bin", "leakproof")) === me2) return "npx leakproof";
  if (me2 && !env.PRE_COMMIT) {
    for (const dir of (env.PATH ?? "").split(import_node_path24.delimiter)) {
      if (!dir || dir.includes("node_modules")) continue;
      if (real2((0, import_node_path24.join)(dir, "leakproof")) === me2) return "leakproof";
    }
  }
  return `node ${shellWord(self)}`;
}
function currentScript() {
  return process.argv[1] ?? (0, import_node_url4.fileURLToPath)(__leakproofUrl);
}
function real2(p2) {
  try {
    return (0, import_node_fs24.existsSync)(p2) ? (0, import_node_fs24.realpathSync)(p2) : void 0;
  } catch {
    return void 0;
  }
}
function shellWord(s) {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
var import_node_fs24, import_node_path24, import_node_url4;
var init_hint = __esm({
  "src/cli/hint.ts"() {
    "use strict";
    import_node_fs24 = require("node:fs");
    import_node_path24 = require("node:path");
    import_node_url4 = require("node:url");
  }
});

// node_modules/@simple-git/args-pathspec/dist/index.mjs
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}
var t;
var init_dist2 = __esm({
  "node_modules/@simple-git/args-pathspec/dist/index.mjs"() {
    t = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports2, module2) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module2.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse2(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse2(str2) {
      str2 = String(str2);
      if (str2.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str2
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports2, module2) {
    function setup2(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter2) {
        const newDebug = createDebug(this.namespace + (typeof delimiter2 === "undefined" ? ":" : delimiter2) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split2 = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split2) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template2) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template2.length && (template2[templateIndex] === search[searchIndex] || template2[templateIndex] === "*")) {
            if (template2[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template2.length && template2[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template2.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module2.exports = setup2;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports2, module2) {
    exports2.formatArgs = formatArgs;
    exports2.save = save;
    exports2.load = load3;
    exports2.useColors = useColors;
    exports2.storage = localstorage();
    exports2.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports2.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module2.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports2.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports2.storage.setItem("debug", namespaces);
        } else {
          exports2.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load3() {
      let r2;
      try {
        r2 = exports2.storage.getItem("debug") || exports2.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports2, module2) {
    var tty = require("tty");
    var util = require("util");
    exports2.init = init;
    exports2.log = log;
    exports2.formatArgs = formatArgs;
    exports2.save = save;
    exports2.load = load3;
    exports2.useColors = useColors;
    exports2.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports2.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports2.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports2.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop2 = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop2] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports2.inspectOpts ? Boolean(exports2.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module2.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports2.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports2.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load3() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports2.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports2.inspectOpts[keys[i]];
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str2) => str2.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports2, module2) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module2.exports = require_browser();
    } else {
      module2.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fs_1 = require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory) {
      log(`checking %s`, path);
      try {
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists2(path, type = exports2.READABLE) {
      return check(path, (type & exports2.FILE) > 0, (type & exports2.FOLDER) > 0);
    }
    exports2.exists = exists2;
    exports2.FILE = 1;
    exports2.FOLDER = 2;
    exports2.READABLE = exports2.FILE + exports2.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports2) {
    "use strict";
    function __export2(m2) {
      for (var p2 in m2) if (!exports2.hasOwnProperty(p2)) exports2[p2] = m2[p2];
    }
    Object.defineProperty(exports2, "__esModule", { value: true });
    __export2(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDeferred = exports2.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports2.deferred = deferred;
    exports2.createDeferred = deferred;
    exports2.default = deferred;
  }
});

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
function B2(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B2(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}
var P, S, E, F, C, I, R, T, K, h, X, y;
var init_dist3 = __esm({
  "node_modules/@simple-git/argv-parser/dist/index.mjs"() {
    init_dist2();
    P = /* @__PURE__ */ new Set([
      "--add",
      "--edit",
      "--remove-section",
      "--rename-section",
      "--replace-all",
      "--unset",
      "--unset-all",
      "-e"
    ]);
    S = /* @__PURE__ */ new Set([
      "--get",
      "--get-all",
      "--get-color",
      "--get-colorbool",
      "--get-regexp",
      "--get-urlmatch",
      "--list",
      "-l"
    ]);
    E = /* @__PURE__ */ new Set([
      "edit",
      "remove-section",
      "rename-section",
      "set",
      "unset"
    ]);
    F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
    C = {
      short: /* @__PURE__ */ new Map([
        ["c", true]
        //  -c <k=v>    set config key for this invocation
      ])
    };
    I = {
      short: new Map([
        ["C", true],
        //  -C <path>   change working directory
        ["P", false],
        // -P          no pager (alias for --no-pager)
        ["h", false],
        // -h          help
        ["p", false],
        // -p          paginate
        ["v", false],
        // -v          version
        ...C.short.entries()
      ]),
      long: /* @__PURE__ */ new Set([
        "attr-source",
        "config-env",
        "exec-path",
        "git-dir",
        "list-cmds",
        "namespace",
        "super-prefix",
        "work-tree"
      ])
    };
    R = {
      clone: {
        short: /* @__PURE__ */ new Map([
          ["b", true],
          // -b <branch>
          ["j", true],
          // -j <n>          parallel jobs
          ["l", false],
          // -l local
          ["n", false],
          // -n no-checkout
          ["o", true],
          // -o <name>       remote name
          ["q", false],
          // -q quiet
          ["s", false],
          // -s shared
          ["u", true]
          // -u <upload-pack>
        ]),
        long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
      },
      commit: {
        short: /* @__PURE__ */ new Map([
          ["C", true],
          // -C <commit>  reuse message
          ["F", true],
          // -F <file>    read message from file
          ["c", true],
          // -c <commit>  reedit message
          ["m", true],
          // -m <msg>
          ["t", true]
          // -t <template>
        ]),
        long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
      },
      config: {
        short: /* @__PURE__ */ new Map([
          ["e", false],
          // -e  open editor
          ["f", true],
          //  -f <file>
          ["l", false]
          // -l  list
        ]),
        long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
      },
      fetch: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["upload-pack"])
      },
      init: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["template"])
      },
      pull: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["upload-pack"])
      },
      push: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
      },
      rebase: {
        short: /* @__PURE__ */ new Map([
          ["X", true],
          // -X <option>   strategy option
          ["f", false],
          // -f force-rebase
          ["i", false],
          // -i interactive
          ["k", false],
          // -k keep-base
          ["m", false],
          // -m merge
          ["n", false],
          // -n no-stat
          ["q", false],
          // -q quiet
          ["r", false],
          // -r rebase-merges
          ["s", true],
          // -s <strategy>
          ["v", false],
          // -v verbose
          ["x", true]
          // -x <cmd>      exec
        ]),
        long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
      }
    };
    T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
    K = [
      f("alias", "allowUnsafeAlias"),
      f("core.askPass", "allowUnsafeAskPass"),
      f("core.editor", "allowUnsafeEditor"),
      f("core.fsmonitor", "allowUnsafeFsMonitor"),
      f("core.gitProxy", "allowUnsafeGitProxy"),
      f("core.hooksPath", "allowUnsafeHooksPath"),
      f("core.pager", "allowUnsafePager"),
      f("core.sshCommand", "allowUnsafeSshCommand"),
      l("credential.helper", "allowUnsafeCredentialHelper"),
      l("diff.command", "allowUnsafeDiffExternal"),
      f("diff.external", "allowUnsafeDiffExternal"),
      l("difftool.cmd", "allowUnsafeDiffExternal"),
      l("diff.textconv", "allowUnsafeDiffTextConv"),
      l("filter.clean", "allowUnsafeFilter"),
      l("filter.process", "allowUnsafeFilter"),
      l("filter.smudge", "allowUnsafeFilter"),
      l("gpg.program", "allowUnsafeGpgProgram"),
      f("include.path", "allowUnsafeInclude"),
      l("includeIf", "allowUnsafeInclude"),
      f("init.templateDir", "allowUnsafeTemplateDir"),
      l("pager.", "allowUnsafePager"),
      l("merge.driver", "allowUnsafeMergeDriver"),
      l("mergetool.path", "allowUnsafeMergeDriver"),
      l("mergetool.cmd", "allowUnsafeMergeDriver"),
      l("protocol.allow", "allowUnsafeProtocolOverride"),
      l("remote.receivepack", "allowUnsafePack"),
      l("remote.uploadpack", "allowUnsafePack"),
      f("uploadpack.packObjectsHook", "allowUnsafePack"),
      f("sequence.editor", "allowUnsafeEditor"),
      l("submodule.update", "allowUnsafeSubmodule"),
      l("tar.command", "allowUnsafeCommandBinaries"),
      l("trailer.cmd", "allowUnsafeCommandBinaries"),
      l("trailer.command", "allowUnsafeCommandBinaries"),
      l("url.insteadOf", "allowUnsafeUrlRewrite")
    ];
    h = { globalOnly: true, withValue: true };
    X = [
      c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
        name: "--upload-pack or --receive-pack"
      }),
      c2("clone", /^-\w*u/, "allowUnsafePack"),
      c2("clone", "--u", "allowUnsafePack"),
      c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
      // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
      c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
      c2(null, "--template", "allowUnsafeTemplateDir"),
      c2(null, "--exec-path", "allowUnsafeExec", h),
      // `git` reads the configuration of whichever repository these name, so the
      // directory alone is enough to deliver config the argv guards never see
      c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
      c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
      c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
    ];
    y = {
      editor: "allowUnsafeEditor",
      git_askpass: "allowUnsafeAskPass",
      git_config_global: "allowUnsafeConfigPaths",
      git_config_system: "allowUnsafeConfigPaths",
      git_config_count: "allowUnsafeConfigEnvCount",
      git_config_parameters: "allowUnsafeConfigEnvCount",
      git_config: "allowUnsafeConfigPaths",
      git_editor: "allowUnsafeEditor",
      git_exec_path: "allowUnsafeExec",
      git_external_diff: "allowUnsafeDiffExternal",
      git_pager: "allowUnsafePager",
      git_proxy_command: "allowUnsafeGitProxy",
      git_template_dir: "allowUnsafeTemplateDir",
      git_sequence_editor: "allowUnsafeEditor",
      git_ssh: "allowUnsafeSshCommand",
      git_ssh_command: "allowUnsafeSshCommand",
      pager: "allowUnsafePager",
      prefix: "allowUnsafeConfigPaths",
      ssh_askpass: "allowUnsafeAskPass",
      visual: "allowUnsafeEditor"
    };
  }
});

// node_modules/simple-git/dist/index.mjs
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
function _n(t2) {
  return kn.has(t2);
}
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && (0, import_node_path25.normalize)(e);
}
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B3(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var import_file_exists, import_node_child_process2, import_debug, import_promise_deferred, import_node_path25, import_node_events, O2, Ae, A2, at, xe, I2, W2, ft, K2, m, Be, G2, Bt, V2, z2, l2, x2, Fe, mt, Ut, Xe, Ye, Qe, Je, Ft, nn, rn, sn, zt, qt, mn, Ht, Kt, kn, _t, vn, j2, En, Vt, Cn, M2, ot, Pn, Dn, Yt, Bn, Un, Wn, J2, Xn, Yn, Qt, R2, Jt, rr, Ot, sr, or, ir, ar, te, ee2, ne2, ur, se, Z2, dr, ie, gr, yr, wr, br, Tr, kr, _r, vr, Er, Sr, ue, Or, Cr, Ar, Nr, $r, Pr, Lr, jr, Br, Ir, Ur, Gr, fe, Hr, le, Vr, Xr, he, Qr, Jr, Zr, ts, rs, pe, ss, gt, ms, ys, $s, Ps, Us, $t, we, Hs, Ks, be, Qs, nt, ro, wo;
var init_dist4 = __esm({
  "node_modules/simple-git/dist/index.mjs"() {
    init_dist2();
    init_dist2();
    import_file_exists = __toESM(require_dist(), 1);
    import_node_child_process2 = require("node:child_process");
    import_debug = __toESM(require_src(), 1);
    import_promise_deferred = __toESM(require_dist2(), 1);
    import_node_path25 = require("node:path");
    init_dist3();
    import_node_events = require("node:events");
    O2 = class extends Error {
      constructor(e, n) {
        super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    Ae = class extends O2 {
      constructor(e, n) {
        super(void 0, n), this.config = e;
      }
    };
    A2 = class extends O2 {
      constructor(e, n, r2) {
        super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    at = class extends O2 {
      constructor(e, n) {
        super(void 0, n || String(e)), this.git = e;
      }
    };
    xe = class extends O2 {
      constructor(e) {
        super(void 0, e);
      }
    };
    I2 = "\0";
    W2 = () => {
    };
    ft = Object.prototype.toString.call.bind(Object.prototype.toString);
    K2 = (t2) => Array.isArray(t2);
    m = (t2) => typeof t2 == "string" || r(t2);
    Be = (t2) => m(t2) || Buffer.isBuffer(t2);
    G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
    Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
    V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
    z2 = class _z {
      constructor(e, n) {
        this.stdOut = e, this.stdErr = n;
      }
      asStrings() {
        return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
      }
    };
    l2 = class {
      constructor(e, n) {
        this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
      }
      resetMatches() {
        this.matches.length = 0;
      }
      prepareMatches() {
        return this.matches;
      }
      addMatch(e, n, r2) {
        const s = r2 && e.exec(r2);
        return s && this.pushMatch(n, s), !!s;
      }
      pushMatch(e, n) {
        this.matches.push(...n.slice(1));
      }
    };
    x2 = class extends l2 {
      addMatch(e, n, r2) {
        return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
      }
      pushMatch(e, n) {
        (e > 0 || n.length > 1) && super.pushMatch(e, n);
      }
    };
    Fe = {
      binary: "git",
      maxConcurrentProcesses: 5,
      config: [],
      trimmed: false
    };
    mt = ({ exitCode: t2 }, e, n, r2) => {
      if (t2 === V2.UNCLEAN && Ve(e))
        return n(Buffer.from("false"));
      r2(e);
    };
    Ut = (t2) => t2.trim() === "true";
    Xe = class {
      constructor(e) {
        this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
      }
    };
    Ye = /^[a-z]+\s*/i;
    Qe = /^[a-z]+\s+[a-z]+\s*/i;
    Je = /\/$/;
    Ft = [];
    nn = "Git clean interactive mode is not supported";
    rn = 'Git clean mode parameter ("n" or "f") is required';
    sn = "Git clean unknown option found in: ";
    zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
    qt = /* @__PURE__ */ new Set([
      "i",
      ...L2(Object.values(zt))
    ]);
    mn = class {
      constructor() {
        this.files = [], this.values = /* @__PURE__ */ Object.create(null);
      }
      get all() {
        return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
      }
      addFile(e) {
        if (!(e in this.values)) {
          const n = N2(this.files);
          this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
        }
        return this.values[e];
      }
      addValue(e, n, r2) {
        const s = this.addFile(e);
        Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
      }
    };
    Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
    Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
    kn = new Set(Object.values(Kt));
    vn = ["-h"];
    j2 = /* @__PURE__ */ Symbol("grepQuery");
    En = class {
      constructor() {
        this[_t] = [];
      }
      *[(_t = j2, Symbol.iterator)]() {
        for (const e of this[j2])
          yield e;
      }
      and(...e) {
        return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
      }
      param(...e) {
        return this[j2].push(...U(e, "-e")), this;
      }
    };
    Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
    Cn = L2(Object.values(Vt));
    import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
    import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
    M2 = class M3 {
      constructor(e = "GitExecutor") {
        this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
      }
      withProgress(e) {
        return this._queue.get(e);
      }
      createProgress(e) {
        const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
        return {
          task: e,
          logger: r2,
          name: n
        };
      }
      push(e) {
        const n = this.createProgress(e);
        return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
      }
      fatal(e) {
        for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
          n === e.task ? (r2.info("Failed %o", e), r2(
            "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
          )) : r2.info(
            "A fatal exception occurred in a previous task, the queue has been purged: %o",
            e.message
          ), this.complete(n);
        if (this._queue.size !== 0)
          throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
      }
      complete(e) {
        this.withProgress(e) && this._queue.delete(e);
      }
      attempt(e) {
        const n = this.withProgress(e);
        if (!n)
          throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
        return n.logger("Starting task"), n;
      }
      static getName(e = "empty") {
        return `task:${e}:${++M3.counter}`;
      }
    };
    M2.counter = 0;
    ot = M2;
    Pn = class {
      constructor(e, n, r2) {
        this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
      }
      get cwd() {
        return this._cwd || this._executor.cwd;
      }
      set cwd(e) {
        this._cwd = e;
      }
      get env() {
        return this._executor.env;
      }
      get outputHandler() {
        return this._executor.outputHandler;
      }
      chain() {
        return this;
      }
      push(e) {
        return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
      }
      async attemptTask(e) {
        const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
        try {
          const { logger: s } = this._queue.attempt(e);
          return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
        } catch (s) {
          throw this.onFatalException(e, s);
        } finally {
          r2(), n();
        }
      }
      onFatalException(e, n) {
        const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
        return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
      }
      async attemptRemoteTask(e, n) {
        const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
          "spawn.args",
          [...e.commands],
          this.taskContext(e, e.commands)
        ), o2 = await this.gitResponse(
          e,
          r2,
          s,
          this.outputHandler,
          n.step("SPAWN")
        ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
        return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
      }
      async attemptEmptyTask(e, n) {
        return n("empty task bypassing child process to call to task's parser"), e.parser(this);
      }
      handleTaskData(e, n, r2, s) {
        const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
        return new Promise((y2, w2) => {
          s("Preparing to handle process response exitCode=%d stdOut=", o2);
          const { error: T2 } = this._plugins.exec(
            "task.error",
            { error: i },
            {
              ...this.taskContext(e, n),
              ...r2
            }
          );
          if (T2 && e.onError)
            return s.info("exitCode=%s handling with custom error handler"), e.onError(
              r2,
              T2,
              (k2) => {
                s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
                  new z2(
                    Array.isArray(k2) ? Buffer.concat(k2) : k2,
                    Buffer.concat(c3)
                  )
                );
              },
              w2
            );
          if (T2)
            return s.info(
              "handling as error: exitCode=%s stdErr=%s rejection=%o",
              o2,
              c3.length,
              i
            ), w2(T2);
          s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
        });
      }
      async gitResponse(e, n, r2, s, o2) {
        const i = o2.sibling("output"), a = this._plugins.exec(
          "spawn.options",
          {
            cwd: this.cwd,
            env: this.env,
            windowsHide: true
          },
          this.taskContext(e, e.commands)
        );
        return new Promise((c3) => {
          const y2 = [], w2 = [];
          o2.info("%s %o", n, r2), o2("%O", a);
          let T2 = this._beforeSpawn(e, r2);
          if (T2)
            return c3({
              stdOut: y2,
              stdErr: w2,
              exitCode: 9901,
              rejection: T2
            });
          this._plugins.exec("spawn.before", void 0, {
            ...this.taskContext(e, r2),
            kill(C2) {
              T2 = C2 || T2;
            }
          });
          const k2 = (0, import_node_child_process2.spawn)(n, r2, a);
          k2.stdout.on(
            "data",
            Et(y2, "stdOut", o2, i.step("stdOut"))
          ), k2.stderr.on(
            "data",
            Et(w2, "stdErr", o2, i.step("stdErr"))
          ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
            ...this.taskContext(e, r2),
            spawned: k2,
            close(C2, Te) {
              c3({
                stdOut: y2,
                stdErr: w2,
                exitCode: C2,
                rejection: T2 || Te
              });
            },
            kill(C2) {
              k2.killed || (T2 = C2, k2.kill("SIGINT"));
            }
          });
        });
      }
      _beforeSpawn(e, n) {
        let r2;
        return this._plugins.exec("spawn.before", void 0, {
          ...this.taskContext(e, n),
          kill(s) {
            r2 = s || r2;
          }
        }), r2;
      }
      taskContext(e, n) {
        return {
          method: String(Me(e.commands) || ""),
          commands: n,
          env: { ...this.env },
          input: kt(e) ? void 0 : e.input
        };
      }
    };
    Dn = class {
      constructor(e, n, r2) {
        this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
      }
      chain() {
        return new Pn(this, this._scheduler, this._plugins);
      }
      push(e) {
        return this._chain.push(e);
      }
    };
    Yt = (t2, e, n) => {
      const r2 = ["clone", ...n];
      return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
    };
    Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
    Un = [
      new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
        t2.branch = e, t2.commit = r2, t2.root = !!n;
      }),
      new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
        const n = e.split("<"), r2 = n.pop();
        !r2 || !r2.includes("@") || (t2.author = {
          email: r2.substr(0, r2.length - 1),
          name: n.join("<").trim()
        });
      }),
      new l2(
        /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
        (t2, [e, n, r2]) => {
          t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
        }
      ),
      new l2(
        /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
        (t2, [e, n, r2]) => {
          t2.summary.changes = parseInt(e, 10) || 0;
          const s = parseInt(n, 10) || 0;
          r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
        }
      )
    ];
    Wn = new l2(
      /([a-z-]+): (\d+)$/,
      (t2, [e, n]) => {
        const r2 = jt(e);
        Object.hasOwn(t2, r2) && (t2[r2] = p(n));
      }
    );
    J2 = class {
      constructor(e, n, r2, s) {
        this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
      }
    };
    Xn = /^Init.+ repository in (.+)$/;
    Yn = /^Rein.+ in (.+)$/;
    Qt = "--bare";
    R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
    Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
    rr = class {
      constructor() {
        this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
      }
    };
    Ot = [
      new l2(
        /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
        (t2, [e, n, r2 = ""]) => {
          t2.files.push({
            file: e.trim(),
            changes: p(n),
            insertions: r2.replace(/[^+]/g, "").length,
            deletions: r2.replace(/[^-]/g, "").length,
            binary: false
          });
        }
      ),
      new l2(
        /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
        (t2, [e, n, r2]) => {
          t2.files.push({
            file: e.trim(),
            before: p(n),
            after: p(r2),
            binary: true
          });
        }
      ),
      new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
        t2.files.push({
          file: e.trim(),
          before: 0,
          after: 0,
          binary: true
        });
      }),
      new l2(
        /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
        (t2, [e, n]) => {
          const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
          t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
        }
      )
    ];
    sr = [
      new l2(
        /(\d+)\t(\d+)\t(.+)$/,
        (t2, [e, n, r2]) => {
          const s = p(e), o2 = p(n);
          t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
            file: r2,
            changes: s + o2,
            insertions: s,
            deletions: o2,
            binary: false
          });
        }
      ),
      new l2(/-\t-\t(.+)$/, (t2, [e]) => {
        t2.changed++, t2.files.push({
          file: e,
          after: 0,
          before: 0,
          binary: true
        });
      })
    ];
    or = [
      new l2(/(.+)$/, (t2, [e]) => {
        t2.changed++, t2.files.push({
          file: e,
          changes: 0,
          insertions: 0,
          deletions: 0,
          binary: false
        });
      })
    ];
    ir = [
      new l2(
        /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
        (t2, [e, n, r2, s, o2]) => {
          t2.changed++, t2.files.push({
            file: o2 ?? r2,
            changes: 0,
            insertions: 0,
            deletions: 0,
            binary: false,
            status: bt(_n(e) && e),
            from: bt(!!o2 && r2 !== o2 && r2),
            similarity: p(n)
          });
        }
      )
    ];
    ar = {
      [R2.NONE]: Ot,
      [R2.STAT]: Ot,
      [R2.NUM_STAT]: sr,
      [R2.NAME_STATUS]: ir,
      [R2.NAME_ONLY]: or
    };
    te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
    ee2 = " \xF2\xF2";
    ne2 = " \xF2 ";
    ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
    se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
    Z2 = class {
      constructor(e, n = null, r2) {
        this.reason = e, this.file = n, this.meta = r2;
      }
      toString() {
        return `${this.file}:${this.reason}`;
      }
    };
    dr = class {
      constructor() {
        this.conflicts = [], this.merges = [], this.result = "success";
      }
      get failed() {
        return this.conflicts.length > 0;
      }
      get reason() {
        return this.result;
      }
      toString() {
        return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
      }
    };
    ie = class {
      constructor() {
        this.remoteMessages = {
          all: []
        }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
          changes: 0,
          deletions: 0,
          insertions: 0
        };
      }
    };
    gr = class {
      constructor() {
        this.remote = "", this.hash = {
          local: "",
          remote: ""
        }, this.branch = {
          local: "",
          remote: ""
        }, this.message = "";
      }
      toString() {
        return this.message;
      }
    };
    yr = [
      new x2(
        /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
        (t2, [e, n]) => {
          const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
          Object.assign(s, { [r2]: p(n) });
        }
      ),
      new x2(
        /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
        (t2, [e, n]) => {
          const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
          Object.assign(s, { [r2]: p(n) });
        }
      ),
      new x2(
        /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
        (t2, [e, n, r2]) => {
          const s = tt(t2.remoteMessages);
          s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
        }
      )
    ];
    wr = [
      new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
      ...yr,
      new x2(
        [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
        (t2, [e]) => {
          t2.remoteMessages.pullRequestUrl = e;
        }
      ),
      new x2(
        [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
        (t2, [e, n, r2]) => {
          t2.remoteMessages.vulnerabilities = {
            count: p(e),
            summary: n,
            url: r2
          };
        }
      )
    ];
    br = class {
      constructor() {
        this.all = [];
      }
    };
    Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
    kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
    _r = /^(create|delete) mode \d+ (.+)/;
    vr = [
      new l2(Tr, (t2, [e, n, r2]) => {
        t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
      }),
      new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
      new l2(_r, (t2, [e, n]) => {
        S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
      })
    ];
    Er = [
      new l2(/^from\s(.+)$/i, (t2, [e]) => {
        t2.remote = e;
      }),
      new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
        t2.message = e;
      }),
      new l2(
        /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
        (t2, [e, n, r2, s]) => {
          t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
        }
      )
    ];
    Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
    ue = (t2, e) => Object.assign(
      new ie(),
      Sr(t2, e),
      ae(t2, e)
    );
    Or = [
      new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
        t2.merges.push(e);
      }),
      new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
        t2.conflicts.push(new Z2(e, n));
      }),
      new l2(
        /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
        (t2, [e, n, r2]) => {
          t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
        }
      ),
      new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
        t2.conflicts.push(new Z2(e, null));
      }),
      new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
        t2.result = e;
      })
    ];
    Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
    Ar = (t2) => E2(new dr(), Or, t2);
    Nr = [
      new l2(/^Pushing to (.+)$/, (t2, [e]) => {
        t2.repo = e;
      }),
      new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
        t2.ref = {
          ...t2.ref || {},
          local: e
        };
      }),
      new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
        t2.pushed.push(xr(e, n, r2));
      }),
      new l2(
        /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
        (t2, [e, n, r2]) => {
          t2.branch = {
            ...t2.branch || {},
            local: e,
            remote: n,
            remoteName: r2
          };
        }
      ),
      new l2(
        /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
        (t2, [e, n, r2, s]) => {
          t2.update = {
            head: {
              local: e,
              remote: n
            },
            hash: {
              from: r2,
              to: s
            }
          };
        }
      )
    ];
    $r = (t2, e) => {
      const n = Pr(t2, e), r2 = ae(t2, e);
      return {
        ...n,
        ...r2
      };
    };
    Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
    Lr = /^(.+)\0(.+)$/;
    jr = class {
      constructor(e, n, r2) {
        if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
          const s = Lr.exec(e) || [null, e, e];
          this.from = s[2] || "", this.path = s[1] || "";
        }
      }
    };
    Br = class {
      constructor() {
        this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
      }
    };
    Ir = new Map([
      _2(
        " ",
        "A",
        (t2, e) => t2.created.push(e)
      ),
      _2(
        " ",
        "D",
        (t2, e) => t2.deleted.push(e)
      ),
      _2(
        " ",
        "M",
        (t2, e) => t2.modified.push(e)
      ),
      _2("A", " ", (t2, e) => {
        t2.created.push(e), t2.staged.push(e);
      }),
      _2("A", "M", (t2, e) => {
        t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
      }),
      _2("D", " ", (t2, e) => {
        t2.deleted.push(e), t2.staged.push(e);
      }),
      _2("M", " ", (t2, e) => {
        t2.modified.push(e), t2.staged.push(e);
      }),
      _2("M", "M", (t2, e) => {
        t2.modified.push(e), t2.staged.push(e);
      }),
      _2("R", " ", (t2, e) => {
        t2.renamed.push(xt(e));
      }),
      _2("R", "M", (t2, e) => {
        const n = xt(e);
        t2.renamed.push(n), t2.modified.push(n.to);
      }),
      _2("!", "!", (t2, e) => {
        (t2.ignored = t2.ignored || []).push(e);
      }),
      _2(
        "?",
        "?",
        (t2, e) => t2.not_added.push(e)
      ),
      ...et(
        "A",
        "A",
        "U"
        /* UNMERGED */
      ),
      ...et(
        "D",
        "D",
        "U"
        /* UNMERGED */
      ),
      ...et(
        "U",
        "A",
        "D",
        "U"
        /* UNMERGED */
      ),
      [
        "##",
        (t2, e) => {
          const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
          let a = n.exec(e);
          t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
        }
      ]
    ]);
    Ur = function(t2) {
      const e = t2.split(I2), n = new Br();
      for (let r2 = 0, s = e.length; r2 < s; ) {
        let o2 = e[r2++].trim();
        o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
      }
      return n;
    };
    Gr = ["--null", "-z"];
    fe = "installed=false";
    Hr = [
      new l2(
        /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
        (t2, [e, n, r2, s = ""]) => {
          Object.assign(
            t2,
            q2(p(e), p(n), p(r2), s)
          );
        }
      ),
      new l2(
        /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
        (t2, [e, n, r2, s = ""]) => {
          Object.assign(t2, q2(p(e), p(n), r2, s));
        }
      )
    ];
    le = class {
      constructor(e) {
        this._executor = e;
      }
      _runTask(e, n) {
        const r2 = this._executor.chain(), s = r2.push(e);
        return n && Ln(e, s, n), Object.create(this, {
          then: { value: s.then.bind(s) },
          catch: { value: s.catch.bind(s) },
          _executor: { value: r2 }
        });
      }
      add(e) {
        return this._runTask(
          g(["add", ...v(e)]),
          u(arguments)
        );
      }
      cwd(e) {
        const n = u(arguments);
        return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
          St(
            e.path,
            e.root && this._executor || void 0
          ),
          n
        ) : this._runTask(
          b2("Git.cwd: workingDirectory must be supplied as a string"),
          n
        );
      }
      hashObject(e, n) {
        return this._runTask(
          Vn(e, n === true),
          u(arguments)
        );
      }
      init(e) {
        return this._runTask(
          Zn(e === true, this._executor.cwd, h2(arguments)),
          u(arguments)
        );
      }
      merge() {
        return this._runTask(
          At(h2(arguments)),
          u(arguments)
        );
      }
      mergeFromTo(e, n) {
        return m(e) && m(n) ? this._runTask(
          At([e, n, ...h2(arguments)]),
          u(arguments, false)
        ) : this._runTask(
          b2(
            "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
          )
        );
      }
      outputHandler(e) {
        return this._executor.outputHandler = e, this;
      }
      push() {
        const e = ce(
          {
            remote: d(arguments[0], m),
            branch: d(arguments[1], m)
          },
          h2(arguments)
        );
        return this._runTask(e, u(arguments));
      }
      stash() {
        return this._runTask(
          g(["stash", ...h2(arguments)]),
          u(arguments)
        );
      }
      status() {
        return this._runTask(
          zr(h2(arguments)),
          u(arguments)
        );
      }
    };
    Object.assign(
      le.prototype,
      jn(),
      In(),
      zn(),
      Tn(),
      Hn(),
      Kn(),
      On(),
      er(),
      pr(),
      Dr(),
      Wr()
    );
    Vr = /* @__PURE__ */ (() => {
      let t2 = 0;
      return () => {
        t2++;
        const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
        return {
          promise: e,
          done: n,
          id: t2
        };
      };
    })();
    Xr = class {
      constructor(e = 2) {
        this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
      }
      schedule() {
        if (!this.pending.length || this.running.length >= this.concurrency) {
          this.logger(
            "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
            this.pending.length,
            this.running.length,
            this.concurrency
          );
          return;
        }
        const e = S2(this.running, this.pending.shift());
        this.logger("Attempting id=%s", e.id), e.done(() => {
          this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
        });
      }
      next() {
        const { promise: e, id: n } = S2(this.pending, Vr());
        return this.logger("Scheduling id=%s", n), this.schedule(), e;
      }
    };
    he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
    Qr = class {
      constructor() {
        this.all = [], this.branches = {}, this.current = "", this.detached = false;
      }
      push(e, n, r2, s, o2) {
        e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
          current: e === "*",
          linkedWorkTree: e === "+",
          name: r2,
          commit: s,
          label: o2
        };
      }
    };
    Jr = [
      new l2(
        /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
        (t2, [e, n, r2, s]) => {
          t2.push(Nt(e), true, n, r2, s);
        }
      ),
      new l2(
        /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
        (t2, [e, n, r2, s]) => {
          t2.push(Nt(e), false, n, r2, s);
        }
      )
    ];
    Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
      t2.push(he.CURRENT, false, e, "", "");
    });
    ts = class {
      constructor() {
        this.all = [], this.branches = {}, this.errors = [];
      }
      get success() {
        return !this.errors.length;
      }
    };
    rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
    pe = /^error[^']+'([^']+)'/m;
    ss = [
      new l2(rs, (t2, [e, n]) => {
        const r2 = es(e, n);
        t2.all.push(r2), t2.branches[e] = r2;
      }),
      new l2(pe, (t2, [e]) => {
        const n = ns(e);
        t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
      })
    ];
    gt = (t2, e) => E2(new ts(), ss, [t2, e]);
    ms = [
      new l2(/From (.+)$/, (t2, [e]) => {
        t2.remote = e;
      }),
      new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
        t2.branches.push({
          name: e,
          tracking: n
        });
      }),
      new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
        t2.tags.push({
          name: e,
          tracking: n
        });
      }),
      new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
        t2.deleted.push({
          tracking: e
        });
      }),
      new l2(
        /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
        (t2, [e, n, r2, s]) => {
          t2.updated.push({
            name: r2,
            tracking: s,
            to: n,
            from: e
          });
        }
      )
    ];
    ys = [
      new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
        t2.moves.push({ from: e, to: n });
      })
    ];
    $s = class {
      constructor(e, n) {
        this.all = e, this.latest = n;
      }
    };
    Ps = function(t2, e = false) {
      const n = t2.split(`
`).map(Ds).filter(Boolean);
      e || n.sort(function(s, o2) {
        const i = s.split("."), a = o2.split(".");
        if (i.length === 1 || a.length === 1)
          return Ms(B3(i[0]), B3(a[0]));
        for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
          const w2 = ye(B3(i[c3]), B3(a[c3]));
          if (w2)
            return w2;
        }
        return 0;
      });
      const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
      return new $s(n, r2);
    };
    (f2.prototype = Object.create(le.prototype)).constructor = f2;
    f2.prototype.customBinary = function(t2) {
      return this._plugins.reconfigure("binary", t2), this;
    };
    f2.prototype.env = function(t2, e) {
      return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
    };
    f2.prototype.stashList = function(t2) {
      return this._runTask(
        Cs(
          ht(arguments) || {},
          K2(t2) && t2 || []
        ),
        u(arguments)
      );
    };
    f2.prototype.mv = function(t2, e) {
      return this._runTask(bs(t2, e), u(arguments));
    };
    f2.prototype.checkoutLatestTag = function(t2) {
      var e = this;
      return this.pull(function() {
        e.tags(function(n, r2) {
          e.checkout(r2.latest, t2);
        });
      });
    };
    f2.prototype.pull = function(t2, e, n, r2) {
      return this._runTask(
        Ts(
          d(t2, m),
          d(e, m),
          h2(arguments)
        ),
        u(arguments)
      );
    };
    f2.prototype.fetch = function(t2, e) {
      return this._runTask(
        gs(
          d(t2, m),
          d(e, m),
          h2(arguments)
        ),
        u(arguments)
      );
    };
    f2.prototype.tags = function(t2, e) {
      return this._runTask(
        Ls(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.rebase = function() {
      return this._runTask(
        g(["rebase", ...h2(arguments)]),
        u(arguments)
      );
    };
    f2.prototype.reset = function(t2) {
      return this._runTask(
        An(xn(t2), h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.revert = function(t2) {
      const e = u(arguments);
      return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
        g(["revert", ...h2(arguments, 0, true), t2]),
        e
      );
    };
    f2.prototype.addTag = function(t2) {
      const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
      return this._runTask(e, u(arguments));
    };
    f2.prototype.addAnnotatedTag = function(t2, e) {
      return this._runTask(
        Bs(t2, e),
        u(arguments)
      );
    };
    f2.prototype.deleteLocalBranch = function(t2, e, n) {
      return this._runTask(
        cs(t2, typeof e == "boolean" ? e : false),
        u(arguments)
      );
    };
    f2.prototype.deleteLocalBranches = function(t2, e, n) {
      return this._runTask(
        us(t2, typeof e == "boolean" ? e : false),
        u(arguments)
      );
    };
    f2.prototype.branch = function(t2, e) {
      return this._runTask(
        is(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.branchLocal = function(t2) {
      return this._runTask(as(), u(arguments));
    };
    f2.prototype.raw = function(t2) {
      const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
      for (let s = 0; s < n.length && e; s++)
        if (!st(n[s])) {
          n.splice(s, n.length - s);
          break;
        }
      n.push(...h2(arguments, 0, true));
      var r2 = u(arguments);
      return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
        b2("Raw: must supply one or more command to execute"),
        r2
      );
    };
    f2.prototype.submoduleAdd = function(t2, e, n) {
      return this._runTask(As(t2, e), u(arguments));
    };
    f2.prototype.submoduleUpdate = function(t2, e) {
      return this._runTask(
        Ns(h2(arguments, true)),
        u(arguments)
      );
    };
    f2.prototype.submoduleInit = function(t2, e) {
      return this._runTask(
        xs(h2(arguments, true)),
        u(arguments)
      );
    };
    f2.prototype.subModule = function(t2, e) {
      return this._runTask(
        X2(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.listRemote = function() {
      return this._runTask(
        Ss(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.addRemote = function(t2, e, n) {
      return this._runTask(
        vs(t2, e, h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.removeRemote = function(t2, e) {
      return this._runTask(Os(t2), u(arguments));
    };
    f2.prototype.getRemotes = function(t2, e) {
      return this._runTask(Es(t2 === true), u(arguments));
    };
    f2.prototype.remote = function(t2, e) {
      return this._runTask(
        Rs(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.tag = function(t2, e) {
      const n = h2(arguments);
      return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
    };
    f2.prototype.updateServerInfo = function(t2) {
      return this._runTask(
        g(["update-server-info"]),
        u(arguments)
      );
    };
    f2.prototype.pushTags = function(t2, e) {
      const n = Mr(
        { remote: d(t2, m) },
        h2(arguments)
      );
      return this._runTask(n, u(arguments));
    };
    f2.prototype.rm = function(t2) {
      return this._runTask(
        g(["rm", "-f", ...v(t2)]),
        u(arguments)
      );
    };
    f2.prototype.rmKeepLocal = function(t2) {
      return this._runTask(
        g(["rm", "--cached", ...v(t2)]),
        u(arguments)
      );
    };
    f2.prototype.catFile = function(t2, e) {
      return this._catFile("utf-8", arguments);
    };
    f2.prototype.binaryCatFile = function() {
      return this._catFile("buffer", arguments);
    };
    f2.prototype._catFile = function(t2, e) {
      var n = u(e), r2 = ["cat-file"], s = e[0];
      if (typeof s == "string")
        return this._runTask(
          b2("Git.catFile: options must be supplied as an array of strings"),
          n
        );
      Array.isArray(s) && r2.push.apply(r2, s);
      const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
      return this._runTask(o2, n);
    };
    f2.prototype.diff = function(t2, e) {
      const n = m(t2) ? b2(
        "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
      ) : g(["diff", ...h2(arguments)]);
      return this._runTask(n, u(arguments));
    };
    f2.prototype.diffSummary = function() {
      return this._runTask(
        fr(h2(arguments, 1)),
        u(arguments)
      );
    };
    f2.prototype.applyPatch = function(t2) {
      const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
        "git.applyPatch requires one or more string patches as the first argument"
      );
      return this._runTask(e, u(arguments));
    };
    f2.prototype.revparse = function() {
      const t2 = ["rev-parse", ...h2(arguments, true)];
      return this._runTask(
        g(t2, true),
        u(arguments)
      );
    };
    f2.prototype.clean = function(t2, e, n) {
      const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
      return this._runTask(
        on(s, o2),
        u(arguments)
      );
    };
    f2.prototype.exec = function(t2) {
      const e = {
        commands: [],
        format: "utf-8",
        parser() {
          typeof t2 == "function" && t2();
        }
      };
      return this._runTask(e);
    };
    f2.prototype.checkIgnore = function(t2, e) {
      return this._runTask(
        fs(v(d(t2, G2, []))),
        u(arguments)
      );
    };
    f2.prototype.checkIsRepo = function(t2, e) {
      return this._runTask(
        We(d(t2, m)),
        u(arguments)
      );
    };
    Us = $2("", "plugin:allowEnvironment");
    $t = (0, import_promise_deferred.deferred)().promise;
    we = $2("", "plugin:binary");
    Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
    Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
    be = {
      DISALLOWED_ABBREVIATED: {
        text: "disallowed abbreviated or ambiguous option",
        solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
      },
      UNKNOWN: {
        text: "~ unknown ~",
        solution: void 0
      }
    };
    Qs = class extends O2 {
      constructor(e = "") {
        const n = Ys(e);
        super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
      }
    };
    nt = $2("", "plugin:input");
    ro = class {
      constructor() {
        this.plugins = /* @__PURE__ */ new Set(), this.events = new import_node_events.EventEmitter();
      }
      on(e, n) {
        this.events.on(e, n);
      }
      reconfigure(e, n) {
        this.events.emit(e, n);
      }
      append(e, n) {
        const r2 = S2(this.plugins, { type: e, action: n });
        return () => this.plugins.delete(r2);
      }
      add(e) {
        const n = [];
        return v(e).forEach(
          (r2) => {
            r2 && this.plugins.add(S2(n, r2));
          }
        ), () => {
          n.forEach((r2) => {
            this.plugins.delete(r2);
          });
        };
      }
      exec(e, n, r2) {
        let s = n;
        const o2 = Object.freeze(Object.create(r2));
        for (const i of this.plugins)
          i.type === e && (s = i.action(s, o2));
        return s;
      }
    };
    wo = (t2, e) => {
      const n = new ro(), r2 = Ge(
        t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
        e
      );
      if (!Lt(r2.baseDir))
        throw new Ae(
          r2,
          "Cannot use simple-git on a directory that does not exist"
        );
      return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
        Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
      ), new f2(r2, n);
    };
  }
});

// src/git/simple.ts
function fixedConfig() {
  const out2 = [];
  for (let i = 0; i < FIXED.length; i++) if (FIXED[i] === "-c" && FIXED[i + 1]) out2.push(FIXED[++i]);
  return out2;
}
function simple(cwd) {
  const env = {};
  for (const [k2, v2] of Object.entries(environment())) if (v2 !== void 0 && !PROGRAMS.test(k2)) env[k2] = v2;
  return wo({
    baseDir: cwd,
    config: fixedConfig(),
    maxConcurrentProcesses: 4,
    // What is left is what git needs to find the repository a hook runs for (GIT_DIR, GIT_INDEX_FILE, …).
    allowEnvironment: Object.keys(env).filter((k2) => /^(GIT_|PREFIX$)/i.test(k2)),
    // simple-git refuses these keys whatever their value; exec.ts's FIXED sets them only to turn
    // the programs off (core.fsmonitor=false, credential.helper=, protocol.allow=never).
    unsafe: {
      allowUnsafeConfigPaths: true,
      allowUnsafeConfigEnvCount: true,
      allowUnsafeFsMonitor: true,
      allowUnsafeCredentialHelper: true,
      allowUnsafeProtocolOverride: true
    }
  }).env(env);
}
async function raw(cwd, args) {
  try {
    return await simple(cwd).raw(args);
  } catch (e) {
    const message = e.message ?? String(e);
    throw new GitError(args, null, message);
  }
}
var PROGRAMS;
var init_simple = __esm({
  "src/git/simple.ts"() {
    "use strict";
    init_dist4();
    init_exec();
    PROGRAMS = /^(EDITOR|VISUAL|PAGER|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_PAGER|GIT_ASKPASS|SSH_ASKPASS|GIT_SSH|GIT_SSH_COMMAND|GIT_EXTERNAL_DIFF|GIT_PROXY_COMMAND|GIT_EXEC_PATH|GIT_TEMPLATE_DIR)$/i;
  }
});

// src/git/worktree.ts
async function unstagedPaths(root) {
  const out2 = await raw(root, ["ls-files", "-z", "--full-name", "--modified", "--others", "--exclude-standard"]);
  return [...new Set(out2.split("\0").filter(Boolean))];
}
var init_worktree = __esm({
  "src/git/worktree.ts"() {
    "use strict";
    init_simple();
  }
});

// src/cli/commands/fix.ts
var fix_exports = {};
__export(fix_exports, {
  run: () => run5
});
async function run5(opts) {
  try {
    return await fix(opts);
  } catch (e) {
    if (!(e instanceof FixError)) throw e;
    for (const p2 of e.problems) say(`error: ${p2}`);
    if (e.advice) say(e.advice);
    return EXIT.error;
  }
}
async function fix(opts) {
  const cwd = process.cwd();
  const stagedScope = opts.values.staged === true || opts.positionals.length === 0;
  const { root, s, inGit, targets, left } = stagedScope ? await stagedTargets(cwd, opts) : dirTargets(cwd, opts);
  if (targets.length === 0 && left.length === 0) {
    if (stagedScope && inGit) {
      const seen2 = await unstagedFindings(cwd, root, opts);
      if (seen2.length > 0) {
        const paths = [...new Set(seen2.map((f3) => f3.file))];
        out(`leakproof: nothing staged holds a secret, but the working tree does (not staged yet):
`);
        for (const f3 of seen2) out(`  ${f3.file}:${f3.line}:${f3.column}  ${f3.ruleId}
`);
        out(`Fix them on disk: ${selfCommand(root)} fix ${paths.map(shellWord).join(" ")}
`);
        return EXIT.findings;
      }
    }
    out("leakproof: no secrets found, nothing to fix\n");
    return EXIT.clean;
  }
  const scanned2 = /* @__PURE__ */ new Map();
  const files = [];
  for (const t2 of targets) {
    const d2 = decodeExact(t2.bytes);
    if (!d2) {
      for (const f3 of t2.findings)
        left.push({
          finding: f3,
          reason: "leakproof fix cannot write this file back in its own encoding: move the value by hand"
        });
      continue;
    }
    scanned2.set(t2.path, { bytes: t2.bytes, ...d2 });
    files.push({ path: t2.path, text: d2.text, findings: t2.findings });
  }
  const aux = new AuxFiles(root);
  const trackedCache = /* @__PURE__ */ new Map();
  const tracked = (p2) => inGit && (trackedCache.get(p2) ?? trackedCache.set(p2, isTracked(root, p2)).get(p2));
  const input = {
    rules: s.ruleById,
    project: detectProject(root),
    reads: projectReads(root, inGit, scanned2),
    existing: (p2) => aux.text(p2),
    tracked
  };
  const plan = planFix({ files, ...input });
  const unfixed = [...left, ...plan.files.flatMap((f3) => f3.unfixed)];
  for (const { finding: f3, reason } of unfixed)
    out(`${f3.file}:${f3.line}:${f3.column}  ${f3.ruleId}  not fixable automatically: ${reason}
`);
  if (plan.conflicts.length > 0) throw conflictsError(plan.conflicts);
  const changedFiles = plan.files.filter((f3) => f3.fixed.length > 0);
  if (changedFiles.length === 0) {
    if (unfixed.length > 0) say(`${count2(unfixed.length, "secret")} left to fix by hand (see above)`);
    return unfixed.length > 0 ? EXIT.findings : EXIT.clean;
  }
  if (inGit) refuseUnignorable(root, plan, aux);
  const shown = opts.values["no-redact"] ? {} : { mask: maskForDiff(plan, s) };
  for (const a of plan.aux) out(unifiedDiff(a.path, a.before, a.after, shown));
  for (const f3 of changedFiles) out(unifiedDiff(f3.path, f3.before, f3.after, shown));
  if (!await confirmed(opts)) return EXIT.findings;
  let final = plan;
  let status = unfixed.length > 0 ? EXIT.findings : EXIT.clean;
  const changedSince = changedFiles.filter((f3) => !unchanged(root, f3.path, scanned2.get(f3.path).bytes));
  if (changedSince.length > 0) {
    for (const f3 of changedSince) say(`error: ${changedSinceScan(f3.path)}`);
    status = EXIT.error;
    final = planFix({ files: files.filter((f3) => !changedSince.some((c3) => c3.path === f3.path)), ...input });
    const same = final.files.every((f3) => f3.after === plan.files.find((p2) => p2.path === f3.path)?.after);
    if (!same || final.conflicts.length > 0) throw notAsShownError();
  }
  const staging = opts.values.staged === true && inGit;
  const stageable = staging ? stageableAux(root, final, tracked) : [];
  const written = writeFix(root, final, aux, scanned2);
  for (const p2 of written.changed) say(`error: ${changedSinceScan(p2)}`);
  if (written.changed.length > 0) status = EXIT.error;
  const notIgnored = inGit ? unignored(root, final) : [];
  for (const p2 of notIgnored) say(`error: ${notIgnoredMessage(p2)}`);
  if (notIgnored.length > 0) status = EXIT.error;
  if (staging && written.files.length > 0) for (const n of stageFix(root, final, written, stageable)) say(n);
  const summary2 = fixSummary({
    plan: final,
    rules: s.ruleById,
    fixedPaths: written.files,
    project: input.project,
    committed: inGit ? (p2) => headBytes(root, p2)?.toString("latin1") : void 0,
    adviseStaging: stagedScope && !opts.values.staged && inGit,
    gitIgnores: notIgnored.length === 0
  });
  for (const line of summary2) say(line);
  if (unfixed.length > 0) say(`${count2(unfixed.length, "secret")} left to fix by hand (listed above)`);
  return status;
}
async function confirmed(opts) {
  if (opts.values["dry-run"]) {
    say("dry run: nothing was written");
    return false;
  }
  if (opts.values.yes) return true;
  const answer = await ask("Apply? [y/N] ");
  if (answer === void 0) say("not a terminal: nothing was written; run with --yes to apply");
  else if (!/^y(es)?$/i.test(answer.trim())) say("nothing was written");
  else return true;
  return false;
}
function unchanged(root, path, bytes) {
  return snapshot((0, import_node_path26.join)(root, path)).hash === hashOf2(bytes);
}
function maskForDiff(plan, s) {
  const detector = createDetector(s.rules, s.prebuilt);
  const texts = [
    ...plan.aux.flatMap((a) => [
      { path: a.path, text: a.before, env: a.role === "env" },
      { path: a.path, text: a.after, env: a.role === "env" }
    ]),
    ...plan.files.flatMap((f3) => [
      { path: f3.path, text: f3.before },
      { path: f3.path, text: f3.after }
    ])
  ];
  const known = [
    ...plan.files.flatMap((f3) => [...f3.fixed, ...f3.unfixed].map((x3) => x3.finding.secret)),
    ...plan.entries.map((e) => e.value)
  ];
  return diffMask(texts, known, (path, text2) => detector.detect({ path, text: text2, startLine: 1 }));
}
function envFiles(plan) {
  return [...new Set(plan.entries.map((e) => e.envFile))];
}
function unignored(root, plan) {
  const paths = envFiles(plan);
  const ignored = ignoredAmong(root, paths);
  return paths.filter((p2) => !ignored.has(p2));
}
function notIgnoredMessage(path) {
  return `git does not ignore ${path}, which now holds the values: add it to .gitignore (as UTF-8) before anything stages it`;
}
function refuseUnignorable(root, plan, aux) {
  const gi = plan.aux.find((a) => a.role === "gitignore");
  if (gi) {
    const enc = aux.encoding(gi.path);
    if (enc === "utf16le" || enc === "utf16be")
      throw new FixError(
        [
          `${gi.path} is UTF-16: git reads .gitignore as UTF-8, so none of its lines apply and .env would not be ignored`
        ],
        `Convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8 ${gi.path}), then run leakproof fix again. Nothing was written.`
      );
    return;
  }
  const notIgnored = unignored(root, plan);
  if (notIgnored.length > 0)
    throw new FixError(
      notIgnored.map(
        (p2) => `git does not ignore ${p2}, although .gitignore seems to (is a file UTF-16, or is it re-included by a ! line?)`
      ),
      "Make git ignore it (git check-ignore -v " + notIgnored[0] + " says why not), then run leakproof fix again. Nothing was written."
    );
}
async function unstagedFindings(cwd, root, opts) {
  const paths = await unstagedPaths(root);
  if (paths.length === 0) return [];
  const { targets } = dirTargets(cwd, { ...opts, positionals: paths.map((p2) => (0, import_node_path26.join)(root, p2)) });
  return targets.flatMap((t2) => t2.findings);
}
var import_node_path26, out, say;
var init_fix = __esm({
  "src/cli/commands/fix.ts"() {
    "use strict";
    import_node_path26 = require("node:path");
    init_apply();
    init_auxfiles();
    init_unified();
    init_encoding();
    init_errors3();
    init_plan();
    init_reads();
    init_summary();
    init_write();
    init_files();
    init_project();
    init_files();
    init_detect();
    init_shown();
    init_targets();
    init_errors2();
    init_prompt();
    init_hint();
    init_worktree();
    out = (s) => process.stdout.write(s);
    say = (s) => process.stderr.write(`leakproof: ${s}
`);
  }
});

// src/cli/commands/rotate.ts
var rotate_exports = {};
__export(rotate_exports, {
  DJANGO_ALPHABET: () => DJANGO_ALPHABET,
  FALLBACKS_LINE: () => FALLBACKS_LINE,
  KEY_LINE: () => KEY_LINE,
  newDjangoKey: () => newDjangoKey,
  run: () => run6
});
function newDjangoKey(length = 50) {
  let key = "";
  for (let i = 0; i < length; i++) key += DJANGO_ALPHABET[(0, import_node_crypto2.randomInt)(DJANGO_ALPHABET.length)];
  return key;
}
function run6(opts) {
  const [what] = opts.positionals;
  if (what !== "django") throw new UsageError("usage: leakproof rotate django");
  const key = newDjangoKey();
  const cwd = process.cwd();
  const django = detectProject(nearestRepoDir(cwd) ?? cwd).django;
  const steps2 = django && !django.fallbacks ? [
    `Django ${django.version} (pinned in ${django.file}) has no SECRET_KEY_FALLBACKS (4.1+): switching keys logs everyone out`,
    "and voids password-reset links and signed cookies made with the old key. Pick the moment, or upgrade Django first.",
    "  1. Set DJANGO_SECRET_KEY to the new key above in each environment (never in git); settings.py reads it:",
    `       ${KEY_LINE}`,
    "  2. Restart the application."
  ] : [
    "To rotate a leaked Django SECRET_KEY without logging everyone out (Django 4.1+):",
    "  1. Set DJANGO_SECRET_KEY to the new key above in each environment (never in git); settings.py reads it:",
    `       ${KEY_LINE}`,
    "  2. Keep the old key for a while in SECRET_KEY_FALLBACKS, read from the environment too: set",
    "     DJANGO_SECRET_KEY_FALLBACKS to the old key (several: comma-separated) and write in settings.py",
    `       ${FALLBACKS_LINE}`,
    "     Sessions, password-reset links and signed cookies made with the old key keep working.",
    "  3. After SESSION_COOKIE_AGE (two weeks by default), remove the old key from SECRET_KEY_FALLBACKS.",
    "Before Django 4.1 there is no fallback: changing the key logs everyone out and invalidates reset links."
  ];
  process.stdout.write(`${key}

${steps2.join("\n")}
`);
  return 0;
}
var import_node_crypto2, DJANGO_ALPHABET, KEY_LINE, FALLBACKS_LINE;
var init_rotate = __esm({
  "src/cli/commands/rotate.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    init_repo();
    init_project();
    init_errors2();
    DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
    KEY_LINE = 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]';
    FALLBACKS_LINE = 'SECRET_KEY_FALLBACKS = [k.strip() for k in os.environ.get("DJANGO_SECRET_KEY_FALLBACKS", "").split(",") if k.strip()]';
  }
});

// src/cli/commands/dir.ts
var dir_exports = {};
__export(dir_exports, {
  run: () => run7
});
async function run7(opts) {
  const { finish: finish2, setup: setup2 } = await Promise.resolve().then(() => (init_scan(), scan_exports));
  const { noteSkips: noteSkips2 } = await Promise.resolve().then(() => (init_skips(), skips_exports));
  const cwd = process.cwd();
  const root = nearestRepoDir(cwd) ?? cwd;
  const s = setup2(root, opts);
  const maxFileSize = s.maxFileSize;
  const detector = createDetector(s.rules, s.prebuilt);
  const order = [];
  const files = [];
  const results = [];
  const walk2 = walkFiles(cwd, root, s, opts, (skip) => order.push(skip));
  const started = performance.now();
  let helper;
  let alone = (0, import_node_os4.availableParallelism)() < 2;
  try {
    for (const file of walk2) {
      order.push(files.push(file) - 1);
      if (helper) helper.offer(files);
      else {
        results.push(scanFile(file, detector, maxFileSize));
        if (!alone && performance.now() - started > SOLO_MS) {
          alone = true;
          helper = Helper.start(s.rules, maxFileSize, files.length);
        }
      }
    }
    if (helper) {
      helper.close(files);
      for (let i; (i = claim(helper.counter, false)) !== -1; ) results[i] = scanFile(files[i], detector, maxFileSize);
      for (const [i, r2] of await helper.results(results.length === files.length && !results.includes(void 0)))
        results[i] = r2;
      for (let i = 0; i < files.length; i++) results[i] ??= scanFile(files[i], detector, maxFileSize);
    }
  } finally {
    helper?.stop();
  }
  const skips = [];
  const findings = [];
  for (const item of order) {
    if (typeof item !== "number") skips.push(item);
    else {
      const r2 = results[item];
      if (r2.skip) skips.push(r2.skip);
      for (const f3 of r2.findings) findings.push(f3);
    }
  }
  const notes = noteSkips2(skips, maxFileSize, opts);
  const fileText = (path) => {
    try {
      return (0, import_node_fs25.readFileSync)((0, import_node_path27.resolve)(cwd, path), "utf8");
    } catch {
      return void 0;
    }
  };
  return finish2(s, opts, { found: findings, notes, fileText, complete: opts.positionals.length === 0, scan: "dir" });
}
function claim(counter, wait) {
  for (; ; ) {
    const next = Atomics.load(counter, NEXT);
    const avail = Atomics.load(counter, AVAIL);
    if (next < avail) {
      if (Atomics.compareExchange(counter, NEXT, next, next + 1) === next) return next;
    } else if (Atomics.load(counter, DONE) === 1) {
      if (Atomics.load(counter, AVAIL) <= next) return -1;
    } else if (wait) Atomics.wait(counter, AVAIL, avail, 50);
    else return -1;
  }
}
function serve(init) {
  const detector = createDetector(init.rules, loadPrebuilt());
  const counter = new Int32Array(init.shared);
  const known = [];
  const out2 = [];
  for (let i; (i = claim(counter, true)) !== -1; ) {
    while (init.first + known.length <= i) {
      const m2 = (0, import_node_worker_threads.receiveMessageOnPort)(init.port);
      if (m2) known.push(...m2.message);
      else Atomics.wait(counter, AVAIL, Atomics.load(counter, AVAIL), 1);
    }
    out2.push([i, scanFile(known[i - init.first], detector, init.maxFileSize)]);
  }
  init.port.close();
  import_node_worker_threads.parentPort.postMessage(out2);
}
var import_node_fs25, import_node_os4, import_node_path27, import_node_worker_threads, SOLO_MS, BATCH, NEXT, AVAIL, DONE, Helper;
var init_dir3 = __esm({
  "src/cli/commands/dir.ts"() {
    "use strict";
    import_node_fs25 = require("node:fs");
    import_node_os4 = require("node:os");
    import_node_path27 = require("node:path");
    import_node_worker_threads = require("node:worker_threads");
    init_detect();
    init_lazy();
    init_prebuilt();
    init_dir2();
    init_repo();
    SOLO_MS = 50;
    BATCH = 32;
    NEXT = 0;
    AVAIL = 1;
    DONE = 2;
    Helper = class _Helper {
      counter;
      worker;
      port;
      posted;
      done;
      /** A worker, or none if one cannot be started (then this thread scans alone, as it would on one core). */
      static start(rules, maxFileSize, first) {
        try {
          return new _Helper(rules, maxFileSize, first);
        } catch {
          return void 0;
        }
      }
      constructor(rules, maxFileSize, first) {
        const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
        this.counter = new Int32Array(shared);
        this.counter[NEXT] = first;
        this.counter[AVAIL] = first;
        this.posted = first;
        const { port1, port2 } = new import_node_worker_threads.MessageChannel();
        this.port = port1;
        const init = {
          kind: "leakproof-dir",
          rules: compileAll(rules),
          maxFileSize,
          shared,
          port: port2,
          first
        };
        this.worker = new import_node_worker_threads.Worker(new URL(__leakproofUrl), { workerData: init, transferList: [port2] });
        this.done = new Promise((settle) => {
          this.worker.once("message", (m2) => settle(m2));
          this.worker.once("error", () => settle(void 0));
          this.worker.once("exit", () => settle(void 0));
        });
      }
      offer(files) {
        if (files.length - this.posted >= BATCH) this.flush(files);
      }
      close(files) {
        this.flush(files);
        Atomics.store(this.counter, DONE, 1);
        Atomics.notify(this.counter, AVAIL);
      }
      /** The worker's results; none to wait for if this thread scanned every file itself. */
      async results(allHere) {
        return allHere ? [] : await this.done ?? [];
      }
      /** Ends the worker, done or not (an error in the walk must not leave it waiting for files). */
      stop() {
        this.port.close();
        void this.worker.terminate();
      }
      flush(files) {
        if (files.length === this.posted) return;
        this.port.postMessage(files.slice(this.posted));
        this.posted = files.length;
        Atomics.store(this.counter, AVAIL, this.posted);
        Atomics.notify(this.counter, AVAIL);
      }
    };
    if (!import_node_worker_threads.isMainThread && import_node_worker_threads.workerData?.kind === "leakproof-dir") serve(import_node_worker_threads.workerData);
  }
});

// src/cli/commands/baseline.ts
var baseline_exports = {};
__export(baseline_exports, {
  run: () => run8
});
async function run8(opts) {
  const file = opts.values.output ?? opts.values["write-baseline"] ?? baselinePath(process.cwd());
  const quiet = opts.values.quiet ?? false;
  const tmp = (0, import_node_fs26.mkdtempSync)((0, import_node_path28.join)((0, import_node_os5.tmpdir)(), "leakproof-baseline-"));
  try {
    const parts = [(0, import_node_path28.join)(tmp, "dir.json")];
    const sub = (write, positionals) => ({
      ...opts,
      positionals,
      values: { ...opts.values, "write-baseline": write, output: void 0, quiet: true }
    });
    let code = await (await Promise.resolve().then(() => (init_dir3(), dir_exports))).run(sub(parts[0], opts.positionals));
    if (code !== EXIT.clean) return code;
    if (opts.values.history) {
      parts.push((0, import_node_path28.join)(tmp, "history.json"));
      code = await (await Promise.resolve().then(() => (init_history2(), history_exports))).run(sub(parts[1], []));
      if (code !== EXIT.clean) return code;
    }
    const entries = parts.flatMap((p2) => readBaseline(p2).entries);
    writeOutput("the baseline", file, formatEntries(entries));
    const n = new Set(entries.map((e) => e.fingerprint)).size;
    if (!quiet) {
      const shown = (0, import_node_path28.relative)(process.cwd(), file) || file;
      const what = opts.values.history ? "the working tree and every commit" : "the working tree";
      const read3 = file === baselinePath(process.cwd()) ? "staged, dir, history and the hooks read it from there without flags" : `scans read it with --baseline ${shown}, or name it in .leakproof.toml (baseline = "${shown}")`;
      process.stderr.write(
        `leakproof: wrote ${n} accepted finding${n === 1 ? "" : "s"} from ${what} to ${shown}; ${read3}. Commit it so everyone's hook accepts the same.
`
      );
      if (!opts.values.history)
        process.stderr.write("leakproof: secrets only in older commits are not in it: leakproof baseline --history\n");
    }
    return EXIT.clean;
  } finally {
    (0, import_node_fs26.rmSync)(tmp, { recursive: true, force: true });
  }
}
var import_node_fs26, import_node_os5, import_node_path28;
var init_baseline2 = __esm({
  "src/cli/commands/baseline.ts"() {
    "use strict";
    import_node_fs26 = require("node:fs");
    import_node_os5 = require("node:os");
    import_node_path28 = require("node:path");
    init_baseline();
    init_errors2();
    init_output();
  }
});

// src/cli/dispatch.ts
var dispatch_exports = {};
__export(dispatch_exports, {
  runCommand: () => runCommand
});
module.exports = __toCommonJS(dispatch_exports);
init_errors2();
async function runCommand(command, opts) {
  switch (command) {
    case "dir":
      return (await Promise.resolve().then(() => __toESM(require("./dir.js"), 1))).run(opts);
    case "history":
      return (await Promise.resolve().then(() => (init_history2(), history_exports))).run(opts);
    case "pre-push":
      return (await Promise.resolve().then(() => (init_prepush(), prepush_exports))).run(opts);
    case "install":
      return (await Promise.resolve().then(() => (init_install2(), install_exports))).run(opts);
    case "uninstall":
      return (await Promise.resolve().then(() => (init_uninstall(), uninstall_exports))).run(opts);
    case "fix":
      return (await Promise.resolve().then(() => (init_fix(), fix_exports))).run(opts);
    case "django":
      return (await Promise.resolve().then(() => __toESM(require("./django.js"), 1))).run(opts);
    case "rotate":
      return (await Promise.resolve().then(() => (init_rotate(), rotate_exports))).run(opts);
    case "baseline":
      return (await Promise.resolve().then(() => (init_baseline2(), baseline_exports))).run(opts);
    default:
      throw new UsageError(`unknown command "${command}" (leakproof --help lists the commands)`);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runCommand
});
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
