import { loadDataset, toDocuments } from '/work/main/bench/search-quality/corpus.js';
import { plainBm25 } from '/work/main/bench/search-quality/systems.js';
const d = loadDataset(); const docs = toDocuments(d.endpoints); const byKey = new Map(docs.map(x=>[x.key,x]));
const s = plainBm25(); await s.index(docs);
for (const q of d.queries.slice(0,3)) {
  console.log('Q', q.text, [...d.qrels.get(q._id)!]);
  for (const k of await s.search(q.text, 5)) console.log('  ', k, byKey.get(k)!.source, byKey.get(k)!.toolId, byKey.get(k)!.summary.slice(0,60));
}
console.log(docs[1], docs[4]);
