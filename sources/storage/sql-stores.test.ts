import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlStores, type SqlStores } from './sql-stores.js';

const COUNT_FOREVER = 'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1e12) SELECT count(*) AS n FROM c';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sql-stores-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('SQL stores', () => {
  let stores: SqlStores;

  beforeAll(() => {
    stores = createSqlStores({ dir: join(dir, 'main'), maxRows: 5 });
  });

  afterAll(async () => {
    await stores.close();
  });

  it('round-trips rows with positional and named params', async () => {
    await stores.exec('local', 'notes', 'CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL, done INTEGER)');
    expect(await stores.exec('local', 'notes', 'INSERT INTO note (text, done) VALUES (?, ?)', ['first', false])).toEqual({ changes: 1, lastInsertRowid: 1 });
    expect(await stores.exec('local', 'notes', 'INSERT INTO note (text, done) VALUES (:text, @done)', { ':text': 'second', done: true })).toEqual({
      changes: 1,
      lastInsertRowid: 2,
    });
    expect(await stores.exec('local', 'notes', 'UPDATE note SET done = 1 WHERE id = ?', [1])).toEqual({ changes: 1 });

    const result = await stores.query('local', 'notes', 'SELECT id, text, done, typeof(id) AS type FROM note WHERE text = $text', { text: 'second' });
    expect(result).toEqual({ columns: ['id', 'text', 'done', 'type'], rows: [{ id: 2, text: 'second', done: 1, type: 'integer' }], truncated: false });
  });

  it('runs a script of several statements and counts all their changes', async () => {
    const result = await stores.exec(
      'local',
      'script',
      `CREATE TABLE tag (name TEXT PRIMARY KEY); -- a comment
       INSERT INTO tag VALUES ('a'), ('b'), ('c');
       DELETE FROM tag WHERE name = 'b';`,
    );
    expect(result).toEqual({ changes: 4, lastInsertRowid: 3 });
    expect((await stores.query('local', 'script', 'SELECT name FROM tag ORDER BY name')).rows).toEqual([{ name: 'a' }, { name: 'c' }]);
  });

  it('returns at most maxRows rows, or fewer when a limit asks, and says when it cut', async () => {
    await stores.exec('local', 'many', 'CREATE TABLE n (v INTEGER); WITH RECURSIVE c(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM c WHERE v < 8) INSERT INTO n SELECT v FROM c');
    const all = await stores.query('local', 'many', 'SELECT v FROM n ORDER BY v');
    expect(all.rows.map((row) => row.v)).toEqual([1, 2, 3, 4, 5]);
    expect(all.truncated).toBe(true);
    expect(await stores.query('local', 'many', 'SELECT v FROM n ORDER BY v', undefined, 3)).toMatchObject({ rows: [{ v: 1 }, { v: 2 }, { v: 3 }], truncated: true });
    expect((await stores.query('local', 'many', 'SELECT v FROM n', [], 100)).rows).toHaveLength(5);
    expect(await stores.query('local', 'many', 'SELECT v FROM n WHERE v > ?', [6], 2)).toMatchObject({ rows: [{ v: 7 }, { v: 8 }], truncated: false });
    await expect(stores.query('local', 'many', 'SELECT v FROM n', undefined, 0)).rejects.toMatchObject({ code: 'invalid_args', message: expect.stringContaining('limit must be') });
  });

  it('returns integers past 2^53 as strings and blobs as base64, so results are JSON', async () => {
    await stores.exec('local', 'values', 'CREATE TABLE v (big INTEGER, small INTEGER, real REAL, blob BLOB)');
    await stores.exec('local', 'values', 'INSERT INTO v VALUES (?, ?, ?, ?)', [9007199254740993n, 42, 1.5, Buffer.from('hi')]);
    await stores.exec('local', 'values', "INSERT INTO v VALUES (-9223372036854775808, -7, 9e999, x'00ff')");
    const { rows } = await stores.query('local', 'values', 'SELECT * FROM v');
    expect(rows).toEqual([
      { big: '9007199254740993', small: 42, real: 1.5, blob: 'aGk=' },
      { big: '-9223372036854775808', small: -7, real: 'Infinity', blob: 'AP8=' },
    ]);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it("reports bad SQL as invalid_args with SQLite's own message", async () => {
    await expect(stores.query('local', 'notes', 'SELEC 1')).rejects.toMatchObject({
      code: 'invalid_args',
      message: 'SQL error in store local/notes: near "SELEC": syntax error',
    });
    await expect(stores.exec('local', 'notes', 'INSERT INTO missing VALUES (1)')).rejects.toMatchObject({
      code: 'invalid_args',
      message: expect.stringContaining('no such table: missing'),
    });
  });

  it('reports bad params as invalid_args naming the parameter', async () => {
    await expect(stores.query('local', 'notes', 'SELECT ? AS a', [{ nested: true }])).rejects.toMatchObject({
      code: 'invalid_args',
      message: 'parameter 1 is an object; it must be a string, number, boolean, null or bytes',
    });
    await expect(stores.query('local', 'notes', 'SELECT ? AS a, ? AS b', [1])).rejects.toMatchObject({
      code: 'invalid_args',
      message: expect.stringContaining('Too few parameter values'),
    });
    await expect(stores.exec('local', 'notes', 'SELECT 1; SELECT 2', [])).rejects.toMatchObject({
      code: 'invalid_args',
      message: expect.stringContaining('with params, exec runs one statement'),
    });
  });

  it('refuses a statement that returns no rows in query, pointing to exec', async () => {
    await expect(stores.query('local', 'notes', "INSERT INTO note (text) VALUES ('x')")).rejects.toMatchObject({
      code: 'invalid_args',
      message: 'query takes a statement that returns rows; use exec',
    });
    expect((await stores.query('local', 'notes', "SELECT count(*) AS n FROM note WHERE text = 'x'")).rows).toEqual([{ n: 0 }]);
  });

  it('refuses scope and store names that are not identifiers', async () => {
    for (const name of ['../x', 'a/b', '', 'a.b', 'nul']) {
      await expect(stores.exec(name, 'ok', 'SELECT 1')).rejects.toMatchObject({ code: 'invalid_args', message: expect.stringContaining('scope name') });
      await expect(stores.query('local', name, 'SELECT 1')).rejects.toMatchObject({ code: 'invalid_args', message: expect.stringContaining('store name') });
      await expect(stores.drop('local', name)).rejects.toMatchObject({ code: 'invalid_args' });
      expect(() => stores.list(name)).toThrow(/scope name/);
    }
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('refuses ATTACH, PRAGMA max_page_count and VACUUM INTO, and allows VACUUM and read-only PRAGMAs', async () => {
    const refused: [string, RegExp][] = [
      [`ATTACH DATABASE '${join(dir, 'other.sqlite')}' AS other`, /^ATTACH is not allowed/],
      ['PRAGMA max_page_count = 100000000', /^PRAGMA max_page_count is not allowed/],
      ['/* hidden? */ PRAGMA main . page_size = 65536', /^PRAGMA page_size with a value is not allowed/],
      [`VACUUM main INTO '${join(dir, 'copy.sqlite')}'`, /^VACUUM INTO is not allowed/],
      ["SELECT load_extension('x')", /^load_extension is not allowed/],
    ];
    for (const [sql, message] of refused) {
      await expect(stores.exec('local', 'notes', sql)).rejects.toMatchObject({ code: 'invalid_args', message: expect.stringMatching(message) });
    }
    expect(existsSync(join(dir, 'copy.sqlite'))).toBe(false);
    await stores.exec('local', 'notes', 'VACUUM');
    expect((await stores.query('local', 'notes', 'PRAGMA table_info(note)')).rows.map((row) => row.name)).toEqual(['id', 'text', 'done']);
    expect((await stores.query('local', 'notes', "SELECT 'attach' AS word")).rows).toEqual([{ word: 'attach' }]);
  });

  it('answers a query on a store never created with not_found, without creating it', async () => {
    await expect(stores.query('local', 'never', 'SELECT 1')).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('local/never') });
    expect(existsSync(join(dir, 'main', 'local', 'never.sqlite'))).toBe(false);
  });

  it('rolls back a transaction a call leaves open, so no lock outlives the call', async () => {
    await expect(stores.exec('local', 'notes', "BEGIN; INSERT INTO note (text) VALUES ('left open')")).rejects.toMatchObject({
      code: 'invalid_args',
      message: expect.stringContaining('COMMIT what it BEGINs'),
    });
    expect((await stores.query('local', 'notes', "SELECT count(*) AS n FROM note WHERE text = 'left open'")).rows).toEqual([{ n: 0 }]);
    expect(await stores.exec('local', 'notes', "BEGIN; INSERT INTO note (text) VALUES ('kept'); COMMIT")).toMatchObject({ changes: 1 });
  });

  it('keeps stores of the same name in different scopes apart', async () => {
    await stores.exec('alice', 'shared', 'CREATE TABLE who (name TEXT); INSERT INTO who VALUES (\'alice\')');
    await stores.exec('bob', 'shared', 'CREATE TABLE who (name TEXT); INSERT INTO who VALUES (\'bob\')');
    expect((await stores.query('alice', 'shared', 'SELECT name FROM who')).rows).toEqual([{ name: 'alice' }]);
    expect((await stores.query('bob', 'shared', 'SELECT name FROM who')).rows).toEqual([{ name: 'bob' }]);
    expect(stores.list('alice').map((store) => store.name)).toEqual(['shared']);
  });

  it('lists a scope\'s stores with their sizes and drops them with their WAL files', async () => {
    await stores.exec('listing', 'b', 'CREATE TABLE t (x)');
    await stores.exec('listing', 'a', 'CREATE TABLE t (x)');
    writeFileSync(join(dir, 'main', 'listing', 'not-a-name.sqlite'), '');
    const listed = stores.list('listing');
    expect(listed.map((store) => store.name)).toEqual(['a', 'b']);
    expect(listed.every((store) => store.bytes > 0)).toBe(true);
    expect(stores.list('empty')).toEqual([]);

    expect(await stores.drop('listing', 'a')).toBe(true);
    for (const suffix of ['', '-wal', '-shm']) expect(existsSync(join(dir, 'main', 'listing', `a.sqlite${suffix}`))).toBe(false);
    expect(await stores.drop('listing', 'a')).toBe(false);
    expect(stores.list('listing').map((store) => store.name)).toEqual(['b']);
    await expect(stores.query('listing', 'a', 'SELECT 1')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe.concurrent('SQL store quota', () => {
  it('fails a write past the quota with invalid_args naming it, and the store still reads', async () => {
    const stores = createSqlStores({ dir: join(dir, 'quota'), maxBytes: 64 * 1024 });
    try {
      await stores.exec('local', 'small', 'CREATE TABLE blob (data BLOB); INSERT INTO blob VALUES (randomblob(1000))');
      const fill = 'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000) INSERT INTO blob SELECT randomblob(1000) FROM c';
      await expect(stores.exec('local', 'small', fill)).rejects.toMatchObject({ code: 'invalid_args', message: expect.stringContaining('store local/small is full: its quota is 64 KiB') });
      await expect(stores.exec('local', 'small', 'CREATE TEMP TABLE t AS SELECT randomblob(1000000) AS b')).rejects.toMatchObject({ message: expect.stringContaining('is full') });
      expect((await stores.query('local', 'small', 'SELECT count(*) AS n FROM blob')).rows).toEqual([{ n: 1 }]);
    } finally {
      await stores.close();
    }
  });
});

describe.concurrent('SQL store deadline', () => {
  it('stops a runaway statement with timeout within a second, and the store works afterwards', async () => {
    const stores = createSqlStores({ dir: join(dir, 'deadline'), timeoutMs: 200 });
    try {
      await stores.exec('local', 'slow', 'CREATE TABLE n (v INTEGER); INSERT INTO n VALUES (1)');
      const started = Date.now();
      await expect(stores.query('local', 'slow', COUNT_FOREVER)).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('200 ms deadline') });
      expect(Date.now() - started).toBeLessThan(1_000);
      const insertForever = 'WITH RECURSIVE c(v) AS (SELECT 2 UNION ALL SELECT v + 1 FROM c) INSERT INTO n SELECT v FROM c';
      await expect(stores.exec('local', 'slow', insertForever)).rejects.toMatchObject({ code: 'timeout' });
      expect((await stores.query('local', 'slow', 'SELECT count(*) AS n FROM n')).rows).toEqual([{ n: 1 }]);
    } finally {
      await stores.close();
    }
  });
});

describe.concurrent('closing SQL stores', () => {
  it('checkpoints every store, then refuses calls', async () => {
    const stores = createSqlStores({ dir: join(dir, 'closing') });
    await stores.exec('local', 'kept', 'CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    expect(existsSync(join(dir, 'closing', 'local', 'kept.sqlite-wal'))).toBe(true);
    await stores.close();
    expect(existsSync(join(dir, 'closing', 'local', 'kept.sqlite-wal'))).toBe(false);
    await expect(stores.query('local', 'kept', 'SELECT x FROM t')).rejects.toMatchObject({ code: 'internal_error', message: 'the SQL stores are closed' });
    await stores.close();
  });

  it('leaves nothing behind that keeps the host process alive, closed or not', async () => {
    const script = join(dir, 'host.mjs');
    writeFileSync(
      script,
      `import { createSqlStores } from ${JSON.stringify(new URL('./sql-stores.ts', import.meta.url).href)};
const stores = createSqlStores({ dir: ${JSON.stringify(join(dir, 'host'))} });
await stores.exec(process.argv[2], 'probe', 'CREATE TABLE IF NOT EXISTS t (x)');
if (process.argv[2] === 'closed') await stores.close();
`,
    );
    const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const run = (mode: string) =>
      new Promise<number>((resolve, reject) => {
        const started = Date.now();
        execFile(process.execPath, ['--import', loader, script, mode], { timeout: 10_000 }, (error) => (error ? reject(error) : resolve(Date.now() - started)));
      });
    const [closed, forgotten] = await Promise.all([run('closed'), run('forgotten')]);
    expect(closed).toBeLessThan(5_000);
    expect(forgotten).toBeLessThan(5_000);
  });
});
