"use strict";
const __leakproofUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
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
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
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

// src/lists.ts
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
var init_lists = __esm({
  "src/lists.ts"() {
    "use strict";
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
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
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
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
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
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned2 = scanBracket(pattern, index);
          if (scanned2 === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned2.source);
            index = scanned2.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
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
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
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
        (_, start) => `${start}**`,
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
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
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
        (_, p1) => p1 + WILDCARD,
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
        (match, range, close) => `\\[${range}${close}`,
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
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
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
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
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
      let count2 = 0;
      while (str2[str2.length - count2 - 1] === ESCAPE) {
        count2++;
      }
      return count2 % 2 === 1;
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
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
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
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
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
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
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
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
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
    checkPath.convert = (p) => p;
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
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
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

// src/report/order.ts
function time(f) {
  const t = f.date ? Date.parse(f.date) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}
function byPlace(a, b) {
  return byCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnits(a.ruleId, b.ruleId) || byCommit(a, b);
}
function byAge(a, b) {
  return byCommit(a, b) || a.line - b.line || a.column - b.column;
}
function byCommit(a, b) {
  const ta = time(a);
  const tb = time(b);
  return (ta === tb ? 0 : ta < tb ? -1 : 1) || byCodeUnits(a.commit ?? "", b.commit ?? "");
}
var init_order = __esm({
  "src/report/order.ts"() {
    "use strict";
    init_lists();
  }
});

// src/cli/version.ts
var version_exports = {};
__export(version_exports, {
  version: () => version
});
function version() {
  const pkg = JSON.parse((0, import_node_fs13.readFileSync)(new URL("../../package.json", __leakproofUrl), "utf8"));
  return pkg.version;
}
var import_node_fs13;
var init_version = __esm({
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
    (f) => `| \`${cell(f.file)}:${f.line}\` | \`${f.ruleId}\` | ${f.severity} | \`${cell(f.secret)}\` | ${f.remediation ? `\`${cell(f.remediation)}\`` : ""} |`
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
      const lines = findings.map((f) => {
        const level = f.severity === "low" ? "notice" : f.severity === "medium" ? "warning" : "error";
        const props = [
          `file=${prop(f.file)}`,
          `line=${f.line}`,
          `col=${f.column}`,
          `endLine=${f.endLine}`,
          `endColumn=${f.endColumn}`,
          `title=${prop(`leakproof: ${f.ruleId}`)}`
        ].join(",");
        const rule = ctx.rules.get(f.ruleId);
        const fix = f.remediation ? ` Fix: ${f.remediation}` : rule?.envVar ? ` Fix: load it from ${rule.envVar}.` : "";
        const what = f.secret === "" ? `${f.message}` : `${f.message}: ${f.secret}.`;
        return `::${level} ${props}::${data(`${what}${fix}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ""}`)}`;
      });
      return lines.length > 0 ? lines.join("\n") + "\n" : "";
    };
  }
});

// src/report/status.ts
function headStatus(f) {
  const paths = f.atHead;
  if (paths === void 0) return void 0;
  if (paths.length === 0) return GONE_FROM_HEAD;
  return `still present at HEAD in ${paths.slice(0, 5).join(", ")}${paths.length > 5 ? ", \u2026" : ""}`;
}
function notesWithStatus(f) {
  const status = headStatus(f);
  return status === void 0 ? f.notes : [...f.notes, status];
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
      const out = findings.map((f) => ({
        ruleId: f.ruleId,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        secret: f.secret,
        fingerprint: f.fingerprint,
        severity: f.severity,
        message: f.message,
        ...f.remediation !== void 0 ? { remediation: f.remediation } : {},
        ...f.fixSteps && f.fixSteps.length > 0 ? { fixSteps: f.fixSteps } : {},
        ...notesWithStatus(f).length > 0 ? { notes: notesWithStatus(f) } : {},
        ...f.scope !== void 0 ? { scope: f.scope } : {},
        ...f.commit !== void 0 ? { commit: f.commit } : {},
        ...f.author !== void 0 ? { author: f.author } : {},
        ...f.date !== void 0 ? { date: f.date } : {}
      }));
      return JSON.stringify({ version: 1, findings: out }, null, 2) + "\n";
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
  return id.split(/[^A-Za-z0-9]+/).filter((p) => p.length > 0).map((p) => p[0].toUpperCase() + p.slice(1)).join("");
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
function helpText(r) {
  if (r.settingFix !== void 0) {
    const fix2 = r.settingFix ? [`Fix: ${r.settingFix}`] : [];
    const text3 = [`Why it matters: ${r.why}`, ...fix2, `Suppress: ${SUPPRESS_TEXT}`].join("\n\n");
    const markdown2 = [
      `**Why it matters.** ${r.why}`,
      ...r.settingFix ? [`**Fix.** \`${r.settingFix}\``] : [],
      `**Suppress.** ${SUPPRESS_TEXT}`
    ].join("\n\n");
    return { text: text3, markdown: markdown2 };
  }
  const fix = r.envVar ? `Load it from the environment variable ${r.envVar} instead of writing it in the file, and keep the value in a secret store or an untracked .env file.` : "Load it from an environment variable instead of writing it in the file, and keep the value in a secret store or an untracked .env file.";
  const fixMd = r.envVar ? `Load it from the environment variable \`${r.envVar}\` instead of writing it in the file, and keep the value in a secret store or an untracked \`.env\` file.` : "Load it from an environment variable instead of writing it in the file, and keep the value in a secret store or an untracked `.env` file.";
  const rotate = r.rotate ?? "Rotate it: a secret that reached a commit stays in the history and in every clone.";
  const text2 = [`Why it matters: ${r.why}`, `Fix: ${fix}`, `Rotate: ${rotate}`, `Suppress: ${SUPPRESS_TEXT}`].join(
    "\n\n"
  );
  const markdown = [
    `**Why it matters.** ${r.why}`,
    `**Fix.** ${fixMd}`,
    `**Rotate.** ${rotate}`,
    `**Suppress.** ${SUPPRESS_TEXT}`
  ].join("\n\n");
  return { text: text2, markdown };
}
function descriptor(r) {
  return {
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: r.why },
    help: helpText(r),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: r.settingFix !== void 0 ? ["security", "configuration"] : ["security", "secret"],
      "security-severity": SECURITY_SEVERITY[r.severity]
    }
  };
}
function resultOf(f, ruleIndex, r) {
  const remedy = r.envVar ? ` \u2014 load it from ${r.envVar}` : "";
  const history = {};
  if (f.commit !== void 0) {
    history.commit = f.commit;
    if (f.author !== void 0) history.author = f.author;
    if (f.date !== void 0) history.date = f.date;
  }
  const notes = notesWithStatus(f);
  const hasProps = f.commit !== void 0 || notes.length > 0;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: {
      text: f.secret === "" ? `${f.message}${f.remediation ? ` Fix: ${f.remediation}` : ""}` : `${headline(f.message || r.description)}: ${f.secret}${remedy}`
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f.file), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...hasProps ? { properties: { ...history, ...notes.length > 0 ? { notes: [...notes] } : {} } } : {}
  };
}
function sarifLog(findings, ctx) {
  const firstByRule = /* @__PURE__ */ new Map();
  for (const f of findings) if (!firstByRule.has(f.ruleId)) firstByRule.set(f.ruleId, f);
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
        results: findings.map((f) => resultOf(f, index.get(f.ruleId), infos.get(f.ruleId)))
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
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
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
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
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
function fixCommand(findings, scan) {
  if (scan !== "staged" || !findings.some((f) => f.remediation !== void 0 && f.secret !== "")) return void 0;
  return "leakproof fix --staged";
}
function asideReport(out, aside, ctx, c) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of aside) {
    const key = f.valueFingerprint ?? f.fingerprint;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const values = groups.size;
  out.push(
    c.bold(
      `In tests, docs and examples (one severity lower; --exclude-tests leaves them out): ${aside.length} finding${aside.length === 1 ? "" : "s"}, ${values} distinct value${values === 1 ? "" : "s"}`
    )
  );
  out.push("");
  for (const group of groups.values()) {
    const first = group[0];
    out.push(`${header(first, c)}  ${c.dim(first.scope ?? "")}`);
    out.push(`  secret  ${first.secret}`);
    const again = group.slice(1);
    if (again.length > 0) {
      const shown = again.slice(0, SHOWN_AGAIN).map((f) => `${f.file}:${f.line}`);
      const more = again.length > SHOWN_AGAIN ? `, and ${again.length - SHOWN_AGAIN} more` : "";
      out.push(`  also    ${shown.join(", ")}${more}`);
    }
    advice(out, first, first.notes, ctx, c);
  }
}
function header(f, c) {
  const sev = f.severity === "critical" || f.severity === "high" ? c.red(f.severity) : c.yellow(f.severity);
  return `${c.bold(`${f.file}:${f.line}:${f.column}`)}  ${c.cyan(f.ruleId)}  ${sev}`;
}
function advice(out, f, notes, ctx, c) {
  const rule = ctx.rules.get(f.ruleId);
  out.push(`  why     ${rule?.why ?? f.message}`);
  for (const n of notes) out.push(`  note    ${n}`);
  if (f.remediation) out.push(`  fix     ${c.green(f.remediation)}`);
  const steps2 = f.fixSteps ?? [];
  steps2.forEach((s, i) => out.push(`  ${i === 0 && !f.remediation ? "fix   " : "      "}  ${s}`));
  out.push("");
}
function footer(c) {
  return c.dim(
    "A false positive? Add a `leakproof:allow` comment on that line, or accept the current findings with `leakproof baseline`."
  );
}
function historyReport(findings, ctx, c) {
  const out = [];
  const groups = groupBy(findings, (f) => f.fingerprint);
  let gone = 0;
  const commits = /* @__PURE__ */ new Set();
  for (const group of groups.values()) {
    group.sort(byAge);
    const first = group[0];
    for (const f of group) if (f.commit) commits.add(f.commit);
    out.push(header(first, c));
    out.push(`  secret  ${first.secret}`);
    out.push(
      `  added   ${first.commit ?? "(not in a commit)"}${first.author ? `  ${first.author}` : ""}${first.date ? `  ${first.date}` : ""}`
    );
    const again = group.slice(1);
    for (const f of again.slice(0, SHOWN_AGAIN)) {
      out.push(`  again   ${f.commit ?? ""}  line ${f.line}${f.date ? `  ${f.date}` : ""}`);
    }
    if (again.length > SHOWN_AGAIN)
      out.push(`          \u2026 and ${again.length - SHOWN_AGAIN} more (--format json lists every one)`);
    const status = headStatus(first);
    if (status === GONE_FROM_HEAD) gone++;
    if (status) out.push(`  status  ${status === GONE_FROM_HEAD ? c.yellow(status) : status}`);
    advice(out, first, first.notes, ctx, c);
  }
  const n = groups.size;
  const occurrences = findings.length > n ? ` (added ${findings.length} times, in ${commits.size} commit${commits.size === 1 ? "" : "s"})` : "";
  const aside = [...groups.values()].filter((g) => g[0].scope !== void 0).length;
  const asideNote = aside > 0 ? `; ${aside} of them in tests, docs or examples (--exclude-tests leaves them out)` : "";
  out.push(c.bold(c.red(`leakproof: ${n} secret${n === 1 ? "" : "s"} found in history${occurrences}${asideNote}`)));
  if (gone > 0) {
    const who = gone === n ? n === 1 ? "It is" : n === 2 ? "Both are" : "All are" : `${gone} of them ${gone === 1 ? "is" : "are"}`;
    const it = gone === 1 ? "it" : "them";
    const commands = [
      ...new Set(
        [...groups.values()].filter((g) => g[0].atHead?.length === 0).map((g) => ctx.rules.get(g[0].ruleId)?.rotateCommand).filter((cmd) => cmd !== void 0)
      )
    ];
    out.push(
      c.yellow(
        `${who} no longer at HEAD but ${gone === 1 ? "was" : "were"} committed: anyone with a clone has ${it}, so rotate ${it}.${commands.length > 0 ? ` ${commands.join(", ")} ${commands.length === 1 ? "prints" : "print"} a new value and how to switch to it.` : ""}`
      )
    );
  }
  out.push(footer(c));
  return out.join("\n") + "\n";
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
      const c = import_picocolors.default.createColors(ctx.color);
      const out = [];
      if (findings.length === 0) {
        out.push(c.green(`leakproof: no ${ctx.scan === "django" ? "deployment issue" : "secret"}s found`));
        return out.join("\n") + "\n";
      }
      if (findings.some((f) => f.commit !== void 0)) return historyReport(findings, ctx, c);
      const aside = findings.filter((f) => f.scope !== void 0);
      for (const f of findings) {
        if (f.scope !== void 0) continue;
        out.push(header(f, c));
        if (f.secret !== "") out.push(`  secret  ${f.secret}`);
        advice(out, f, f.notes, ctx, c);
      }
      if (aside.length > 0) asideReport(out, aside, ctx, c);
      const settings = ctx.scan === "django" ? findings.length : findings.filter((f) => f.secret === "").length;
      const n = findings.length - settings;
      const counts = [
        ...n > 0 || settings === 0 ? [`${n} secret${n === 1 ? "" : "s"}`] : [],
        ...settings > 0 ? [`${settings} deployment issue${settings === 1 ? "" : "s"}`] : []
      ];
      const asideNote = aside.length > 0 ? ` (${aside.length} in tests, docs or examples)` : "";
      out.push(c.bold(c.red(`leakproof: ${counts.join(" and ")} found${asideNote}`)));
      out.push(footer(c));
      const fix = ctx.scan === "staged" && ctx.fixHint !== void 0 ? ctx.fixHint : fixCommand(findings, ctx.scan);
      if (fix) out.push(`Fix ${n === 1 ? "it" : "them"}: ${c.bold(fix)}`);
      return out.join("\n") + "\n";
    };
  }
});

// src/cli/deploy.ts
var deploy_exports = {};
__export(deploy_exports, {
  deployForCommit: () => deployForCommit
});
async function deployForCommit(root, staged, readStaged, readDisk) {
  const { deployForCommit: run2 } = await Promise.resolve().then(() => __toESM(require("./django-hook.js"), 1));
  return run2(root, staged, readStaged, readDisk);
}
var init_deploy = __esm({
  "src/cli/deploy.ts"() {
    "use strict";
  }
});

// src/cli/daemon/server.ts
var server_exports = {};
__export(server_exports, {
  idleSeconds: () => idleSeconds,
  serve: () => serve
});
module.exports = __toCommonJS(server_exports);
var import_node_fs16 = require("node:fs");
var import_node_net = require("node:net");

// src/cli/commands/staged.ts
var staged_exports = {};
__export(staged_exports, {
  run: () => run
});
var import_node_fs14 = require("node:fs");
var import_node_path13 = require("node:path");

// src/baseline/baseline.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = require("node:path");

// src/git/repo.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/errors.ts
var USER_ERROR = /* @__PURE__ */ Symbol.for("leakproof.userError");
var LeakproofError = class extends Error {
  [USER_ERROR] = true;
};
function isUserError(e) {
  return typeof e === "object" && e !== null && e[USER_ERROR] === true;
}

// src/git/exec.ts
var import_node_child_process = require("node:child_process");
var import_node_os = require("node:os");
var FIXED = [
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
var STDERR_KEEP = 16 * 1024;
var GitError = class extends LeakproofError {
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
function describe(args, code, stderr) {
  const shown = [];
  for (let i = 0; i < args.length && shown.length < 3; i++) {
    if (args[i] === "-c") i++;
    else if (args[i].length <= 40) shown.push(args[i]);
  }
  const why = stderr.trim().split("\n").filter((l) => l && !/^(hint|warning):/.test(l)).slice(-3).join("; ");
  return `git ${shown.join(" ")} failed${code === null ? "" : ` (exit ${code})`}${why ? `: ${why}` : ""}`;
}
var SAFE_ENV = {
  GIT_OPTIONAL_LOCKS: "0",
  GIT_TERMINAL_PROMPT: "0",
  GIT_ALLOW_PROTOCOL: "",
  GIT_NO_LAZY_FETCH: "1",
  GIT_NO_REPLACE_OBJECTS: "1",
  GIT_GRAFT_FILE: import_node_os.devNull
};
function environment(extra) {
  return { ...process.env, ...SAFE_ENV, ...extra };
}
function spawnFailure(args, e) {
  if (e.code === "ENOENT") return new GitError(args, null, "", "git is not installed or not on PATH");
  return new GitError(args, null, "", `cannot run git: ${e.message}`);
}
function gitSync(args, opts) {
  const r = (0, import_node_child_process.spawnSync)("git", [...FIXED, ...args], {
    cwd: opts.cwd,
    env: environment(opts.env),
    input: opts.input,
    stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
    maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
    windowsHide: true,
    ...opts.timeout !== void 0 ? { timeout: opts.timeout, killSignal: "SIGKILL" } : {}
  });
  if (r.error) {
    const e = r.error;
    if (e.code === "ETIMEDOUT")
      throw new GitError(args, null, "", `git ${args[0]} did not finish in ${opts.timeout} ms`);
    if (e.code === "ENOBUFS") throw new GitError(args, null, "", `git ${args[0]} produced more output than allowed`);
    throw spawnFailure(args, e);
  }
  const stderr = r.stderr.toString("utf8").slice(-STDERR_KEEP);
  const code = r.status ?? -1;
  if (code !== 0 && !(opts.okCodes ?? []).includes(code)) throw new GitError(args, r.status, stderr);
  return { code, stdout: r.stdout, stderr };
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
    child.stdout.on("data", (chunk) => {
      if (failed2) return;
      try {
        onData(chunk);
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
  for (let j = n - 1; j >= 0 && j >= n - 4; j--) {
    const b = bytes[j];
    if (b < 128) return n;
    if (b >= 192) {
      const len = b >= 240 ? 4 : b >= 224 ? 3 : 2;
      return j + len > n ? j : n;
    }
  }
  return n;
}
var LineSplitter = class {
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
  push(chunk) {
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
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

// src/git/repo.ts
function nearestRepoDir(start) {
  let dir = (0, import_node_path.resolve)(start);
  for (; ; ) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, ".git"))) return dir;
    const up = (0, import_node_path.dirname)(dir);
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
  return (0, import_node_path.resolve)(cwd, gitText(["rev-parse", "--git-path", name], { cwd }));
}
function mergeInProgress(cwd) {
  try {
    return (0, import_node_fs.existsSync)(gitPath(cwd, "MERGE_HEAD"));
  } catch {
    return false;
  }
}

// src/sources/regular.ts
var import_node_fs2 = require("node:fs");
var FileRefused = class extends LeakproofError {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
  }
  path;
  reason;
};
function kind(st) {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a FIFO";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}
function readRegular(path, max) {
  const fd = (0, import_node_fs2.openSync)(path, import_node_fs2.constants.O_RDONLY | (import_node_fs2.constants.O_NONBLOCK ?? 0));
  try {
    const st = (0, import_node_fs2.fstatSync)(fd);
    if (!st.isFile()) throw new FileRefused(path, `${kind(st)}, not a regular file: refusing to read it`);
    if (st.size > max)
      throw new FileRefused(path, `${(st.size / 1048576).toFixed(1)} MiB, more than the ${max / 1048576} MiB allowed`);
    const buf = Buffer.alloc(Math.min(st.size, max) + 1);
    let n = 0;
    for (let r; n < buf.length && (r = (0, import_node_fs2.readSync)(fd, buf, n, buf.length - n, n)) > 0; ) n += r;
    if (n > max) throw new FileRefused(path, `more than the ${max / 1048576} MiB allowed`);
    return buf.subarray(0, n);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
var SMALL_FILE = 1048576;
var BASELINE_FILE = 64 * 1048576;

// src/types.ts
var WEAKNESS_CHECKS = ["django-secret-key"];

// src/rules/linear.ts
var import_node_module = require("node:module");
var libs;
function load() {
  if (libs) return libs;
  const require2 = (0, import_node_module.createRequire)(__leakproofUrl);
  const regexpp = require2("./vendor.cjs")["@eslint-community/regexpp"];
  const scslre = require2("./vendor.cjs")["scslre"];
  const analysis = require2("./vendor.cjs")["regexp-ast-analysis"];
  return libs = { regexpp, scslre, analysis, parser: new regexpp.RegExpParser({ ecmaVersion: 2022 }) };
}
var BOUND = 16;
function backtrackingProblems(source, flags) {
  const { parser, scslre } = load();
  const analyse = scslre.analyse;
  const f = flags.replace(/[gdy]/g, "");
  const literal = parser.parseLiteral(`/${source}/${f}`);
  const problems = [...analyse(literal).reports.map((r) => describe2(r)), ...ambiguousAlternatives(literal)];
  if (problems.length > 0) return problems;
  const unbounded = unbound(literal);
  if (unbounded === literal.raw) return [];
  const loose = parser.parseLiteral(unbounded);
  const original = /* @__PURE__ */ new Map();
  const a = quantifiers(literal);
  quantifiers(loose).forEach((q, i) => original.set(q, a[i]));
  const orig = (q) => original.get(q) ?? q;
  return analyse(loose).reports.filter((r) => r.type !== "Move" && steps(r, orig) > MAX_STEPS).map(
    (r) => `${describe2(r, orig)}: up to ${steps(r, orig)} steps from each start position (bound the runs that can trade to {0,${BOUND}}, or make them exclusive)`
  );
}
var MAX_STEPS = 1024;
function quantifiers(literal) {
  const out = [];
  load().regexpp.visitRegExpAST(literal, { onQuantifierEnter: (q) => void out.push(q) });
  return out;
}
function steps(r, orig) {
  if (r.type === "Trade") return orig(r.startQuant).max * orig(r.endQuant).max;
  if (r.type === "Self") return orig(r.quant).max ** Math.min(orig(r.parentQuant).max, 64);
  return orig(r.quant).max;
}
function describe2(r, orig = (q) => q) {
  const how = r.exponential ? "exponential" : "polynomial";
  switch (r.type) {
    case "Trade":
      return `${how} backtracking: ${orig(r.startQuant).raw} and ${orig(r.endQuant).raw} can both match "${r.character.pick}"`;
    case "Self":
      return `${how} backtracking: ${orig(r.quant).raw} repeats inside ${orig(r.parentQuant).raw} and can match "${r.character.pick}" in more than one way`;
    case "Move":
      return `quadratic time: ${orig(r.quant).raw} is tried again from every start position (anchor it, or bound it)`;
  }
}
function ambiguousAlternatives(literal) {
  const { regexpp, analysis } = load();
  const out = [];
  regexpp.visitRegExpAST(literal, {
    onQuantifierEnter(q) {
      const g = q.element;
      if (g.type !== "Group" && g.type !== "CapturingGroup" || g.alternatives.length < 2) return;
      if (2 ** Math.min(q.max, 64) <= MAX_STEPS) return;
      const firsts = g.alternatives.map((a) => analysis.getFirstConsumedChar(a, "ltr", literal.flags));
      for (let i = 0; i < firsts.length; i++) {
        for (let j = i + 1; j < firsts.length; j++) {
          const a = firsts[i];
          const b = firsts[j];
          if (a.empty || b.empty || !a.char.isDisjointWith(b.char)) {
            out.push(
              `exponential backtracking: in ${q.raw}, the branches ${g.alternatives[i].raw || "(empty)"} and ${g.alternatives[j].raw || "(empty)"} can match the same text, so each repetition can be tried both ways`
            );
            return;
          }
        }
      }
    }
  });
  return out;
}
function unbound(literal) {
  const edits = [];
  load().regexpp.visitRegExpAST(literal, {
    onQuantifierEnter(q) {
      if (q.max > BOUND && q.max !== Infinity && q.min !== q.max) edits.push(q);
    }
  });
  let src = literal.raw;
  for (const q of edits.sort((a, b) => b.end - a.end)) {
    const lazy = q.raw.endsWith("?") && q.raw.length - q.element.raw.length > 1;
    src = src.slice(0, q.element.end) + (q.min === 0 ? "*" : "+") + (lazy ? "?" : "") + src.slice(q.end);
  }
  return src;
}

// src/rules/schema.ts
var RuleError = class extends LeakproofError {
  constructor(file, line, message) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
    this.file = file;
    this.line = line;
  }
  file;
  line;
};
var SEVERITIES = ["critical", "high", "medium", "low"];
var RULE_KEYS = /* @__PURE__ */ new Set([
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
var ALLOWLIST_KEYS = /* @__PURE__ */ new Set(["description", "regexes", "matchRegexes", "paths", "stopwords", "names"]);
var ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
var ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
function lineOfId(text2, id) {
  if (text2 === "") return void 0;
  const needle = new RegExp(`^\\s*id\\s*=\\s*["']${id.replace(/[^a-z0-9-]/gi, "")}["']`, "m");
  const m = needle.exec(text2);
  return m ? text2.slice(0, m.index).split("\n").length : void 0;
}
function compileRule(raw, file, text2, trusted = false, user = false) {
  if (!isTable(raw)) throw new RuleError(file, void 0, "each [[rules]] entry must be a table");
  const id = raw.id;
  if (typeof id !== "string" || !ID.test(id)) {
    throw new RuleError(file, void 0, `rule id ${JSON.stringify(id)} must be lowercase letters, digits and dashes`);
  }
  const line = lineOfId(text2, id);
  const fail = (msg) => {
    throw new RuleError(file, line, `rule "${id}": ${msg}`);
  };
  for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) fail(`unknown field "${key}"`);
  const description = str(raw.description, "description", fail) ?? fail("missing description");
  const flags = str(raw.flags, "flags", fail) ?? "";
  if (!/^[imsu]*$/.test(flags)) fail(`flags "${flags}" may only contain i, m, s, u (g and d are added by leakproof)`);
  const sources = raw.regex === void 0 ? fail("missing regex") : strList(raw.regex, "regex", fail);
  if (sources.length === 0) fail("regex is empty");
  const secretGroup = raw.secretGroup;
  if (secretGroup !== void 0 && (!Number.isInteger(secretGroup) || secretGroup < 0)) {
    fail("secretGroup must be a whole number \u2265 0");
  }
  const compile = (source) => {
    if (trusted) return new RegExp(source, `${flags}gd`);
    if (/\\[1-9]|\\k</.test(source)) fail("backreferences are not allowed (they defeat linear-time matching)");
    if (/\(\?<[=!]/.test(source))
      fail("lookbehind is not allowed (bounded windows cannot honour it); use (?:^|[^\u2026]) instead");
    let re;
    try {
      re = new RegExp(source, `${flags}gd`);
    } catch (e) {
      return fail(`invalid regex: ${e.message}`);
    }
    if (user) refuseBacktracking(source, flags, "regex", fail);
    const groups = countGroups(source);
    if (secretGroup !== void 0 && secretGroup > groups) {
      fail(`secretGroup ${secretGroup} is beyond the regex's ${groups} capture group(s)`);
    }
    return re;
  };
  const regexes = trusted ? [] : sources.map(compile);
  const severity = str(raw.severity, "severity", fail) ?? "high";
  if (!SEVERITIES.includes(severity)) fail(`severity must be one of ${SEVERITIES.join(", ")}`);
  const keywords = (raw.keywords === void 0 ? [] : strList(raw.keywords, "keywords", fail)).map(
    (k) => k.toLowerCase()
  );
  if (keywords.some((k) => k.length < 2)) fail("keywords must be at least 2 characters");
  const wide = keywords.find((k) => /[\u0080-\uffff]/.test(k));
  if (wide !== void 0)
    fail(`keyword ${JSON.stringify(wide)} must be ASCII (the keyword prefilter reads ASCII only)`);
  if (raw.files !== void 0 && raw.keywords !== void 0)
    fail("a rule with files reads those files whole: it takes no keywords");
  const minLength = int(raw.minLength, "minLength", fail) ?? 1;
  const maxLength = int(raw.maxLength, "maxLength", fail) ?? 1e3;
  if (maxLength < minLength) fail("maxLength is below minLength");
  const rule = {
    id,
    description,
    regexes,
    keywords,
    minLength,
    maxLength,
    paths: regexList(raw.paths, "paths", fail, user),
    files: regexList(raw.files, "files", fail, user),
    allowlist: compileAllowlist(raw.allowlist, fail, user),
    severity,
    priority: int(raw.priority, "priority", fail) ?? 0,
    multiline: bool(raw.multiline, "multiline", fail) ?? false,
    reach: reachOf(int(raw.reach, "reach", fail), fail),
    skipPlaceholders: bool(raw.skipPlaceholders, "skipPlaceholders", fail) ?? true,
    literalInCode: bool(raw.literalInCode, "literalInCode", fail) ?? true,
    chosenPasswords: bool(raw.chosenPasswords, "chosenPasswords", fail) ?? false,
    why: str(raw.why, "why", fail) ?? description,
    envVarFrom: oneOf(raw.envVarFrom, "envVarFrom", ["rule", "name"], fail) ?? "rule",
    source: file,
    examples: {
      match: raw.match === void 0 ? [] : strList(raw.match, "match", fail),
      nomatch: raw.nomatch === void 0 ? [] : strList(raw.nomatch, "nomatch", fail)
    }
  };
  const entropy2 = compileEntropy(raw.entropy, fail);
  if (entropy2) rule.entropy = entropy2;
  const context = compileContext(raw.context, fail);
  if (context) rule.context = context;
  const envVar = str(raw.envVar, "envVar", fail);
  if (envVar !== void 0) {
    if (!ENV_NAME.test(envVar)) fail("envVar must be an UPPER_SNAKE_CASE name");
    rule.envVar = envVar;
  }
  const byName = raw.envVarByName;
  if (byName !== void 0) {
    if (!isTable(byName) || !Object.values(byName).every((v) => typeof v === "string" && ENV_NAME.test(v)))
      fail('envVarByName must be a table of NAME = "ENV_VAR" (UPPER_SNAKE_CASE names)');
    rule.envVarByName = byName;
  }
  const weakness = oneOf(raw.weakness, "weakness", WEAKNESS_CHECKS, fail);
  if (weakness !== void 0) rule.weakness = weakness;
  const rotate = str(raw.rotate, "rotate", fail);
  if (rotate !== void 0) rule.rotate = rotate;
  const rotateCommand = str(raw.rotateCommand, "rotateCommand", fail);
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
function compileAllowlist(raw, fail, user = false) {
  const empty = { regexes: [], matchRegexes: [], paths: [], stopwords: [], names: [] };
  if (raw === void 0) return empty;
  if (!isTable(raw)) return fail("allowlist must be a table");
  for (const key of Object.keys(raw)) if (!ALLOWLIST_KEYS.has(key)) fail(`allowlist: unknown field "${key}"`);
  return {
    regexes: regexList(raw.regexes, "allowlist.regexes", fail, user),
    matchRegexes: regexList(raw.matchRegexes, "allowlist.matchRegexes", fail, user),
    paths: regexList(raw.paths, "allowlist.paths", fail, user),
    stopwords: (raw.stopwords === void 0 ? [] : strList(raw.stopwords, "allowlist.stopwords", fail)).map(
      (s) => s.toLowerCase()
    ),
    names: regexList(raw.names, "allowlist.names", fail, user)
  };
}
function compileContext(raw, fail) {
  if (raw === void 0) return void 0;
  if (!isTable(raw)) return fail("context must be a table { paths, text }");
  for (const key of Object.keys(raw)) if (key !== "paths" && key !== "text") fail(`context: unknown field "${key}"`);
  const paths = regexList(raw.paths, "context.paths", fail);
  const text2 = regexList(raw.text, "context.text", fail);
  if (paths.length === 0 && text2.length === 0) fail("context needs paths or text");
  return { paths, text: text2 };
}
function compileEntropy(raw, fail) {
  if (raw === void 0) return void 0;
  if (typeof raw === "number") return { any: raw };
  if (!isTable(raw)) return fail("entropy must be a number or a table { any, hex, base64 }");
  const out = { any: 0 };
  for (const [k, v] of Object.entries(raw)) {
    if (!["any", "hex", "base64"].includes(k)) fail(`entropy: unknown charset "${k}" (any, hex, base64)`);
    if (typeof v !== "number" || v < 0 || v > 8) fail(`entropy.${k} must be a number from 0 to 8`);
    out[k] = v;
  }
  return out;
}
function reachOf(v, fail) {
  if (v === void 0) return 16384;
  return v >= 64 && v <= 65536 ? v : fail("reach must be a whole number of characters from 64 to 65536");
}
function regexList(raw, what, fail, user = false) {
  if (raw === void 0) return [];
  return strList(raw, what, fail).map((source) => {
    const insensitive = source.startsWith("(?i)");
    let re;
    try {
      re = new RegExp(insensitive ? source.slice(4) : source, insensitive ? "i" : "");
    } catch (e) {
      return fail(`${what}: invalid regex ${JSON.stringify(source)}: ${e.message}`);
    }
    if (user) refuseBacktracking(re.source, re.flags, `${what} ${JSON.stringify(source)}`, fail);
    return re;
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
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(" && (source[i + 1] !== "?" || source[i + 2] === "<" && /[A-Za-z]/.test(source[i + 3] ?? "")))
      n++;
  }
  return n;
}
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function str(v, what, fail) {
  if (v === void 0) return void 0;
  return typeof v === "string" ? v : fail(`${what} must be a string`);
}
function strList(v, what, fail) {
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  return fail(`${what} must be a string or a list of strings`);
}
function oneOf(v, what, values, fail) {
  if (v === void 0) return void 0;
  return values.includes(v) ? v : fail(`${what} must be one of ${values.join(", ")}`);
}
function int(v, what, fail) {
  if (v === void 0) return void 0;
  return typeof v === "number" && Number.isInteger(v) ? v : fail(`${what} must be a whole number`);
}
function bool(v, what, fail) {
  if (v === void 0) return void 0;
  return typeof v === "boolean" ? v : fail(`${what} must be true or false`);
}

// src/baseline/baseline.ts
init_lists();

// src/detect/fingerprint.ts
var import_node_module2 = require("node:module");
var load2 = (0, import_node_module2.createRequire)(__leakproofUrl);
var loaded;
var crypto = () => loaded ??= load2("node:crypto");
function fingerprint(ruleId, path, secret) {
  const { createHash } = crypto();
  const secretHash = createHash("sha256").update(secret).digest("hex");
  return createHash("sha256").update(`${ruleId}\0${normalizePath(path)}\0${secretHash}`).digest("hex").slice(0, 32);
}
function normalizePath(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}
var PUBLIC_SALT = "leakproof fingerprint v2";
var SCRYPT = { N: 1024, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
var LENGTH = 16;
var cache = /* @__PURE__ */ new Map();
var pending = /* @__PURE__ */ new Map();
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
function hashInPool(key, f) {
  const hashed = new Promise(
    (resolve4, reject) => crypto().scrypt(f.secret, salt(f.ruleId, f.file), LENGTH, SCRYPT, (err, out) => {
      if (err) reject(err);
      else resolve4(out.toString("hex"));
    })
  );
  const tracked = hashed.then((fp) => {
    cache.set(key, fp);
    return fp;
  }).finally(() => pending.delete(key));
  pending.set(key, tracked);
  return tracked;
}
async function withPublicFingerprints(findings) {
  const todo = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = fingerprint(f.ruleId, f.file, f.secret);
    if (!cache.has(key) && !todo.has(key)) todo.set(key, pending.get(key) ?? hashInPool(key, f));
  }
  await Promise.all(todo.values());
  return findings.map((f) => ({ ...f, fingerprint: publicFingerprint(f.ruleId, f.file, f.secret) }));
}

// src/baseline/baseline.ts
var DEFAULT_BASELINE = ".leakproof-baseline.json";
function baselineFor(root, flag, configured) {
  if (flag) return flag;
  if (configured) return configured;
  const found = (0, import_node_path2.join)(root, DEFAULT_BASELINE);
  return (0, import_node_fs3.existsSync)(found) ? found : void 0;
}
var BASELINE_VERSION = 2;
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
      const x = e;
      if (typeof x.fingerprint !== "string")
        throw new RuleError(file, void 0, `invalid baseline: entry ${i + 1} has no fingerprint`);
      return { fingerprint: x.fingerprint, ruleId: String(x.ruleId ?? ""), file: String(x.file ?? "") };
    })
  };
}
function formatBaseline(findings) {
  return formatEntries(
    findings.map((f) => ({
      fingerprint: publicFingerprint(f.ruleId, f.file, f.secret),
      ruleId: f.ruleId,
      file: f.file
    }))
  );
}
function formatEntries(list) {
  const seen2 = /* @__PURE__ */ new Map();
  for (const e of list) seen2.set(e.fingerprint, e);
  const entries = [...seen2.values()].sort((a, b) => byCodeUnits(a.fingerprint, b.fingerprint));
  return JSON.stringify({ version: BASELINE_VERSION, findings: entries }, null, 2) + "\n";
}
var OUTDATED_BASELINE = "the baseline uses version-1 fingerprints (a fast hash a dictionary reverses for weak secrets): rewrite it with leakproof baseline";
function applyBaseline(found, baseline) {
  const accepted = new Set(baseline.entries.map((e) => e.fingerprint));
  const named = new Set(baseline.entries.map((e) => `${e.ruleId}\0${e.file}`));
  const met = /* @__PURE__ */ new Set();
  const kept2 = found.filter((f) => {
    if (baseline.version === 2 && !named.has(`${f.ruleId}\0${f.file}`)) return true;
    const fp = baseline.version === 1 ? f.fingerprint : publicFingerprint(f.ruleId, f.file, f.secret);
    met.add(fp);
    return !accepted.has(fp);
  });
  return { kept: kept2, stale: baseline.entries.filter((e) => !met.has(e.fingerprint)), outdated: baseline.version === 1 };
}

// src/cli/hint.ts
var import_node_fs4 = require("node:fs");
var import_node_path3 = require("node:path");
var import_node_url = require("node:url");
function selfCommand(cwd, env = process.env, self = currentScript()) {
  const me = real(self);
  if (me && real((0, import_node_path3.join)(cwd, "node_modules", ".bin", "leakproof")) === me) return "npx leakproof";
  if (me && !env.PRE_COMMIT) {
    for (const dir of (env.PATH ?? "").split(import_node_path3.delimiter)) {
      if (!dir || dir.includes("node_modules")) continue;
      if (real((0, import_node_path3.join)(dir, "leakproof")) === me) return "leakproof";
    }
  }
  return `node ${shellWord(self)}`;
}
function stagedFixHint(findings, h) {
  if (!findings.some((f) => f.remediation !== void 0)) return void 0;
  const merge = h.merging || /^merge\b/.test(h.env.GIT_REFLOG_ACTION ?? "");
  if (merge)
    return `${h.cmd} fix --staged, then git commit to conclude the merge (or git merge --abort); the secret is already in the merged branch's commits, so rotate it`;
  const index = h.env.GIT_INDEX_FILE;
  if (index && (0, import_node_path3.basename)(index) !== "index") {
    const paths = [...new Set(findings.filter((f) => f.remediation !== void 0).map((f) => f.file))];
    return `${h.cmd} fix ${paths.map(shellWord).join(" ")}, then commit again (this commit staged its own copy of the files, which git has dropped)`;
  }
  return `${h.cmd} fix --staged`;
}
function currentScript() {
  return process.argv[1] ?? (0, import_node_url.fileURLToPath)(__leakproofUrl);
}
function real(p) {
  try {
    return (0, import_node_fs4.existsSync)(p) ? (0, import_node_fs4.realpathSync)(p) : void 0;
  } catch {
    return void 0;
  }
}
function shellWord(s) {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

// src/encoding.ts
var utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
var utf16le = new TextDecoder("utf-16le");
var utf16be = new TextDecoder("utf-16be");
var SNIFF = 8e3;
function decodeText(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return utf16le.decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) return utf16be.decode(buf.subarray(2));
  const head = buf.subarray(0, SNIFF);
  if (head.indexOf(0) !== -1) return void 0;
  return utf8.decode(buf);
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// src/git/blobs.ts
var BatchStream = class {
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
  push(chunk) {
    let at = 0;
    while (at < chunk.length) {
      if (this.need < 0) {
        const nl = chunk.indexOf(10, at);
        if (nl === -1) {
          this.head.push(chunk.subarray(at));
          return;
        }
        this.head.push(chunk.subarray(at, nl));
        at = nl + 1;
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
        const take = Math.min(this.need, chunk.length - at);
        const body = Math.min(take, this.bodyLeft);
        if (body > 0) this.current.data(chunk.subarray(at, at + body));
        this.bodyLeft -= body;
        at += take;
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
var BatchReader = class {
  stream;
  constructor(onObject) {
    this.stream = new BatchStream(
      (oid, type) => {
        const parts = [];
        return {
          data: (chunk) => parts.push(chunk),
          end: () => onObject({ oid, type, body: Buffer.concat(parts) })
        };
      },
      (name, what) => onObject({ oid: name, type: what, body: void 0 })
    );
  }
  push(chunk) {
    this.stream.push(chunk);
  }
};
function addedRuns(older, newer) {
  const split = (t) => {
    const lines = t.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    return lines;
  };
  const had = new Set(split(older));
  const runs = [];
  let run2 = [];
  let start = 0;
  split(newer).forEach((line, i) => {
    if (had.has(line)) {
      if (run2.length > 0) runs.push({ startLine: start, text: run2.join("\n") });
      run2 = [];
      return;
    }
    if (run2.length === 0) start = i + 1;
    run2.push(line);
  });
  if (run2.length > 0) runs.push({ startLine: start, text: run2.join("\n") });
  return runs;
}

// src/git/diff.ts
var HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
var COMBINED = /^(@{3,}) ((?:-\d+(?:,\d+)? )+)\+(\d+)(?:,(\d+))? @{3,}/;
var INDEX = /^index ([0-9a-f]+)(?:,[0-9a-f]+)*\.\.([0-9a-f]+)(?: (\d+))?$/;
var GITLINK = "160000";
var DiffParser = class {
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
    const f = this.file;
    if (!f) return;
    if (this.inBinaryPatch) return;
    if (line.startsWith("@@")) {
      this.startHunk(line);
    } else if (line.startsWith("--- ")) {
      const p = this.pathOf(line.slice(4), this.src);
      if (p !== void 0 && f.status !== "renamed" && f.status !== "copied") f.oldPath = p;
    } else if (line.startsWith("+++ ")) {
      const p = this.pathOf(line.slice(4), this.dst);
      if (p !== void 0) f.path = p;
      else f.status = "deleted";
    } else if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
      f.oldPath = unquote(line.slice(line.indexOf(" from ") + 6));
      f.status = line.startsWith("rename") ? "renamed" : "copied";
    } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
      f.path = unquote(line.slice(line.indexOf(" to ") + 4));
      f.status = line.startsWith("rename") ? "renamed" : "copied";
    } else if (line.startsWith("new file mode ")) {
      f.status = "added";
      f.newMode = line.slice(14).trim();
    } else if (line.startsWith("deleted file mode ")) {
      f.status = "deleted";
    } else if (line.startsWith("new mode ")) {
      f.newMode = line.slice(9).trim();
    } else if (line.startsWith("index ")) {
      const m = INDEX.exec(line);
      if (m) {
        f.newId = m[2];
        if (m[3]) f.newMode = m[3];
      }
    } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
      f.binary = true;
    } else if (line === "GIT binary patch") {
      f.binary = true;
      this.inBinaryPatch = true;
    }
    f.submodule = f.newMode === GITLINK;
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
    const f = this.file;
    if (!f) return;
    this.flushRun();
    if (f.oldPath === f.path) delete f.oldPath;
    this.file = void 0;
    this.sink.file?.(f);
  }
  startHunk(line) {
    let m = HUNK.exec(line);
    if (m) {
      this.parents = 1;
      this.oldLeft = [count(m[1])];
      this.newLine = Number(m[2]);
      this.newLeft = count(m[3]);
    } else if (m = COMBINED.exec(line)) {
      this.parents = m[1].length - 1;
      this.oldLeft = m[2].trim().split(" ").map((r) => count(r.split(",")[1]));
      this.newLine = Number(m[3]);
      this.newLeft = count(m[4]);
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
    const c = line.length === 0 ? 32 : line.charCodeAt(0);
    if (c === 43) {
      this.newLeft--;
      this.added(line.slice(1), truncated);
      this.newLine++;
    } else if (c === 45) {
      this.oldLeft[0]--;
    } else if (c === 32) {
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
    return this.newLeft <= 0 && this.oldLeft.every((x) => x <= 0);
  }
  endHunk() {
    this.flushRun();
    this.parents = 0;
  }
  added(text2, truncated) {
    const f = this.file;
    if (!f || f.submodule || f.tooLarge) return;
    f.addedBytes += text2.length + 1;
    if (truncated || f.addedBytes > this.maxFileBytes) {
      f.tooLarge = true;
      this.run = [];
      return;
    }
    if (this.run.length > 0 && this.runStart + this.run.length !== this.newLine) this.flushRun();
    if (this.run.length === 0) this.runStart = this.newLine;
    this.run.push(text2);
  }
  flushRun() {
    const f = this.file;
    if (this.run.length > 0 && f && !f.tooLarge && !f.submodule) {
      const fragment = { path: f.path, text: this.run.join("\n"), startLine: this.runStart };
      if (this.meta.commit) fragment.commit = this.meta.commit;
      if (this.meta.author) fragment.author = this.meta.author;
      if (this.meta.date) fragment.date = this.meta.date;
      this.sink.fragment(fragment, f);
    }
    this.run = [];
  }
  pathOf(raw, prefix) {
    const name = raw.endsWith("	") ? raw.slice(0, -1) : raw;
    if (name === "/dev/null") return void 0;
    const p = unquote(name);
    return p.startsWith(prefix) ? p.slice(prefix.length) : p;
  }
};
function count(s) {
  return s === void 0 ? 1 : Number(s);
}
function splitHeader(rest, src, dst) {
  const strip = (p, prefix) => p.startsWith(prefix) ? p.slice(prefix.length) : p;
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    if (!first) return void 0;
    const second = rest.slice(first.end + 1);
    return [strip(first.value, src), strip(second.startsWith('"') ? unquote(second) : second, dst)];
  }
  if (rest.endsWith('"')) {
    const at2 = rest.lastIndexOf(` "${dst}`);
    if (at2 !== -1) return [strip(rest.slice(0, at2), src), strip(unquote(rest.slice(at2 + 1)), dst)];
  }
  if (rest.startsWith(src)) {
    const len = (rest.length - src.length - dst.length - 1) / 2;
    if (Number.isInteger(len) && len > 0) {
      const a = rest.slice(src.length, src.length + len);
      const b = rest.slice(src.length + len + 1 + dst.length);
      if (a === b && rest.slice(src.length + len, src.length + len + 1 + dst.length) === ` ${dst}`) return [a, b];
    }
  }
  const at = rest.indexOf(` ${dst}`);
  if (at === -1) return void 0;
  return [strip(rest.slice(0, at), src), rest.slice(at + 1 + dst.length)];
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function readQuoted(s, start) {
  const bytes = [];
  let plain = start + 1;
  const flush = (to) => {
    for (const b of encoder.encode(s.slice(plain, to))) bytes.push(b);
  };
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      flush(i);
      return { value: decoder.decode(new Uint8Array(bytes)), end: i + 1 };
    }
    if (c !== "\\") continue;
    flush(i);
    const d = s[i + 1] ?? "";
    if (/[0-7]/.test(d)) {
      bytes.push(parseInt(s.slice(i + 1, i + 4), 8) & 255);
      i += 3;
    } else {
      bytes.push(ESCAPES[d] ?? d.charCodeAt(0));
      i += 1;
    }
    plain = i + 1;
  }
  return void 0;
}
var encoder = new TextEncoder();
var decoder = new TextDecoder("utf-8");
function unquote(name) {
  if (!name.startsWith('"')) return name;
  return readQuoted(name, 0)?.value ?? name;
}

// src/git/log.ts
function detach(s) {
  return (" " + s).slice(1);
}

// src/git/context.ts
function multilineReach(rules) {
  return rules.reduce((n, r) => r.multiline ? Math.max(n, r.reach) : n, 0);
}
var HOLD_BUDGET = 16 * 1048576;
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
var COUNTS = new Int32Array(65536);
var seen = [];
function tokenEntropy(text2, start, end) {
  seen.length = 0;
  for (let i = start; i < end; i++) {
    const c = text2.charCodeAt(i);
    if (c >= 55296 && c <= 57343) {
      for (const u of seen) COUNTS[u] = 0;
      return entropy(text2.slice(start, end));
    }
    const k = COUNTS[c];
    if (k === 0) seen.push(c);
    COUNTS[c] = k + 1;
  }
  const n = end - start;
  let h = 0;
  for (const u of seen) {
    const p = COUNTS[u] / n;
    h -= p * Math.log2(p);
    COUNTS[u] = 0;
  }
  return h;
}
var STOP = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/[\s"'`,;:=(){}[\]<>]/.test(String.fromCharCode(c))) STOP[c] = 1;
var isStop = (c) => c < 128 ? STOP[c] === 1 : /\s/.test(String.fromCharCode(c));
var isDigit = (c) => c >= 48 && c <= 57;
var isLetter = (c) => (c | 32) >= 97 && (c | 32) <= 122;
var isLower = (c) => c >= 97 && c <= 122;
var isUpper = (c) => c >= 65 && c <= 90;
var SEPARATOR = new Uint8Array(128);
for (const ch of "._/-\\?&#@~!*+$%") SEPARATOR[ch.charCodeAt(0)] = 1;
function isWord(text2, start, end) {
  const at = (k) => text2.charCodeAt(k);
  let i = start;
  if (i < end && isUpper(at(i))) {
    i++;
    if (i < end && isUpper(at(i))) {
      while (i < end && isUpper(at(i))) i++;
      if (i < end && isLower(at(i))) i--;
    } else while (i < end && isLower(at(i))) i++;
  } else while (i < end && isLower(at(i))) i++;
  for (let inner2 = false; ; ) {
    if (i + 1 < end && isUpper(at(i)) && isLower(at(i + 1))) {
      i += 2;
      while (i < end && isLower(at(i))) i++;
      continue;
    }
    if (!inner2 && i > start && isLetter(at(i - 1)) && i < end && isDigit(at(i))) {
      inner2 = true;
      let j = i;
      while (j < end && isDigit(at(j))) j++;
      if (j - i >= 2 && j < end && isLower(at(j))) {
        i = j;
        while (i < end && isLower(at(i))) i++;
        continue;
      }
      if (j - i >= 2 && j + 1 < end && isUpper(at(j)) && isLower(at(j + 1))) {
        i = j;
        continue;
      }
    }
    break;
  }
  if (i > start && isLower(at(i - 1))) while (i < end && isUpper(at(i))) i++;
  while (i < end && isDigit(at(i))) i++;
  return i === end;
}
function isWordy(text2, start, end) {
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text2.charCodeAt(i) : 47;
    if (c < 128 && SEPARATOR[c] === 1) {
      if (!isWord(text2, from, i)) return false;
      from = i + 1;
    }
  }
  return true;
}
var isBlank = (c) => c === 32 || c === 9;
var isQuote = (c) => c === 34 || c === 39;
function isValueLine(text2, from, to) {
  let p = from;
  while (p < to && isBlank(text2.charCodeAt(p))) p++;
  let q = to;
  while (q > p && (isBlank(text2.charCodeAt(q - 1)) || text2.charCodeAt(q - 1) === 13)) q--;
  if (p >= q) return false;
  let k = p;
  while (k < q && !isBlank(text2.charCodeAt(k))) k++;
  if (k === q) return true;
  if (text2.charCodeAt(p) === 45) {
    p++;
    while (p < q && isBlank(text2.charCodeAt(p))) p++;
  }
  if (isQuote(text2.charCodeAt(p))) p++;
  if (text2.slice(p, p + 5).toLowerCase() !== "value") return false;
  p += 5;
  if (isQuote(text2.charCodeAt(p))) p++;
  while (p < q && isBlank(text2.charCodeAt(p))) p++;
  return text2.charCodeAt(p) === 58 || text2.charCodeAt(p) === 61;
}
function isOneWord(text2, start, end) {
  for (let i = start; i < end; i++) {
    const c = text2.charCodeAt(i);
    if (c < 128 && SEPARATOR[c] === 1) return false;
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
    for (let k = start; k < end && !(digit && letter); k++) {
      const c = text2.charCodeAt(k);
      if (isDigit(c)) digit = true;
      else if (isLetter(c)) letter = true;
    }
    if ((digit && letter ? true : end - start >= 32) && (!isWordy(text2, start, end) || valueLine && isOneWord(text2, start, end)) && tokenEntropy(text2, start, end) >= (digit && letter ? 3 : 4) && !(known.length > 0 && isKnown(text2, start, i, known)))
      return true;
  }
  return false;
}
function isKnown(text2, start, end, known) {
  const token = text2.slice(start, end);
  return known.some((k) => {
    if (k.includes(token)) return true;
    const at = token.indexOf(k);
    return at !== -1 && at < 10 && token.length - at - k.length < 10;
  });
}
var ContextCollector = class {
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
  take(f, file) {
    if (this.opts.reach <= 0 || file?.status === "added" || !couldHoldSecret(f.text)) return false;
    const known = this.opts.reported?.(f) ?? [];
    if (known.length > 0 && !couldHoldSecret(f.text, known)) return false;
    if (!this.file || this.file.path !== f.path || this.file.meta.commit !== f.commit) {
      this.flush();
      this.file = { path: detach(f.path), blob: "", meta: meta(f), runs: [] };
    }
    const run2 = { from: f.startLine, to: f.startLine + lineCount(f.text) - 1 };
    const hold = this.held + f.text.length <= HOLD_BUDGET;
    if (hold) {
      run2.held = { ...f, path: this.file.path, text: detach(f.text), ...this.file.meta };
      this.held += f.text.length;
    }
    this.file.runs.push(run2);
    return hold;
  }
  /** The end of a file section: its runs wait for the blob if the file existed before and its new blob is known. */
  endFile(f, commit) {
    const p = this.file;
    this.file = void 0;
    if (!p) return;
    if (p.path !== f.path || p.meta.commit !== commit) return release(p, this.emit);
    if (f.status === "added" || f.binary || !f.newId || /^0+$/.test(f.newId)) return release(p, this.emit);
    p.blob = detach(f.newId);
    this.onPending(p);
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
function release(p, emit) {
  for (const r of p.runs) if (r.held) emit(r.held);
}
function meta(f) {
  const m = {};
  if (f.commit) m.commit = detach(f.commit);
  if (f.author) m.author = detach(f.author);
  if (f.date) m.date = detach(f.date);
  return m;
}
function lineCount(text2) {
  let n = 1;
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) n++;
  return n;
}
var ContextReader = class {
  constructor(cwd, reach, maxFileSize, onFragment, spanOf) {
    this.cwd = cwd;
    this.reader = new BatchReader((o) => {
      const p = this.queue[this.head];
      this.queue[this.head++] = void 0;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      emitRuns(p, o.body, reach, maxFileSize, onFragment, spanOf);
    });
  }
  cwd;
  queue = [];
  head = 0;
  stdin;
  done;
  reader;
  abort = new AbortController();
  add(p) {
    if (!this.done) {
      this.done = gitStream(
        ["cat-file", "--batch"],
        { cwd: this.cwd, feed: (stdin) => this.stdin = stdin, signal: this.abort.signal },
        (chunk) => this.reader.push(chunk)
      );
      this.done.catch(() => void 0);
    }
    this.queue.push(p);
    this.stdin.write(p.blob + "\n");
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
function emitRuns(p, body, reach, maxFileSize, onFragment, spanOf) {
  const text2 = body && body.length <= maxFileSize ? decodeText(body) : void 0;
  if (text2 === void 0) return release(p, onFragment);
  const starts = [0];
  let done = false;
  const lines = (n) => {
    while (!done && starts.length < n) {
      const nl = text2.indexOf("\n", starts[starts.length - 1]);
      if (nl === -1) done = true;
      else starts.push(nl + 1);
    }
    return starts.length;
  };
  const lineStart = (line) => starts[Math.max(0, Math.min(lines(line) - 1, line - 1))];
  const lineEnd = (line) => line < lines(line + 1) ? starts[line] - 1 : text2.length;
  for (const { from, to, held } of p.runs) {
    if (from > lines(from)) {
      if (held) onFragment(held);
      continue;
    }
    const begin = lineStart(from);
    const end = lineEnd(Math.min(to, lines(to)));
    let first = from;
    while (first > 1 && begin - lineStart(first - 1) <= reach) first--;
    let last = Math.min(to, lines(to));
    while (last < lines(last + 1) && lineEnd(last + 1) - end <= reach) last++;
    const full = [lineStart(first), lineEnd(last)];
    const context = held ? { from, to } : { from, to, runReported: true };
    if (spanOf) {
      const span = spanOf(p.path, text2, full, [begin, end]);
      if (!span && !held) continue;
      const [a, b] = span ?? [begin, end];
      context.keywordsIn = [a - full[0], b - full[0]];
    }
    onFragment({ path: p.path, text: text2.slice(full[0], full[1]), startLine: first, ...p.meta, context });
  }
}

// src/git/early.ts
var EarlyGit = class {
  constructor(args, opts) {
    this.args = args;
    this.done = gitStream(args, { ...opts, signal: this.abort.signal }, (chunk) => {
      if (this.reader) this.reader(chunk);
      else this.chunks.push(chunk);
    });
    this.done.catch(() => void 0);
  }
  args;
  chunks = [];
  reader;
  done;
  abort = new AbortController();
  cancelled = false;
  taken = false;
  /** Whether it runs exactly these arguments (and was not cancelled). */
  matches(args) {
    return !this.cancelled && !this.taken && args.length === this.args.length && args.every((a, i) => a === this.args[i]);
  }
  /** As gitStream: the output so far, then the rest as it comes; resolves with the exit code, or rejects as gitStream does. */
  read(onData) {
    const kept2 = this.chunks;
    this.chunks = [];
    this.taken = true;
    this.reader = onData;
    try {
      for (const c of kept2) onData(c);
    } catch (e) {
      this.cancel();
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return this.done;
  }
  /** Stops git, unless it is being read (then its reader sees it through). */
  cancel() {
    if (this.cancelled || this.taken) return;
    this.cancelled = true;
    this.chunks = [];
    this.abort.abort();
  }
};

// src/git/files.ts
function stagedBytes(cwd, path, blob, max) {
  return gitSync(["cat-file", "blob", blob ?? `:0:${path}`], { cwd, maxBuffer: max + 1 }).stdout;
}
function headBytes(root, path) {
  const r = gitSync(["cat-file", "blob", `HEAD:${path}`], { cwd: root, okCodes: [128], maxBuffer: 64 * 1048576 });
  return r.code === 0 ? r.stdout : void 0;
}

// src/units.ts
var MIB = 1048576;
function mib(bytes, digits = 1) {
  return `${(bytes / MIB).toFixed(digits)} MiB`;
}

// src/git/staged.ts
function stagedDiff(cwd, paths, maxFileSize) {
  return new EarlyGit(diffArgs(paths, maxFileSize, false), { cwd });
}
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
    ...paths.map((p) => `:(top,literal)${p}`)
  ];
}
async function scanStaged(opts, onFragment, onSkip) {
  const { cwd, maxFileSize } = opts;
  const ignored = opts.isIgnored ?? (() => false);
  const blobs = /* @__PURE__ */ new Map();
  const binaries = [];
  const onFile = (pass) => (f) => {
    if (f.submodule || f.status === "deleted" || ignored(f.path)) return;
    if (f.newId && !/^0+$/.test(f.newId)) blobs.set(f.path, f.newId);
    if (f.tooLarge)
      onSkip({ path: f.path, reason: "too-large", detail: `more than ${mib(maxFileSize)} of added lines` });
    else if (f.binary && pass === "first") binaries.push(f);
    else if (f.binary) onSkip({ path: f.path, reason: "binary" });
  };
  const reach = opts.contextReach ?? 0;
  const reader = new ContextReader(cwd, reach, maxFileSize, onFragment);
  const context = new ContextCollector(
    { reach, ...opts.contextReported ? { reported: opts.contextReported } : {} },
    onFragment,
    (p) => reader.add(p)
  );
  const run2 = async (paths, pass) => {
    const parser = new DiffParser(
      {
        fragment: (fr, file) => {
          if (ignored(fr.path)) return;
          if (!context.take(fr, file)) onFragment(fr);
        },
        file: (f) => {
          onFile(pass)(f);
          context.endFile(f);
        }
      },
      { maxFileBytes: maxFileSize }
    );
    const lines = new LineSplitter((l, truncated) => parser.line(l, truncated), maxFileSize + 16);
    const args = diffArgs(paths, maxFileSize, pass === "text");
    const early = pass === "first" && opts.early?.matches(args) ? opts.early : void 0;
    if (!early) opts.early?.cancel();
    const onData = (chunk) => lines.push(chunk);
    await (early ? early.read(onData) : gitStream(args, { cwd }, onData));
    lines.end();
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
    await run2(opts.paths, "first");
    const sizes = blobSizes(
      cwd,
      binaries.map((f) => f.newId ?? "")
    );
    const asText = [];
    for (const f of binaries) {
      const size = sizes.get(f.newId ?? "");
      if (size === void 0) onSkip({ path: f.path, reason: "binary" });
      else if (size > maxFileSize) onSkip({ path: f.path, reason: "too-large", detail: mib(size) });
      else {
        const blob = stagedBytes(cwd, f.path, f.newId, maxFileSize);
        const text2 = decodeText(blob);
        if (text2 === void 0) onSkip({ path: f.path, reason: "binary" });
        else if (isUtf16(blob)) utf16Added(cwd, f, text2, onFragment);
        else asText.push(f);
      }
    }
    if (asText.length > 0)
      await run2(
        asText.flatMap((f) => f.oldPath ? [f.oldPath, f.path] : [f.path]),
        "text"
      );
  }
}
function blobSizes(cwd, ids) {
  const sizes = /* @__PURE__ */ new Map();
  const wanted = ids.filter((id) => /^[0-9a-f]+$/.test(id) && !/^0+$/.test(id));
  if (wanted.length === 0) return sizes;
  const out = gitText(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
    cwd,
    input: wanted.join("\n") + "\n"
  });
  for (const line of out.split("\n")) {
    const [id, type, size] = line.split(" ");
    if (id && type === "blob" && size) sizes.set(id, Number(size));
  }
  return sizes;
}
function isUtf16(blob) {
  return blob.length >= 2 && (blob[0] === 255 && blob[1] === 254 || blob[0] === 254 && blob[1] === 255);
}
function utf16Added(cwd, f, text2, onFragment) {
  let before = "";
  if (f.status !== "added" && f.status !== "copied") {
    try {
      const old = headBytes(cwd, f.oldPath ?? f.path);
      before = old ? decodeText(old) ?? "" : "";
    } catch {
      before = "";
    }
  }
  for (const run2 of addedRuns(before, text2)) onFragment({ path: f.path, text: run2.text, startLine: run2.startLine });
}
function stagedText(cwd, path, blob, max) {
  try {
    return decodeText(stagedBytes(cwd, path, blob, max));
  } catch {
    return void 0;
  }
}

// src/detect/keywords.ts
var ALPHABET = 128;
var SHIFT = 7;
var KeywordMatcher = class {
  /** `saved` is used when it was made for exactly these keywords; otherwise the automaton is built. */
  constructor(keywords, saved) {
    this.keywords = keywords;
    if (saved && saved.keywords.length === keywords.length && saved.keywords.every((k, i) => k === keywords[i])) {
      this.delta = saved.delta;
      this.out = saved.out.map((o) => o ?? void 0);
      this.hasOut = Uint8Array.from(saved.out, (o) => o ? 1 : 0);
      return;
    }
    const goto = [new Int32Array(ALPHABET).fill(-1)];
    const out = [void 0];
    keywords.forEach((kw, k) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = fold(kw.charCodeAt(i));
        if (c >= ALPHABET) throw new Error(`keyword ${JSON.stringify(kw)} must be ASCII`);
        const row = goto[s];
        if (row[c] === -1) {
          row[c] = goto.length;
          goto.push(new Int32Array(ALPHABET).fill(-1));
          out.push(void 0);
        }
        s = row[c];
      }
      (out[s] ??= []).push(k);
    });
    const n = goto.length;
    const next = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const queue = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[0][c];
      next[c] = t === -1 ? 0 : t;
      if (t !== -1) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const f = fail[s];
      if (out[f]) out[s] = [...out[s] ?? [], ...out[f]];
      for (let c = 0; c < ALPHABET; c++) {
        const t = goto[s][c];
        if (t === -1) next[s * ALPHABET + c] = next[f * ALPHABET + c];
        else {
          fail[t] = next[f * ALPHABET + c];
          next[s * ALPHABET + c] = t;
          queue.push(t);
        }
      }
    }
    const delta = new Int32Array(n * ALPHABET);
    for (let s = 0; s < n; s++) {
      for (let c = 0; c < ALPHABET; c++) delta[s * ALPHABET + c] = next[s * ALPHABET + fold(c)] * ALPHABET;
    }
    this.delta = delta;
    this.out = out;
    this.hasOut = Uint8Array.from(out, (o) => o ? 1 : 0);
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
    return { keywords: [...this.keywords], delta: this.delta, out: this.out.map((o) => o ?? null) };
  }
  /** Calls `onHit` for every keyword occurrence (within text[from, to) when given). */
  scan(text2, onHit, from = 0, to = text2.length) {
    const delta = this.delta;
    const hasOut = this.hasOut;
    let s = 0;
    for (let i = from, n = to; i < n; i++) {
      const c = text2.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      s = delta[s + c];
      if (hasOut[s >> SHIFT] !== 0) onHit(i + 1, this.out[s >> SHIFT]);
    }
  }
};
function fold(c) {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

// src/detect/entropy.ts
function shannon(s) {
  if (s.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  const n = [...s].length;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}
function charsetOf(s) {
  if (/^(?:0x)?[0-9a-fA-F-]+$/.test(s) && /[0-9a-fA-F]/.test(s)) return "hex";
  if (/^[A-Za-z0-9+/=_-]+$/.test(s)) return "base64";
  return "any";
}
function entropyThreshold(rule, s) {
  const cs = charsetOf(s);
  return (cs === "hex" ? rule.hex : cs === "base64" ? rule.base64 : void 0) ?? rule.any;
}
function chosenPassword(s) {
  if (s.length < 8 || s.length > 64) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(s)).length;
  return classes >= 3 && new Set(s).size >= 6;
}

// src/detect/filekind.ts
var CODE = new Map([
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
var CONFIG = new Map([...lang("yaml", "yml", "yaml"), ...lang("shell", "sh", "bash", "zsh")]);
function lang(kind2, ...extensions) {
  return extensions.map((e) => [e, kind2]);
}
function extensionOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
var CODE_SHEBANG = /^#![^\n]{0,80}\b(?:node|nodejs|deno|bun|ts-node|tsx|python[0-9.]{0,4}|ruby|php|perl)(?:[ \t][^\n]{0,80})?(?:\r?\n|$)/;
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

// src/detect/allow.ts
function isAllowed(list, secret, match, name) {
  if (list.stopwords.length > 0) {
    const lower = secret.toLowerCase();
    if (list.stopwords.some((w) => hasStopword(secret, lower, w))) return true;
  }
  if (list.regexes.some((re) => re.test(secret))) return true;
  if (list.matchRegexes.some((re) => re.test(match))) return true;
  if (name !== void 0 && list.names.some((re) => re.test(name))) return true;
  return false;
}
var isLower2 = (c) => c >= "a" && c <= "z";
var isUpper2 = (c) => c >= "A" && c <= "Z";
var isLetter2 = (c) => isLower2(c) || isUpper2(c);
function hasStopword(secret, lower, word) {
  if (word.length > 4) return lower.includes(word);
  for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
    const j = i + word.length;
    const hit = secret.slice(i, j);
    const letters = hit.replace(/[^A-Za-z]/g, "");
    const oneWord = letters === letters.toLowerCase() || letters === letters.toUpperCase() || letters === letters[0] + letters.slice(1).toLowerCase();
    if (!oneWord) continue;
    const before = secret[i - 1] ?? "";
    const after = secret[j] ?? "";
    const starts = before === "" || !isLetter2(before) || !isLetter2(hit[0]) || isLower2(before) && isUpper2(hit[0]);
    const ends = after === "" || !isLetter2(after) || !isLetter2(hit[hit.length - 1]) || isLower2(hit[hit.length - 1]) && isUpper2(after);
    if (starts || ends) return true;
  }
  return false;
}

// src/detect/overlap.ts
function resolveOverlaps(findings, priorityOf) {
  const n = findings.length;
  if (n < 2) return findings;
  const sl = new Float64Array(n);
  const sc = new Float64Array(n);
  const el = new Float64Array(n);
  const ec = new Float64Array(n);
  findings.forEach((f, i) => {
    sl[i] = f.line;
    sc[i] = f.column;
    el[i] = f.endLine;
    ec[i] = f.endColumn;
  });
  const cmp = (al, ac, bl, bc) => al - bl || ac - bc;
  const byStart = Array.from({ length: n }, (_, i) => i).sort((a, b) => cmp(sl[a], sc[a], sl[b], sc[b]));
  const slot = new Int32Array(n);
  byStart.forEach((i, k) => slot[i] = k);
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
  const later = (a, b) => b === -1 || a !== -1 && cmp(el[a], ec[a], el[b], ec[b]) > 0 ? a : b;
  const keep = (i) => {
    for (let k = slot[i] + 1; k <= n; k += k & -k) tree[k] = later(i, tree[k]);
  };
  const latestEnd = (count2) => {
    let best = -1;
    for (let k = count2; k > 0; k -= k & -k) best = later(tree[k], best);
    return best;
  };
  const ranked = [...findings.keys()].sort(
    (a, b) => priorityOf(findings[b].ruleId) - priorityOf(findings[a].ruleId) || findings[b].secret.length - findings[a].secret.length
  );
  const kept2 = [];
  for (const i of ranked) {
    const k = latestEnd(startsBefore(el[i], ec[i]));
    if (k !== -1 && cmp(sl[i], sc[i], el[k], ec[k]) < 0) continue;
    kept2.push(i);
    keep(i);
  }
  return kept2.map((i) => findings[i]).sort((a, b) => a.line - b.line || a.column - b.column);
}

// src/detect/scope.ts
var TEST_DIRS = /* @__PURE__ */ new Set([
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
var DOC_DIRS = /* @__PURE__ */ new Set(["docs", "doc", "documentation", "man", "manual", "guide", "guides", "website", "site"]);
var EXAMPLE_DIRS = /* @__PURE__ */ new Set(["example", "examples", "sample", "samples", "demo", "demos", "tutorial", "tutorials"]);
var TEST_FILE = /^(?:test_.+|.+_test\.[a-z0-9]+|.+[.-](?:test|spec)s?\.[a-z0-9]+|.+_spec\.rb|.+Tests?\.(?:java|kt|cs|scala|swift|php)|conftest\.py|tests?\.(?:py|rb|js|ts|go))$/;
var DOC_FILE = /^(?:readme|changelog|changes|history|contributing|pkg-info|metadata)(?:\.[a-z0-9]+)?$|\.(?:md|markdown|mdx|rst|adoc|asciidoc|textile|pod|rdoc)$/i;
var EXAMPLE_FILE = /(?:^|[._-])(?:example|examples|sample|dist|template|tmpl)(?:[._-]|$)/i;
function scopeOf(path) {
  const parts = path.split("/");
  const file = parts.pop() ?? "";
  let scope;
  for (const p of parts) {
    const d = p.toLowerCase();
    if (TEST_DIRS.has(d)) return "test";
    if (scope === void 0 && DOC_DIRS.has(d)) scope = "docs";
    else if (scope === void 0 && EXAMPLE_DIRS.has(d)) scope = "example";
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
var LOWER = { critical: "high", high: "medium", medium: "low", low: "low" };
function lowered(severity) {
  return LOWER[severity];
}

// src/detect/decode.ts
var MAX_DEPTH = 3;
var MAX_ENCODED = 64 * 1024;
var MAX_VALUES = 2e3;
var MAX_DECODED_TOTAL = 1024 * 1024;
var DECODED_SUFFIX = "#decoded";
var BASIC_PREFIX = "basic-credentials=";
var B64 = /^[A-Za-z0-9+/]*={0,2}$/;
var B64URL = /^[A-Za-z0-9_-]*={0,2}$/;
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
    const t = decodeURIComponent(s);
    return t === s ? void 0 : t;
  } catch {
    return void 0;
  }
}
function unescapeText(s) {
  if (!/\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/.test(s)) return void 0;
  const t = s.replace(/\\(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|(.))/g, (_m, u, x, c) => {
    if (u || x) return String.fromCharCode(parseInt(u ?? x, 16));
    return { n: "\n", r: "\r", t: "	", b: "\b", f: "\f", "0": "\0" }[c] ?? c;
  });
  return t === s ? void 0 : t;
}
function printable(buf) {
  if (buf.length === 0) return void 0;
  let bad = 0;
  for (const b of buf) if (b < 32 && b !== 9 && b !== 10 && b !== 13 || b === 127) bad++;
  if (bad > 0) return void 0;
  const text2 = buf.toString("utf8");
  if (text2.includes("\uFFFD")) return void 0;
  return text2;
}
var MIN_UNNAMED = 16;
var MIN_RUN = 8;
var CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9+/_-]/.test(ch)) CLASS[c] = 1;
  if (/[0-9A-Fa-f]/.test(ch)) CLASS[c] |= 2;
  if (/[0-9+/]/.test(ch)) CLASS[c] |= 4;
}
function forEachRun(text2, each, words = true) {
  const n = text2.length;
  let i = 0;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (c >= 128 || CLASS[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let all = 2;
    let signal = 0;
    for (; i < n; i++) {
      const k = text2.charCodeAt(i);
      const cls = k < 128 ? CLASS[k] : 0;
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
var isSpace = (c) => c === 32 || c === 9;
var isWord2 = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isName = (c) => isWord2(c) || c === 46 || c === 45;
function basicBefore(text2, start) {
  let i = start;
  while (i > 0 && start - i < 4 && isSpace(text2.charCodeAt(i - 1))) i--;
  if (i === start || i < 5) return false;
  for (let k = 0; k < 5; k++) if ((text2.charCodeAt(i - 5 + k) | 32) !== BASIC.charCodeAt(k)) return false;
  return i === 5 || !isWord2(text2.charCodeAt(i - 6));
}
var BASIC = "basic";
var BASIC_ANY = /basic/i;
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
  const q = text2.charCodeAt(i - 1);
  if (q === 34 || q === 39) i--;
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
var TOKEN_END = /[\s"'<>`]/;
var URL_SHAPE = /:\/\/|%3A%2F%2F/i;
var MAX_TOKEN = 4096;
var ESCAPED = /"((?:[^"\\\n]|\\[^\n]){1,2000})"/g;
function encodedValues(text2) {
  const out = [];
  const taken = [];
  let total = 0;
  const add = (start, end, decoded, via, name) => {
    if (decoded === void 0 || out.length >= MAX_VALUES || total + decoded.length > MAX_DECODED_TOTAL) return;
    if (taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    total += decoded.length;
    out.push({ start, end, text: name === void 0 ? decoded : `${name}=${decoded}`, via });
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
        const c = decoded2 === void 0 ? void 0 : credentials(decoded2);
        add(
          start,
          end,
          c,
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
    for (const m of text2.matchAll(ESCAPED)) {
      const v = m[1];
      add(m.index + 1, m.index + 1 + v.length, unescapeText(v), "string escapes");
    }
  }
  return out;
}
function decodedFindings(fragment, detect, depth = 1) {
  if (depth > MAX_DEPTH) return [];
  const values = encodedValues(fragment.text);
  if (values.length === 0) return [];
  const path = fragment.path.endsWith(DECODED_SUFFIX) ? fragment.path : fragment.path + DECODED_SUFFIX;
  const origin = fragment.path.endsWith(DECODED_SUFFIX) ? fragment.path.slice(0, -DECODED_SUFFIX.length) : fragment.path;
  const out = [];
  for (const v of values) {
    const inner2 = { path, text: v.text, startLine: 1 };
    const found = [...detect(inner2), ...decodedFindings(inner2, detect, depth + 1)];
    for (const f of found) out.push(relocate(f, fragment, origin, v));
  }
  return out;
}
var DECODED_NOTE = "found in a value decoded from ";
var inner = (notes) => {
  const n = notes.find((x) => x.startsWith(DECODED_NOTE));
  return n ? `, then ${n.slice(DECODED_NOTE.length)}` : "";
};
function relocate(f, fragment, path, v) {
  const text2 = fragment.text;
  const lineStart = (at) => text2.lastIndexOf("\n", at - 1) + 1;
  const lineOf = (at) => {
    let n = 0;
    for (let i = text2.indexOf("\n"); i !== -1 && i < at; i = text2.indexOf("\n", i + 1)) n++;
    return n;
  };
  const ls = lineStart(v.start);
  const le = text2.indexOf("\n", v.start);
  const line = lineOf(v.start);
  const endLine = line + (text2.slice(v.start, v.end).split("\n").length - 1);
  const via = `${DECODED_NOTE}${v.via}`;
  const moved = {
    ...f,
    file: path,
    line: fragment.startLine + line,
    column: v.start - ls + 1,
    endLine: fragment.startLine + endLine,
    endColumn: v.end - lineStart(v.end) + 1,
    lineText: text2.slice(ls, le === -1 ? text2.length : le).replace(/\r$/, "").slice(0, 4096),
    fingerprint: fingerprint(f.ruleId, path, f.secret),
    // Decoded twice or more: the note lists the decodings from the outside in.
    notes: [...f.notes.filter((n) => !n.startsWith(DECODED_NOTE)), via + inner(f.notes)]
  };
  delete moved.remediation;
  if (fragment.commit) moved.commit = fragment.commit;
  if (fragment.author) moved.author = fragment.author;
  if (fragment.date) moved.date = fragment.date;
  return moved;
}
function withDecoded(raw, decoded, priorityOf) {
  if (decoded.length === 0) return raw;
  const best = /* @__PURE__ */ new Map();
  for (const d of decoded) {
    const key = `${d.line}:${d.column}:${d.secret}`;
    const prev = best.get(key);
    if (!prev || priorityOf(d.ruleId) > priorityOf(prev.ruleId)) best.set(key, d);
  }
  const wins = (r, d) => priorityOf(r.ruleId) > priorityOf(d.ruleId) || priorityOf(r.ruleId) === priorityOf(d.ruleId) && r.ruleId !== d.ruleId;
  const kept2 = [...best.values()].filter((d) => !raw.some((r) => overlap(r, d) && wins(r, d)));
  const rest = raw.filter((r) => !kept2.some((d) => overlap(r, d)));
  return [...rest, ...kept2].sort((a, b) => a.line - b.line || a.column - b.column);
}
function overlap(a, b) {
  const before = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 < c2;
  return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}

// src/detect/detect.ts
var MAX_LINE = 4096;
var HIT_RADIUS = 1024;
var ALLOW_MARKERS = ["leakproof:allow", "gitleaks:allow", "pragma: allowlist secret"];
var CONTEXT_READ = 256 * 1024;
var QUOTES = /* @__PURE__ */ new Set(["'", '"', "`"]);
function createDetector(set, prebuilt) {
  const { keywords, rulesOfKeyword } = keywordsOf(set);
  const unkeyed = set.rules.flatMap((rule, r) => rule.keywords.length === 0 && rule.files.length === 0 ? [r] : []);
  const byPath = set.rules.flatMap((rule, r) => rule.files.length > 0 ? [r] : []);
  const matcher = new KeywordMatcher(keywords, prebuilt);
  const priorityOf = new Map(set.rules.map((r) => [r.id, r.priority]));
  const keywordLength = keywords.map((k) => k.length);
  let known;
  const factsOf = (path) => {
    if (known?.path !== path)
      known = {
        path,
        excluded: set.placeholders.paths.some((re) => re.test(path)),
        code: isCode(path),
        scope: scopeOf(path),
        byPath: byPath.filter((r) => set.rules[r].files.some((re) => re.test(path)))
      };
    return known;
  };
  const prio = (id) => priorityOf.get(id) ?? 0;
  function detect(fragment) {
    if (factsOf(fragment.path).excluded) return [];
    const raw = detectRaw(fragment);
    const run2 = decodable(fragment);
    const decoded = run2 ? decodedFindings(run2, detectRaw) : [];
    for (const f of decoded) if (f.scope === void 0) scopeByPlace(f, fragment);
    return withDecoded(raw, decoded, prio);
  }
  function decodable(fragment) {
    const c = fragment.context;
    if (!c) return fragment;
    if (c.runReported) return void 0;
    const lines = new LineIndex(fragment.text);
    const first = Math.max(0, c.from - fragment.startLine);
    const last = Math.min(lines.count - 1, c.to - fragment.startLine);
    if (last < first) return void 0;
    const run2 = {
      ...fragment,
      text: fragment.text.slice(lines.start(first), lines.end(last)),
      startLine: fragment.startLine + first
    };
    delete run2.context;
    return run2;
  }
  function scopeByPlace(f, fragment) {
    if (!/\.py[iw]?$/.test(fragment.path)) return;
    const lines = new LineIndex(fragment.text);
    const ln = f.line - fragment.startLine;
    if (ln < 0 || ln >= lines.count) return;
    if (!inPythonDocstring(fragment.text, lines.start(ln) + f.column - 1)) return;
    f.scope = "docs";
    f.severity = lowered(f.severity);
    f.valueFingerprint = fingerprint(f.ruleId, "", f.secret);
  }
  function detectRaw(fragment) {
    const { path, text: text2 } = fragment;
    const facts = factsOf(path);
    const code = facts.code || fragment.startLine === 1 && isCodeScript(path, text2);
    const pathScope = facts.scope;
    const windows = /* @__PURE__ */ new Map();
    let ls = 0;
    let le = 0;
    let nl = -1;
    const lineAround = (hitStart) => {
      if (hitStart >= ls && hitStart <= nl) return;
      ls = hitStart === 0 ? 0 : text2.lastIndexOf("\n", hitStart - 1) + 1;
      nl = text2.indexOf("\n", hitStart);
      if (nl === -1) nl = text2.length;
      le = nl > ls && text2.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    };
    const addWindow = (r, hitStart, hitEnd) => {
      const rule = set.rules[r];
      let w;
      if (rule.multiline) w = [ls, multilineWindowEnd(rule, le, hitEnd, text2.length)];
      else if (le - ls <= MAX_LINE) w = [ls, le];
      else w = [Math.max(ls, hitStart - HIT_RADIUS), Math.min(le, hitEnd + HIT_RADIUS)];
      let list = windows.get(r);
      if (!list) windows.set(r, list = []);
      const last = list[list.length - 1];
      if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
      else list.push(w);
    };
    const [kwFrom, kwTo] = fragment.context?.keywordsIn ?? [0, text2.length];
    matcher.scan(
      text2,
      (end, kws) => {
        for (const k of kws) {
          const hitStart = end - keywordLength[k];
          lineAround(hitStart);
          for (const r of rulesOfKeyword[k]) addWindow(r, hitStart, end);
        }
      },
      kwFrom,
      kwTo
    );
    let index;
    if (unkeyed.length > 0) {
      index = new LineIndex(text2);
      for (let ln = 0; ln < index.count; ln++) {
        lineAround(index.start(ln));
        for (const r of unkeyed) addWindow(r, index.start(ln), index.start(ln));
      }
    }
    for (const r of facts.byPath) windows.set(r, [[0, Math.min(text2.length, set.rules[r].reach)]]);
    if (windows.size === 0) return [];
    const lines = () => index ??= new LineIndex(text2);
    const findings = [];
    const seen2 = /* @__PURE__ */ new Set();
    let runOnly;
    const runRule = (r, list) => {
      const rule = set.rules[r];
      if (rule.paths.length > 0 && !rule.paths.some((re) => re.test(path))) return;
      if (rule.allowlist.paths.some((re) => re.test(path))) return;
      if (rule.context && !inContext(rule.context, path, text2)) return;
      for (const [ws, we] of list) {
        const slice = text2.slice(ws, we);
        for (const re of rule.regexes) {
          re.lastIndex = 0;
          let m;
          while ((m = re.exec(slice)) !== null) {
            if (m[0].length === 0) re.lastIndex++;
            const found = secretOf(rule, m);
            if (!found) continue;
            const start = ws + found.start;
            const key = `${r}:${start}`;
            if (seen2.has(key)) continue;
            seen2.add(key);
            const finding = check(rule, m, found.secret, start, fragment, lines, code, pathScope);
            if (!finding) continue;
            findings.push(finding);
            if (fragment.context && !needsContext(fragment, lines(), ws + m.index, ws + m.index + m[0].length, start, found.secret.length))
              (runOnly ??= /* @__PURE__ */ new Set()).add(finding);
          }
        }
      }
    };
    if (fragment.context) runWithContext(fragment, windows, runRule, findings, lines);
    else for (const [r, list] of windows) runRule(r, list);
    const kept2 = resolveOverlaps(findings, (id) => priorityOf.get(id) ?? 0);
    const only = runOnly;
    return only ? kept2.filter((f) => !only.has(f)) : kept2;
  }
  function check(rule, m, secret, start, fragment, lineIndex, code, pathScope) {
    if (secret.length < rule.minLength || secret.length > rule.maxLength) return void 0;
    const text2 = fragment.text;
    if (code && rule.literalInCode && !inStringLiteral(text2, start, start + secret.length)) return void 0;
    if (rule.entropy && shannon(secret) < entropyThreshold(rule.entropy, secret)) {
      if (!rule.chosenPasswords || !chosenPassword(secret)) return void 0;
    }
    if (rule.entropy && typedRuns(secret)) return void 0;
    const name = m.groups?.name;
    if (isAllowed(rule.allowlist, secret, m[0], name)) return void 0;
    if (rule.skipPlaceholders && isAllowed(set.placeholders, secret, m[0], name)) return void 0;
    if (rule.skipPlaceholders && name !== void 0 && spellsName(secret, name)) return void 0;
    const lines = lineIndex();
    const ln = lines.lineAt(start);
    const endLn = lines.lineAt(start + secret.length - 1);
    const lineText = text2.slice(lines.start(ln), Math.min(lines.end(ln), lines.start(ln) + MAX_LINE));
    for (const l of /* @__PURE__ */ new Set([ln, endLn])) {
      const t = text2.slice(lines.start(l), lines.end(l));
      if (ALLOW_MARKERS.some((mk) => t.includes(mk))) return void 0;
    }
    const q = text2[start - 1];
    const quoted = q !== void 0 && QUOTES.has(q) && text2[start + secret.length] === q ? 1 : 0;
    const finding = {
      ruleId: rule.id,
      file: fragment.path,
      line: fragment.startLine + ln,
      // The location is the value as written: a quoted literal starts at its opening quote.
      column: start - quoted - lines.start(ln) + 1,
      endLine: fragment.startLine + endLn,
      endColumn: start + secret.length + quoted - lines.start(endLn) + 1,
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
  function runWithContext(fragment, windows, runRule, findings, lines) {
    const { from, to } = fragment.context;
    const oneLine = (r) => !set.rules[r].multiline && set.rules[r].files.length === 0;
    const early = /* @__PURE__ */ new Map();
    const spans = [];
    for (const [r, list] of windows) {
      if (oneLine(r)) continue;
      const before = findings.length;
      runRule(r, list);
      const found = findings.splice(before);
      early.set(r, found);
      for (const f of found) spans.push([f.line, f.endLine]);
    }
    const needed = (ws) => {
      const line = fragment.startLine + lines().lineAt(ws);
      return line >= from && line <= to || spans.some(([a, b]) => line >= a && line <= b);
    };
    for (const [r, list] of windows) {
      const found = early.get(r);
      if (found) for (const f of found) findings.push(f);
      else {
        const kept2 = list.filter(([ws]) => needed(ws));
        if (kept2.length > 0) runRule(r, kept2);
      }
    }
  }
  return { detect, rules: set.rules };
}
function multilineWindowEnd(rule, lineEnd, hitEnd, limit) {
  return Math.min(limit, Math.max(lineEnd, hitEnd + rule.reach));
}
function inContext(context, path, text2) {
  if (context.paths.some((re) => re.test(path))) return true;
  const head = text2.length > CONTEXT_READ ? text2.slice(0, CONTEXT_READ) : text2;
  return context.text.some((re) => re.test(head));
}
function needsContext(fragment, lines, matchStart, matchEnd, secretStart, secretLength) {
  const { from, to, runReported } = fragment.context;
  const at = (offset) => fragment.startLine + lines.lineAt(offset);
  const secretFirst = at(secretStart);
  const secretLast = at(secretStart + Math.max(0, secretLength - 1));
  if (secretLast < from || secretFirst > to) return false;
  if (!runReported) return true;
  const text2 = fragment.text;
  let first = matchStart;
  while (first < matchEnd - 1 && (text2.charCodeAt(first) === 10 || text2.charCodeAt(first) === 13)) first++;
  return at(first) < from || at(Math.max(first, matchEnd - 1)) > to;
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
var CODE_PUNCTUATION = /[(){};,]|=(?!=*$)/;
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
  set.rules.forEach((rule, r) => {
    for (const kw of rule.keywords) {
      let k = index.get(kw);
      if (k === void 0) {
        k = keywords.push(kw) - 1;
        index.set(kw, k);
        rulesOfKeyword.push([]);
      }
      rulesOfKeyword[k].push(r);
    }
  });
  return { keywords, rulesOfKeyword };
}
function secretOf(rule, m) {
  const indices = m.indices;
  let g = rule.secretGroup;
  let span;
  if (g === void 0 && indices.groups?.secret) span = indices.groups.secret;
  else {
    g ??= m.length > 1 ? 1 : 0;
    span = indices[g];
  }
  if (!span) return void 0;
  const secret = m.input.slice(span[0], span[1]);
  return secret.length > 0 ? { secret, start: span[0] } : void 0;
}
var LineIndex = class {
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

// src/detect/reported.ts
var SHAPE_PRIORITY = 15;
function reportedByShape(detect, set) {
  const shaped = new Set(
    set.rules.filter((r) => !r.multiline && r.files.length === 0 && r.priority >= SHAPE_PRIORITY).map((r) => r.id)
  );
  return (f) => detect(f).flatMap((x) => shaped.has(x.ruleId) ? [x.secret] : []);
}

// src/sources/ignorefile.ts
var import_node_path4 = require("node:path");
var import_ignore = __toESM(require_ignore(), 1);
function pathIgnore(root, extra, ignoreFile = (0, import_node_path4.join)(root, ".leakproofignore")) {
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

// src/cli/paths.ts
var import_node_fs5 = require("node:fs");
var import_node_path6 = require("node:path");

// src/cli/errors.ts
var EXIT = { clean: 0, findings: 1, error: 2 };
var UsageError = class extends LeakproofError {
};
function reportError(e) {
  if (isUserError(e)) {
    process.stderr.write(`leakproof: error: ${e.message}
`);
  } else {
    const err = e;
    process.stderr.write(`leakproof: internal error: ${err?.stack ?? String(e)}
`);
  }
  return EXIT.error;
}

// src/posix.ts
var import_node_path5 = require("node:path");
function toPosix(p) {
  return import_node_path5.sep === "/" ? p : p.split(import_node_path5.sep).join("/");
}

// src/cli/paths.ts
function repoPath(cwd, root, given) {
  const rel = (0, import_node_path6.relative)(real2(root), (0, import_node_path6.resolve)(real2(cwd), given));
  if (rel === ".." || rel.startsWith(`..${import_node_path6.sep}`) || (0, import_node_path6.isAbsolute)(rel))
    throw new UsageError(`${given} is outside the repository (${root})`);
  return toPosix(rel);
}
function real2(p) {
  try {
    return (0, import_node_fs5.realpathSync)(p);
  } catch {
    return p;
  }
}

// src/rules/load.ts
var import_node_fs6 = require("node:fs");
var import_node_path7 = require("node:path");
var import_node_url2 = require("node:url");

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
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

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state2 = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state2 = state2 && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state2 || state2 === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
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
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state2 = 1;
      }
    } else if (state2 === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
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
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state2 = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state2 = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state2 = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state2 === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state2 = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
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
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
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
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state2 = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state2 = 2;
    else if (c === 101 || c === 69)
      state2 = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit2(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state2)
      state2 = 1;
    if (c === 95) {
      if (!(state2 & 1))
        TomlError.x("illegal underscore", ctx);
      state2 += 11;
      hasUnderscores = true;
    } else if (state2 === 1 && c === 46)
      state2 = 2;
    else if ((state2 === 1 || state2 === 3) && (c === 101 || c === 69))
      state2 = 4;
    else if (state2 === 4 && (c === 43 || c === 45)) {
      state2 = 6;
    } else if (!isDigit2(c))
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
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit2(c, base))
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
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit2(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
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

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state2 = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state2)
        TomlError.x("unexpected end of key", ctx);
      if (state2 === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state2)
        TomlError.x("illegal empty bare key", ctx);
      if (state2 === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state2 = 0;
    } else if (!state2 && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state2 = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state2 === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state2 = 2;
      }
    } else if (state2 === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state2) {
      state2 = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen2 = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen2.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen2.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta2, type) {
  let t = table;
  let m = meta2;
  let k;
  let hasOwn = false;
  let state2;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state2 = m[k]).c;
      if (type === 0 && (state2.t === 1 || state2.t === 2)) {
        return null;
      }
      if (state2.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state2 = m[k];
  if (state2.t !== type && !(type === 1 && state2.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state2.d) {
      state2.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state2.c[state2.i++] = state2 = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state2.d) {
    return null;
  }
  state2.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state2.c];
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
  let m = meta2;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
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
      let p = peekTable(
        ctx,
        k,
        res,
        meta2,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/rules/lazy.ts
var LAZY = [
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
var OPTIONAL = [
  "secretGroup",
  "entropy",
  "context",
  "envVar",
  "envVarByName",
  "weakness",
  "rotate",
  "rotateCommand"
];
var never = (msg) => {
  throw new Error(msg);
};
var pending2 = /* @__PURE__ */ new WeakMap();
var PackedRule = class {
  constructor(raw, file, table) {
    const self = this;
    const keywords = raw.keywords;
    self.id = raw.id;
    self.keywords = keywords ? keywords.map((k) => k.toLowerCase()) : [];
    self.files = regexList(raw.files, "files", never);
    self.priority = raw.priority ?? 0;
    self.multiline = raw.multiline ?? false;
    self.reach = raw.reach ?? 16384;
    self.source = file;
    pending2.set(this, { table, file });
  }
};
function compileNow(rule) {
  const p = pending2.get(rule);
  if (!p) return;
  pending2.delete(rule);
  const full = compileRule(p.table(), p.file, "", true);
  for (const k of LAZY) own(rule, k, full[k], true);
  for (const k of OPTIONAL) own(rule, k, full[k], k in full);
}
function own(rule, k, value, enumerable) {
  Object.defineProperty(rule, k, { value, writable: true, configurable: true, enumerable });
}
for (const k of [...LAZY, ...OPTIONAL])
  Object.defineProperty(PackedRule.prototype, k, {
    configurable: true,
    get() {
      compileNow(this);
      return Object.hasOwn(this, k) ? this[k] : void 0;
    },
    set(v) {
      compileNow(this);
      own(this, k, v, true);
    }
  });
function lazyRule(cheap, file, table) {
  return new PackedRule(cheap, file, table);
}

// src/rules/packfile.ts
var VERSION = 3;
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

// src/rules/load.ts
var PATTERNS_DIR = (0, import_node_path7.join)((0, import_node_path7.dirname)((0, import_node_url2.fileURLToPath)(__leakproofUrl)), "..", "..", "patterns");
var PACK_FILE = (0, import_node_path7.join)((0, import_node_path7.dirname)((0, import_node_url2.fileURLToPath)(__leakproofUrl)), "..", "patterns.pack");
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
    rules: rawRules.map((r) => compileRule(r, file, text2, trusted, user)),
    placeholders: compileAllowlist(doc.allowlist, fail, user)
  };
}
function mergeAllowlists(a, b) {
  return {
    regexes: [...a.regexes, ...b.regexes],
    matchRegexes: [...a.matchRegexes, ...b.matchRegexes],
    paths: [...a.paths, ...b.paths],
    stopwords: [...a.stopwords, ...b.stopwords],
    names: [...a.names, ...b.names]
  };
}
function loadRuleDir(dir = PATTERNS_DIR) {
  let listed;
  try {
    listed = (0, import_node_fs6.readdirSync)(dir);
  } catch (e) {
    throw new RuleError(
      dir,
      void 0,
      `cannot read the rules directory (${e.code ?? e.message}): reinstall leakproof`
    );
  }
  const names = listed.filter((f) => f.endsWith(".toml")).sort();
  const packed = dir === PATTERNS_DIR ? readPack(names) : void 0;
  const rules = [];
  const seen2 = /* @__PURE__ */ new Map();
  let placeholders = compileAllowlist(void 0, (m) => {
    throw new Error(m);
  });
  for (const name of names) {
    const file = (0, import_node_path7.join)(dir, name);
    const cached = packed?.get(name);
    const text2 = cached ? "" : (0, import_node_fs6.readFileSync)(file, "utf8");
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
    pack = decodePack((0, import_node_fs6.readFileSync)(PACK_FILE));
  } catch {
    return void 0;
  }
  if (!pack || pack.index.files.length !== names.length) return void 0;
  const out = /* @__PURE__ */ new Map();
  for (const e of pack.index.files) {
    if (!names.includes(e.name)) return void 0;
    if (sizeOf((0, import_node_path7.join)(PATTERNS_DIR, e.name)) !== e.size) return void 0;
    const file = (0, import_node_path7.join)(PATTERNS_DIR, e.name);
    out.set(e.name, { top: e.top, rules: e.rules.map((r) => lazyRule(r.cheap, file, () => pack.table(r.at))) });
  }
  return out;
}
function sizeOf(file) {
  try {
    return (0, import_node_fs6.statSync)(file).size;
  } catch {
    return void 0;
  }
}
function addRules(set, more) {
  refuseDuplicates(new Map(set.rules.map((r) => [r.id, r.source])), more.rules);
  return { rules: [...set.rules, ...more.rules], placeholders: mergeAllowlists(set.placeholders, more.placeholders) };
}
function refuseDuplicates(seen2, more) {
  for (const r of more) {
    const prev = seen2.get(r.id);
    if (prev)
      throw new RuleError(
        r.source,
        void 0,
        `rule "${r.id}" is already defined in ${prev} (to replace it, list its id in disabledRules)`
      );
    seen2.set(r.id, r.source);
  }
}

// src/rules/prebuilt.ts
var import_node_fs7 = require("node:fs");
var import_node_path8 = require("node:path");
var import_node_url3 = require("node:url");
var DIR = (0, import_node_path8.join)((0, import_node_path8.dirname)((0, import_node_url3.fileURLToPath)(__leakproofUrl)), "..");
var TABLE = (0, import_node_path8.join)(DIR, "keywords.bin");
var META = (0, import_node_path8.join)(DIR, "keywords.json");
var PREBUILT_FILES = [TABLE, META];
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

// src/rules/reuse.ts
var import_node_fs8 = require("node:fs");
var import_node_path9 = require("node:path");
var kept = /* @__PURE__ */ new Map();
function stampOf(file) {
  try {
    const st = (0, import_node_fs8.statSync)(file);
    return `${st.size}:${st.mtimeMs}:${st.ino}`;
  } catch {
    return "-";
  }
}
function filesOf(dir) {
  try {
    return [dir, ...(0, import_node_fs8.readdirSync)(dir).map((f) => (0, import_node_path9.join)(dir, f))];
  } catch {
    return [dir];
  }
}
function reuse(key, files, load3) {
  const stamp = files.map(stampOf).join("|");
  const last = kept.get(key);
  if (last?.stamp === stamp) return last.value;
  const value = load3();
  kept.set(key, { stamp, value });
  return value;
}

// src/config/config.ts
var import_node_fs9 = require("node:fs");
var import_node_path10 = require("node:path");
var CONFIG_NAME = ".leakproof.toml";
var KEYS = /* @__PURE__ */ new Set(["title", "rules", "allowlist", "disabledRules", "ignore", "maxFileSize", "django", "baseline"]);
function loadConfig(root, explicit, builtin) {
  const file = explicit ?? (0, import_node_path10.join)(root, CONFIG_NAME);
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
    const i = text2.split("\n").findIndex((l) => {
      const t = l.trimStart();
      const rest = [key, `"${key}"`, `'${key}'`].find((k) => t.startsWith(k));
      return rest !== void 0 && t.slice(rest.length).trimStart().startsWith("=");
    });
    return i >= 0 ? i + 1 : void 0;
  };
  for (const key of Object.keys(doc)) {
    if (!KEYS.has(key))
      throw new RuleError(file, lineOf(key), `unknown key "${key}" (expected one of ${[...KEYS].join(", ")})`);
  }
  const disabled = doc.disabledRules ?? [];
  if (!Array.isArray(disabled) || !disabled.every((x) => typeof x === "string")) {
    throw new RuleError(file, lineOf("disabledRules"), "disabledRules must be a list of rule ids");
  }
  const known = new Set(builtin.rules.map((r) => r.id));
  for (const id of disabled) {
    if (!known.has(id)) throw new RuleError(file, lineOf("disabledRules"), `disabledRules: no built-in rule "${id}"`);
  }
  const ignorePatterns = doc.ignore ?? [];
  if (!Array.isArray(ignorePatterns) || !ignorePatterns.every((x) => typeof x === "string")) {
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
    const d = doc.django;
    const at = text2.split("\n").findIndex((l) => /^\s*\[django\]|^\s*django\s*=/.test(l)) + 1 || void 0;
    if (typeof d !== "object" || d === null || Array.isArray(d))
      throw new RuleError(file, at, "django must be a table: [django] deploy = true");
    for (const k of Object.keys(d))
      if (k !== "deploy") throw new RuleError(file, at, `django: unknown key "${k}" (expected deploy)`);
    if (d.deploy !== void 0 && typeof d.deploy !== "boolean")
      throw new RuleError(file, at, "django.deploy must be true or false");
    if (d.deploy === true) config.djangoDeploy = true;
  }
  if (doc.baseline !== void 0) {
    if (typeof doc.baseline !== "string" || doc.baseline === "")
      throw new RuleError(file, lineOf("baseline"), "baseline must be the path of a baseline file");
    config.baseline = (0, import_node_path10.resolve)((0, import_node_path10.dirname)(file), doc.baseline);
  }
  const kept2 = {
    rules: builtin.rules.filter((r) => !disabled.includes(r.id)),
    placeholders: builtin.placeholders
  };
  return { config, rules: addRules(kept2, rulesFromTable(doc, file, text2, false, true)) };
}
function lstatExists(file) {
  try {
    (0, import_node_fs9.lstatSync)(file);
    return true;
  } catch {
    return false;
  }
}

// src/remedy/language.ts
function envRead(kind2, name, libs2, pythonLib) {
  switch (kind2) {
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
function readExpr(kind2, libs2, pythonLib) {
  return (name) => kind2 === "compose" ? `\${${name}:?${name} is not set}` : envRead(kind2, name, libs2, pythonLib);
}

// src/remedy/project.ts
var import_node_fs11 = require("node:fs");
var import_node_path12 = require("node:path");

// src/django/version.ts
var import_node_fs10 = require("node:fs");
var import_node_path11 = require("node:path");
function parseVersion(s) {
  const m = /^(\d{1,3})\.(\d{1,3})/.exec(s.trim());
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function compare(a, b) {
  return a[0] - b[0] || a[1] - b[1];
}
function formatVersion(v) {
  return `${v[0]}.${v[1]}`;
}
var FILES = ["pyproject.toml", "Pipfile", "setup.cfg", "setup.py"];
var LINE = /(?:^|[^\w.-])django["']?[ \t]{0,20}(?:\[[\w, ]{0,80}\])?[ \t]{0,20}["']?[ \t]{0,20}[:=]?[ \t]{0,20}(?:\{[^}\n]{0,100}?version[ \t]{0,20}=[ \t]{0,20})?["']?[ \t]{0,20}(===?|~=|>=|\^|~|>)?[ \t]{0,20}(\d{1,3}\.\d{1,3})/i;
function projectVersion(root) {
  const names = [...requirementFiles(root), ...FILES];
  for (const name of names) {
    let text2;
    try {
      text2 = (0, import_node_fs10.readFileSync)((0, import_node_path11.join)(root, name), "utf8");
    } catch {
      continue;
    }
    for (const line of text2.split("\n")) {
      if (/^\s*#/.test(line)) continue;
      const m = LINE.exec(line);
      if (!m) continue;
      const v = parseVersion(m[2]);
      if (v) return { version: v, file: name, pinned: m[1] === void 0 || !m[1].startsWith(">") };
    }
  }
  return void 0;
}
function requirementFiles(root) {
  const list = (dir, prefix, test) => {
    try {
      return (0, import_node_fs10.readdirSync)((0, import_node_path11.join)(root, dir)).filter(test).sort().map((n) => prefix + n);
    } catch {
      return [];
    }
  };
  return [
    ...list(".", "", (n) => /^requirements.*\.(?:txt|in)$/.test(n)),
    ...list("requirements", "requirements/", (n) => /\.(?:txt|in)$/.test(n))
  ];
}

// src/remedy/project.ts
var PY_FILES = [
  "requirements.txt",
  "requirements-dev.txt",
  "requirements/base.txt",
  "requirements/production.txt",
  "pyproject.toml",
  "Pipfile",
  "setup.cfg",
  "setup.py"
];
function detectProject(root) {
  const libs2 = {};
  const py = [.../* @__PURE__ */ new Set([...PY_FILES, ...requirementFiles2(root)])].map((f) => read((0, import_node_path12.join)(root, f))).join("\n").toLowerCase();
  if (/(^|[^a-z-])django-environ\b/m.test(py)) libs2.python = "django-environ";
  else if (/(^|[^a-z-])python-decouple\b/m.test(py)) libs2.python = "python-decouple";
  else if (/(^|[^a-z-])environs\b/m.test(py)) libs2.python = "environs";
  const pkg = read((0, import_node_path12.join)(root, "package.json"));
  if (/"dotenv"\s*:/.test(pkg)) libs2.node = "dotenv";
  if (/"laravel\/framework"\s*:/.test(read((0, import_node_path12.join)(root, "composer.json")))) libs2.php = "laravel";
  if (/^\s*gem\s+["']dotenv(?:-rails)?["']/m.test(read((0, import_node_path12.join)(root, "Gemfile")))) libs2.ruby = "dotenv";
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
      return (0, import_node_fs11.readdirSync)((0, import_node_path12.join)(root, dir)).filter(test).map((n) => prefix + n);
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

// src/remedy/names.ts
init_lists();
function chooseEnvVar(f, rule) {
  const fromName = f.name ? upperSnake(f.name) : void 0;
  const mapped = fromName !== void 0 ? rule?.envVarByName?.[fromName] : void 0;
  if (mapped !== void 0) return mapped;
  if (rule?.envVar && (rule.envVarFrom !== "name" || !fromName)) return rule.envVar;
  return fromName ?? rule?.envVar ?? "SECRET";
}
function upperSnake(name) {
  const last = name.replace(/["'[\]]/g, "").split(/[.:]/).filter(Boolean).pop() ?? name;
  return last.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toUpperCase() || "SECRET";
}

// src/remedy/rewrite.ts
var CONFIG_KINDS = /* @__PURE__ */ new Set(["compose", "yaml", "github-actions", "shell"]);
var HASH_COMMENT = /* @__PURE__ */ new Set(["python", "ruby", "compose", "yaml", "github-actions", "shell", "php"]);
var SLASH_COMMENT = /* @__PURE__ */ new Set(["js", "go", "java", "csharp", "rust", "php"]);
var FALLBACK_CALL = /(?:os\.getenv|os\.environ\.get|environ\.get|getenv|config|env(?:\.str)?|ENV\.fetch)\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*,\s*(?:default\s*=\s*)?[rbu]?(["'])/g;
var READ_BEFORE_OR = /(?:(?:os\.environ\.get|os\.getenv|environ\.get|getenv|env|config)\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*\)|process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\4\s*\]|ENV\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\6\s*\]|os\.environ\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\8\s*\])\s*(?:\bor\b|\|\||\?\?|\?:)\s*$/;
var INTERPOLATION_BEFORE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-|-|:=|=|:)$/;
function rewriteLine(line, secret, kind2, envVar, expr) {
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
  const at = line.indexOf(secret);
  if (at < 0) return { reason: "the secret is not on this line" };
  if (inComment(line, at, kind2))
    return {
      reason: "the secret is in a comment: delete it from the comment (and rotate it if it was ever committed)"
    };
  const q = line[at - 1];
  const quoted = q !== void 0 && `"'\``.includes(q) && line[at + secret.length] === q;
  const end = at + secret.length;
  const interp = CONFIG_KINDS.has(kind2) ? INTERPOLATION_BEFORE.exec(line.slice(0, at)) : null;
  if (interp && line[end] === "}") {
    const name = interp[1];
    const e2 = expr(name, "required");
    if (e2 === void 0)
      return { reason: `no way to read an environment variable in this kind of file`, forcedName: name };
    const start = at - interp[0].length;
    const insideQuotes = line[start - 1] === '"' && line[end + 1] === '"';
    return {
      line: line.slice(0, start) + (insideQuotes ? unquote2(e2) : e2) + line.slice(end + 1),
      name,
      forced: true,
      how: "fallback"
    };
  }
  if (quoted) {
    let start = at - 1;
    const or = READ_BEFORE_OR.exec(line.slice(0, start - prefixLength(line, start)));
    if (or && !CONFIG_KINDS.has(kind2)) {
      const name = or[2] ?? or[3] ?? or[5] ?? or[7] ?? or[9];
      const e3 = expr(name, "required");
      if (e3 === void 0)
        return { reason: `no way to read an environment variable in this kind of file`, forcedName: name };
      return { line: line.slice(0, or.index) + e3 + line.slice(end + 1), name, forced: true, how: "fallback" };
    }
    const e2 = expr(envVar, "plain");
    if (e2 === void 0) return { reason: "no way to read an environment variable in this kind of file" };
    if (CONFIG_KINDS.has(kind2) && kind2 !== "shell")
      return { line: line.slice(0, at) + e2 + line.slice(end), name: envVar, forced: false, how: "literal" };
    start -= prefixLength(line, start);
    if (/\bdefault\s*=\s*$/.test(line.slice(0, start)) && !/\(/.test(line.slice(0, start).replace(/\bdefault\s*=\s*$/, ""))) {
      return {
        reason: "the secret is the default of a call spread over several lines: delete the default so the variable is required"
      };
    }
    return { line: line.slice(0, start) + e2 + line.slice(end + 1), name: envVar, forced: false, how: "literal" };
  }
  if (!CONFIG_KINDS.has(kind2)) {
    return { reason: "the secret is part of a longer string: build that string from an environment variable" };
  }
  const e = expr(envVar, "plain");
  if (e === void 0) return { reason: "no way to read an environment variable in this kind of file" };
  const inDoubleQuotes = kind2 === "shell" && isInsideDoubleQuotes(line, at);
  return {
    line: line.slice(0, at) + (inDoubleQuotes ? unquote2(e) : e) + line.slice(end),
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
  for (let m = FALLBACK_CALL.exec(line); m; m = FALLBACK_CALL.exec(line)) {
    if (/[A-Za-z0-9_.]/.test(line[m.index - 1] ?? "") && !/^(?:os|ENV)\b/.test(m[0])) continue;
    const valueStart = m.index + m[0].length;
    const q = m[3];
    if (line.startsWith(secret + q, valueStart)) {
      let end = valueStart + secret.length + 1;
      while (line[end] === " ") end++;
      if (line[end] === ")") return { name: m[2], start: m.index, end: end + 1 };
    }
  }
  return void 0;
}
function inComment(line, at, kind2) {
  const hash = HASH_COMMENT.has(kind2);
  const slash = SLASH_COMMENT.has(kind2);
  if (!hash && !slash) return false;
  let quote;
  for (let i = 0; i < at; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = void 0;
    } else if (c === '"' || c === "'" || c === "`") {
      if ((kind2 === "yaml" || kind2 === "compose" || kind2 === "github-actions" || kind2 === "shell") && /[^\s:=,[{(-]/.test(line[i - 1] ?? " "))
        continue;
      quote = c;
    } else if (hash && c === "#" && (i === 0 || /\s/.test(line[i - 1]) || kind2 === "python" || kind2 === "ruby"))
      return true;
    else if (slash && c === "/" && line[i + 1] === "/") return true;
    else if (slash && c === "/" && line[i + 1] === "*") return true;
  }
  return false;
}
function isInsideDoubleQuotes(line, at) {
  let n = 0;
  for (let i = 0; i < at; i++) if (line[i] === '"' && line[i - 1] !== "\\") n++;
  return n % 2 === 1;
}
function unquote2(e) {
  return e.length >= 2 && e.startsWith('"') && e.endsWith('"') ? e.slice(1, -1) : e;
}

// src/remedy/setup.ts
var IMPORTS_OS = /^import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,[ \t]*)*os(?:\.[\w.]+)?(?![\w.]|[ \t]+as\b)/m;
function setupFor(kind2, fileText, libs2, pythonLib) {
  if (fileText === void 0) return void 0;
  if (kind2 === "python") return pythonSetup(fileText, pythonLib);
  if (kind2 === "js") return jsSetup(fileText, libs2);
  if (kind2 === "go") return goSetup(fileText);
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
  const q = /^[ \t]*(?:import[^\n]*from[ \t]*'|[^\n]*require\(')/m.test(text2) ? "'" : '"';
  const line = esm ? `import ${q}dotenv/config${q};` : `require(${q}dotenv${q}).config();`;
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

// src/remedy/django.ts
var INSECURE_PREFIX = "django-insecure-";
function weakDjangoKeyNotes(key) {
  const notes = [];
  if (key.startsWith(INSECURE_PREFIX))
    notes.push("weak (Django security.W009): generated by startproject, prefixed django-insecure-");
  if (key.length < 50) notes.push(`weak (Django security.W009): ${key.length} characters, fewer than 50`);
  if (new Set(key).size < 5) notes.push("weak (Django security.W009): fewer than 5 unique characters");
  return notes;
}

// src/remedy/weakness.ts
var CHECKS = {
  "django-secret-key": weakDjangoKeyNotes
};
function weaknessNotes(check, secret) {
  return check ? CHECKS[check](secret) : [];
}

// src/remedy/remedy.ts
var ROTATE = "If this value was ever pushed, it has leaked even once removed: change it (rotate) wherever it is used.";
function fileContext(path, fileText, project) {
  const kind2 = kindOf(path);
  const pythonLib = kind2 === "python" ? pythonLibOf(fileText, project) : void 0;
  return { kind: kind2, pythonLib, expr: readExpr(kind2, project, pythonLib) };
}
function perFile(path, ctx) {
  const kind2 = kindOf(path);
  const fileText = kind2 === "python" || kind2 === "js" || kind2 === "go" ? ctx.fileText(path) : void 0;
  const fc = fileContext(path, fileText, ctx.project);
  return { kind: kind2, fc, setup: setupFor(kind2, fileText, ctx.project, fc.pythonLib) };
}
function remedyFor(f, rule, ctx, files) {
  let file = files?.get(f.file);
  if (!file) {
    file = perFile(f.file, ctx);
    files?.set(f.file, file);
  }
  const { kind: kind2, fc } = file;
  const rewritten = rewriteLine(f.lineText.trim(), f.secret, kind2, chooseEnvVar(f, rule), fc.expr);
  const envVar = "name" in rewritten ? rewritten.name : rewritten.forcedName ?? chooseEnvVar(f, rule);
  const steps2 = [];
  if (kind2 === "dotenv") {
    steps2.push(
      `${f.file} is the right place for the value, but it must stay out of git: add it to .gitignore and run \`git rm --cached ${f.file}\`.`
    );
  } else if (kind2 === "dockerfile") {
    steps2.push(
      `Remove the value from the image: pass it at run time (\`docker run -e ${envVar}\`, or \`environment:\` in compose), or use a build secret (\`RUN --mount=type=secret\`).`
    );
  } else if ("line" in rewritten) {
    const setup2 = file.setup;
    if (setup2) steps2.push(setup2.step);
    if (kind2 === "github-actions")
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
  return findings.map((f) => {
    const rule = rules.get(f.ruleId);
    const r = remedyFor(f, rule, ctx, files);
    const weak = weaknessNotes(rule?.weakness, f.secret);
    const notes = weak.length > 0 ? [...weak, ...f.notes] : f.notes;
    const fixSteps = [...r.steps, rotation(rule, ctx.project)];
    return { ...f, notes, fixSteps, ...r.line !== void 0 ? { remediation: r.line } : {} };
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

// src/report/mask.ts
function maskSecret(secret) {
  const keep = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep)}\u2026`;
}
var PREFIX = 8;
var Masker = class {
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
        const k = s.slice(0, PREFIX);
        let list = this.byPrefix.get(k);
        if (!list) this.byPrefix.set(k, list = []);
        let group = list.find((g) => g.length === s.length);
        if (!group) list.push(group = { length: s.length, secrets: /* @__PURE__ */ new Set() });
        group.secrets.add(s);
      }
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.length - a.length);
    this.short.sort((a, b) => b.length - a.length);
  }
  mask(text2) {
    if (this.byPrefix.size === 0 && this.short.length === 0) return text2;
    let out = "";
    let copied = 0;
    const shortHits = this.shortHits(text2);
    for (let i = 0; i < text2.length; ) {
      let hit;
      if (this.byPrefix.size > 0 && i + PREFIX <= text2.length) {
        const list = this.byPrefix.get(text2.slice(i, i + PREFIX));
        if (list) {
          for (const g of list) {
            const candidate = text2.slice(i, i + g.length);
            if (g.secrets.has(candidate)) {
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
      out += text2.slice(copied, i) + maskSecret(hit);
      i += hit.length;
      copied = i;
    }
    return copied === 0 ? text2 : out + text2.slice(copied);
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
function maskWith(f, masker) {
  const m = (s) => masker.mask(s);
  const out = {
    ...f,
    // A finding about a setting (Django's deployment checks) carries no secret.
    secret: f.secret === "" ? "" : maskSecret(f.secret),
    lineText: m(f.lineText),
    message: m(f.message),
    notes: f.notes.map(m)
  };
  if (f.remediation !== void 0) out.remediation = m(f.remediation);
  if (f.fixSteps !== void 0) out.fixSteps = f.fixSteps.map(m);
  if (f.name !== void 0) out.name = m(f.name);
  if (f.author !== void 0) out.author = m(f.author);
  return out;
}
function asWritten(f) {
  if (!f.notes.some((n) => n.startsWith(DECODED_NOTE)) || f.line !== f.endLine) return void 0;
  let w = f.lineText.slice(f.column - 1, f.endColumn - 1);
  if (w.length >= 2 && `"'\``.includes(w[0]) && w.endsWith(w[0])) w = w.slice(1, -1);
  return w.length >= 8 && w !== f.secret ? w : void 0;
}
function maskFindings(findings) {
  const masker = new Masker(findings.flatMap((f) => [f.secret, asWritten(f) ?? ""]));
  return { findings: findings.map((f) => maskWith(f, masker)), masker };
}

// src/cli/scan.ts
init_order();

// src/cli/output.ts
var import_node_fs12 = require("node:fs");
var WHY = {
  ENOENT: "its directory does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many symbolic links (a loop?)",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device"
};
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

// src/cli/scan.ts
init_version();
var DEFAULT_MAX_MB = 10;
var DEFAULT_MAX_FILE_SIZE = DEFAULT_MAX_MB * 1048576;
var FORMATS = ["text", "json", "sarif", "github"];
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
    ruleById: new Map(rules.rules.map((r) => [r.id, r]))
  };
}
function megabytes(v) {
  if (v === void 0) return void 0;
  const mb = Number(v);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-size takes a number of megabytes, not "${v}"`);
  return Math.round(mb * 1048576);
}
async function finish(s, opts, how) {
  const { found, notes, fileText } = how;
  const write = opts.values["write-baseline"];
  if (write) {
    writeOutput("the baseline", write, formatBaseline(found));
    const n = new Set(found.map((f) => f.fingerprint)).size;
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
function excludeTests(findings, scan, opts, notes) {
  if (scan === "staged")
    throw new UsageError("--exclude-tests is for dir and history; staged reports every file it is given");
  const kept2 = findings.filter((f) => f.scope === void 0);
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

// src/cli/tiering.ts
var import_node_v8 = require("node:v8");
var OPTIMISE_AFTER = 1 << 20;
var KNOWN_V8 = /* @__PURE__ */ new Set([11, 12, 13, 14]);
var state = globalThis[/* @__PURE__ */ Symbol.for("leakproof.tiering")] ??= {
  quick: false,
  seen: 0,
  resident: false
};
function startShort() {
  if (state.quick || state.resident || process.env.LEAKPROOF_OPTIMIZE === "1") return;
  if (!KNOWN_V8.has(Number(process.versions.v8.split(".")[0]))) return;
  (0, import_node_v8.setFlagsFromString)("--no-turbofan --no-regexp-tier-up");
  state.quick = true;
}
function stayResident() {
  state.resident = true;
}
function scanned(chars) {
  if (!state.quick) return;
  state.seen += chars;
  if (state.seen > OPTIMISE_AFTER) {
    (0, import_node_v8.setFlagsFromString)("--turbofan");
    state.quick = false;
  }
}

// src/cli/collect/staged.ts
function stagedPaths(cwd, root, opts) {
  const given = opts.positionals.map((p) => repoPath(cwd, root, p));
  return given.includes("") ? [] : given;
}
function startStagedDiff(cwd, root, opts) {
  if (opts.values["max-file-size"] !== void 0) return void 0;
  try {
    return stagedDiff(cwd, stagedPaths(cwd, root, opts), DEFAULT_MAX_FILE_SIZE);
  } catch {
    return void 0;
  }
}
async function collectStaged(cwd, root, s, opts, early) {
  const paths = stagedPaths(cwd, root, opts);
  const isIgnored = ignoredPaths(root, s.config.ignore, opts.values["no-ignore"] ?? false);
  const detector = createDetector(s.rules, s.prebuilt);
  const findings = [];
  const skips = [];
  const { blobs } = await scanStaged(
    {
      cwd,
      paths,
      maxFileSize: s.maxFileSize,
      isIgnored,
      contextReach: multilineReach(s.rules.rules),
      contextReported: reportedByShape((f) => detector.detect(f), s.rules),
      ...early ? { early } : {}
    },
    (fragment) => {
      scanned(fragment.text.length);
      for (const f of detector.detect(fragment)) findings.push(f);
    },
    (skip) => skips.push(skip)
  );
  return { findings, skips, blobs };
}

// src/cli/skips.ts
var KEYSTORE = /\.(?:p12|pfx|jks|keystore|bcfks)$/i;
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

// src/cli/commands/staged.ts
async function run(opts) {
  startShort();
  const cwd = process.cwd();
  const root = quickWorkTreeTop(cwd);
  const early = startStagedDiff(cwd, root, opts);
  let scanned2;
  let s;
  try {
    s = setup(root, opts);
    scanned2 = await collectStaged(cwd, root, s, opts, early);
  } finally {
    early?.cancel();
  }
  const { findings, skips, blobs } = scanned2;
  const notes = noteSkips(skips, s.maxFileSize, opts);
  const readStaged = (path) => stagedText(cwd, path, blobs.get(path), s.maxFileSize);
  const deploy = s.config.djangoDeploy ? await (await Promise.resolve().then(() => (init_deploy(), deploy_exports))).deployForCommit(
    root,
    [...blobs.keys()],
    (p) => blobs.has(p) ? readStaged(p) : void 0,
    (p) => (0, import_node_fs14.readFileSync)((0, import_node_path13.join)(root, p), "utf8")
  ) : void 0;
  for (const n of deploy?.notes ?? []) {
    notes.push(n);
    if (!opts.values.quiet) process.stderr.write(`leakproof: ${n}
`);
  }
  const code = await finish(s, opts, {
    found: findings,
    notes,
    fileText: readStaged,
    scan: "staged",
    fixHint: (found) => stagedFixHint(found, { cmd: selfCommand(root), env: process.env, merging: mergeInProgress(cwd) }),
    // After the secret remedies (the deployment findings carry their own fixes).
    ...deploy && deploy.findings.length > 0 ? {
      annotate: (all) => {
        const baseline = baselineFor(s.root, opts.values.baseline, s.config.baseline);
        all.push(...baseline ? applyBaseline(deploy.findings, readBaseline(baseline)).kept : deploy.findings);
      }
    } : {}
  });
  return unscanned(skips, s.maxFileSize) ?? code;
}
function unscanned(skips, maxFileSize) {
  const big = skips.filter((k) => k.reason === "too-large");
  if (big.length === 0) return void 0;
  const files = big.map((k) => `${k.path}${k.detail ? ` (${k.detail})` : ""}`).join(", ");
  process.stderr.write(
    `leakproof: error: not scanned, so not committed: ${files} ${big.length === 1 ? "is" : "are"} over the ${mib(maxFileSize)} limit.
  To scan ${big.length === 1 ? "it" : "them"}: raise the limit (maxFileSize = <bytes> in .leakproof.toml, or leakproof staged --max-file-size <MB>).
  To commit ${big.length === 1 ? "it" : "them"} unscanned: list ${big.length === 1 ? "it" : "them"} in .leakproofignore.
`
  );
  return EXIT.error;
}

// src/cli/help.ts
var HELP = `leakproof: find hardcoded secrets before they reach git, and say how to fix them

Usage:
  leakproof staged [PATH...]     scan what the next commit adds (the pre-commit hook); PATHs narrow it
  leakproof history [RANGE...]   scan every commit (or a range such as origin/main..HEAD)
  leakproof dir [PATH...]        scan files on disk (default: .)
  leakproof pre-push             scan the commits a push sends (the pre-push hook)
  leakproof install | uninstall  add / remove the pre-commit and pre-merge-commit hooks (--pre-push: pre-push too)
  leakproof baseline [PATH...]   accept today's findings: writes .leakproof-baseline.json, read by every scan
  leakproof fix [PATH...]        move the secrets found to .env and read them from the environment
                                 (default: the staged files; --staged re-stages what it changed)
  leakproof django [PATH]        Django's deployment checks (check --deploy), statically
  leakproof rotate django        print a new Django SECRET_KEY and how to switch to it safely
  leakproof django [PATH]        Django's check --deploy on the production settings, statically
                                 (--settings MODULE, --all-settings, --fix adds safe missing settings)

Options:
  -f, --format text|json|sarif|github   report format (default text); repeat with --output for several reports
  -o, --output FILE        write the report to FILE instead of stdout ("-": stdout)
  -c, --config FILE        config file (default: .leakproof.toml at the repository root)
  -b, --baseline FILE      do not report findings listed in this baseline (default: .leakproof-baseline.json)
      --write-baseline FILE  write this scan's findings as a baseline instead of reporting them
      --no-redact          show whole secret values (default: at most the first 4 characters)
  -C, --repo DIR           act on that repository / directory
      --since DATE         history: only commits since DATE (as git log --since takes it)
      --no-ignore          dir: scan files that .gitignore / .leakproofignore exclude
      --max-file-size MB   skip larger files, with a note (default 10)
      --exclude-tests      dir, history: leave out values in tests, docs and examples (reported one
                           severity lower and grouped otherwise; staged always reports them)
  -y, --yes                fix: apply without asking
  -n, --dry-run            fix: print the diff only
      --staged             fix: stage what it changed (never .env)
  -q, --quiet              no notes on stderr
  -v, --verbose            list every skipped file
  -h, --help, -V, --version

leakproof COMMAND --help tells more about one command.
Exit status: 0 nothing found, 1 secrets found, 2 error.
Suppress a line with a \`leakproof:allow\` comment; paths with .leakproofignore (gitignore syntax).
`;
var OPTION_LINES = {
  format: "  -f, --format FORMAT      text (default), json, sarif or github; repeat with --output for several reports",
  output: '  -o, --output FILE        write the report to FILE instead of stdout ("-": stdout)',
  config: "  -c, --config FILE        config file (default: .leakproof.toml at the repository root)",
  baseline: "  -b, --baseline FILE      accepted findings (default: .leakproof-baseline.json at the root, or the config's baseline)",
  "write-baseline": "      --write-baseline FILE  write this scan's findings as a baseline instead of reporting them",
  "no-redact": "      --no-redact          show whole secret values (default: at most the first 4 characters)",
  repo: "  -C, --repo DIR           act on that repository / directory",
  since: "      --since DATE         only commits since DATE (as git log --since takes it)",
  history: "      --history            also accept what every commit added (for leakproof history)",
  "no-ignore": "      --no-ignore          scan files that .gitignore / .leakproofignore exclude",
  "max-file-size": "      --max-file-size MB   skip larger files, with a note (default 10)",
  yes: "  -y, --yes                apply without asking",
  "dry-run": "  -n, --dry-run            print the diff only",
  staged: "      --staged             fix the staged files and stage what changed (never .env)",
  "pre-push": "      --pre-push           add the pre-push hook too: it checks the commits a push sends",
  settings: "      --settings MODULE    the production settings module (repeatable)",
  "all-settings": "      --all-settings       check every settings module found",
  quiet: "  -q, --quiet              no notes on stderr",
  verbose: "  -v, --verbose            more detail on stderr",
  help: "  -h, --help               this help"
};
var SCAN = ["format", "output", "config", "baseline", "write-baseline", "no-redact", "no-ignore", "max-file-size"];
var COMMON = ["repo", "quiet", "verbose", "help"];
var COMMANDS = {
  staged: {
    usage: "leakproof staged [PATH...]",
    about: "Scans what the next commit adds: the staged (index) content of added and changed lines, never the\nworking tree. This is what the pre-commit hook runs; PATHs (as lint-staged passes them) narrow it.",
    options: [...SCAN, ...COMMON]
  },
  history: {
    usage: "leakproof history [RANGE...]",
    about: "Scans the lines every commit reachable from any ref added, or the commits of the given ranges\n(origin/main..HEAD). Each finding says which commit added it and whether the secret is still at HEAD.",
    options: [...SCAN, "since", ...COMMON]
  },
  dir: {
    usage: "leakproof dir [PATH...]",
    about: "Scans files on disk (default: .), honouring .gitignore and .leakproofignore; single files too.",
    options: [...SCAN, ...COMMON]
  },
  "pre-push": {
    usage: "leakproof pre-push [REMOTE [URL]]",
    about: "The pre-push hook: scans the commits a push sends that the remote does not have (git's lines on\nstdin). Without them, the commits of HEAD that no remote-tracking ref has.",
    options: [...SCAN, ...COMMON]
  },
  install: {
    usage: "leakproof install [--pre-push]",
    about: "Adds the pre-commit and pre-merge-commit hooks where git runs them (core.hooksPath, worktrees,\nsubmodules, husky's .husky/); existing hooks are kept and run after the scan.",
    options: ["pre-push", "repo", "quiet", "help"],
    exit: "0 done, 2 error (nothing changed)"
  },
  uninstall: {
    usage: "leakproof uninstall",
    about: "Removes leakproof's hooks and puts back exactly what install replaced.",
    options: ["repo", "quiet", "help"],
    exit: "0 done, 2 error"
  },
  baseline: {
    usage: "leakproof baseline [PATH...] [--history]",
    about: "Accepts what a scan finds today: writes .leakproof-baseline.json at the repository root (or --output\nFILE). staged, dir, history and the hooks read it from there without flags; commit it.",
    options: ["output", "history", "config", "no-ignore", "max-file-size", ...COMMON]
  },
  fix: {
    usage: "leakproof fix [PATH...]",
    about: "Rewrites what it finds to read the environment and moves the values to .env (default: the staged\nfiles with findings; PATHs: files on disk).",
    options: ["staged", "yes", "dry-run", "config", "no-redact", ...COMMON],
    exit: "0 everything found was fixed, 1 findings remain, 2 error"
  },
  django: {
    usage: "leakproof django [PATH]",
    about: "Django's deployment checks (manage.py check --deploy), read statically from the production settings.",
    options: ["settings", "all-settings", "format", "output", "baseline", "write-baseline", "no-redact", ...COMMON]
  },
  rotate: {
    usage: "leakproof rotate django",
    about: "Prints a new Django SECRET_KEY and how to switch to it without logging everyone out.",
    options: ["help"],
    exit: "0 done, 2 error"
  }
};
function commandHelp(command) {
  const c = COMMANDS[command];
  if (!c) return void 0;
  const lines = c.options.map((o) => OPTION_LINES[o]).filter((l) => l !== void 0);
  const exit = c.exit ?? "0 nothing found, 1 secrets found, 2 error";
  return `Usage: ${c.usage}

${c.about}

Options:
${lines.join("\n")}

Exit status: ${exit}.
`;
}

// src/cli/options.ts
var import_node_util = require("node:util");

// src/cli/suggest.ts
function distance(a, b) {
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
function closest(word, known) {
  let best;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  if (best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3))) return best;
  const prefixed = known.filter((k) => k.startsWith(word) && word.length >= 3);
  return prefixed.length === 1 ? prefixed[0] : void 0;
}

// src/cli/options.ts
var COMMON2 = {
  format: { type: "string", short: "f", multiple: true },
  output: { type: "string", short: "o", multiple: true },
  config: { type: "string", short: "c" },
  "no-redact": { type: "boolean" },
  repo: { type: "string", short: "C" },
  baseline: { type: "string", short: "b" },
  "write-baseline": { type: "string" },
  since: { type: "string" },
  history: { type: "boolean" },
  yes: { type: "boolean", short: "y" },
  "dry-run": { type: "boolean", short: "n" },
  staged: { type: "boolean" },
  "pre-push": { type: "boolean" },
  "no-ignore": { type: "boolean" },
  "max-file-size": { type: "string" },
  "exclude-tests": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  settings: { type: "string", multiple: true },
  "all-settings": { type: "boolean" },
  fix: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" }
};
function parseOptions(args, command) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args, options: COMMON2, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(parseError(e, command));
  }
  const { format = [], output = [] } = parsed.values;
  return {
    positionals: parsed.positionals,
    // The first --format / --output, for everything that reads one; `reports` has them all, paired in order.
    values: { ...parsed.values, format: format[0], output: output[0] === "-" ? void 0 : output[0] },
    reports: reportRequests(format, output)
  };
}
function reportRequests(formats, outputs) {
  if (outputs.length > Math.max(1, formats.length))
    throw new UsageError(`${outputs.length} --output but ${formats.length} --format: give each --output its --format`);
  const n = Math.max(1, formats.length);
  const reports = [];
  for (let i = 0; i < n; i++) {
    const out = outputs[i];
    reports.push({ format: formats[i] ?? "text", ...out !== void 0 && out !== "-" ? { output: out } : {} });
  }
  if (reports.filter((r) => r.output === void 0).length > 1)
    throw new UsageError(
      "only one report can go to stdout: give the others --output FILE (in the order of their --format)"
    );
  return reports;
}
function parseError(e, command) {
  const where = command && COMMANDS[command] ? `leakproof ${command} --help` : "leakproof --help";
  const unknown = /^Unknown option '([^']+)'/.exec(e.message);
  if (unknown) {
    const given = unknown[1];
    const name = given.replace(/^--?/, "").split("=")[0];
    const own2 = command ? COMMANDS[command]?.options : void 0;
    const guess = closest(name, own2 ?? Object.keys(COMMON2)) ?? closest(name, Object.keys(COMMON2));
    return `unknown option ${given}${guess ? `; did you mean --${guess}?` : ""} (${where} lists the options)`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(e.message);
  if (missing) return `${missing[1]} needs a value (${where})`;
  const noArg = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(e.message);
  if (noArg) return `${noArg[1]} takes no value (${where})`;
  return `${e.message.replace(/\.$/, "")} (${where})`;
}

// src/cli/run.ts
var KNOWN = Object.keys(COMMANDS);
async function runCli(argv, staged) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "help" || command === "--help" || command === "-h") {
    const about = command === "help" && rest[0] ? commandHelp(rest[0]) : void 0;
    process.stdout.write(about ?? HELP);
    return command === void 0 ? EXIT.error : EXIT.clean;
  }
  if (command === "--version" || command === "-V" || command === "version") {
    const { version: version2 } = await Promise.resolve().then(() => (init_version(), version_exports));
    process.stdout.write(`leakproof ${version2()}
`);
    return EXIT.clean;
  }
  if (!KNOWN.includes(command)) {
    const guess = closest(command, KNOWN);
    throw new UsageError(
      `unknown command "${command}"${guess ? `; did you mean ${guess}?` : ""} (leakproof --help lists the commands)`
    );
  }
  const opts = parseOptions(rest, command);
  if (opts.values.help) {
    process.stdout.write(commandHelp(command) ?? HELP);
    return EXIT.clean;
  }
  if (opts.values.repo) {
    try {
      process.chdir(opts.values.repo);
    } catch {
      throw new UsageError(`cannot use --repo ${opts.values.repo}: no such directory`);
    }
  }
  if (command === "staged") return (await staged()).run(opts);
  return (await Promise.resolve().then(() => __toESM(require("./commands.js"), 1))).runCommand(command, opts);
}

// src/cli/daemon/place.ts
var import_node_fs15 = require("node:fs");
function mySocket(path) {
  try {
    const st = (0, import_node_fs15.lstatSync)(path);
    return st.isSocket() && st.uid === process.getuid();
  } catch {
    return false;
  }
}

// src/cli/daemon/protocol.ts
var PROTOCOL = 1;
var MAX_LINE2 = 64 * 1024 * 1024;
function isStringRecord(x) {
  return typeof x === "object" && x !== null && Object.values(x).every((v) => typeof v === "string");
}
function parseRequest(line) {
  let x;
  try {
    x = JSON.parse(line);
  } catch {
    return void 0;
  }
  if (typeof x !== "object" || x === null || x.v !== PROTOCOL) return void 0;
  if (x.stop === true) return { v: PROTOCOL, stop: true };
  const tty = x.tty;
  const ok = Array.isArray(x.argv) && x.argv.every((a) => typeof a === "string") && typeof x.script === "string" && typeof x.cwd === "string" && isStringRecord(x.env) && typeof x.umask === "number" && typeof tty === "object" && tty !== null && typeof tty.out === "boolean" && typeof tty.err === "boolean" && typeof tty.columns === "number";
  return ok ? x : void 0;
}
function lineReader(onLine) {
  let held = [];
  let size = 0;
  return (chunk) => {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      held.push(chunk.subarray(start, nl));
      const line = Buffer.concat(held).toString("utf8");
      held = [];
      size = 0;
      start = nl + 1;
      onLine(line);
    }
    if (start < chunk.length) {
      held.push(chunk.subarray(start));
      size += chunk.length - start;
    }
    return size <= MAX_LINE2;
  };
}

// src/cli/daemon/server.ts
var MAX_RUNS = 1e3;
var DEFAULT_IDLE_SECONDS = 600;
function idleSeconds(env) {
  const n = Number(env.LEAKPROOF_DAEMON_IDLE);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_IDLE_SECONDS;
}
function alive(path) {
  return new Promise((resolve4) => {
    const s = (0, import_node_net.connect)(path);
    s.once("connect", () => {
      s.destroy();
      resolve4(true);
    });
    s.once("error", () => resolve4(false));
  });
}
async function serve(path, idleMs) {
  stayResident();
  if (await alive(path)) return;
  if (mySocket(path)) (0, import_node_fs16.unlinkSync)(path);
  process.umask(63);
  const server = (0, import_node_net.createServer)({ allowHalfOpen: true });
  let runs = 0;
  let queue = Promise.resolve();
  let idle;
  let ino = -1;
  const leave = () => {
    clearTimeout(idle);
    server.close();
    try {
      if ((0, import_node_fs16.lstatSync)(path).ino === ino) (0, import_node_fs16.unlinkSync)(path);
    } catch {
    }
  };
  const rest = () => {
    clearTimeout(idle);
    idle = setTimeout(leave, idleMs);
  };
  server.on("connection", (socket) => {
    socket.on("error", () => socket.destroy());
    const feed = lineReader((line) => {
      const req = parseRequest(line);
      if (!req) return void socket.destroy();
      if ("stop" in req) {
        socket.end();
        return leave();
      }
      clearTimeout(idle);
      queue = queue.then(async () => {
        if (!socket.destroyed) await answer(socket, req);
        if (++runs >= MAX_RUNS) leave();
        else rest();
      });
    });
    socket.on("data", (chunk) => {
      if (!feed(chunk)) socket.destroy();
    });
  });
  await new Promise((resolve4, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve4());
  });
  ino = (0, import_node_fs16.lstatSync)(path).ino;
  server.on("error", leave);
  rest();
  await new Promise((resolve4) => server.once("close", () => resolve4()));
}
function send(socket, reply) {
  if (!socket.destroyed) socket.write(`${JSON.stringify(reply)}
`);
}
async function answer(socket, req) {
  if (req.argv[0] !== "staged") return void socket.end(`${JSON.stringify({ fallback: "not the hook's command" })}
`);
  send(socket, { started: true });
  const reply = await asCaller(req, () => runCli(req.argv, () => Promise.resolve(staged_exports)));
  send(socket, reply);
  socket.end();
}
function capture(stream, isTTY, columns) {
  const chunks = [];
  const own2 = ["write", "isTTY", "columns"].map((k) => [k, Object.getOwnPropertyDescriptor(stream, k)]);
  const collect = (chunk, enc, cb) => {
    chunks.push(
      typeof chunk === "string" ? Buffer.from(chunk, typeof enc === "string" ? enc : "utf8") : Buffer.from(chunk)
    );
    const done = typeof enc === "function" ? enc : cb;
    if (done) process.nextTick(done);
    return true;
  };
  stream.write = collect;
  Object.defineProperty(stream, "isTTY", { value: isTTY, configurable: true, writable: true });
  Object.defineProperty(stream, "columns", { value: columns, configurable: true, writable: true });
  return {
    restore() {
      for (const [k, d] of own2) {
        if (d) Object.defineProperty(stream, k, d);
        else delete stream[k];
      }
    },
    text: () => Buffer.concat(chunks).toString("base64")
  };
}
async function asCaller(req, fn) {
  const home = process.cwd();
  try {
    process.chdir(req.cwd);
  } catch {
    return { fallback: `cannot enter ${req.cwd}` };
  }
  const env = process.env;
  const mask = process.umask(req.umask);
  const out = capture(process.stdout, req.tty.out, req.tty.columns);
  const err = capture(process.stderr, req.tty.err, req.tty.columns);
  process.env = req.env;
  const script = process.argv[1] ?? "";
  process.argv[1] = req.script;
  let code;
  try {
    code = await fn();
  } catch (e) {
    code = reportError(e);
  } finally {
    process.env = env;
    process.argv[1] = script;
    out.restore();
    err.restore();
    process.umask(mask);
    process.chdir(home);
  }
  return { out: out.text(), err: err.text(), code, pid: process.pid };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  idleSeconds,
  serve
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
