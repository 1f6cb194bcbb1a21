// JavaScript that runs INSIDE the sandbox: the formatter behind the snippet's `console`, printing values on one
// line the way Node's util.inspect would (`{ a: 1, b: 'x' }`, `[ 1, 2 ]`, `Map(1) { 'k' => 1 }`).
//
// It is compiled on first use (a console call, or an error to describe) from the intrinsics the prelude captured
// before any snippet code ran (see prelude.ts; it reads no global). Getters are shown as `[Getter]`, never
// invoked. Output stops at the log's remaining character budget, so printing a huge value costs no more than
// the log bound allows. `warn` and `error` lines are prefixed (`warn: slow`).

export const GUEST_CONSOLE_SOURCE = String.raw`(function (k) {
  'use strict';
  const {
    emitLog, logCharBudget, apply, objectKeys, getOwnPropertyDescriptor, getPrototypeOf, objectToString, isArray,
    jsonStringify, toolsLabelOf, regexpTest, regexpToString, stringReplace, stringSlice, stringIndexOf, arrayJoin,
    arrayIndexOf, functionToString, symbolToString, dateGetTime, dateToISOString, mapEntries, mapSize, setValues,
    setSize, isView, byteLengthOf, NumberCtor, parseIntFn, parseFloatFn,
  } = k;
  const STOP = {};
  const MAX_DEPTH = 2;
  const MAX_ITEMS = 100;
  const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

  function write(w, text) {
    if (w.length >= w.limit) throw STOP;
    w.parts[w.parts.length] = text;
    w.length += text.length;
  }

  function quote(text) {
    const json = jsonStringify(text);
    if (apply(stringIndexOf, text, ["'"]) >= 0 && apply(stringIndexOf, text, ['"']) < 0) return json;
    const inner = apply(stringSlice, json, [1, -1]);
    return "'" + apply(stringReplace, apply(stringReplace, inner, [/\\"/g, '"']), [/'/g, "\\'"]) + "'";
  }

  function keyLabel(key) {
    return apply(regexpTest, IDENTIFIER, [key]) ? key : quote(key);
  }

  function ownDataValue(object, key) {
    const descriptor = getOwnPropertyDescriptor(object, key);
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  }

  function constructorName(object) {
    const proto = getPrototypeOf(object);
    if (proto === null) return null;
    const ctor = ownDataValue(proto, 'constructor');
    if (typeof ctor !== 'function') return '';
    const name = ownDataValue(ctor, 'name');
    return typeof name === 'string' ? name : '';
  }

  function functionLabel(fn) {
    const tools = toolsLabelOf(fn);
    if (tools !== undefined) return tools;
    const name = ownDataValue(fn, 'name');
    let source = '';
    try { source = apply(functionToString, fn, []); } catch (ignored) { source = ''; }
    const isClass = apply(stringSlice, source, [0, 6]) === 'class ';
    const label = typeof name === 'string' && name !== '' ? name : '';
    if (isClass) return label ? '[class ' + label + ']' : '[class (anonymous)]';
    return label ? '[Function: ' + label + ']' : '[Function (anonymous)]';
  }

  function inspectInto(w, value, depth, seen) {
    switch (typeof value) {
      case 'string': return write(w, quote(value));
      case 'number': return write(w, value === 0 && 1 / value < 0 ? '-0' : '' + value);
      case 'bigint': return write(w, '' + value + 'n');
      case 'boolean':
      case 'undefined': return write(w, '' + value);
      case 'symbol': return write(w, apply(symbolToString, value, []));
      case 'function': return write(w, functionLabel(value));
      default: return value === null ? write(w, 'null') : inspectObject(w, value, depth, seen);
    }
  }

  function inspectObject(w, object, depth, seen) {
    if (apply(arrayIndexOf, seen, [object]) >= 0) return write(w, '[Circular]');
    const tag = apply(objectToString, object, []);
    if (tag === '[object Error]') return inspectError(w, object, depth, seen);
    if (tag === '[object Date]') {
      const time = apply(dateGetTime, object, []);
      return write(w, time === time ? apply(dateToISOString, object, []) : 'Invalid Date');
    }
    if (tag === '[object RegExp]') return write(w, apply(regexpToString, object, []));
    if (tag === '[object Promise]') return write(w, 'Promise {}');
    const array = isArray(object);
    if (depth > MAX_DEPTH) {
      const name = constructorName(object);
      return write(w, array ? '[Array]' : '[' + (name || 'Object') + ']');
    }
    seen[seen.length] = object;
    try {
      if (array) return inspectArray(w, object, depth, seen);
      if (tag === '[object Map]') return inspectMap(w, object, depth, seen);
      if (tag === '[object Set]') return inspectSet(w, object, depth, seen);
      if (tag === '[object ArrayBuffer]') return write(w, 'ArrayBuffer { byteLength: ' + apply(byteLengthOf, object, []) + ' }');
      if (isView(object) && tag !== '[object DataView]') return inspectTypedArray(w, object, tag, depth, seen);
      return inspectPlain(w, object, depth, seen);
    } finally {
      seen.length = seen.length - 1;
    }
  }

  function inspectError(w, error, depth, seen) {
    const name = safeString(error, 'name', 'Error');
    const message = safeString(error, 'message', '');
    write(w, message === '' ? name : name + ': ' + message);
    const keys = objectKeys(error);
    let extra = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'stack' || key === 'message' || key === 'name') continue;
      write(w, extra === 0 ? ' { ' : ', ');
      extra++;
      inspectProperty(w, error, key, depth, seen);
    }
    if (extra > 0) write(w, ' }');
  }

  function safeString(object, key, fallback) {
    try {
      const value = object[key];
      return typeof value === 'string' ? value : fallback;
    } catch (ignored) {
      return fallback;
    }
  }

  function inspectProperty(w, object, key, depth, seen) {
    write(w, keyLabel(key) + ': ');
    const descriptor = getOwnPropertyDescriptor(object, key);
    if (descriptor === undefined) return write(w, 'undefined');
    if ('value' in descriptor) return inspectInto(w, descriptor.value, depth + 1, seen);
    write(w, descriptor.get && descriptor.set ? '[Getter/Setter]' : descriptor.get ? '[Getter]' : '[Setter]');
  }

  function inspectPlain(w, object, depth, seen) {
    const name = constructorName(object);
    const prefix = name === null ? '[Object: null prototype] ' : name !== 'Object' && name !== '' ? name + ' ' : '';
    const keys = objectKeys(object);
    if (keys.length === 0) return write(w, prefix + '{}');
    write(w, prefix + '{ ');
    const shown = keys.length < MAX_ITEMS ? keys.length : MAX_ITEMS;
    for (let i = 0; i < shown; i++) {
      if (i > 0) write(w, ', ');
      inspectProperty(w, object, keys[i], depth, seen);
    }
    if (keys.length > shown) write(w, ', ... ' + (keys.length - shown) + ' more items');
    write(w, ' }');
  }

  function inspectArray(w, array, depth, seen) {
    const length = array.length;
    if (length === 0) return write(w, '[]');
    write(w, '[ ');
    let shown = 0;
    let index = 0;
    while (index < length && shown < MAX_ITEMS) {
      if (shown > 0) write(w, ', ');
      if (!(index in array)) {
        let holes = 0;
        while (index < length && !(index in array)) { holes++; index++; }
        write(w, '<' + holes + ' empty item' + (holes === 1 ? '' : 's') + '>');
      } else {
        inspectInto(w, array[index], depth + 1, seen);
        index++;
      }
      shown++;
    }
    if (index < length) write(w, ', ... ' + (length - index) + ' more items');
    write(w, ' ]');
  }

  function inspectTypedArray(w, view, tag, depth, seen) {
    const length = view.length;
    write(w, apply(stringSlice, tag, [8, -1]) + '(' + length + ') ');
    if (length === 0) return write(w, '[]');
    write(w, '[ ');
    const shown = length < MAX_ITEMS ? length : MAX_ITEMS;
    for (let i = 0; i < shown; i++) {
      if (i > 0) write(w, ', ');
      inspectInto(w, view[i], depth + 1, seen);
    }
    if (length > shown) write(w, ', ... ' + (length - shown) + ' more items');
    write(w, ' ]');
  }

  function inspectMap(w, map, depth, seen) {
    const size = apply(mapSize, map, []);
    write(w, 'Map(' + size + ') {');
    const iterator = apply(mapEntries, map, []);
    let shown = 0;
    for (let step = iterator.next(); !step.done && shown < MAX_ITEMS; step = iterator.next()) {
      write(w, shown === 0 ? ' ' : ', ');
      inspectInto(w, step.value[0], depth + 1, seen);
      write(w, ' => ');
      inspectInto(w, step.value[1], depth + 1, seen);
      shown++;
    }
    if (size > shown) write(w, ', ... ' + (size - shown) + ' more items');
    write(w, shown === 0 ? '}' : ' }');
  }

  function inspectSet(w, set, depth, seen) {
    const size = apply(setSize, set, []);
    write(w, 'Set(' + size + ') {');
    const iterator = apply(setValues, set, []);
    let shown = 0;
    for (let step = iterator.next(); !step.done && shown < MAX_ITEMS; step = iterator.next()) {
      write(w, shown === 0 ? ' ' : ', ');
      inspectInto(w, step.value, depth + 1, seen);
      shown++;
    }
    if (size > shown) write(w, ', ... ' + (size - shown) + ' more items');
    write(w, shown === 0 ? '}' : ' }');
  }

  function inspectArgument(w, value) {
    try {
      if (typeof value === 'string') write(w, value);
      else inspectInto(w, value, 0, []);
    } catch (error) {
      if (error === STOP) throw error;
      write(w, '[value that cannot be printed]');
    }
  }

  function convert(spec, arg) {
    try {
      if (spec === 'j') {
        const json = jsonStringify(arg);
        return json === undefined ? 'undefined' : json;
      }
      if (typeof arg === 'bigint') return '' + arg + 'n';
      return '' + (spec === 'd' ? NumberCtor(arg) : spec === 'i' ? parseIntFn(arg) : parseFloatFn(arg));
    } catch (ignored) {
      return spec === 'j' ? '[Circular]' : 'NaN';
    }
  }

  function formatTemplate(w, template, args) {
    let next = 1;
    let start = 0;
    for (let i = 0; i < template.length - 1; i++) {
      if (template[i] !== '%') continue;
      const spec = template[i + 1];
      if (spec === '%') {
        write(w, apply(stringSlice, template, [start, i]) + '%');
      } else if (next < args.length && (spec === 's' || spec === 'd' || spec === 'i' || spec === 'f' || spec === 'j' || spec === 'o' || spec === 'O' || spec === 'c')) {
        write(w, apply(stringSlice, template, [start, i]));
        const arg = args[next++];
        if (spec === 'c') {
          // CSS styling: consumed, not printed.
        } else if (spec === 's' || spec === 'o' || spec === 'O') {
          inspectArgument(w, arg);
        } else {
          write(w, convert(spec, arg));
        }
      } else {
        continue;
      }
      i++;
      start = i + 1;
    }
    write(w, apply(stringSlice, template, [start]));
    return next;
  }

  /** The snippet's console.* arguments as one line, at most about limit characters. */
  function formatArguments(args, limit) {
    const w = { parts: [], length: 0, limit };
    try {
      let index = 0;
      if (typeof args[0] === 'string') {
        index = args.length > 1 ? formatTemplate(w, args[0], args) : (write(w, args[0]), 1);
      }
      for (; index < args.length; index++) {
        if (index > 0) write(w, ' ');
        inspectArgument(w, args[index]);
      }
    } catch (error) {
      if (error !== STOP) throw error;
    }
    return apply(arrayJoin, w.parts, ['']);
  }

  let budget = logCharBudget;
  function emit(prefix, args) {
    if (budget < 0) return;
    budget = emitLog(prefix + formatArguments(args, budget - prefix.length + 1));
  }

  const console = {
    log(...args) { emit('', args); },
    info(...args) { emit('', args); },
    debug(...args) { emit('', args); },
    dir(value) { emit('', [value]); },
    table(...args) { emit('', args); },
    trace(...args) { emit('trace: ', args); },
    warn(...args) { emit('warn: ', args); },
    error(...args) { emit('error: ', args); },
    assert(condition, ...args) { if (!condition) emit(args.length > 0 ? 'error: Assertion failed: ' : 'error: Assertion failed', args); },
  };

  function messageOf(error) {
    return error !== null && typeof error === 'object' ? safeString(error, 'message', 'it cannot be serialized') : 'it cannot be serialized';
  }

  /** A thrown value as JSON text: { isError, name?, message, stack?, code? }. */
  function describeError(thrown) {
    const isError = thrown !== null && typeof thrown === 'object' && apply(objectToString, thrown, []) === '[object Error]';
    const code = thrown !== null && (typeof thrown === 'object' || typeof thrown === 'function') ? safeString(thrown, 'code', undefined) : undefined;
    if (isError) {
      const name = safeString(thrown, 'name', 'Error');
      return jsonStringify({ isError, name, message: safeString(thrown, 'message', ''), stack: safeString(thrown, 'stack', ''), code });
    }
    const w = { parts: [], length: 0, limit: 2000 };
    try {
      inspectInto(w, thrown, 0, []);
    } catch (error) {
      if (error !== STOP) w.parts = ['[value that cannot be printed]'];
    }
    return jsonStringify({ isError, message: 'Uncaught ' + apply(arrayJoin, w.parts, ['']), code });
  }

  return { console, formatArguments, describeError, messageOf };
})`;
