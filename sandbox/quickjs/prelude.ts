// JavaScript that runs INSIDE the sandbox before the snippet. It captures the intrinsics the sandbox's own code
// relies on (so nothing the snippet does to globals can change how its calls are serialized or its answers
// parsed), makes the run replayable (seeded Math.random, recorded clock), removes what is not deterministic,
// and defines the snippet's globals: `tools`, `search`, `describe`, `results`, `console`.
//
// QuickJS parses about 10 KB per millisecond and this runs for every snippet, so only what must exist before
// the snippet starts is here. The globals are accessors that compile their implementation (guest-api.ts,
// guest-console.ts) on first use, from the captured intrinsics.
//
// It is a function expression; the run calls it with the worker's host functions, which never appear as
// globals, then the seed and the log's character budget:
//   bridge(name, payloadJson) → Promise<answerJson>   the one channel to the host (tool / search / describe)
//   emitLog(line) → number                            characters the log may still take, -1 once full
//   readClock() → number                              the next recorded clock reading, or the live clock
//   loadSource(name) → string                         the source of 'api' (guest-api.ts) or 'console'
// It returns `{ serialize, describeError }`, which the worker calls to turn the snippet's outcome into text.

/** The file name guest stacks show for prelude frames; the snippet's frames show `SNIPPET_FILENAME`. */
export const PRELUDE_FILENAME = 'sandbox-prelude.js';

export const PRELUDE_SOURCE = String.raw`(function (bridge, emitLog, readClock, loadSource, seed, logCharBudget) {
  'use strict';
  const G = globalThis;
  const defineProperty = Object.defineProperty;
  const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const jsonStringify = JSON.stringify;
  const indirectEval = G.eval;
  const RealDate = Date;
  const sizeOf = (proto) => getOwnPropertyDescriptor(proto, 'size').get;
  let apiModule;
  let consoleModule;
  const api = () => apiModule === undefined ? (apiModule = indirectEval(loadSource('api'))(k)) : apiModule;
  const format = () => consoleModule === undefined ? (consoleModule = indirectEval(loadSource('console'))(k)) : consoleModule;
  const k = {
    bridge, emitLog, logCharBudget, apply, defineProperty, getOwnPropertyDescriptor, jsonStringify,
    getPrototypeOf: Object.getPrototypeOf, objectKeys: Object.keys, objectToString: Object.prototype.toString,
    hasOwnProperty: Object.prototype.hasOwnProperty, isArray: Array.isArray, jsonParse: JSON.parse,
    ProxyCtor: Proxy, PromiseCtor: Promise, promiseThen: Promise.prototype.then, promiseReject: Promise.reject,
    ErrorCtor: Error, TypeErrorCtor: TypeError, WeakMapCtor: WeakMap, weakMapGet: WeakMap.prototype.get,
    weakMapSet: WeakMap.prototype.set, weakMapHas: WeakMap.prototype.has, toPrimitiveSymbol: Symbol.toPrimitive,
    regexpTest: RegExp.prototype.test, regexpToString: RegExp.prototype.toString,
    stringReplace: String.prototype.replace, stringSlice: String.prototype.slice, stringIndexOf: String.prototype.indexOf,
    arrayJoin: Array.prototype.join, arrayIndexOf: Array.prototype.indexOf, functionToString: Function.prototype.toString,
    symbolToString: Symbol.prototype.toString, dateGetTime: RealDate.prototype.getTime,
    dateToISOString: RealDate.prototype.toISOString, mapEntries: Map.prototype.entries, mapSize: sizeOf(Map.prototype),
    setValues: Set.prototype.values, setSize: sizeOf(Set.prototype), isView: ArrayBuffer.isView,
    byteLengthOf: getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get, NumberCtor: Number,
    parseIntFn: parseInt, parseFloatFn: parseFloat,
    toolsLabelOf: (value) => apiModule === undefined ? undefined : apiModule.labelOf(value),
  };
  const fixed = (target, key, value) => defineProperty(target, key, { value, writable: false, enumerable: false, configurable: false });
  const lazy = (key, read) => defineProperty(G, key, { get: read, enumerable: false, configurable: false });

  // Math.random: mulberry32 from the run's seed, 53 bits per draw, so a replay draws the same numbers.
  let state = seed | 0;
  const next32 = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  fixed(Math, 'random', { random() { return ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992; } }.random);

  // Date: Date.now(), new Date() and Date() read the run's clock; everything else is the real Date.
  const dateToString = RealDate.prototype.toString;
  const SandboxDate = function Date(...args) {
    if (new.target === undefined) return apply(dateToString, construct(RealDate, [readClock()]), []);
    return construct(RealDate, args.length === 0 ? [readClock()] : args, new.target);
  };
  defineProperty(SandboxDate, 'length', { value: 7 });
  fixed(SandboxDate, 'prototype', RealDate.prototype);
  fixed(SandboxDate, 'now', { now() { return readClock(); } }.now);
  fixed(SandboxDate, 'parse', RealDate.parse);
  fixed(SandboxDate, 'UTC', RealDate.UTC);
  defineProperty(RealDate.prototype, 'constructor', { value: SandboxDate, writable: true, enumerable: false, configurable: true });
  fixed(G, 'Date', SandboxDate);

  // Garbage-collection timing is not replayable.
  delete G.WeakRef;
  delete G.FinalizationRegistry;

  lazy('tools', () => api().tools);
  lazy('search', () => api().search);
  lazy('describe', () => api().describe);
  lazy('results', () => api().results);
  lazy('console', () => format().console);

  return {
    serialize(value) {
      let text;
      try {
        text = jsonStringify(value);
      } catch (error) {
        throw new k.TypeErrorCtor('the return value must be JSON-serializable: ' + format().messageOf(error));
      }
      return text === undefined ? 'null' : text;
    },
    describeError(thrown) {
      return format().describeError(thrown);
    },
  };
})`;
