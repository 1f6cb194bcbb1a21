// JavaScript that runs INSIDE the sandbox: `tools`, `search`, `describe` and `results`, compiled on first use from the
// intrinsics the prelude captured (see prelude.ts; it reads no global).
//
// Every call goes through the one bridge: the arguments are serialized once, here, with the captured
// JSON.stringify (a getter runs once; a throwing getter rejects the call), and the host's answer is parsed
// here, so the snippet only ever receives plain data. A failed call rejects with an Error whose message is
// "<code>: <message>", whose `code` is the host's code, and whose stack is the snippet's call site.

const LIST_MESSAGE = 'tools cannot be listed; use await search("what you need") to find addresses';

export const GUEST_API_SOURCE = String.raw`(function (k) {
  'use strict';
  const {
    bridge, apply, defineProperty, objectKeys, hasOwnProperty, jsonParse, jsonStringify, ProxyCtor, PromiseCtor,
    promiseThen, promiseReject, ErrorCtor, TypeErrorCtor, WeakMapCtor, weakMapGet, weakMapSet, weakMapHas,
    toPrimitiveSymbol,
  } = k;
  const addressOf = new WeakMapCtor();
  const reject = (error) => apply(promiseReject, PromiseCtor, [error]);

  function hostError(code, message, site) {
    const error = new ErrorCtor(code + ': ' + message);
    defineProperty(error, 'code', { value: code, writable: true, enumerable: true, configurable: true });
    if (typeof site.stack === 'string') defineProperty(error, 'stack', { value: site.stack, writable: true, enumerable: false, configurable: true });
    return error;
  }

  function own(object, key) {
    return object !== null && typeof object === 'object' && apply(hasOwnProperty, object, [key]) ? object[key] : undefined;
  }

  function valueFromAnswer(text, site) {
    let answer;
    try {
      answer = jsonParse(text);
    } catch (ignored) {
      throw hostError('internal_error', 'the host answered with text that is not JSON', site);
    }
    if (own(answer, 'ok') === true) return own(answer, 'value');
    const failure = own(answer, 'error');
    if (own(answer, 'ok') !== false || failure === null || typeof failure !== 'object') {
      throw hostError('internal_error', 'the host answered with an unexpected shape', site);
    }
    const code = own(failure, 'code');
    const message = own(failure, 'message');
    const error = hostError(typeof code === 'string' ? code : 'internal_error', typeof message === 'string' ? message : '', site);
    // Extra details (issues, status, runId…) become own properties; defineProperty keeps "__proto__" a key.
    const keys = objectKeys(failure);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'code' || key === 'message' || key === 'stack' || key === 'name') continue;
      defineProperty(error, key, { value: failure[key], writable: true, enumerable: true, configurable: true });
    }
    throw error;
  }

  function request(name, payload, site) {
    let pending;
    try {
      pending = bridge(name, jsonStringify(payload));
    } catch (error) {
      return reject(error);
    }
    return apply(promiseThen, pending, [(text) => valueFromAnswer(text, site)]);
  }

  function labelOf(value) {
    if (!apply(weakMapHas, addressOf, [value])) return undefined;
    const address = apply(weakMapGet, addressOf, [value]);
    return address === '' ? '[tools: ${LIST_MESSAGE}]' : '[tool tools.' + address + ']';
  }

  const listing = () => { throw new TypeErrorCtor('${LIST_MESSAGE}'); };
  const readOnly = () => { throw new TypeErrorCtor('tools is read-only'); };

  function toolsProxy(address) {
    const proxy = new ProxyCtor(() => {}, {
      get(target, key) {
        if (typeof key !== 'string') return key === toPrimitiveSymbol ? () => labelOf(proxy) : undefined;
        // Not thenable, so 'await tools.x' does not hang; not serializable, so JSON.stringify(tools) explains.
        if (key === 'then') return undefined;
        if (key === 'toJSON') return listing;
        return toolsProxy(address === '' ? key : address + '.' + key);
      },
      apply(target, thisArg, args) {
        const site = new ErrorCtor('call site');
        if (address === '') {
          return reject(new TypeErrorCtor('tools is not a function; call a tool by its address: await tools.<source>.<scope>.<connection>.<tool>(args)'));
        }
        const input = args.length > 0 ? args[0] : undefined;
        return request('tool', input === undefined ? { address } : { address, args: input }, site);
      },
      ownKeys: listing,
      getOwnPropertyDescriptor() { return undefined; },
      has(target, key) { return typeof key === 'string' && key !== 'then'; },
      set: readOnly,
      defineProperty: readOnly,
      deleteProperty: readOnly,
      getPrototypeOf() { return null; },
      setPrototypeOf() { return false; },
    });
    apply(weakMapSet, addressOf, [proxy, address]);
    return proxy;
  }

  const { search, describe } = {
    search(query, options) {
      const site = new ErrorCtor('call site');
      if (typeof query !== 'string') {
        return reject(new TypeErrorCtor('search(query, options?) takes the query as a string, e.g. await search("list issues in a repository")'));
      }
      let payload;
      try {
        payload = options === undefined || options === null ? { query } : { ...options, query };
      } catch (error) {
        return reject(error);
      }
      return request('search', payload, site);
    },
    describe(address) {
      const site = new ErrorCtor('call site');
      const text = apply(weakMapHas, addressOf, [address]) ? apply(weakMapGet, addressOf, [address]) : address;
      if (typeof text !== 'string') {
        return reject(new TypeErrorCtor('describe(address) takes a tool address as a string, e.g. await describe("github.local.work.issues.list_for_repo")'));
      }
      return request('describe', { address: text }, site);
    },
  };

  // A handle ({uri, bytes, preview, shape}) or its uri string, wherever a handle is taken.
  function uriOf(handle) {
    if (typeof handle === 'string') return handle;
    const uri = own(handle, 'uri');
    return typeof uri === 'string' ? uri : undefined;
  }
  const results = {
    get(handle) {
      const site = new ErrorCtor('call site');
      const uri = uriOf(handle);
      if (uri === undefined) return reject(new TypeErrorCtor('results.get(handle) takes a result handle or its uri string (executor://results/…)'));
      return request('results', { op: 'get', uri }, site);
    },
    query(handle, query) {
      const site = new ErrorCtor('call site');
      const uri = uriOf(handle);
      if (uri === undefined) return reject(new TypeErrorCtor('results.query(handle, {path?, filter?, limit?, offset?}) takes a result handle or its uri string'));
      return request('results', query === undefined || query === null ? { op: 'query', uri } : { op: 'query', uri, query }, site);
    },
  };

  return { tools: toolsProxy(''), search, describe, results, labelOf };
})`;
