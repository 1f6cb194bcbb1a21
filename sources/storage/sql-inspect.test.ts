import { describe, expect, it } from 'vitest';
import { inspectSql } from './sql-inspect.js';

const refusalOf = (sql: string) => inspectSql(sql).refusal;

describe('inspectSql', () => {
  it('refuses ATTACH and DETACH in any case and any statement of a script', () => {
    expect(refusalOf("attach 'x.db' as x")).toMatch(/^ATTACH is not allowed/);
    expect(refusalOf('SELECT 1; DeTaCh x')).toMatch(/^DETACH is not allowed/);
  });

  it('sees keywords that comments sit between, and ignores those inside comments', () => {
    expect(refusalOf("VACUUM /* a b c */ INTO 'copy.db'")).toMatch(/^VACUUM INTO/);
    expect(refusalOf("VACUUM -- note\n main INTO 'copy.db'")).toMatch(/^VACUUM INTO/);
    expect(refusalOf('SELECT 1 -- ATTACH is mentioned here\n')).toBeUndefined();
    expect(refusalOf('SELECT /* PRAGMA writable_schema */ 1')).toBeUndefined();
  });

  it('does not let a comment marker inside a string literal hide the next statement', () => {
    expect(refusalOf("SELECT '--'; ATTACH 'x.db' AS x")).toMatch(/^ATTACH/);
    expect(refusalOf("SELECT '/*'; PRAGMA journal_mode = DELETE; SELECT '*/'")).toMatch(/^PRAGMA journal_mode/);
    expect(refusalOf("SELECT 'it''s'; DETACH x")).toMatch(/^DETACH/);
  });

  it('treats words in string literals as data, and quoted identifiers as names', () => {
    expect(refusalOf("INSERT INTO log VALUES ('ATTACH, PRAGMA and VACUUM INTO are refused')")).toBeUndefined();
    expect(refusalOf('CREATE TABLE "attach" (x)')).toMatch(/^ATTACH/);
    expect(refusalOf('SELECT "load_extension"(\'x\')')).toMatch(/^load_extension/);
  });

  it('allows plain VACUUM and read-only PRAGMAs, with or without a schema', () => {
    for (const sql of ['VACUUM', 'VACUUM main', 'PRAGMA table_info(t)', 'PRAGMA main.index_list("t")', 'PRAGMA page_count', 'pragma PAGE_SIZE;']) {
      expect(refusalOf(sql), sql).toBeUndefined();
    }
  });

  it('refuses every other PRAGMA, and read-only ones given a value', () => {
    expect(refusalOf('PRAGMA max_page_count = 1000000')).toMatch(/^PRAGMA max_page_count is not allowed/);
    expect(refusalOf('PRAGMA "writable_schema" = 1')).toMatch(/^PRAGMA writable_schema/);
    expect(refusalOf('PRAGMA temp . page_size(65536)')).toMatch(/^PRAGMA page_size with a value/);
    expect(refusalOf('PRAGMA')).toMatch(/^PRAGMA is not allowed/);
  });

  it('refuses pragma table-valued functions except the read-only ones', () => {
    expect(refusalOf('SELECT * FROM pragma_table_info(\'t\')')).toBeUndefined();
    expect(refusalOf('SELECT * FROM pragma_journal_mode')).toMatch(/^pragma_journal_mode is not allowed/);
  });

  it('tells whether the SQL inserts rows', () => {
    expect(inspectSql('INSERT INTO t VALUES (1)').inserts).toBe(true);
    expect(inspectSql('REPLACE INTO t VALUES (1)').inserts).toBe(true);
    expect(inspectSql("UPDATE t SET a = replace(a, 'x', 'y')").inserts).toBe(false);
    expect(inspectSql("SELECT 'INSERT'").inserts).toBe(false);
  });
});
