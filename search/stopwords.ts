// English function words that appear in nearly every summary ("Get a repository for the authenticated
// user") and in the way agents phrase queries ("how do I list the issues in a repo"). They carry no
// signal, and BM25 would still give them a little weight and let long descriptions win on them.
// Verbs that name an operation (`get`, `list`, `create`, `delete`) are signal and are not here; neither
// are `all`, `no`, `not`, which change what a tool does, nor `me`, which names tools (`/users/me`).

const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'being', 'by', 'can', 'could',
  'did', 'do', 'does', 'doing', 'each', 'either', 'for', 'from', 'had', 'has', 'have', 'how', 'i',
  'if', 'in', 'into', 'is', 'it', 'its', 'may', 'might', 'must', 'my', 'of', 'on', 'one', 'or',
  'our', 'shall', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then',
  'there', 'these', 'they', 'this', 'those', 'to', 'too', 'using', 'via', 'want', 'was', 'we', 'were',
  'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with',
  'would', 'you', 'your',
]);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
