// The API lexicon: bridges from the words people use when they ask for something to the words API
// operations use for it. People say "give the customer their money back", "throw that email in the bin",
// "kick off the deploy workflow", "turn on my out-of-office"; operation ids, paths and summaries say
// `refund`, `trash`, `dispatch`, `vacation`. Neither BM25 nor stemming can cross that gap, so each entry
// names a few everyday phrasings and the API words they stand for.
//
// How it is used: a query and every phrase are lowercased, stopwords dropped and words stemmed
// (`normalize-term.ts`), and a phrase matches when its remaining words appear in order in the query (up to two
// other words may stand before its last word: "kick that troll out" meets "kick out").
// The terms of every matching entry are then added to the query as extra, lower-weight search words.
// Phrases are therefore written in base forms ("cancel", "song"), never lean on stopwords alone (a phrase
// such as "turn on" would shrink to "turn"), and avoid common words on their own, which would add the
// same terms to unrelated queries.
// They were also checked against the stemmer, which folds some words together: `settings` becomes `set`,
// `listing` becomes `list`, `notes` becomes `not`; such words are not used as phrases on their own.
//
// How it was written: by hand, from general knowledge of the vocabulary of public SaaS and cloud APIs
// (the operation ids, paths and summaries of Stripe, GitHub, GitLab, Slack, Google Workspace, Microsoft
// Graph, Spotify, YouTube, Twilio, Zoom, Jira, Asana, Trello, Notion, HubSpot, Salesforce, Mailchimp,
// SendGrid, Shopify, Square, Xero, DocuSign, PagerDuty, Datadog, Okta, Auth0, DigitalOcean, AWS, Azure,
// Kubernetes, Vercel, Netlify, Heroku, Cloudflare and others) and of how people talk about those tasks.
// No benchmark or evaluation queries were read or used to write it, so evaluations stay honest.
//
// Entries are grouped by domain. Terms are single lowercase words as they appear in operations; an API
// name of several words is given as several terms of one entry (`payment`, `link`).

/** One bridge from how people ask to how APIs name things. */
export interface LexiconEntry {
  /** Everyday words or short phrases (lowercase, 1–4 words, no punctuation) a user might say. */
  phrases: readonly string[];
  /**
   * The words API operations use for it (lowercase single words as they appear in operation ids, paths
   * and summaries: "refund", "trash", "untrash", "vacation", "dispatch", "playback", "pause").
   */
  terms: readonly string[];
}

export const API_LEXICON: readonly LexiconEntry[] = [
  // Generic actions: the verbs every API shares, in the words people use for them.
  {
    phrases: ['add', 'new', 'make', 'set up', 'create new', 'add new', 'start new', 'put together'],
    terms: ['create', 'insert', 'add', 'post'],
  },
  {
    phrases: ['remove', 'get rid of', 'erase', 'wipe', 'nuke', 'destroy', 'scrap', 'ditch', 'zap'],
    terms: ['delete', 'remove', 'destroy'],
  },
  {
    phrases: ['change', 'edit', 'modify', 'fix', 'adjust', 'tweak', 'alter', 'amend', 'revise', 'correct', 'tidy up'],
    terms: ['update', 'patch', 'edit', 'modify'],
  },
  {
    phrases: ['rename', 'retitle', 'change name', 'give new name', 'new name', 'call instead'],
    terms: ['rename', 'name', 'title', 'update'],
  },
  {
    phrases: ['show', 'see', 'look up', 'check', 'view', 'details', 'info', 'information', 'fetch', 'pull up',
      'display', 'inspect', 'peek'],
    terms: ['get', 'retrieve', 'read', 'show'],
  },
  {
    phrases: ['all', 'every', 'browse', 'enumerate', 'show all', 'see all', 'everything', 'full list', 'rundown'],
    terms: ['list', 'all'],
  },
  {
    phrases: ['find', 'locate', 'hunt down', 'track down', 'dig up', 'lookup', 'look through', 'comb through'],
    terms: ['search', 'query', 'find', 'filter'],
  },
  {
    phrases: ['ping', 'notify', 'tell', 'let know', 'reach out', 'shoot message', 'get word to', 'inform',
      'give heads up'],
    terms: ['send', 'message', 'notify', 'post'],
  },
  {
    phrases: ['stop', 'halt', 'freeze', 'pause', 'put on hold', 'hold off', 'hit pause', 'suspend'],
    terms: ['stop', 'pause', 'suspend', 'disable'],
  },
  {
    phrases: ['turn off', 'shut off', 'switch off', 'deactivate', 'disable', 'kill switch'],
    terms: ['disable', 'deactivate', 'off'],
  },
  {
    phrases: ['enable', 'activate', 'switch back on', 'turn back on', 'allow'],
    terms: ['enable', 'activate', 'enabled'],
  },
  {
    phrases: ['resume', 'unpause', 'continue', 'pick up where', 'carry on', 'unfreeze', 'keep going', 'start back up'],
    terms: ['resume', 'unpause', 'start', 'continue'],
  },
  { phrases: ['restart', 'start again', 'start over', 'relaunch', 'reload'], terms: ['restart', 'reboot', 'reset'] },
  {
    phrases: ['undo', 'bring back', 'recover', 'undelete', 'get back', 'revive', 'resurrect', 'un delete',
      'retrieve deleted'],
    terms: ['restore', 'undelete', 'untrash', 'recover'],
  },
  { phrases: ['copy', 'duplicate', 'clone', 'make copy', 'replicate', 'dupe'], terms: ['copy', 'duplicate', 'clone'] },
  { phrases: ['relocate', 'move over', 'drag over', 'refile'], terms: ['move', 'parent', 'relocate'] },
  {
    phrases: ['download', 'save locally', 'grab copy', 'pull down', 'get file'],
    terms: ['download', 'export', 'content', 'media'],
  },
  { phrases: ['convert file', 'file format', 'save in format'], terms: ['export', 'format', 'convert', 'mimetype'] },
  {
    phrases: ['upload', 'put file', 'add file', 'store file', 'save file', 'drop file', 'send file up'],
    terms: ['upload', 'file', 'create', 'media'],
  },
  { phrases: ['archive', 'put away', 'shelve', 'file away', 'stash'], terms: ['archive', 'archived'] },
  {
    phrases: ['unarchive', 'un archive', 'take out of archive', 'restore from archive', 'pull out of archive'],
    terms: ['unarchive', 'restore', 'archived'],
  },
  { phrases: ['how many', 'tally', 'number of items', 'total number'], terms: ['count', 'total'] },
  {
    phrases: ['progress', 'how far along', 'current state', 'where things stand'],
    terms: ['status', 'state', 'progress'],
  },
  {
    phrases: ['change log', 'changelog', 'change history', 'track record'],
    terms: ['history', 'changes', 'log', 'events'],
  },
  {
    phrases: ['preferences', 'configuration', 'config', 'options', 'setup', 'prefs', 'account settings'],
    terms: ['settings', 'preferences', 'config', 'configuration'],
  },
  {
    phrases: ['bulk', 'batch', 'many at once', 'all at once', 'mass', 'en masse', 'several at once'],
    terms: ['batch', 'bulk'],
  },
  {
    phrases: ['notify me when', 'get notified', 'alert me when', 'let me know when', 'subscribe to events',
      'event notification'],
    terms: ['webhook', 'subscription', 'watch', 'notification'],
  },
  {
    phrases: ['hand off', 'hand over', 'reassign', 'put in charge', 'give task', 'responsible for', 'make responsible'],
    terms: ['assign', 'assignee', 'owner'],
  },
  {
    phrases: ['unassign', 'remove assignee', 'take off task', 'no longer responsible'],
    terms: ['unassign', 'assignee', 'remove'],
  },
  {
    phrases: ['share', 'give access', 'grant access', 'let see', 'let edit', 'let view', 'open up access'],
    terms: ['permission', 'share', 'sharing', 'access'],
  },
  {
    phrases: ['revoke access', 'remove access', 'unshare', 'stop sharing', 'take away access', 'cut off access'],
    terms: ['permission', 'revoke', 'delete', 'access'],
  },
  {
    phrases: ['favorite', 'favourite', 'star', 'mark favorite', 'add favorites'],
    terms: ['star', 'starred', 'favorite'],
  },
  {
    phrases: ['unstar', 'remove star', 'unfavorite', 'unfavourite', 'remove favorite'],
    terms: ['unstar', 'star', 'favorite', 'remove'],
  },
  {
    phrases: ['categorize', 'categorise', 'classify', 'put label', 'color code', 'colour code'],
    terms: ['label', 'labels', 'tag', 'tags'],
  },
  { phrases: ['most recent', 'newest', 'recent', 'lately'], terms: ['latest', 'recent', 'newest'] },
  {
    phrases: ['current user', 'logged in user', 'signed in user', 'own account', 'own profile', 'whoami',
      'account info'],
    terms: ['me', 'authenticated', 'current', 'self'],
  },
  { phrases: ['metadata', 'properties', 'attributes', 'extra info'], terms: ['metadata', 'properties', 'attributes'] },
  { phrases: ['import', 'bulk load', 'migrate data', 'load data', 'bring over'], terms: ['import', 'imports'] },
  {
    phrases: ['approve', 'sign off', 'green light', 'greenlight', 'lgtm', 'give go ahead', 'go ahead', 'okay'],
    terms: ['approve', 'approval', 'accept'],
  },
  { phrases: ['reject', 'decline', 'turn down', 'deny', 'refuse', 'say no'], terms: ['reject', 'decline', 'deny'] },
  {
    phrases: ['verify', 'confirm', 'validate', 'double check', 'sanity check'],
    terms: ['verify', 'validate', 'confirm', 'verification'],
  },
  {
    phrases: ['health check', 'heartbeat', 'still alive', 'uptime', 'service health'],
    terms: ['health', 'ping', 'status', 'heartbeat'],
  },
  {
    phrases: ['dry run', 'simulate', 'test mode', 'try out', 'without applying'],
    terms: ['preview', 'dryrun', 'simulate', 'validate'],
  },
  {
    phrases: ['lock', 'read only', 'make read only', 'prevent edit', 'freeze edit'],
    terms: ['lock', 'locked', 'readonly'],
  },
  { phrases: ['unlock', 'make editable', 'allow edit again'], terms: ['unlock', 'lock', 'locked'] },
  {
    phrases: ['merge duplicates', 'combine', 'dedupe', 'deduplicate', 'join together', 'consolidate'],
    terms: ['merge', 'combine'],
  },
  { phrases: ['publish', 'make live', 'put out', 'make available'], terms: ['publish', 'published', 'release'] },
  {
    phrases: ['unpublish', 'take down', 'pull offline', 'take offline', 'make unavailable'],
    terms: ['unpublish', 'unpublished', 'delete'],
  },
  {
    phrases: ['make public', 'make private', 'visibility', 'hidden from public'],
    terms: ['visibility', 'private', 'public'],
  },
  { phrases: ['hide', 'conceal', 'hidden', 'unhide'], terms: ['hide', 'hidden', 'visibility'] },
  {
    phrases: ['sync', 'resync', 'refresh', 'synchronize', 'synchronise', 'pull latest'],
    terms: ['sync', 'refresh', 'synchronize'],
  },
  {
    phrases: ['cancel', 'call off', 'abort', 'back out', 'nix', 'scratch', 'cancel out'],
    terms: ['cancel', 'abort', 'delete'],
  },
  {
    phrases: ['kill', 'terminate', 'stop for good', 'force stop', 'force quit'],
    terms: ['terminate', 'stop', 'cancel', 'kill'],
  },
  { phrases: ['retry', 'try again', 'redo', 'another go', 'give another shot'], terms: ['retry', 'rerun', 'redo'] },
  {
    phrases: ['resend', 'send again', 'send another', 'send once more', 're send'],
    terms: ['resend', 'retry', 'send'],
  },
  {
    phrases: ['notifications', 'pending notifications', 'unread notifications', 'bell'],
    terms: ['notification', 'notifications'],
  },
  {
    phrases: ['mark read', 'mark seen', 'clear notifications', 'dismiss notifications', 'acknowledge notifications'],
    terms: ['read', 'mark', 'seen'],
  },
  { phrases: ['mark unread', 'mark new again', 'flag unread'], terms: ['unread', 'mark'] },
  {
    phrases: ['statistics', 'analytics', 'metrics', 'insights', 'performance numbers', 'kpi', 'kpis'],
    terms: ['analytics', 'stats', 'metrics', 'insights'],
  },
  { phrases: ['consumption', 'quota', 'how much used', 'allowance', 'limit left'], terms: ['usage', 'quota', 'limit'] },
  { phrases: ['clear', 'blank out', 'empty out', 'wipe contents', 'reset contents'], terms: ['clear', 'empty'] },
  {
    phrases: ['reorder', 'rearrange', 'change order', 'move up', 'move down', 'reposition', 'put first', 'put last'],
    terms: ['reorder', 'position', 'order'],
  },
  { phrases: ['later', 'future date', 'set time for', 'delayed', 'at later time'], terms: ['schedule', 'scheduled'] },
  {
    phrases: ['remark', 'feedback', 'annotation', 'margin note', 'leave note', 'leave comment', 'write comment',
      'chime in', 'weigh in'],
    terms: ['comment', 'comments'],
  },
  {
    phrases: ['attach', 'enclosure', 'attach file', 'attach document', 'add attachment'],
    terms: ['attachment', 'attachments', 'attach'],
  },
  {
    phrases: ['blurb', 'bio', 'tagline', 'description text', 'short description', 'summary text'],
    terms: ['description', 'bio', 'summary'],
  },
  {
    phrases: ['headline', 'subject line', 'heading', 'caption text', 'title text'],
    terms: ['title', 'subject', 'name', 'heading'],
  },
  { phrases: ['web address', 'href', 'hyperlink', 'weblink', 'address link'], terms: ['url', 'link', 'href'] },
  {
    phrases: ['mailing address', 'postal address', 'street address', 'shipping address', 'billing address',
      'home address'],
    terms: ['address', 'addresses', 'shipping', 'billing'],
  },
  {
    phrases: ['notification settings', 'email notifications', 'alert settings', 'notification preferences'],
    terms: ['notification', 'settings', 'preferences'],
  },
  {
    phrases: ['display language', 'language setting', 'interface language', 'ui language'],
    terms: ['locale', 'language'],
  },
  { phrases: ['api version', 'software version', 'server version', 'build number'], terms: ['version', 'info'] },
  {
    phrases: ['export all', 'data export', 'full export', 'takeout', 'data dump', 'dump everything', 'backup data'],
    terms: ['export', 'exports', 'dump', 'backup'],
  },
  { phrases: ['narrow down', 'only show', 'only ones', 'matching criteria'], terms: ['filter', 'query'] },
  {
    phrases: ['arrange by', 'sort order', 'ascending', 'descending'],
    terms: ['sort', 'orderby', 'order', 'direction'],
  },
  { phrases: ['owner', 'ownership', 'belongs'], terms: ['owner', 'ownerid', 'ownership'] },
  { phrases: ['become member', 'sign up for', 'enroll', 'enrol'], terms: ['join', 'member', 'enroll'] },
  { phrases: ['quit', 'exit', 'drop out', 'bow out'], terms: ['leave'] },
  {
    phrases: ['template', 'boilerplate', 'blueprint', 'preset', 'starting point', 'reusable layout'],
    terms: ['template', 'templates'],
  },

  // Payments and billing: charges, refunds, subscriptions and payouts (Stripe, PayPal, Square, Braintree).
  {
    phrases: ['money back', 'give money back', 'reimburse', 'pay back', 'return money', 'return payment',
      'reverse charge', 'undo charge', 'give back'],
    terms: ['refund', 'refunds'],
  },
  {
    phrases: ['chargeback', 'contest charge', 'disputed charge', 'charge dispute', 'fraud claim', 'customer disputed',
      'bank dispute'],
    terms: ['dispute', 'disputes', 'chargeback'],
  },
  {
    phrases: ['submit evidence', 'fight dispute', 'challenge dispute', 'respond to dispute', 'accept dispute',
      'close dispute'],
    terms: ['dispute', 'evidence', 'close', 'submit'],
  },
  {
    phrases: ['cash out', 'withdraw', 'withdrawal', 'send to bank', 'pay out', 'transfer to bank',
      'move funds to bank', 'get paid out'],
    terms: ['payout', 'payouts', 'withdrawal'],
  },
  {
    phrases: ['payout schedule', 'how often paid out', 'payout timing', 'payout frequency', 'payout delay'],
    terms: ['payout', 'schedule', 'settings', 'interval'],
  },
  {
    phrases: ['bill customer', 'take payment', 'collect payment', 'charge card', 'process payment', 'charge customer',
      'make payment', 'accept payment'],
    terms: ['charge', 'payment', 'intent', 'create'],
  },
  {
    phrases: ['payment attempt', 'start payment', 'begin payment', 'initiate payment', 'pending payment'],
    terms: ['payment', 'intent', 'intents'],
  },
  {
    phrases: ['capture payment', 'finalize payment', 'settle payment', 'collect held funds', 'capture funds'],
    terms: ['capture', 'payment', 'intent'],
  },
  {
    phrases: ['hold funds', 'authorize card', 'pre authorize', 'preauthorize', 'place hold', 'authorization hold'],
    terms: ['authorize', 'authorization', 'hold', 'capture'],
  },
  {
    phrases: ['void payment', 'cancel payment', 'release hold', 'drop authorization'],
    terms: ['cancel', 'void', 'payment', 'intent'],
  },
  {
    phrases: ['send invoice', 'invoice customer', 'bill client', 'send bill', 'create invoice', 'raise invoice',
      'issue bill'],
    terms: ['invoice', 'invoices', 'send'],
  },
  {
    phrases: ['finalize invoice', 'finalise invoice', 'issue invoice', 'lock invoice'],
    terms: ['finalize', 'invoice'],
  },
  {
    phrases: ['pay invoice', 'settle invoice', 'mark invoice paid', 'settle up', 'pay bill', 'clear invoice'],
    terms: ['pay', 'invoice', 'paid'],
  },
  {
    phrases: ['void invoice', 'cancel invoice', 'write off', 'uncollectible', 'bad debt', 'mark uncollectible'],
    terms: ['void', 'uncollectible', 'invoice'],
  },
  {
    phrases: ['next invoice', 'upcoming invoice', 'next bill', 'upcoming charge', 'next payment', 'preview invoice'],
    terms: ['upcoming', 'invoice', 'preview'],
  },
  {
    phrases: ['line item', 'invoice line', 'extra charge', 'add charge to invoice', 'one time charge',
      'pending charge'],
    terms: ['line', 'item', 'invoiceitem', 'items'],
  },
  {
    phrases: ['recurring payment', 'recurring billing', 'monthly plan', 'annual plan', 'recurring charge',
      'auto renew'],
    terms: ['subscription', 'subscriptions', 'plan', 'recurring'],
  },
  {
    phrases: ['cancel subscription', 'end subscription', 'stop subscription', 'cancel membership', 'stop billing',
      'cancel plan', 'stop charging', 'stop auto renew'],
    terms: ['subscription', 'cancel', 'delete'],
  },
  {
    phrases: ['pause subscription', 'pause billing', 'skip billing', 'pause collection', 'freeze subscription',
      'skip month'],
    terms: ['pause', 'collection', 'subscription'],
  },
  {
    phrases: ['resume subscription', 'restart subscription', 'reactivate subscription', 'unpause billing'],
    terms: ['resume', 'subscription'],
  },
  {
    phrases: ['upgrade', 'downgrade', 'change plan', 'switch plan', 'move plan', 'upgrade plan', 'downgrade plan',
      'change tier'],
    terms: ['subscription', 'plan', 'upgrade', 'update'],
  },
  { phrases: ['prorate', 'proration', 'partial month'], terms: ['proration', 'prorate'] },
  {
    phrases: ['free trial', 'trial period', 'extend trial', 'trial end', 'end trial'],
    terms: ['trial', 'trialend', 'subscription'],
  },
  {
    phrases: ['subscription schedule', 'future plan change', 'schedule plan change', 'phased subscription',
      'change plan later'],
    terms: ['subscription', 'schedule', 'phase', 'phases'],
  },
  {
    phrases: ['pricing', 'price point', 'cost', 'how much cost', 'price tag', 'list price', 'unit price'],
    terms: ['price', 'prices', 'amount'],
  },
  {
    phrases: ['coupon', 'discount code', 'promo code', 'voucher', 'promotion code', 'promo', 'coupon code',
      'redeem code'],
    terms: ['coupon', 'promotion', 'code', 'discount'],
  },
  {
    phrases: ['discount', 'markdown', 'money off', 'percent off', 'sale price', 'reduced price', 'special offer'],
    terms: ['discount', 'discounts', 'coupon'],
  },
  {
    phrases: ['remove discount', 'delete discount', 'remove coupon', 'take off discount'],
    terms: ['discount', 'delete', 'coupon'],
  },
  {
    phrases: ['checkout', 'checkout page', 'payment page', 'hosted payment page', 'pay page', 'buy page',
      'checkout session'],
    terms: ['checkout', 'session', 'sessions'],
  },
  {
    phrases: ['payment link', 'pay link', 'link to pay', 'shareable payment link', 'payment url', 'pay me link',
      'buy link'],
    terms: ['payment', 'link', 'links'],
  },
  {
    phrases: ['billing portal', 'customer portal', 'manage billing', 'self serve billing', 'update card page',
      'billing page'],
    terms: ['billing', 'portal', 'session'],
  },
  {
    phrases: ['how much money', 'funds available', 'available funds', 'account balance', 'money in account',
      'pending balance'],
    terms: ['balance', 'available', 'pending'],
  },
  {
    phrases: ['balance history', 'money movement', 'funds flow', 'balance transaction'],
    terms: ['balance', 'transaction', 'transactions', 'history'],
  },
  {
    phrases: ['send money', 'move money', 'pay connected account', 'wire', 'wire money', 'transfer funds',
      'send funds'],
    terms: ['transfer', 'transfers'],
  },
  {
    phrases: ['sales tax', 'vat', 'gst', 'tax percentage', 'tax rate', 'tax amount', 'calculate tax'],
    terms: ['tax', 'rate', 'rates', 'calculation'],
  },
  { phrases: ['tax id', 'vat number', 'ein', 'tax number', 'vat id', 'business number'], terms: ['tax', 'id', 'ids'] },
  {
    phrases: ['card on file', 'payment details', 'billing details', 'payment method', 'way to pay'],
    terms: ['payment', 'method', 'methods', 'source'],
  },
  { phrases: ['credit card', 'debit card', 'plastic', 'card details', 'card number'], terms: ['card', 'cards'] },
  {
    phrases: ['save card for later', 'save card', 'store card', 'add card', 'collect card details',
      'add payment method'],
    terms: ['setup', 'intent', 'payment', 'method'],
  },
  {
    phrases: ['remove card', 'delete card', 'detach card', 'forget card', 'remove payment method'],
    terms: ['detach', 'payment', 'method', 'card'],
  },
  {
    phrases: ['default card', 'primary card', 'main card', 'default payment'],
    terms: ['default', 'payment', 'method'],
  },
  { phrases: ['buyer', 'shopper', 'payer', 'purchaser', 'patron', 'paying user'], terms: ['customer', 'customers'] },
  {
    phrases: ['receipt', 'proof of payment', 'email receipt', 'payment confirmation', 'send receipt'],
    terms: ['receipt', 'receipts'],
  },
  {
    phrases: ['payment history', 'past payments', 'transaction history', 'charges made', 'previous charges',
      'list charges'],
    terms: ['charges', 'payments', 'transactions', 'list'],
  },
  {
    phrases: ['processing fee', 'application fee', 'platform fee', 'commission', 'fees', 'service fee'],
    terms: ['fee', 'fees', 'application'],
  },
  {
    phrases: ['connected account', 'seller account', 'merchant account', 'sub account', 'express account',
      'marketplace seller', 'vendor account'],
    terms: ['account', 'accounts', 'connect', 'connected'],
  },
  {
    phrases: ['verify identity', 'id check', 'kyc', 'identity verification', 'know your customer', 'id document',
      'verify person'],
    terms: ['verification', 'identity', 'session'],
  },
  {
    phrases: ['metered usage', 'report usage', 'usage based', 'meter', 'usage record', 'meter event', 'bill usage'],
    terms: ['usage', 'record', 'meter', 'event'],
  },
  {
    phrases: ['credit note', 'credit memo', 'partial credit', 'issue credit', 'give credit'],
    terms: ['credit', 'note', 'notes', 'creditnote'],
  },
  {
    phrases: ['account credit', 'store credit', 'credit balance', 'prepaid credit', 'customer balance',
      'wallet balance'],
    terms: ['credit', 'balance', 'customer'],
  },
  {
    phrases: ['quote', 'estimate', 'price quote', 'proposal', 'cost estimate', 'bid'],
    terms: ['quote', 'quotes', 'estimate', 'estimates'],
  },
  {
    phrases: ['currency', 'exchange rate', 'fx', 'convert currency', 'forex', 'currency conversion'],
    terms: ['currency', 'exchange', 'rate', 'rates'],
  },
  {
    phrases: ['fraud', 'risky payment', 'risk score', 'suspicious payment', 'fraud check', 'block list',
      'fraud review'],
    terms: ['fraud', 'risk', 'radar', 'review'],
  },
  {
    phrases: ['split payment', 'installments', 'pay in installments', 'payment plan', 'pay over time',
      'buy now pay later'],
    terms: ['installment', 'installments', 'payment', 'schedule'],
  },
  { phrases: ['tip', 'gratuity', 'add tip'], terms: ['tip', 'tips', 'gratuity'] },
  {
    phrases: ['dunning', 'chase payment', 'payment reminder', 'late payment reminder', 'overdue reminder',
      'failed payment retry', 'smart retries'],
    terms: ['dunning', 'reminder', 'retry', 'overdue'],
  },
  {
    phrases: ['failed payment', 'declined card', 'card declined', 'payment failed', 'bounced payment'],
    terms: ['failed', 'declined', 'payment', 'failure'],
  },
  {
    phrases: ['link bank', 'connect bank', 'bank login', 'link token', 'bank connection', 'add bank account'],
    terms: ['link', 'token', 'item', 'institution'],
  },
  {
    phrases: ['account numbers', 'routing number', 'ach details', 'bank routing', 'account and routing'],
    terms: ['auth', 'numbers', 'ach', 'routing'],
  },
  {
    phrases: ['financial institution', 'bank list', 'banks supported', 'supported banks'],
    terms: ['institution', 'institutions'],
  },
  {
    phrases: ['ach payment', 'ach transfer', 'bank debit', 'direct debit', 'sepa debit', 'bank payment'],
    terms: ['ach', 'debit', 'bank', 'transfer'],
  },
  {
    phrases: ['card reader', 'terminal checkout', 'point of sale', 'pos', 'cash register', 'till', 'in person payment'],
    terms: ['terminal', 'reader', 'pos', 'device'],
  },
  {
    phrases: ['issue card', 'virtual card', 'corporate card', 'spend card', 'company card', 'cardholder'],
    terms: ['issuing', 'card', 'cardholder', 'cards'],
  },

  // Messaging and chat: channels, threads, reactions and presence (Slack, Discord, Teams, Telegram).
  {
    phrases: ['chat room', 'chatroom', 'group chat', 'slack channel', 'chat channel'],
    terms: ['conversation', 'conversations', 'channel', 'channels'],
  },
  {
    phrases: ['create channel', 'new channel', 'start channel', 'open channel', 'make channel', 'spin up channel'],
    terms: ['conversation', 'channel', 'create'],
  },
  {
    phrases: ['dm', 'direct message', 'private message', 'pm', 'message privately', 'slide into dms', 'private chat',
      'message directly'],
    terms: ['im', 'direct', 'dm', 'conversation'],
  },
  {
    phrases: ['group dm', 'group message', 'multi person dm', 'mpim', 'group direct message'],
    terms: ['mpim', 'group', 'conversation', 'direct'],
  },
  {
    phrases: ['join channel', 'enter channel', 'get into channel', 'hop into channel', 'join room'],
    terms: ['join', 'conversation', 'channel'],
  },
  {
    phrases: ['leave channel', 'exit channel', 'quit channel', 'get out of channel', 'leave room',
      'leave conversation'],
    terms: ['leave', 'conversation', 'channel'],
  },
  {
    phrases: ['kick out', 'remove from channel', 'throw out of channel', 'boot from channel'],
    terms: ['kick', 'remove', 'member'],
  },
  {
    phrases: ['add to channel', 'invite to channel', 'bring into channel', 'pull into channel', 'add people channel'],
    terms: ['invite', 'conversation', 'member', 'members'],
  },
  {
    phrases: ['channel members', 'people in channel', 'channel roster', 'room members'],
    terms: ['members', 'conversation', 'channel'],
  },
  {
    phrases: ['thread', 'reply thread', 'thread replies', 'message thread', 'side thread'],
    terms: ['thread', 'replies', 'threads'],
  },
  { phrases: ['reply', 'respond', 'answer', 'write back'], terms: ['reply', 'respond', 'thread'] },
  {
    phrases: ['react', 'reaction', 'emoji', 'thumbs up', 'add emoji', 'emoji reaction', 'heart react', 'emoji react'],
    terms: ['reaction', 'reactions', 'emoji', 'react'],
  },
  {
    phrases: ['remove reaction', 'unreact', 'take back emoji', 'remove emoji', 'undo reaction'],
    terms: ['reaction', 'remove', 'delete'],
  },
  { phrases: ['pin message', 'stick to top', 'keep at top', 'pin to channel'], terms: ['pin', 'pins', 'pinned'] },
  { phrases: ['unpin', 'unstick', 'remove pin', 'take down pin'], terms: ['unpin', 'pin', 'remove'] },
  {
    phrases: ['channel topic', 'channel subject', 'channel header', 'room topic', 'set topic'],
    terms: ['topic', 'settopic'],
  },
  {
    phrases: ['channel purpose', 'channel description', 'describe channel', 'room description', 'set purpose'],
    terms: ['purpose', 'description', 'setpurpose'],
  },
  {
    phrases: ['archive channel', 'close channel', 'shut down channel', 'retire channel', 'mothball channel'],
    terms: ['archive', 'conversation', 'channel'],
  },
  {
    phrases: ['mute', 'silence', 'quiet', 'shush', 'stop notifications', 'stop alerts'],
    terms: ['mute', 'muted', 'silence'],
  },
  { phrases: ['unmute', 'unsilence', 'notifications back on', 'turn sound back'], terms: ['unmute', 'mute'] },
  {
    phrases: ['do not disturb', 'dnd', 'snooze notifications', 'quiet hours', 'focus mode', 'stop pinging me',
      'pause notifications'],
    terms: ['dnd', 'snooze', 'disturb'],
  },
  {
    phrases: ['end snooze', 'wake notifications', 'end dnd', 'turn off dnd', 'stop snooze', 'end focus'],
    terms: ['dnd', 'snooze', 'end'],
  },
  {
    phrases: ['remind', 'reminder', 'nudge me', 'remind me', 'ping me later', 'dont forget', 'remind later'],
    terms: ['reminder', 'reminders', 'remind'],
  },
  {
    phrases: ['send later', 'schedule message', 'send tomorrow', 'delay send', 'timed message'],
    terms: ['schedule', 'scheduled', 'message', 'messages'],
  },
  {
    phrases: ['post message', 'send message', 'say in channel', 'post to channel', 'write in channel', 'drop message',
      'announce', 'broadcast', 'post in chat'],
    terms: ['post', 'message', 'chat', 'send'],
  },
  {
    phrases: ['only visible to', 'ephemeral', 'private note to user', 'whisper', 'only they see'],
    terms: ['ephemeral', 'postephemeral'],
  },
  {
    phrases: ['edit message', 'fix message', 'correct message', 'change what said', 'update message', 'edit post'],
    terms: ['update', 'chat', 'message', 'edit'],
  },
  {
    phrases: ['delete message', 'unsend', 'take back message', 'retract message', 'remove message', 'recall message',
      'delete post'],
    terms: ['delete', 'chat', 'message'],
  },
  {
    phrases: ['chat history', 'message history', 'past messages', 'conversation history', 'backlog of messages',
      'scrollback', 'earlier messages'],
    terms: ['history', 'messages', 'conversation'],
  },
  {
    phrases: ['permalink', 'link to message', 'message link', 'share link to message', 'message url'],
    terms: ['permalink', 'link'],
  },
  {
    phrases: ['presence', 'availability status', 'active now', 'online status', 'appear offline', 'set away',
      'mark away', 'online now'],
    terms: ['presence', 'status', 'online'],
  },
  {
    phrases: ['status message', 'custom status', 'status emoji', 'set status', 'status text', 'away message chat'],
    terms: ['profile', 'status', 'emoji', 'text'],
  },
  {
    phrases: ['display name', 'avatar', 'profile picture', 'profile photo', 'pfp', 'headshot', 'user photo'],
    terms: ['profile', 'photo', 'avatar', 'picture'],
  },
  {
    phrases: ['user group', 'handle group', 'at mention group', 'team handle', 'alias group', 'group handle'],
    terms: ['usergroup', 'usergroups', 'group'],
  },
  { phrases: ['mention', 'tag someone', 'call out', 'mentioned me'], terms: ['mention', 'mentions'] },
  {
    phrases: ['unread', 'unread messages', 'catch up', 'new messages', 'missed messages', 'havent read'],
    terms: ['unread', 'history', 'messages'],
  },
  {
    phrases: ['search messages', 'find message', 'search chat', 'look through messages', 'find in chat',
      'search slack'],
    terms: ['search', 'messages', 'query'],
  },
  { phrases: ['slack workspace', 'slack team', 'team info', 'workspace info'], terms: ['team', 'workspace'] },
  {
    phrases: ['discord server', 'guild', 'server members', 'guild members', 'discord community'],
    terms: ['guild', 'guilds', 'member'],
  },
  { phrases: ['bot', 'chatbot user', 'bot user', 'app user', 'bot token'], terms: ['bot', 'bots', 'app'] },
  {
    phrases: ['slash command', 'bot command', 'command menu', 'command list'],
    terms: ['command', 'commands', 'mycommands'],
  },
  { phrases: ['typing indicator', 'show typing', 'chat action'], terms: ['typing', 'action', 'chat'] },
  {
    phrases: ['send photo', 'send picture', 'share image', 'post image', 'share photo', 'send pic'],
    terms: ['photo', 'image', 'send'],
  },
  {
    phrases: ['send document', 'send file', 'share file in chat', 'post file'],
    terms: ['document', 'file', 'send', 'upload'],
  },
  { phrases: ['send location', 'share location', 'drop pin', 'send venue'], terms: ['location', 'venue'] },
  {
    phrases: ['send voice', 'voice note', 'voice message', 'audio message', 'send audio'],
    terms: ['voice', 'audio', 'send'],
  },
  {
    phrases: ['poll', 'vote', 'quiz', 'ask group vote', 'straw poll', 'create poll'],
    terms: ['poll', 'polls', 'vote'],
  },
  {
    phrases: ['inline keyboard', 'reply keyboard', 'buttons under message', 'button menu'],
    terms: ['keyboard', 'markup', 'reply', 'button'],
  },
  { phrases: ['forward message', 'pass along', 'send along', 'share message'], terms: ['forward', 'message'] },
  { phrases: ['ban', 'ban user', 'block from group', 'ban member', 'permanently remove'], terms: ['ban', 'bans'] },
  { phrases: ['unban', 'lift ban', 'remove ban', 'allow back'], terms: ['unban', 'ban'] },
  {
    phrases: ['restrict user', 'read only member', 'mute member', 'limit member', 'timeout user', 'time out user',
      'temporarily mute'],
    terms: ['restrict', 'timeout', 'permissions', 'member'],
  },
  {
    phrases: ['promote member', 'give admin', 'make moderator', 'make mod', 'admin rights chat'],
    terms: ['promote', 'admin', 'administrator'],
  },
  {
    phrases: ['invite link', 'join link', 'group link', 'chat invite link', 'server invite'],
    terms: ['invite', 'link', 'invites'],
  },
  {
    phrases: ['bot updates', 'incoming messages bot', 'poll updates', 'new updates', 'get updates'],
    terms: ['updates', 'getupdates', 'update'],
  },

  // Email: sending, drafts, labels, filters and mailbox settings (Gmail, Outlook, Microsoft Graph).
  {
    phrases: ['send email', 'email someone', 'shoot email', 'drop line', 'write email', 'compose email',
      'fire off email', 'mail someone', 'send mail'],
    terms: ['send', 'message', 'email', 'mail'],
  },
  {
    phrases: ['draft', 'save draft', 'unsent email', 'compose later', 'draft email', 'write draft'],
    terms: ['draft', 'drafts'],
  },
  { phrases: ['send draft', 'send saved draft', 'send draft now'], terms: ['draft', 'send'] },
  {
    phrases: ['bin', 'throw away', 'throw out', 'toss', 'put in trash', 'move to trash', 'chuck', 'send to bin',
      'recycle bin', 'wastebasket', 'garbage'],
    terms: ['trash', 'trashed'],
  },
  {
    phrases: ['untrash', 'take out of trash', 'pull out of bin', 'recover deleted', 'bring back deleted',
      'restore from trash', 'out of bin', 'restore deleted'],
    terms: ['untrash', 'restore', 'undelete'],
  },
  {
    phrases: ['permanently delete', 'delete forever', 'purge', 'empty trash', 'hard delete', 'shred', 'empty bin',
      'wipe for good'],
    terms: ['delete', 'permanently', 'purge', 'empty'],
  },
  {
    phrases: ['email folder', 'mail folder', 'tag email', 'categorize email', 'inbox folder'],
    terms: ['label', 'labels', 'folder', 'mailfolder'],
  },
  {
    phrases: ['apply label', 'add label', 'file under', 'file email', 'remove label', 'relabel'],
    terms: ['modify', 'label', 'labels', 'move'],
  },
  {
    phrases: ['inbox rule', 'mail rule', 'email rule', 'auto sort', 'automatically label', 'auto archive',
      'email filter', 'sort incoming'],
    terms: ['filter', 'filters', 'rule', 'rules'],
  },
  {
    phrases: ['out of office', 'ooo', 'away message', 'auto reply', 'autoreply', 'automatic reply',
      'vacation responder', 'vacation reply', 'holiday reply', 'auto responder', 'away from email', 'out office reply'],
    terms: ['vacation', 'automatic', 'replies', 'autoreply'],
  },
  {
    phrases: ['forward emails', 'auto forward', 'redirect mail', 'forwarding address', 'forward all mail',
      'send copies to', 'forward incoming', 'mail forwarding'],
    terms: ['forwarding', 'autoforwarding', 'address', 'forward'],
  },
  {
    phrases: ['delegate', 'give access inbox', 'let assistant read', 'mailbox access', 'inbox access',
      'manage mail for', 'assistant access'],
    terms: ['delegate', 'delegates', 'delegation'],
  },
  {
    phrases: ['email signature', 'sign off line', 'sig', 'footer signature', 'signature block'],
    terms: ['signature', 'sendas'],
  },
  {
    phrases: ['email alias', 'alternate address', 'send from another address', 'reply to address'],
    terms: ['sendas', 'alias', 'aliases'],
  },
  {
    phrases: ['email chain', 'email thread', 'mail thread', 'back and forth', 'conversation thread email'],
    terms: ['thread', 'threads', 'conversation'],
  },
  {
    phrases: ['spam', 'junk', 'junk mail', 'mark spam', 'report spam', 'phishing', 'mark junk', 'spam folder'],
    terms: ['spam', 'junk'],
  },
  {
    phrases: ['not spam', 'not junk', 'unspam', 'rescue from spam', 'move out of spam'],
    terms: ['spam', 'inbox', 'modify'],
  },
  {
    phrases: ['archive email', 'clear from inbox', 'remove from inbox', 'inbox zero', 'skip inbox', 'out of inbox'],
    terms: ['archive', 'modify', 'inbox'],
  },
  {
    phrases: ['important', 'high priority email', 'mark important', 'priority inbox', 'flag email'],
    terms: ['important', 'flag', 'priority'],
  },
  {
    phrases: ['inbox', 'mailbox', 'new mail', 'messages inbox', 'incoming mail'],
    terms: ['messages', 'inbox', 'mail'],
  },
  {
    phrases: ['search email', 'find email', 'search inbox', 'look through inbox', 'dig through email'],
    terms: ['search', 'query', 'messages'],
  },
  { phrases: ['block sender', 'block email address', 'block domain email'], terms: ['block', 'filter', 'sender'] },
  {
    phrases: ['mailbox changes', 'email history', 'changes since', 'incremental sync', 'history id'],
    terms: ['history', 'historyid', 'changes', 'delta'],
  },
  {
    phrases: ['cc', 'carbon copy', 'cc someone', 'bcc', 'blind copy', 'keep in loop', 'copy someone'],
    terms: ['cc', 'bcc', 'collaborators', 'followers'],
  },
  {
    phrases: ['shared mailbox', 'shared inbox', 'team inbox', 'group inbox', 'support inbox', 'help inbox'],
    terms: ['mailbox', 'mailboxes', 'shared', 'inbox'],
  },
  {
    phrases: ['contact group', 'email group', 'distribution list', 'mailing group', 'google group', 'email list group'],
    terms: ['group', 'groups', 'members', 'distribution'],
  },

  // Transactional and marketing email delivery: senders, bounces and suppressions (SendGrid, Mailgun, Postmark, SES).
  {
    phrases: ['transactional email', 'send mail api', 'system email', 'notification email', 'app email'],
    terms: ['mail', 'send', 'message', 'email'],
  },
  {
    phrases: ['validate email', 'check email address', 'email verification', 'is email real', 'email valid',
      'verify address'],
    terms: ['validation', 'validate', 'email', 'verify'],
  },
  {
    phrases: ['bounce', 'undeliverable', 'failed delivery', 'hard bounce', 'soft bounce', 'returned mail',
      'email bounced'],
    terms: ['bounce', 'bounces'],
  },
  {
    phrases: ['suppression', 'do not email list', 'blocked address', 'opt out list', 'email blocklist',
      'unsubscribed list', 'suppressed'],
    terms: ['suppression', 'suppressions', 'unsubscribe', 'block'],
  },
  {
    phrases: ['spam complaint', 'spam reports', 'abuse report', 'complaints'],
    terms: ['spam', 'reports', 'complaint', 'complaints'],
  },
  {
    phrases: ['sender identity', 'verified sender', 'single sender', 'sender verification'],
    terms: ['sender', 'senders', 'verified', 'identity'],
  },
  {
    phrases: ['domain authentication', 'dkim', 'spf', 'dmarc', 'email dns', 'whitelabel', 'authenticate domain',
      'sending domain'],
    terms: ['authentication', 'domain', 'whitelabel', 'dns'],
  },
  {
    phrases: ['email stats', 'delivery stats', 'delivered count', 'deliverability', 'email metrics'],
    terms: ['stats', 'delivered', 'metrics', 'deliverability'],
  },
  {
    phrases: ['email activity', 'message log', 'delivery log', 'did email arrive', 'was email delivered',
      'email events', 'email log'],
    terms: ['activity', 'messages', 'events', 'delivery'],
  },
  {
    phrases: ['inbound email', 'receive email', 'parse email', 'incoming email webhook', 'inbound parse',
      'email to webhook'],
    terms: ['inbound', 'parse', 'route', 'routes'],
  },

  // Calendars: events, attendees, availability and recurrence (Google Calendar, Outlook, Calendly).
  {
    phrases: ['appointment', 'calendar entry', 'calendar item', 'calendar event', 'calendar meeting',
      'thing on calendar'],
    terms: ['event', 'events', 'calendar'],
  },
  {
    phrases: ['put on calendar', 'add to calendar', 'block time', 'block off time', 'pencil in', 'book time',
      'schedule meeting', 'set up meeting', 'book meeting', 'calendar invite'],
    terms: ['event', 'events', 'insert', 'create'],
  },
  {
    phrases: ['call off meeting', 'cancel meeting', 'scrap meeting', 'cancel event', 'nix meeting', 'drop meeting',
      'take off calendar', 'remove from calendar', 'cancel appointment', 'delete event'],
    terms: ['delete', 'cancel', 'event', 'events'],
  },
  {
    phrases: ['reschedule', 'move meeting', 'push back meeting', 'push meeting', 'postpone', 'bump meeting',
      'shift meeting', 'change meeting time', 'delay meeting', 'bring forward meeting', 'push out meeting',
      'move appointment'],
    terms: ['update', 'patch', 'event', 'reschedule'],
  },
  {
    phrases: ['attendee', 'guest', 'invitee', 'people in meeting', 'guest list', 'invite list', 'meeting attendees'],
    terms: ['attendee', 'attendees', 'guest', 'guests'],
  },
  {
    phrases: ['add guest', 'add attendee', 'invite to meeting', 'include in meeting', 'loop someone in',
      'add to meeting', 'invite to event'],
    terms: ['attendees', 'invite', 'invitation', 'event'],
  },
  {
    phrases: ['rsvp', 'accept invite', 'accept meeting', 'say yes to meeting', 'going to event'],
    terms: ['accept', 'response', 'responsestatus', 'rsvp'],
  },
  {
    phrases: ['decline invite', 'decline meeting', 'cant make meeting', 'not going', 'say no to meeting',
      'skip meeting'],
    terms: ['decline', 'response', 'responsestatus', 'rsvp'],
  },
  {
    phrases: ['tentative', 'maybe going', 'tentatively accept'],
    terms: ['tentative', 'tentatively', 'response', 'accept'],
  },
  {
    phrases: ['free busy', 'freebusy', 'open slot', 'free time', 'free slot', 'find time', 'busy time',
      'available time', 'am free', 'calendar availability'],
    terms: ['freebusy', 'availability', 'busy', 'schedule'],
  },
  {
    phrases: ['list calendars', 'subscribed calendars', 'calendar list', 'other calendars', 'all calendars'],
    terms: ['calendarlist', 'calendars', 'calendar', 'list'],
  },
  {
    phrases: ['new calendar', 'secondary calendar', 'separate calendar', 'create calendar', 'team calendar'],
    terms: ['calendar', 'calendars', 'insert', 'create'],
  },
  {
    phrases: ['share calendar', 'calendar access', 'calendar permission', 'give calendar access', 'calendar sharing'],
    terms: ['acl', 'rule', 'calendar', 'permission'],
  },
  {
    phrases: ['event reminder', 'meeting reminder', 'alert before meeting', 'notify before', 'popup reminder',
      'reminder before'],
    terms: ['reminders', 'notification', 'overrides', 'event'],
  },
  {
    phrases: ['recurring', 'repeating event', 'repeat every', 'every week', 'weekly', 'daily meeting', 'standup',
      'recurrence', 'every day', 'every month', 'monthly meeting', 'recurring meeting'],
    terms: ['recurrence', 'recurring', 'instances', 'rrule'],
  },
  {
    phrases: ['single occurrence', 'occurrences', 'instance of series', 'next occurrence'],
    terms: ['instances', 'occurrence', 'instance'],
  },
  {
    phrases: ['move event', 'move to another calendar', 'transfer event', 'change calendar of event'],
    terms: ['move', 'event', 'destination', 'calendar'],
  },
  {
    phrases: ['agenda', 'schedule today', 'whats on calendar', 'upcoming events', 'today schedule', 'day schedule',
      'next meeting', 'upcoming meetings', 'meetings today', 'calendar tomorrow'],
    terms: ['events', 'list', 'upcoming', 'timemin'],
  },
  { phrases: ['time zone', 'timezone', 'tz', 'local time'], terms: ['timezone', 'zone'] },
  {
    phrases: ['working hours', 'office hours', 'working location', 'work from home', 'wfh'],
    terms: ['working', 'hours', 'location', 'workinglocation'],
  },
  {
    phrases: ['focus time', 'heads down time', 'deep work block', 'no meeting block'],
    terms: ['focustime', 'focus', 'event'],
  },
  {
    phrases: ['video link', 'meeting link', 'add meet link', 'google meet', 'zoom link', 'dial in link',
      'conference link', 'hangout link'],
    terms: ['conference', 'conferencedata', 'link', 'join'],
  },
  {
    phrases: ['watch for changes', 'get notified of changes', 'change notifications', 'subscribe to changes',
      'notify on change'],
    terms: ['watch', 'channel', 'subscription', 'changes'],
  },
  {
    phrases: ['booking link', 'scheduling link', 'scheduling page', 'single use link', 'one time booking link',
      'book me link'],
    terms: ['scheduling', 'link', 'links', 'single'],
  },
  {
    phrases: ['meeting type', 'event type', 'booking type', 'appointment type', 'meeting length'],
    terms: ['event', 'type', 'types', 'eventtype'],
  },
  { phrases: ['booked slots', 'scheduled events'], terms: ['scheduled', 'events', 'invitees', 'bookings'] },
  { phrases: ['no show', 'didnt show', 'ghosted', 'missed appointment'], terms: ['noshow', 'invitee', 'show'] },
  {
    phrases: ['meeting room', 'conference room', 'room booking', 'book room', 'reserve room', 'boardroom'],
    terms: ['room', 'rooms', 'resource', 'places'],
  },

  // Files and documents: folders, sharing, versions and comments (Google Drive, Dropbox, Box, OneDrive, Docs).
  {
    phrases: ['doc', 'google doc', 'word doc', 'write up', 'writeup', 'text document', 'gdoc'],
    terms: ['document', 'documents', 'file'],
  },
  {
    phrases: ['directory', 'dir', 'subfolder', 'subdirectory', 'sub folder', 'new folder'],
    terms: ['folder', 'folders', 'directory'],
  },
  {
    phrases: ['shared link', 'public link', 'anyone with link', 'shareable link', 'link to file', 'file link'],
    terms: ['shared', 'link', 'sharing', 'url'],
  },
  {
    phrases: ['transfer ownership', 'make owner', 'change owner', 'hand over ownership', 'give ownership', 'new owner'],
    terms: ['owner', 'ownership', 'transfer', 'permission'],
  },
  {
    phrases: ['move file', 'move to folder', 'put in folder', 'file into folder', 'move document'],
    terms: ['move', 'parents', 'parent', 'folder'],
  },
  {
    phrases: ['revision', 'version history', 'older version', 'previous version', 'past version', 'edit history',
      'earlier version', 'file history'],
    terms: ['revision', 'revisions', 'version', 'versions'],
  },
  {
    phrases: ['restore version', 'roll back file', 'revert file', 'go back to version', 'old copy',
      'restore old version'],
    terms: ['restore', 'revision', 'version', 'revert'],
  },
  {
    phrases: ['reply to comment', 'respond to comment', 'answer comment', 'comment reply'],
    terms: ['reply', 'replies', 'comment'],
  },
  {
    phrases: ['resolve comment', 'close comment', 'mark comment resolved', 'dismiss comment'],
    terms: ['resolve', 'resolved', 'comment'],
  },
  {
    phrases: ['pdf', 'save as pdf', 'convert to pdf', 'export pdf', 'print pdf', 'pdf version'],
    terms: ['export', 'pdf', 'download'],
  },
  {
    phrases: ['file content', 'raw file', 'fetch file', 'file bytes', 'file body', 'read file'],
    terms: ['content', 'download', 'media', 'raw'],
  },
  {
    phrases: ['big file', 'large file', 'resumable upload', 'chunked upload', 'upload session', 'multipart upload',
      'huge file'],
    terms: ['upload', 'session', 'resumable', 'multipart'],
  },
  {
    phrases: ['recent files', 'recently opened', 'recently modified', 'last edited', 'recently changed',
      'recent documents'],
    terms: ['recent', 'modified', 'modifiedtime', 'orderby'],
  },
  { phrases: ['shared with me', 'files others shared', 'shared files'], terms: ['sharedwithme', 'shared', 'files'] },
  {
    phrases: ['shared drive', 'team drive', 'team folder', 'shared space', 'shared folder'],
    terms: ['drive', 'drives', 'teamdrive', 'shared'],
  },
  {
    phrases: ['space left', 'disk space', 'storage used', 'how much space', 'storage quota', 'storage limit',
      'out of space'],
    terms: ['quota', 'storage', 'space', 'usage'],
  },
  {
    phrases: ['thumbnail', 'preview image', 'file preview', 'small image'],
    terms: ['thumbnail', 'thumbnails', 'preview'],
  },
  {
    phrases: ['find file', 'search files', 'locate file', 'search drive', 'find document', 'search documents',
      'look for file'],
    terms: ['search', 'files', 'query', 'list'],
  },
  {
    phrases: ['file request', 'collect files', 'request files', 'upload link', 'dropbox request', 'ask for files'],
    terms: ['file', 'request', 'requests'],
  },
  {
    phrases: ['access list', 'sharing settings', 'list collaborators', 'people with access'],
    terms: ['permissions', 'collaborations', 'access', 'sharing'],
  },
  {
    phrases: ['legal hold', 'retention', 'retention policy', 'keep for years', 'data retention', 'records retention'],
    terms: ['retention', 'policy', 'hold', 'legal'],
  },
  {
    phrases: ['file type', 'mime type', 'file extension', 'format of file'],
    terms: ['mimetype', 'mime', 'type', 'extension'],
  },
  { phrases: ['file size', 'size of file', 'largest files'], terms: ['size', 'bytes', 'quotabytesused'] },
  {
    phrases: ['wiki page', 'notion page', 'knowledge base page', 'wiki', 'notes page', 'doc page'],
    terms: ['page', 'pages'],
  },
  {
    phrases: ['notion database', 'database entry', 'database row', 'database item', 'tracker row', 'notion table'],
    terms: ['database', 'page', 'query', 'properties'],
  },
  {
    phrases: ['content block', 'paragraph', 'bullet point', 'checkbox item', 'callout', 'toggle block', 'page block'],
    terms: ['block', 'blocks', 'children'],
  },
  {
    phrases: ['append to page', 'add text to page', 'add content', 'write to page', 'add paragraph', 'add to page'],
    terms: ['append', 'block', 'children', 'blocks'],
  },
  {
    phrases: ['page content', 'page text', 'what page says', 'read page', 'page body'],
    terms: ['blocks', 'children', 'content', 'body'],
  },
  {
    phrases: ['filter database', 'query database', 'sort database', 'search database'],
    terms: ['query', 'database', 'filter', 'sorts'],
  },
  {
    phrases: ['confluence page', 'wiki article', 'confluence space', 'wiki space', 'team space'],
    terms: ['page', 'content', 'space', 'spaces'],
  },
  {
    phrases: ['insert text', 'add text', 'write in doc', 'type into doc', 'batch update doc'],
    terms: ['batchupdate', 'insert', 'text', 'inserttext'],
  },
  {
    phrases: ['replace text', 'find and replace', 'swap text', 'search and replace', 'replace all'],
    terms: ['replace', 'replaceall', 'text', 'batchupdate'],
  },
  {
    phrases: ['slide', 'presentation', 'deck', 'slideshow', 'slide deck', 'powerpoint', 'pitch deck', 'google slides'],
    terms: ['presentation', 'presentations', 'slide', 'slides'],
  },
  {
    phrases: ['survey', 'questionnaire', 'google form', 'typeform', 'signup form', 'sign up form', 'feedback form'],
    terms: ['form', 'forms'],
  },
  {
    phrases: ['form submissions', 'survey responses', 'form responses', 'submissions', 'answers to form',
      'form entries', 'survey results'],
    terms: ['responses', 'submissions', 'response', 'answers'],
  },

  // Spreadsheets and tables: cells, rows, tabs and formatting (Google Sheets, Excel, Airtable, Smartsheet).
  {
    phrases: ['spreadsheet', 'google sheet', 'excel', 'workbook', 'gsheet', 'excel file', 'xlsx'],
    terms: ['spreadsheet', 'spreadsheets', 'sheet', 'workbook'],
  },
  {
    phrases: ['tab', 'worksheet', 'sheet tab', 'new tab', 'add tab', 'another tab'],
    terms: ['sheet', 'sheets', 'worksheet', 'addsheet'],
  },
  {
    phrases: ['cell value', 'read cell', 'a1', 'cell range', 'column values', 'read range'],
    terms: ['values', 'range', 'cell', 'cells'],
  },
  {
    phrases: ['add row', 'append row', 'new row', 'insert row', 'add line sheet', 'log row', 'append data'],
    terms: ['append', 'values', 'row', 'rows'],
  },
  {
    phrases: ['write to cell', 'update cell', 'fill in cell', 'set cell', 'write values', 'put value in cell',
      'update range'],
    terms: ['update', 'values', 'range', 'batchupdate'],
  },
  {
    phrases: ['clear cells', 'clear range', 'erase range', 'empty cells', 'wipe cells', 'clear sheet'],
    terms: ['clear', 'values', 'range'],
  },
  {
    phrases: ['formula', 'sum column', 'computed value', 'cell formula', 'spreadsheet function'],
    terms: ['formula', 'formulas', 'valuerenderoption'],
  },
  {
    phrases: ['bold', 'highlight cells', 'color cells', 'cell style', 'font', 'number format', 'cell background'],
    terms: ['format', 'formatting', 'repeatcell', 'textformat'],
  },
  {
    phrases: ['sort sheet', 'sort rows', 'sort column', 'sort range', 'alphabetize'],
    terms: ['sort', 'sortrange', 'range', 'specs'],
  },
  {
    phrases: ['filter rows', 'filter view', 'basic filter', 'filter sheet', 'hide rows'],
    terms: ['filter', 'basicfilter', 'filterview', 'criteria'],
  },
  {
    phrases: ['delete row', 'remove row', 'delete column', 'remove column', 'drop column'],
    terms: ['dimension', 'deletedimension', 'delete', 'rows'],
  },
  {
    phrases: ['insert column', 'add column', 'new column', 'insert dimension', 'extra column'],
    terms: ['dimension', 'insertdimension', 'insert', 'column'],
  },
  {
    phrases: ['freeze row', 'freeze header', 'sticky header', 'freeze column', 'pin row'],
    terms: ['frozen', 'freeze', 'gridproperties', 'row'],
  },
  {
    phrases: ['merge cells', 'combine cells', 'unmerge', 'unmerge cells'],
    terms: ['merge', 'cells', 'unmerge', 'mergecells'],
  },
  {
    phrases: ['chart', 'graph', 'plot', 'pie chart', 'bar chart', 'visualize', 'line chart', 'visualise'],
    terms: ['chart', 'charts', 'addchart'],
  },
  { phrases: ['pivot table', 'pivot', 'summary table', 'crosstab'], terms: ['pivot', 'table', 'pivottable'] },
  {
    phrases: ['protect range', 'lock cells', 'lock sheet', 'protect sheet'],
    terms: ['protected', 'range', 'protect', 'protectedrange'],
  },
  {
    phrases: ['dropdown', 'drop down', 'dropdown list', 'allowed values', 'picklist', 'data validation', 'pick list',
      'select options'],
    terms: ['validation', 'datavalidation', 'dropdown', 'options'],
  },
  {
    phrases: ['duplicate sheet', 'copy tab', 'copy sheet', 'duplicate tab', 'clone sheet'],
    terms: ['duplicatesheet', 'duplicate', 'copyto', 'sheet'],
  },
  { phrases: ['delete tab', 'remove tab', 'delete sheet', 'remove sheet'], terms: ['deletesheet', 'sheet', 'delete'] },
  { phrases: ['csv', 'csv file', 'comma separated', 'tsv', 'spreadsheet export'], terms: ['csv', 'export', 'import'] },
  { phrases: ['airtable base', 'base id'], terms: ['base', 'bases'] },
  { phrases: ['airtable table', 'data table'], terms: ['table', 'tables'] },
  {
    phrases: ['add record', 'new record', 'airtable row', 'create record', 'table row'],
    terms: ['record', 'records', 'create'],
  },
  { phrases: ['grid view', 'saved view', 'kanban view', 'gallery view', 'calendar view'], terms: ['view', 'views'] },
  { phrases: ['table field', 'table column', 'record field'], terms: ['field', 'fields', 'column', 'columns'] },
  {
    phrases: ['upsert', 'create or update', 'insert or update', 'add or update', 'update or create'],
    terms: ['upsert', 'performupsert', 'merge', 'createorupdate'],
  },

  // Music and audio: playback control, library, playlists and discovery (Spotify, Apple Music, SoundCloud).
  {
    phrases: ['stop song', 'stop music', 'stop playing', 'pause music', 'pause song', 'shut music off',
      'silence music', 'stop playback', 'kill music', 'hush', 'pause track', 'stop track'],
    terms: ['pause', 'playback', 'player'],
  },
  {
    phrases: ['resume music', 'start music', 'keep playing', 'hit play', 'start playing', 'play song', 'play album',
      'play playlist', 'put music', 'play artist', 'resume playback', 'play music'],
    terms: ['play', 'playback', 'start', 'resume'],
  },
  {
    phrases: ['skip song', 'next song', 'next track', 'skip track', 'skip forward', 'go next', 'skip current song'],
    terms: ['next', 'skip', 'track', 'player'],
  },
  {
    phrases: ['previous song', 'previous track', 'go back song', 'last song', 'back song', 'replay last song',
      'song before'],
    terms: ['previous', 'track', 'player', 'skip'],
  },
  {
    phrases: ['add to queue', 'play after', 'up next', 'next up', 'line up song', 'play later', 'play next',
      'queue up', 'queue song', 'queue track'],
    terms: ['queue', 'add', 'player'],
  },
  {
    phrases: ['shuffle', 'random order', 'mix up', 'randomize', 'randomise', 'shuffle play'],
    terms: ['shuffle', 'player', 'state'],
  },
  {
    phrases: ['repeat song', 'repeat track', 'loop song', 'loop playlist', 'repeat mode', 'repeat playlist',
      'put song on repeat'],
    terms: ['repeat', 'mode', 'state', 'player'],
  },
  {
    phrases: ['louder', 'quieter', 'turn up music', 'turn down music', 'crank up', 'softer', 'volume up',
      'volume down', 'lower volume', 'raise volume', 'pump up volume', 'mute music'],
    terms: ['volume', 'player', 'percent'],
  },
  {
    phrases: ['seek', 'jump to', 'fast forward', 'rewind', 'go to minute', 'scrub', 'skip ahead seconds', 'jump ahead'],
    terms: ['seek', 'position', 'positionms', 'player'],
  },
  {
    phrases: ['speakers', 'switch device', 'move playback', 'cast', 'play on speaker', 'airplay', 'connect speaker',
      'play on phone', 'transfer playback', 'play on tv'],
    terms: ['devices', 'device', 'transfer', 'playback'],
  },
  {
    phrases: ['now playing', 'currently playing', 'song playing', 'current song', 'current track', 'whats playing'],
    terms: ['currently', 'playing', 'player', 'track'],
  },
  {
    phrases: ['player state', 'playback state', 'player status', 'playback status', 'playback info'],
    terms: ['player', 'playback', 'state'],
  },
  {
    phrases: ['recently played', 'listening history', 'last played', 'played lately', 'recent listens', 'recent songs',
      'songs played today', 'recently listened'],
    terms: ['recently', 'played', 'history', 'player'],
  },
  {
    phrases: ['top artists', 'favorite artists', 'favourite artists', 'most listened artists', 'most played artists',
      'artists listen most'],
    terms: ['top', 'artists', 'affinity'],
  },
  {
    phrases: ['top tracks', 'top songs', 'most played', 'most listened', 'most played songs', 'songs listen most',
      'wrapped'],
    terms: ['top', 'tracks', 'affinity'],
  },
  {
    phrases: ['recommend', 'recommendations', 'suggest songs', 'similar songs', 'songs like', 'discover',
      'something new listen', 'radio', 'more like', 'song suggestions', 'music suggestions'],
    terms: ['recommendations', 'seed', 'related'],
  },
  {
    phrases: ['similar artists', 'artists like', 'related artists', 'sounds like', 'fans also like'],
    terms: ['related', 'artists', 'similar'],
  },
  {
    phrases: ['playlist', 'mixtape', 'setlist', 'compilation', 'song list', 'music list'],
    terms: ['playlist', 'playlists'],
  },
  {
    phrases: ['add to playlist', 'put in playlist', 'add song to playlist', 'throw on playlist',
      'add track to playlist'],
    terms: ['playlist', 'tracks', 'items', 'add'],
  },
  {
    phrases: ['remove from playlist', 'take off playlist', 'drop from playlist', 'delete from playlist',
      'remove song from playlist'],
    terms: ['playlist', 'tracks', 'items', 'remove'],
  },
  {
    phrases: ['reorder playlist', 'rearrange playlist', 'move song in playlist', 'change playlist order'],
    terms: ['playlist', 'reorder', 'position', 'items'],
  },
  {
    phrases: ['playlist cover', 'cover art', 'playlist image', 'album art', 'artwork', 'album cover'],
    terms: ['cover', 'image', 'images'],
  },
  {
    phrases: ['follow artist', 'follow band', 'follow musician', 'subscribe to artist'],
    terms: ['follow', 'following', 'artist'],
  },
  {
    phrases: ['follow playlist', 'subscribe playlist', 'save playlist', 'add playlist library'],
    terms: ['follow', 'followers', 'playlist'],
  },
  {
    phrases: ['liked songs', 'save song', 'heart song', 'favorite song', 'favourite song', 'library', 'saved tracks'],
    terms: ['saved', 'library', 'tracks', 'save'],
  },
  {
    phrases: ['save album', 'liked albums', 'album library', 'add album to library'],
    terms: ['saved', 'albums', 'library'],
  },
  {
    phrases: ['unlike', 'unsave', 'remove from library', 'unheart', 'remove from liked', 'remove saved'],
    terms: ['remove', 'saved', 'unlike', 'library'],
  },
  {
    phrases: ['already liked', 'already saved', 'check saved', 'check liked'],
    terms: ['contains', 'saved', 'check', 'library'],
  },
  { phrases: ['song', 'tune'], terms: ['track', 'tracks'] },
  { phrases: ['lp', 'ep', 'full length', 'record album'], terms: ['album', 'albums'] },
  { phrases: ['band', 'singer', 'musician', 'rapper', 'performer', 'composer', 'dj'], terms: ['artist', 'artists'] },
  { phrases: ['podcast', 'podcast show'], terms: ['show', 'shows', 'podcast', 'episodes'] },
  {
    phrases: ['search song', 'find song', 'look up artist', 'find album', 'find artist', 'search music', 'find track'],
    terms: ['search', 'track', 'artist', 'album'],
  },
  {
    phrases: ['new music', 'new releases', 'new albums', 'fresh music', 'just dropped', 'new songs'],
    terms: ['new', 'releases', 'browse'],
  },
  {
    phrases: ['genre', 'music style', 'music category', 'mood', 'vibe'],
    terms: ['genre', 'genres', 'categories', 'seeds'],
  },
  {
    phrases: ['featured playlists', 'editorial playlists', 'curated playlists', 'popular playlists'],
    terms: ['featured', 'playlists', 'browse'],
  },
  {
    phrases: ['follower count', 'how many followers', 'fans', 'fan base', 'fanbase', 'follower list', 'audience size'],
    terms: ['followers', 'follower', 'total'],
  },

  // Video and streaming: uploads, channels, captions, ratings and live broadcasts (YouTube, Vimeo, Twitch).
  {
    phrases: ['upload video', 'post video', 'publish video', 'put video up', 'put up video', 'share video',
      'new video'],
    terms: ['videos', 'video', 'insert', 'upload'],
  },
  {
    phrases: ['subscribe to channel', 'follow channel', 'sub channel'],
    terms: ['subscription', 'subscriptions', 'subscribe', 'channel'],
  },
  {
    phrases: ['unsubscribe from channel', 'unfollow channel', 'unsub channel'],
    terms: ['subscriptions', 'delete', 'unsubscribe', 'channel'],
  },
  {
    phrases: ['comment on video', 'video comment', 'youtube comment', 'comment thread'],
    terms: ['comment', 'commentthreads', 'comments', 'video'],
  },
  {
    phrases: ['caption', 'subtitles', 'closed captions', 'transcript', 'srt', 'captions file'],
    terms: ['caption', 'captions', 'subtitle', 'transcript'],
  },
  {
    phrases: ['like video', 'thumbs up video', 'dislike', 'thumbs down', 'rate video', 'upvote video', 'dislike video'],
    terms: ['rate', 'rating', 'like', 'dislike'],
  },
  {
    phrases: ['go live', 'livestream', 'live stream', 'stream live', 'live broadcast', 'start stream',
      'broadcast live', 'live event'],
    terms: ['livebroadcasts', 'broadcast', 'live', 'stream'],
  },
  {
    phrases: ['end stream', 'stop stream', 'end broadcast', 'go offline', 'end live'],
    terms: ['transition', 'complete', 'broadcast', 'stream'],
  },
  {
    phrases: ['video thumbnail', 'custom thumbnail', 'cover image', 'set thumbnail', 'thumbnail image'],
    terms: ['thumbnails', 'thumbnail', 'set'],
  },
  {
    phrases: ['view count', 'how many views', 'watch time', 'video stats', 'video analytics', 'video performance',
      'number of views'],
    terms: ['statistics', 'views', 'analytics', 'reports'],
  },
  {
    phrases: ['unlisted', 'private video', 'make video private', 'video privacy', 'hide video'],
    terms: ['privacy', 'status', 'privacystatus'],
  },
  {
    phrases: ['youtube channel', 'channel info', 'channel stats', 'channel details'],
    terms: ['channels', 'channel', 'mine'],
  },
  {
    phrases: ['video playlist', 'youtube playlist', 'watch later', 'add to watch later', 'playlist item'],
    terms: ['playlists', 'playlistitems', 'playlist', 'items'],
  },
  { phrases: ['clip', 'highlight clip', 'make clip', 'create clip', 'short clip'], terms: ['clip', 'clips'] },
  {
    phrases: ['stream title', 'stream category', 'what game', 'game playing', 'channel information'],
    terms: ['channel', 'information', 'title', 'game'],
  },
  {
    phrases: ['vod', 'past broadcast', 'video on demand', 'stream archive', 'old streams'],
    terms: ['videos', 'archive', 'vod'],
  },

  // Code hosting: repositories, issues, pull requests, branches and releases (GitHub, GitLab, Bitbucket).
  {
    phrases: ['codebase', 'source code', 'git repo', 'code repo', 'git project'],
    terms: ['repository', 'repositories', 'project'],
  },
  { phrases: ['fork', 'make fork', 'copy repo', 'own copy of repo', 'fork repo'], terms: ['fork', 'forks'] },
  { phrases: ['star repo', 'give star', 'star project'], terms: ['star', 'starred', 'stargazers'] },
  {
    phrases: ['watch repo', 'notifications for repo', 'follow repo', 'subscribe to repo', 'unwatch', 'unwatch repo'],
    terms: ['subscription', 'watch', 'watching', 'watchers'],
  },
  {
    phrases: ['file bug', 'report bug', 'log bug', 'raise issue', 'open issue', 'submit bug', 'file issue', 'open bug',
      'file ticket', 'new bug'],
    terms: ['issue', 'issues', 'create'],
  },
  {
    phrases: ['bug', 'defect', 'feature request', 'bug report', 'enhancement request', 'problem report', 'glitch'],
    terms: ['issue', 'issues', 'bug'],
  },
  {
    phrases: ['close issue', 'close bug', 'mark fixed', 'resolve issue', 'close out', 'wontfix', 'wont fix',
      'fixed bug'],
    terms: ['close', 'state', 'closed', 'update'],
  },
  {
    phrases: ['reopen', 'open again', 'reopen issue', 'unclose', 'reopen bug', 'reopen ticket'],
    terms: ['reopen', 'open', 'state'],
  },
  {
    phrases: ['lock conversation', 'lock thread', 'lock issue', 'freeze discussion', 'stop comments',
      'disable comments'],
    terms: ['lock', 'locked', 'conversation'],
  },
  { phrases: ['milestone', 'release target', 'version target', 'target release'], terms: ['milestone', 'milestones'] },
  {
    phrases: ['merge request', 'mr', 'pull request', 'pullrequest', 'change request', 'code change'],
    terms: ['pull', 'request', 'merge'],
  },
  {
    phrases: ['open pr', 'propose changes', 'submit changes', 'send pr', 'raise pr', 'put up pr', 'create pr',
      'new pr'],
    terms: ['pull', 'pulls', 'create'],
  },
  {
    phrases: ['code review', 'look over code', 'leave review', 'critique code', 'review pr', 'review code',
      'pr review'],
    terms: ['review', 'reviews'],
  },
  {
    phrases: ['approve pr', 'approve changes', 'sign off pr', 'approve merge request'],
    terms: ['review', 'approve', 'approval', 'event'],
  },
  {
    phrases: ['request changes', 'ask for changes', 'needs work', 'block pr'],
    terms: ['review', 'request', 'changes', 'event'],
  },
  {
    phrases: ['request review', 'ask for review', 'get review', 'add reviewer', 'tag reviewer', 'assign reviewer',
      'review request', 'reviewers'],
    terms: ['requested', 'reviewers', 'request', 'review'],
  },
  {
    phrases: ['dismiss review', 'dismiss approval', 'withdraw review', 'invalidate review'],
    terms: ['dismiss', 'dismissal', 'review'],
  },
  {
    phrases: ['merge pr', 'land pr', 'squash and merge', 'squash', 'rebase and merge', 'ship pr', 'merge branch'],
    terms: ['merge', 'merged'],
  },
  {
    phrases: ['auto merge', 'merge when ready', 'merge when green', 'merge queue', 'automerge',
      'merge when checks pass'],
    terms: ['auto', 'merge', 'automerge', 'queue'],
  },
  {
    phrases: ['update branch', 'sync with main', 'bring up to date', 'rebase', 'pull in main', 'catch up with main'],
    terms: ['update', 'branch', 'rebase'],
  },
  {
    phrases: ['draft pr', 'work in progress', 'ready for review', 'mark ready', 'mark draft'],
    terms: ['draft', 'ready', 'review'],
  },
  {
    phrases: ['new branch', 'create branch', 'cut branch', 'start branch', 'make branch', 'branch off',
      'feature branch'],
    terms: ['ref', 'refs', 'branch', 'create'],
  },
  {
    phrases: ['delete branch', 'remove branch', 'clean up branch', 'prune branch', 'stale branches'],
    terms: ['ref', 'delete', 'branch', 'branches'],
  },
  {
    phrases: ['default branch', 'main branch', 'master branch', 'trunk', 'primary branch'],
    terms: ['default', 'branch', 'main'],
  },
  {
    phrases: ['branch protection', 'protect branch', 'require reviews', 'require checks', 'lock branch', 'ruleset',
      'branch rules'],
    terms: ['protection', 'protected', 'branch', 'ruleset'],
  },
  { phrases: ['git tag', 'version tag', 'tag release', 'tag commit', 'create tag'], terms: ['tag', 'tags', 'ref'] },
  {
    phrases: ['cut release', 'ship version', 'publish version', 'new version', 'version release', 'ship release'],
    terms: ['release', 'releases'],
  },
  { phrases: ['release notes', 'changelog for release', 'generate notes'], terms: ['release', 'notes', 'generate'] },
  {
    phrases: ['release asset', 'release binary', 'attach binary', 'download binary', 'release file',
      'release download'],
    terms: ['release', 'asset', 'assets'],
  },
  {
    phrases: ['latest release', 'newest version', 'current version', 'latest version', 'most recent release'],
    terms: ['latest', 'release'],
  },
  {
    phrases: ['commit history', 'git log', 'code history', 'changeset', 'recent commits', 'list commits'],
    terms: ['commits', 'commit', 'history'],
  },
  {
    phrases: ['compare', 'diff', 'difference', 'changed between', 'compare branches', 'compare versions',
      'compare commits'],
    terms: ['compare', 'diff', 'basehead'],
  },
  {
    phrases: ['source file', 'file in repo', 'raw content', 'read repo file', 'get file content'],
    terms: ['contents', 'content', 'file', 'blob'],
  },
  {
    phrases: ['commit file', 'edit file in repo', 'update file in repo', 'change file in repo', 'push file',
      'create file in repo', 'write file repo'],
    terms: ['contents', 'file', 'create', 'update'],
  },
  {
    phrases: ['file tree', 'directory listing', 'folder structure', 'list files in repo', 'repo structure'],
    terms: ['tree', 'trees', 'contents'],
  },
  { phrases: ['readme', 'read me', 'project description file'], terms: ['readme'] },
  { phrases: ['licence', 'open source license', 'software license', 'repo license'], terms: ['license', 'licenses'] },
  { phrases: ['repo topics', 'repository tags'], terms: ['topics', 'topic'] },
  {
    phrases: ['language breakdown', 'languages used', 'programming languages', 'code languages', 'tech stack'],
    terms: ['languages', 'language'],
  },
  {
    phrases: ['contributors', 'who contributed', 'committers', 'code authors', 'top contributors'],
    terms: ['contributors', 'stats', 'contributor'],
  },
  {
    phrases: ['repo traffic', 'page views', 'popular content', 'referrers', 'referring sites'],
    terms: ['traffic', 'views', 'clones', 'referrers'],
  },
  {
    phrases: ['gist', 'snippet', 'code snippet', 'pastebin', 'share code'],
    terms: ['gist', 'gists', 'snippet', 'snippets'],
  },
  {
    phrases: ['search code', 'grep', 'find in code', 'where defined', 'code search', 'find usage', 'search source',
      'grep repo'],
    terms: ['search', 'code'],
  },
  {
    phrases: ['find repo', 'search repositories', 'discover repos', 'similar projects', 'find project'],
    terms: ['search', 'repositories'],
  },
  {
    phrases: ['collaborator', 'add collaborator', 'give repo access', 'add to repo', 'invite to repo',
      'outside collaborator', 'repo access', 'contributor access'],
    terms: ['collaborator', 'collaborators', 'permission', 'invitation'],
  },
  {
    phrases: ['transfer repo', 'move repo', 'give repo to', 'change repo owner'],
    terms: ['transfer', 'repository', 'owner'],
  },
  {
    phrases: ['template repo', 'generate from template', 'use template', 'starter repo', 'repo from template'],
    terms: ['template', 'generate'],
  },
  {
    phrases: ['changed files', 'files changed', 'pr diff', 'changes in pr', 'pr files', 'modified files'],
    terms: ['files', 'diff', 'changes'],
  },
  {
    phrases: ['inline comment', 'line comment', 'comment on line', 'review comment', 'code comment',
      'suggested change'],
    terms: ['review', 'comments', 'line', 'position'],
  },
  {
    phrases: ['resolve conversation', 'resolve thread', 'mark thread resolved', 'resolve discussion'],
    terms: ['resolve', 'thread', 'resolved', 'discussion'],
  },
  { phrases: ['merge conflict', 'conflicts', 'mergeable', 'merge status'], terms: ['mergeable', 'conflict', 'merge'] },
  {
    phrases: ['sub issue', 'subtask', 'child issue', 'child task', 'sub task'],
    terms: ['subtask', 'subtasks', 'child', 'parent'],
  },
  { phrases: ['discussion', 'forum post', 'community question', 'forum thread'], terms: ['discussion', 'discussions'] },
  {
    phrases: ['docker image', 'container image', 'npm package', 'package registry', 'container registry',
      'image registry', 'published package'],
    terms: ['package', 'packages', 'registry', 'image'],
  },
  {
    phrases: ['vulnerability', 'vulnerable dependency', 'cve', 'security alert', 'dependabot', 'security advisory'],
    terms: ['vulnerability', 'alerts', 'dependabot', 'advisory'],
  },
  {
    phrases: ['code scanning', 'static analysis', 'sast', 'codeql', 'security scan'],
    terms: ['code', 'scanning', 'alerts', 'analyses'],
  },
  {
    phrases: ['leaked secret', 'exposed secret', 'secret scanning', 'leaked credential', 'leaked token',
      'committed password'],
    terms: ['secret', 'scanning', 'alerts'],
  },
  {
    phrases: ['github app', 'installation', 'installed apps', 'app install', 'integration install', 'app installation'],
    terms: ['installation', 'installations', 'app'],
  },
  {
    phrases: ['rate limit', 'api quota', 'requests left', 'throttle', 'api limit', 'remaining requests',
      'too many requests'],
    terms: ['rate', 'limit', 'ratelimit', 'quota'],
  },
  {
    phrases: ['report status', 'set status check', 'mark commit passing', 'post build result', 'commit status',
      'status check'],
    terms: ['status', 'statuses', 'check', 'create'],
  },
  {
    phrases: ['ci checks', 'green check', 'check suite', 'test results', 'build checks'],
    terms: ['check', 'checks', 'runs', 'suite'],
  },
  {
    phrases: ['github pages', 'static site hosting', 'docs site', 'pages site', 'project site'],
    terms: ['pages', 'site', 'build'],
  },
  {
    phrases: ['activity feed', 'recent activity', 'activity stream', 'event stream', 'public activity'],
    terms: ['events', 'activity', 'feed'],
  },
  {
    phrases: ['ssh key', 'public key', 'gpg key', 'signing key', 'ssh public key'],
    terms: ['ssh', 'key', 'keys', 'gpg'],
  },
  {
    phrases: ['deploy key', 'ssh key for repo', 'read only key', 'machine key', 'repo ssh key'],
    terms: ['deploy', 'key', 'keys'],
  },
  {
    phrases: ['webhook', 'hook', 'callback url', 'event subscription', 'notify url', 'http callback', 'payload url',
      'web hook'],
    terms: ['webhook', 'webhooks', 'hook', 'hooks'],
  },
  {
    phrases: ['redeliver', 'resend webhook', 'failed webhook', 'replay webhook', 'webhook log', 'webhook deliveries',
      'webhook history'],
    terms: ['deliveries', 'redeliver', 'attempts', 'delivery'],
  },
  {
    phrases: ['ping webhook', 'test webhook', 'trigger test webhook', 'send test event'],
    terms: ['ping', 'test', 'webhook', 'hook'],
  },

  // CI/CD: workflows, pipelines, runs, artifacts, secrets and variables (GitHub Actions, GitLab CI, CircleCI).
  {
    phrases: ['ci', 'github action', 'build pipeline', 'ci pipeline', 'ci config', 'workflow file'],
    terms: ['workflow', 'workflows', 'actions', 'pipeline'],
  },
  {
    phrases: ['kick off', 'trigger', 'run workflow', 'start workflow', 'launch workflow', 'manually trigger',
      'start pipeline', 'trigger pipeline', 'kick off build', 'trigger build', 'run pipeline', 'kick off workflow',
      'kick off deploy', 'fire off workflow'],
    terms: ['dispatch', 'dispatches', 'trigger', 'run'],
  },
  {
    phrases: ['workflow run', 'pipeline run', 'ci run', 'ci build', 'build history', 'ci status', 'ci result',
      'run history', 'latest run', 'last build'],
    terms: ['run', 'runs', 'status', 'pipeline'],
  },
  {
    phrases: ['rerun', 're run', 'run again', 'retry build', 'retry job', 'retry workflow', 'restart build', 'rebuild',
      'retrigger', 're trigger', 'rerun failed', 'retry pipeline'],
    terms: ['rerun', 'retry', 'rebuild', 'failed'],
  },
  {
    phrases: ['cancel run', 'cancel build', 'stop build', 'abort build', 'stop pipeline', 'kill build',
      'cancel workflow', 'abort run', 'stop job', 'kill job', 'cancel pipeline', 'cancel job'],
    terms: ['cancel', 'run', 'job', 'pipeline'],
  },
  {
    phrases: ['build log', 'job log', 'console output', 'ci logs', 'build output', 'why build failed', 'run logs',
      'job output', 'pipeline logs'],
    terms: ['logs', 'log', 'output', 'trace'],
  },
  { phrases: ['build artifact', 'compiled binary', 'build file', 'download build'], terms: ['artifact', 'artifacts'] },
  {
    phrases: ['api secret', 'credential', 'sensitive variable', 'encrypted variable', 'ci secret', 'repo secret',
      'password for ci'],
    terms: ['secret', 'secrets', 'credential'],
  },
  {
    phrases: ['env var', 'environment variable', 'env variable', 'config var', 'dotenv', 'ci variable'],
    terms: ['variable', 'variables', 'env', 'vars'],
  },
  {
    phrases: ['runner', 'build agent', 'ci agent', 'build machine', 'self hosted runner', 'build server'],
    terms: ['runner', 'runners', 'agent'],
  },
  { phrases: ['build cache', 'ci cache', 'dependency cache', 'actions cache'], terms: ['cache', 'caches'] },
  {
    phrases: ['pipeline schedule', 'nightly build', 'scheduled pipeline', 'scheduled build', 'scheduled workflow',
      'run nightly', 'run every night'],
    terms: ['schedule', 'schedules', 'cron', 'pipeline'],
  },
  { phrases: ['ci jobs', 'pipeline jobs', 'build step', 'job steps'], terms: ['job', 'jobs', 'steps'] },
  {
    phrases: ['approve deployment', 'pending deployment', 'deployment approval', 'manual approval', 'approve job',
      'gate'],
    terms: ['pending', 'deployments', 'review', 'approve'],
  },
  {
    phrases: ['disable workflow', 'turn off workflow', 'pause workflow', 'enable workflow', 'turn on workflow'],
    terms: ['workflow', 'disable', 'enable'],
  },

  // Deployment and hosting: deploys, rollbacks, environments, domains and builds (Vercel, Netlify, Heroku, Render).
  {
    phrases: ['ship to prod', 'push to prod', 'go live', 'release to production', 'roll out', 'rollout', 'launch',
      'push live', 'ship code', 'put in production'],
    terms: ['deploy', 'deployment', 'deployments', 'release'],
  },
  {
    phrases: ['rollback', 'roll back', 'revert deploy', 'undo deploy', 'previous deployment', 'undo release',
      'restore previous version', 'back to last deploy', 'revert release'],
    terms: ['rollback', 'revert', 'restore', 'promote'],
  },
  {
    phrases: ['promote to production', 'make production', 'push to production', 'move to prod', 'promote build'],
    terms: ['promote', 'promotion', 'production'],
  },
  {
    phrases: ['deploy status', 'did deploy work', 'deploy succeed', 'deploy done', 'deployment status', 'build status',
      'deploy failed', 'deployment state'],
    terms: ['deployment', 'status', 'statuses', 'state'],
  },
  {
    phrases: ['production', 'prod', 'dev environment', 'preview environment', 'test environment',
      'sandbox environment', 'staging environment', 'staging server'],
    terms: ['environment', 'environments', 'target'],
  },
  {
    phrases: ['preview deploy', 'deploy preview', 'preview url', 'branch deploy', 'preview link', 'preview build'],
    terms: ['preview', 'deploy', 'branch', 'deployment'],
  },
  {
    phrases: ['redeploy', 'deploy again', 'retrigger deploy', 'deploy latest', 'redeploy site'],
    terms: ['redeploy', 'deploy', 'deployment', 'create'],
  },
  {
    phrases: ['build hook', 'deploy hook', 'trigger rebuild', 'rebuild site', 'deploy trigger url'],
    terms: ['build', 'hook', 'hooks', 'deploy'],
  },
  {
    phrases: ['website', 'web site', 'static site', 'netlify site', 'web project', 'vercel project'],
    terms: ['site', 'sites', 'project', 'projects'],
  },
  {
    phrases: ['web app', 'heroku app', 'web service', 'hosted app', 'render service'],
    terms: ['app', 'apps', 'service', 'services'],
  },
  {
    phrases: ['compile', 'bundle', 'build job', 'build app', 'build project', 'production build'],
    terms: ['build', 'builds'],
  },
  {
    phrases: ['dyno', 'process type', 'worker process', 'web process', 'dyno size'],
    terms: ['dyno', 'dynos', 'formation', 'process'],
  },
  {
    phrases: ['addon', 'plugin', 'marketplace app', 'attached service'],
    terms: ['addon', 'addons', 'plugin', 'extension'],
  },
  {
    phrases: ['maintenance mode', 'maintenance page', 'take site down', 'down for maintenance', 'under maintenance'],
    terms: ['maintenance'],
  },
  {
    phrases: ['url redirect', 'rewrite rule', '301 redirect', 'forward url', 'redirect rule'],
    terms: ['redirect', 'redirects', 'rewrite', 'rules'],
  },
  {
    phrases: ['serverless function', 'lambda', 'cloud function', 'edge function', 'faas', 'worker script',
      'cloudflare worker', 'lambda function'],
    terms: ['function', 'functions', 'lambda', 'worker'],
  },
  {
    phrases: ['invoke', 'invoke function', 'call function', 'execute function', 'run lambda', 'trigger lambda',
      'run function'],
    terms: ['invoke', 'invocation', 'execute', 'run'],
  },
  {
    phrases: ['custom domain', 'domain alias', 'point domain to site', 'add domain to site', 'connect domain'],
    terms: ['domain', 'domains', 'alias', 'aliases'],
  },
  { phrases: ['deploy log', 'deployment logs', 'deploy output'], terms: ['deployment', 'logs', 'events', 'build'] },

  // Projects and tasks: tasks, boards, lists, sprints and time tracking (Asana, Trello, Jira, Linear, ClickUp).
  { phrases: ['todo', 'action item', 'work item', 'chore', 'todo item'], terms: ['task', 'tasks', 'todo'] },
  {
    phrases: ['add task', 'new task', 'create todo', 'add todo', 'jot down task', 'track task', 'create task'],
    terms: ['task', 'tasks', 'create'],
  },
  {
    phrases: ['mark done', 'mark complete', 'finish task', 'check off', 'tick off', 'mark finished', 'done with',
      'cross off', 'close task', 'complete task', 'task done'],
    terms: ['complete', 'completed', 'done', 'close'],
  },
  {
    phrases: ['mark incomplete', 'mark not done', 'uncheck', 'undo complete', 'reopen task', 'untick', 'not done yet'],
    terms: ['incomplete', 'completed', 'uncomplete', 'reopen'],
  },
  { phrases: ['trello card', 'sticky note', 'kanban card', 'board card'], terms: ['card', 'cards'] },
  {
    phrases: ['kanban', 'kanban board', 'project board', 'scrum board', 'trello board', 'task board'],
    terms: ['board', 'boards'],
  },
  {
    phrases: ['lane', 'swimlane', 'kanban column', 'trello list', 'board column', 'board list'],
    terms: ['list', 'lists', 'column', 'section'],
  },
  { phrases: ['task group', 'project section', 'heading in project'], terms: ['section', 'sections'] },
  {
    phrases: ['move card', 'move to column', 'drag card', 'move to done', 'move task to', 'move to list',
      'move to section'],
    terms: ['move', 'list', 'column', 'section'],
  },
  {
    phrases: ['checklist', 'check list', 'todo list', 'check items', 'checklist item', 'sub items'],
    terms: ['checklist', 'checklists', 'checkitem', 'checkitems'],
  },
  { phrases: ['put on task', 'task owner', 'responsible person'], terms: ['assignee', 'assign', 'members', 'owner'] },
  { phrases: ['due date', 'deadline', 'target date', 'due soon'], terms: ['due', 'dueon', 'duedate', 'deadline'] },
  {
    phrases: ['overdue', 'late tasks', 'past due', 'missed deadline', 'behind schedule'],
    terms: ['overdue', 'due', 'late'],
  },
  { phrases: ['start date', 'begin date', 'kickoff date'], terms: ['start', 'startdate', 'starton', 'dates'] },
  {
    phrases: ['urgent', 'urgency', 'importance', 'high priority', 'p0', 'p1', 'critical'],
    terms: ['priority', 'severity', 'urgency'],
  },
  {
    phrases: ['sprint', 'iteration', 'timebox', 'current sprint', 'active sprint', 'next sprint'],
    terms: ['sprint', 'sprints', 'iteration', 'cycle'],
  },
  { phrases: ['epic', 'initiative', 'big feature', 'parent issue'], terms: ['epic', 'epics', 'initiative', 'parent'] },
  { phrases: ['user story', 'story ticket'], terms: ['story', 'issue'] },
  {
    phrases: ['ticket', 'jira ticket', 'jira card', 'jira task', 'jira issue', 'work ticket'],
    terms: ['ticket', 'issue', 'issues'],
  },
  {
    phrases: ['move to in progress', 'change status', 'move status', 'mark in progress', 'start working on',
      'move to review', 'workflow status', 'progress ticket', 'move forward', 'advance ticket'],
    terms: ['transition', 'transitions', 'status', 'state'],
  },
  {
    phrases: ['watcher', 'watch issue', 'follow issue', 'subscribe to issue', 'keep posted', 'follow task'],
    terms: ['watchers', 'followers', 'subscription', 'watch'],
  },
  {
    phrases: ['log time', 'time spent', 'track time', 'hours worked', 'timesheet', 'time entry', 'log hours',
      'time tracking', 'billable hours', 'time logged'],
    terms: ['worklog', 'worklogs', 'time', 'entries'],
  },
  {
    phrases: ['start timer', 'stop timer', 'running timer', 'timer', 'stopwatch'],
    terms: ['timer', 'time', 'entry', 'running'],
  },
  { phrases: ['portfolio', 'collection of projects', 'project portfolio'], terms: ['portfolio', 'portfolios'] },
  { phrases: ['goal', 'okr', 'key result', 'target metric'], terms: ['goal', 'goals', 'objective'] },
  {
    phrases: ['depends on', 'blocker', 'prerequisite', 'task dependency'],
    terms: ['dependencies', 'dependents', 'blocked', 'link'],
  },
  {
    phrases: ['link issues', 'relate issues', 'link ticket', 'issue link', 'connect tickets'],
    terms: ['issuelink', 'link', 'relation', 'related'],
  },
  {
    phrases: ['custom field', 'extra field', 'custom property', 'custom attribute', 'custom column'],
    terms: ['custom', 'field', 'fields', 'customfield'],
  },
  { phrases: ['backlog', 'icebox', 'someday list', 'unplanned', 'groomed'], terms: ['backlog'] },
  {
    phrases: ['jql', 'issue query', 'filter issues', 'search issues', 'saved filter', 'search tickets', 'find tickets'],
    terms: ['search', 'jql', 'filter'],
  },
  {
    phrases: ['fix version', 'release version', 'affected version', 'project version'],
    terms: ['version', 'versions', 'fixversion'],
  },
  { phrases: ['overview', 'home page', 'control panel', 'gadget'], terms: ['dashboard', 'dashboards'] },
  { phrases: ['tasks assigned to me', 'assigned to me'], terms: ['assignee', 'me', 'mytasks', 'assigned'] },
  {
    phrases: ['task history', 'task activity', 'activity on task', 'task changes', 'issue history', 'ticket history'],
    terms: ['stories', 'history', 'activity', 'changelog'],
  },
  {
    phrases: ['archive card', 'close card', 'archive list', 'close board', 'archive board'],
    terms: ['closed', 'archive', 'close'],
  },
  {
    phrases: ['move to board', 'move card to board', 'move to another board', 'move to project'],
    terms: ['move', 'board', 'idboard', 'project'],
  },
  {
    phrases: ['story points', 'effort', 'size estimate', 'tshirt size'],
    terms: ['estimate', 'points', 'story', 'estimation'],
  },
  { phrases: ['triage', 'inbox triage', 'incoming issues', 'untriaged', 'needs triage'], terms: ['triage'] },
  {
    phrases: ['roadmap', 'timeline view', 'gantt', 'gantt chart', 'project timeline', 'plan view'],
    terms: ['roadmap', 'timeline', 'plan'],
  },
  {
    phrases: ['project status update', 'status report', 'project update', 'weekly update', 'progress update'],
    terms: ['status', 'update', 'updates', 'project'],
  },
  {
    phrases: ['team member project', 'project members', 'add to project', 'remove from project', 'project access'],
    terms: ['project', 'members', 'membership', 'addmembers'],
  },
  {
    phrases: ['recurring task', 'repeating task', 'task every week'],
    terms: ['recurring', 'recurrence', 'repeat', 'task'],
  },
  {
    phrases: ['reorder tasks', 'move task up', 'task order', 'rank task', 'prioritize list'],
    terms: ['rank', 'order', 'position', 'insert'],
  },

  // CRM: contacts, leads, deals, companies and activities (HubSpot, Salesforce, Pipedrive, Zoho, Close, Copper).
  {
    phrases: ['customer record', 'address book', 'rolodex', 'contact card', 'phonebook', 'contact info',
      'contact details'],
    terms: ['contact', 'contacts', 'people', 'person'],
  },
  {
    phrases: ['prospect', 'potential customer', 'sales lead', 'inbound lead', 'cold lead', 'warm lead'],
    terms: ['lead', 'leads', 'prospect'],
  },
  {
    phrases: ['convert lead', 'qualify lead', 'lead to customer', 'turn into customer', 'lead conversion'],
    terms: ['convert', 'conversion', 'lead', 'qualify'],
  },
  {
    phrases: ['opportunity', 'sales deal', 'pipeline deal', 'opp', 'oppty', 'sales opportunity', 'potential sale'],
    terms: ['deal', 'deals', 'opportunity', 'opportunities'],
  },
  {
    phrases: ['deal stage', 'pipeline stage', 'sales stage', 'move deal', 'deal status', 'advance deal',
      'deal progress'],
    terms: ['stage', 'dealstage', 'pipeline', 'status'],
  },
  {
    phrases: ['closed won', 'won deal', 'win deal', 'close deal', 'closed lost', 'lost deal', 'mark won', 'mark lost'],
    terms: ['won', 'lost', 'stage', 'closed'],
  },
  {
    phrases: ['sales pipeline', 'funnel', 'sales funnel', 'deal pipeline'],
    terms: ['pipeline', 'pipelines', 'stages'],
  },
  {
    phrases: ['firm', 'client company', 'customer company', 'organisation', 'account record', 'company record',
      'employer'],
    terms: ['company', 'companies', 'account', 'organization'],
  },
  {
    phrases: ['associate', 'link contact to', 'connect records', 'relate records', 'link to company', 'association',
      'link records'],
    terms: ['association', 'associations', 'associate'],
  },
  { phrases: ['log note', 'add note', 'jot down', 'memo'], terms: ['note', 'notes', 'engagement'] },
  {
    phrases: ['log call', 'log meeting', 'log email', 'log activity', 'engagement', 'touchpoint', 'interaction',
      'sales activity'],
    terms: ['engagement', 'engagements', 'activity', 'activities'],
  },
  {
    phrases: ['account owner', 'rep', 'sales rep', 'account manager', 'assigned rep', 'contact owner', 'deal owner'],
    terms: ['owner', 'owners', 'ownerid'],
  },
  {
    phrases: ['crm field', 'contact field', 'hubspot property', 'deal property', 'contact property', 'crm property'],
    terms: ['property', 'properties', 'schema'],
  },
  {
    phrases: ['find contact by email', 'lookup contact', 'search contacts', 'contact by email', 'find contact',
      'search crm'],
    terms: ['search', 'contact', 'email', 'filter'],
  },
  {
    phrases: ['merge contacts', 'merge companies', 'duplicate contacts', 'combine contacts', 'merge records'],
    terms: ['merge', 'duplicate', 'contacts'],
  },
  {
    phrases: ['gdpr delete', 'right to be forgotten', 'erase personal data', 'delete personal data', 'privacy request',
      'data deletion request', 'forget me'],
    terms: ['gdpr', 'privacy', 'erase', 'delete'],
  },
  {
    phrases: ['consent', 'marketing consent', 'permission to email', 'opt in status', 'subscription preferences',
      'email preferences', 'communication preferences'],
    terms: ['consent', 'subscription', 'preferences', 'status'],
  },
  {
    phrases: ['lifecycle stage', 'customer stage', 'mql', 'sql lead', 'marketing qualified', 'sales qualified'],
    terms: ['lifecycle', 'lifecyclestage', 'stage'],
  },
  { phrases: ['lead score', 'score lead', 'hot lead', 'engagement score'], terms: ['score', 'scoring'] },
  { phrases: ['support case', 'service case', 'customer case'], terms: ['case', 'cases', 'ticket'] },
  {
    phrases: ['soql', 'query records', 'sobject', 'salesforce query', 'record type'],
    terms: ['query', 'sobject', 'soql', 'sobjects'],
  },
  {
    phrases: ['field list', 'schema', 'object fields', 'describe object', 'data model', 'object metadata'],
    terms: ['describe', 'schema', 'fields', 'metadata'],
  },
  {
    phrases: ['blog post', 'post on blog', 'blog entry', 'blog article', 'write blog'],
    terms: ['blog', 'post', 'posts', 'article'],
  },
  { phrases: ['cms page', 'website page', 'web page', 'site page', 'webpage'], terms: ['page', 'pages', 'site'] },
  { phrases: ['visitor', 'anonymous user', 'website visitor', 'site visitor'], terms: ['visitor', 'visitors', 'lead'] },
  {
    phrases: ['support agent', 'staff member', 'support staff', 'operator'],
    terms: ['admin', 'admins', 'agent', 'teammate'],
  },
  {
    phrases: ['snooze conversation', 'snooze ticket', 'come back later', 'snooze', 'snooze until'],
    terms: ['snooze', 'snoozed'],
  },
  {
    phrases: ['close conversation', 'close chat', 'end chat', 'close support chat'],
    terms: ['close', 'conversation', 'state'],
  },
  {
    phrases: ['customer chat', 'support chat', 'live chat', 'inbox conversation', 'chat with customer',
      'messenger conversation'],
    terms: ['conversation', 'conversations', 'chat'],
  },
  {
    phrases: ['sales sequence', 'cadence', 'outreach sequence', 'follow up sequence', 'enroll in sequence'],
    terms: ['sequence', 'sequences', 'enrollment', 'cadence'],
  },

  // Marketing: audiences, campaigns, templates and automations (Mailchimp, Klaviyo, ActiveCampaign, Brevo).
  {
    phrases: ['audience', 'mailing list', 'subscriber list', 'email list', 'newsletter list', 'contact list',
      'marketing list'],
    terms: ['audience', 'list', 'lists', 'members'],
  },
  {
    phrases: ['segment', 'cohort', 'smart list', 'dynamic list', 'saved segment', 'filtered audience', 'static list'],
    terms: ['segment', 'segments', 'list'],
  },
  {
    phrases: ['subscriber', 'list member', 'audience member', 'sign up to list', 'add to list', 'add to newsletter',
      'subscribe to newsletter', 'join list'],
    terms: ['member', 'members', 'subscriber', 'subscribe'],
  },
  {
    phrases: ['unsubscribe', 'opt out', 'remove from list', 'stop emails', 'stop sending', 'take off list', 'unsub',
      'do not email', 'no more emails'],
    terms: ['unsubscribe', 'unsubscribed', 'optout', 'status'],
  },
  {
    phrases: ['email blast', 'newsletter', 'mass email', 'bulk email', 'email campaign', 'send newsletter',
      'marketing email', 'blast'],
    terms: ['campaign', 'campaigns', 'send'],
  },
  {
    phrases: ['schedule campaign', 'schedule newsletter', 'send newsletter later', 'schedule blast', 'schedule email'],
    terms: ['schedule', 'campaign', 'scheduled'],
  },
  {
    phrases: ['test email', 'send test', 'send preview', 'preview email', 'test send'],
    terms: ['test', 'preview', 'send'],
  },
  {
    phrases: ['email template', 'newsletter template', 'message template', 'design template', 'html template'],
    terms: ['template', 'templates'],
  },
  {
    phrases: ['canned response', 'saved reply', 'macro', 'quick reply', 'canned reply', 'response template'],
    terms: ['macro', 'macros', 'canned', 'response'],
  },
  {
    phrases: ['automation', 'drip sequence', 'journey', 'customer journey', 'autoresponder', 'trigger email',
      'drip campaign', 'drip', 'nurture'],
    terms: ['automation', 'automations', 'workflow', 'journey'],
  },
  {
    phrases: ['merge field', 'merge tag', 'personalization', 'personalisation', 'placeholder', 'mail merge'],
    terms: ['merge', 'field', 'fields', 'tag'],
  },
  {
    phrases: ['campaign report', 'open rate', 'click rate', 'campaign stats', 'email performance', 'campaign results',
      'clicks'],
    terms: ['report', 'reports', 'stats', 'clicks'],
  },
  {
    phrases: ['landing page', 'opt in form', 'lead form', 'popup form', 'signup page', 'lead capture'],
    terms: ['landing', 'page', 'form', 'signup'],
  },
  {
    phrases: ['ab test', 'split test', 'variant test', 'variate', 'multivariate'],
    terms: ['variate', 'test', 'variant'],
  },
  {
    phrases: ['utm', 'tracking link', 'tracking code', 'attribution', 'conversion tracking'],
    terms: ['tracking', 'utm', 'attribution', 'conversion'],
  },
  {
    phrases: ['ad campaign', 'ads', 'advert', 'advertisement', 'ad set', 'ad spend', 'ad group'],
    terms: ['ad', 'ads', 'campaign', 'adset'],
  },
  {
    phrases: ['nps', 'csat', 'satisfaction rating', 'customer satisfaction', 'survey score', 'happiness score'],
    terms: ['satisfaction', 'rating', 'ratings', 'survey'],
  },
  {
    phrases: ['track event', 'track action', 'custom event', 'user event', 'analytics event', 'log event'],
    terms: ['track', 'event', 'events'],
  },
  {
    phrases: ['identify user', 'set user traits', 'user traits', 'user attributes', 'user properties'],
    terms: ['identify', 'traits', 'attributes', 'profile'],
  },

  // Telephony and SMS: texts, calls, numbers, recordings and verification (Twilio, Vonage, Plivo, Telnyx, MessageBird).
  {
    phrases: ['sms', 'text message', 'send text', 'text someone', 'shoot text', 'txt', 'mms', 'text phone', 'send sms'],
    terms: ['message', 'messages', 'sms', 'send'],
  },
  {
    phrases: ['phone call', 'ring', 'place call', 'outbound call', 'phone someone', 'call number', 'ring up',
      'make call', 'call phone'],
    terms: ['call', 'calls', 'create'],
  },
  {
    phrases: ['hang up', 'end call', 'disconnect call', 'drop call', 'terminate call', 'kill call', 'hangup'],
    terms: ['call', 'status', 'completed', 'hangup'],
  },
  {
    phrases: ['transfer call', 'forward call', 'redirect call', 'pass call', 'warm transfer', 'cold transfer'],
    terms: ['transfer', 'redirect', 'call', 'forward'],
  },
  { phrases: ['recorded call', 'call recording', 'audio recording'], terms: ['recording', 'recordings'] },
  {
    phrases: ['voicemail', 'voice mail', 'left message', 'voicemail box'],
    terms: ['voicemail', 'recording', 'recordings'],
  },
  {
    phrases: ['buy number', 'new number', 'provision number', 'rent number', 'toll free', 'local number',
      'vanity number', 'get phone number', 'purchase number', 'available numbers'],
    terms: ['incoming', 'phone', 'number', 'available'],
  },
  {
    phrases: ['phone number', 'mobile number', 'cell number', 'telephone', 'telephone number', 'cell phone',
      'mobile phone'],
    terms: ['phone', 'number', 'numbers'],
  },
  {
    phrases: ['release number', 'give up number', 'cancel number', 'drop number', 'port out number'],
    terms: ['release', 'delete', 'phone', 'number'],
  },
  {
    phrases: ['conference call', 'group call', 'bridge', 'multi party call', 'dial in bridge', 'conference line'],
    terms: ['conference', 'conferences', 'participants'],
  },
  {
    phrases: ['caller id', 'verified caller', 'outgoing caller', 'show number', 'caller name'],
    terms: ['caller', 'outgoing', 'callerid'],
  },
  {
    phrases: ['verification code', 'otp', 'one time code', 'one time password', '2fa code', 'send code',
      'verify phone', 'confirm phone', 'login code', 'pin code', 'sms code'],
    terms: ['verify', 'verification', 'code', 'otp'],
  },
  {
    phrases: ['check code', 'verify code', 'confirm code', 'validate code', 'code correct'],
    terms: ['verification', 'check', 'code'],
  },
  {
    phrases: ['phone lookup', 'carrier lookup', 'number lookup', 'who owns number', 'validate phone', 'line type',
      'check phone number'],
    terms: ['lookup', 'carrier', 'phone'],
  },
  {
    phrases: ['ivr', 'phone menu', 'call flow', 'phone tree', 'studio flow', 'auto attendant', 'press 1'],
    terms: ['flow', 'studio', 'twiml', 'ivr'],
  },
  {
    phrases: ['messaging service', 'sender pool', 'short code', 'shortcode', '10dlc', 'a2p', 'sms registration',
      'brand registration'],
    terms: ['messaging', 'service', 'shortcode', 'brand'],
  },
  {
    phrases: ['whatsapp', 'whatsapp message', 'wa message', 'whatsapp template'],
    terms: ['whatsapp', 'message', 'template'],
  },
  {
    phrases: ['text to speech', 'tts', 'read aloud', 'speak text', 'robocall', 'voice message call',
      'synthesize speech'],
    terms: ['say', 'speech', 'tts', 'synthesize'],
  },
  {
    phrases: ['transcribe', 'transcription', 'speech to text', 'dictation', 'stt', 'voice to text', 'audio to text'],
    terms: ['transcription', 'transcribe', 'transcript', 'transcriptions'],
  },
  {
    phrases: ['call log', 'call history', 'cdr', 'missed calls', 'recent calls', 'call list'],
    terms: ['calls', 'call', 'log', 'records'],
  },
  {
    phrases: ['delivery status', 'was text delivered', 'delivery receipt', 'delivery report', 'dlr', 'message status'],
    terms: ['status', 'delivery', 'receipt', 'delivered'],
  },
  {
    phrases: ['call queue', 'hold queue', 'waiting callers', 'queue callers', 'callers waiting'],
    terms: ['queue', 'queues', 'members'],
  },
  {
    phrases: ['route calls', 'call routing', 'agent routing', 'skills routing', 'contact center', 'call center'],
    terms: ['taskrouter', 'workflow', 'worker', 'routing'],
  },
  {
    phrases: ['push notification', 'mobile push', 'push alert', 'notify app', 'send push', 'apns', 'fcm',
      'firebase message', 'app notification'],
    terms: ['push', 'notification', 'notify', 'binding'],
  },
  {
    phrases: ['incoming sms', 'receive text', 'inbound sms', 'reply texts', 'text replies', 'received messages'],
    terms: ['inbound', 'incoming', 'messages', 'received'],
  },
  {
    phrases: ['sms opt out', 'reply stop', 'text opt out', 'stop texts', 'sms unsubscribe'],
    terms: ['optout', 'opt', 'stop', 'unsubscribe'],
  },

  // Meetings and webinars: scheduling, registrants, participants and recordings (Zoom, Webex, Teams, Google Meet).
  {
    phrases: ['zoom', 'zoom call', 'video meeting', 'web meeting', 'virtual meeting', 'online meeting', 'hop on call',
      'zoom meeting', 'teams meeting'],
    terms: ['meeting', 'meetings'],
  },
  {
    phrases: ['schedule zoom', 'set up zoom', 'create zoom', 'new zoom', 'start zoom', 'book zoom',
      'zoom for tomorrow'],
    terms: ['meeting', 'meetings', 'create'],
  },
  {
    phrases: ['instant meeting', 'meet now', 'start meeting now', 'quick call', 'ad hoc meeting', 'impromptu meeting'],
    terms: ['instant', 'meeting', 'start', 'type'],
  },
  {
    phrases: ['end meeting', 'stop meeting', 'close meeting', 'end call for all', 'end for everyone',
      'shut down meeting'],
    terms: ['end', 'status', 'meeting'],
  },
  {
    phrases: ['webinar', 'online event', 'virtual event', 'web seminar', 'live session', 'town hall',
      'virtual conference', 'webcast'],
    terms: ['webinar', 'webinars'],
  },
  {
    phrases: ['registrant', 'sign up for webinar', 'attendee registration', 'approve registration'],
    terms: ['registrant', 'registrants', 'registration'],
  },
  {
    phrases: ['participant', 'who attended', 'attendance', 'attendance report', 'meeting participants',
      'who showed up'],
    terms: ['participant', 'participants', 'attendance', 'report'],
  },
  {
    phrases: ['meeting recording', 'cloud recording', 'zoom recording', 'recorded meeting', 'meeting video',
      'session recording'],
    terms: ['recording', 'recordings', 'cloud'],
  },
  {
    phrases: ['breakout room', 'breakout', 'small group', 'split into groups', 'side room'],
    terms: ['breakout', 'rooms', 'room'],
  },
  { phrases: ['waiting room', 'lobby', 'admit participant', 'admit someone'], terms: ['waiting', 'room', 'admit'] },
  {
    phrases: ['cohost', 'co host', 'alternative host', 'make host', 'alternate host', 'meeting host'],
    terms: ['host', 'alternative', 'cohost'],
  },
  {
    phrases: ['passcode', 'meeting password', 'meeting code', 'meeting pin', 'meeting id'],
    terms: ['password', 'passcode', 'id'],
  },
  {
    phrases: ['meeting summary', 'meeting notes', 'ai summary', 'recap', 'meeting minutes', 'meeting recap',
      'call summary'],
    terms: ['summary', 'summaries', 'notes'],
  },
  {
    phrases: ['past meeting', 'previous meeting', 'meeting history', 'old meetings', 'last meeting'],
    terms: ['past', 'meeting', 'instances'],
  },
  {
    phrases: ['meeting invitation', 'invite text', 'invitation details', 'join info'],
    terms: ['invitation', 'meeting'],
  },
  { phrases: ['dial in number', 'phone dial in', 'audio conferencing'], terms: ['dial', 'tsp', 'numbers', 'audio'] },
  {
    phrases: ['mute everyone', 'mute participants', 'mute all', 'mute attendee', 'mute person'],
    terms: ['mute', 'participants', 'controls'],
  },
  {
    phrases: ['meeting settings', 'meeting options', 'auto record', 'join before host', 'meeting security'],
    terms: ['meeting', 'settings', 'options'],
  },
  { phrases: ['webinar panelist', 'panelist', 'presenter'], terms: ['panelist', 'panelists'] },
  { phrases: ['meeting poll', 'webinar poll', 'webinar questions'], terms: ['poll', 'polls', 'qa', 'meeting'] },
  {
    phrases: ['meeting report', 'usage report', 'meeting metrics', 'meeting quality', 'call quality'],
    terms: ['report', 'reports', 'metrics', 'qos'],
  },

  // Cloud compute: servers, sizes, power, images and scaling (DigitalOcean, AWS EC2, Azure VMs, GCP, Linode, Hetzner).
  {
    phrases: ['server', 'vm', 'virtual machine', 'vps', 'cloud server', 'ec2', 'droplet', 'linode', 'compute instance',
      'virtual server'],
    terms: ['droplet', 'instance', 'server', 'vm'],
  },
  {
    phrases: ['spin up', 'provision', 'launch instance', 'fire up', 'stand up', 'create server', 'new server',
      'new vm', 'spin up server', 'launch server'],
    terms: ['create', 'run', 'launch', 'provision'],
  },
  {
    phrases: ['tear down', 'teardown', 'decommission', 'kill server', 'delete server', 'nuke server', 'spin down',
      'deprovision', 'destroy server', 'get rid of server'],
    terms: ['delete', 'destroy', 'terminate', 'deprovision'],
  },
  {
    phrases: ['power off', 'shut down', 'shutdown', 'turn off server', 'stop server', 'stop instance', 'halt server',
      'power down', 'stop vm', 'power back on', 'switch server on'],
    terms: ['power', 'off', 'shutdown', 'stop'],
  },
  {
    phrases: ['start server', 'start instance', 'turn server back on', 'wake up server', 'start vm', 'boot up',
      'power up'],
    terms: ['power', 'start', 'boot'],
  },
  {
    phrases: ['reboot', 'restart server', 'bounce server', 'power cycle', 'restart instance', 'kick server',
      'cycle server', 'restart vm', 'hard reboot'],
    terms: ['reboot', 'restart', 'power', 'cycle'],
  },
  {
    phrases: ['resize', 'scale up', 'scale down', 'bigger server', 'more ram', 'more cpu', 'upgrade server',
      'downsize', 'vertical scale', 'more memory', 'smaller server'],
    terms: ['resize', 'size', 'scale'],
  },
  {
    phrases: ['scale out', 'add instances', 'more replicas', 'horizontal scale', 'autoscale', 'instance count',
      'dyno count', 'replica count'],
    terms: ['scale', 'replicas', 'autoscaling', 'formation'],
  },
  {
    phrases: ['instance type', 'machine type', 'server size', 'flavor', 'tier', 'instance size', 'plan size',
      'droplet size'],
    terms: ['size', 'sizes', 'type', 'types'],
  },
  {
    phrases: ['os image', 'ami', 'machine image', 'template image', 'distro', 'base image', 'golden image',
      'server image', 'custom image'],
    terms: ['image', 'images', 'ami'],
  },
  { phrases: ['datacenter', 'data center', 'availability zone', 'data centre'], terms: ['region', 'regions', 'zone'] },
  {
    phrases: ['console access', 'exec into', 'shell into', 'remote shell', 'serial console', 'run command'],
    terms: ['exec', 'console', 'command', 'shell'],
  },

  // Storage and backups: volumes, snapshots, buckets and objects (EBS, Block Storage, S3, Spaces, GCS, Azure Blob).
  {
    phrases: ['disk', 'block storage', 'storage volume', 'ebs', 'hard drive', 'extra disk', 'persistent disk',
      'data disk', 'ssd'],
    terms: ['volume', 'volumes', 'disk', 'storage'],
  },
  {
    phrases: ['attach volume', 'mount', 'attach disk', 'mount disk', 'detach volume', 'unmount', 'detach disk'],
    terms: ['attach', 'detach', 'volume', 'mount'],
  },
  {
    phrases: ['snapshot', 'backup', 'back up', 'image of server', 'point in time copy', 'checkpoint', 'restore point',
      'take backup'],
    terms: ['snapshot', 'snapshots', 'backup', 'backups'],
  },
  {
    phrases: ['restore backup', 'restore snapshot', 'recover from backup', 'roll back database',
      'point in time restore'],
    terms: ['restore', 'backup', 'snapshot', 'recovery'],
  },
  {
    phrases: ['s3 bucket', 'object storage', 'blob storage', 'storage bucket', 'gcs bucket', 'spaces bucket'],
    terms: ['bucket', 'buckets', 'object', 'storage'],
  },
  {
    phrases: ['put object', 'upload object', 'store object', 'upload to s3', 'upload to bucket', 'store in bucket'],
    terms: ['object', 'put', 'upload', 'objects'],
  },
  {
    phrases: ['presigned url', 'signed url', 'temporary link', 'expiring link', 'time limited link', 'presigned link'],
    terms: ['presigned', 'signed', 'url', 'signature'],
  },
  {
    phrases: ['storage container', 'blob container', 'storage account', 'azure storage'],
    terms: ['container', 'blob', 'storage', 'account'],
  },
  {
    phrases: ['bucket policy', 'bucket permissions', 'cors', 'cors rules', 'bucket acl', 'public bucket'],
    terms: ['policy', 'acl', 'cors', 'bucket'],
  },
  {
    phrases: ['lifecycle rule', 'expire objects', 'auto delete old files', 'object expiration', 'storage lifecycle'],
    terms: ['lifecycle', 'expiration', 'rule', 'rules'],
  },

  // Networking and DNS: firewalls, load balancers, IPs, domains, records, certificates, CDN (Cloudflare, Route 53).
  {
    phrases: ['firewall', 'security group', 'allow port', 'open port', 'block port', 'ingress rule', 'inbound rule',
      'network rule', 'whitelist ip', 'allowlist ip', 'block ip', 'outbound rule'],
    terms: ['firewall', 'firewalls', 'rules', 'security'],
  },
  {
    phrases: ['load balancer', 'lb', 'elb', 'alb', 'balancer', 'traffic distribution', 'reverse proxy', 'nlb'],
    terms: ['load', 'balancer', 'balancers', 'loadbalancer'],
  },
  {
    phrases: ['vpc', 'private network', 'vnet', 'virtual network', 'subnet'],
    terms: ['vpc', 'vpcs', 'network', 'subnet'],
  },
  {
    phrases: ['floating ip', 'static ip', 'elastic ip', 'reserved ip', 'public ip', 'fixed ip', 'ip address'],
    terms: ['floating', 'reserved', 'elastic', 'ip'],
  },
  { phrases: ['domain name', 'website address', 'hostname'], terms: ['domain', 'domains'] },
  {
    phrases: ['buy domain', 'register domain', 'purchase domain', 'domain registration', 'renew domain',
      'domain availability', 'domain available', 'transfer domain'],
    terms: ['domain', 'register', 'registration', 'availability'],
  },
  {
    phrases: ['dns record', 'dns', 'cname', 'mx record', 'txt record', 'dns entry', 'srv record', 'aaaa record',
      'caa record'],
    terms: ['dns', 'record', 'records', 'zone'],
  },
  { phrases: ['nameserver', 'name server', 'ns record', 'dns servers'], terms: ['nameservers', 'nameserver', 'ns'] },
  { phrases: ['dns zone', 'zone file', 'hosted zone'], terms: ['zone', 'zones', 'hosted'] },
  {
    phrases: ['ssl', 'tls', 'ssl cert', 'cert', 'lets encrypt', 'letsencrypt', 'https certificate', 'ssl certificate'],
    terms: ['certificate', 'certificates', 'ssl', 'tls'],
  },
  {
    phrases: ['cdn', 'edge cache', 'content delivery', 'cdn endpoint', 'cloudfront', 'cdn distribution'],
    terms: ['cdn', 'endpoint', 'distribution', 'cache'],
  },
  {
    phrases: ['clear cache', 'purge cache', 'bust cache', 'invalidate cache', 'flush cache', 'cache purge',
      'cache invalidation'],
    terms: ['purge', 'cache', 'invalidation', 'invalidate'],
  },
  {
    phrases: ['page rule', 'cache rule', 'url rule', 'transform rule', 'edge rule'],
    terms: ['pagerule', 'rules', 'ruleset', 'page'],
  },
  {
    phrases: ['waf', 'web application firewall', 'firewall rule', 'block country', 'rate limiting rule',
      'bot protection', 'ddos', 'ddos protection'],
    terms: ['waf', 'firewall', 'rules', 'ruleset'],
  },
  {
    phrases: ['tunnel', 'cloudflare tunnel', 'argo tunnel', 'secure tunnel', 'port forward'],
    terms: ['tunnel', 'tunnels', 'portforward', 'forward'],
  },
  {
    phrases: ['kv store', 'key value store', 'kv namespace', 'workers kv', 'kv'],
    terms: ['kv', 'namespace', 'storage', 'key'],
  },
  {
    phrases: ['ip allowlist', 'ip whitelist', 'allowed ips', 'trusted ips', 'network zone', 'ip restriction',
      'ip range'],
    terms: ['allowlist', 'ip', 'zone', 'network'],
  },

  // Databases and data services: managed clusters, users, replicas, queues and warehouses.
  {
    phrases: ['managed database', 'db cluster', 'postgres', 'postgresql', 'mysql', 'redis', 'database cluster',
      'db instance', 'rds', 'mongodb', 'database server', 'db'],
    terms: ['database', 'databases', 'cluster', 'db'],
  },
  {
    phrases: ['database user', 'db user', 'db password', 'database credentials', 'connection string',
      'connection details', 'db connection', 'database url'],
    terms: ['user', 'connection', 'credentials', 'password'],
  },
  { phrases: ['connection pool', 'pgbouncer', 'pooler', 'db pool'], terms: ['pool', 'pools', 'connection'] },
  {
    phrases: ['read replica', 'standby', 'follower database', 'secondary database', 'read only copy'],
    terms: ['replica', 'replicas', 'standby', 'follower'],
  },
  {
    phrases: ['maintenance window', 'maintenance schedule', 'patch window', 'upgrade window'],
    terms: ['maintenance', 'window'],
  },
  {
    phrases: ['run query', 'sql query', 'execute sql', 'run sql', 'query table'],
    terms: ['query', 'sql', 'execute', 'statement'],
  },
  {
    phrases: ['data warehouse', 'bigquery', 'snowflake', 'redshift', 'bigquery dataset', 'dataset', 'bq table'],
    terms: ['dataset', 'datasets', 'table', 'warehouse'],
  },
  {
    phrases: ['message queue', 'sqs', 'job queue', 'task queue', 'queue message', 'work queue', 'dead letter queue'],
    terms: ['queue', 'queues', 'message', 'sqs'],
  },
  {
    phrases: ['sns', 'pub sub', 'pubsub', 'publish message', 'event bus', 'fan out', 'topic subscription',
      'kafka topic'],
    terms: ['topic', 'publish', 'subscription', 'sns'],
  },
  {
    phrases: ['dynamodb', 'nosql table', 'key value table', 'dynamo', 'document store', 'firestore', 'nosql'],
    terms: ['dynamodb', 'table', 'item', 'document'],
  },
  {
    phrases: ['search index', 'elasticsearch', 'opensearch', 'algolia index', 'reindex', 'index documents'],
    terms: ['index', 'indices', 'search', 'documents'],
  },
  {
    phrases: ['vector database', 'vector index', 'similarity search', 'upsert vectors', 'pinecone'],
    terms: ['vector', 'vectors', 'index', 'query'],
  },

  // Containers and Kubernetes: clusters, pods, deployments, jobs and registries.
  {
    phrases: ['kubernetes', 'k8s', 'kube', 'eks', 'gke', 'aks', 'doks', 'k8s cluster', 'kubernetes cluster'],
    terms: ['kubernetes', 'cluster', 'clusters'],
  },
  {
    phrases: ['node pool', 'worker nodes', 'agent pool', 'cluster nodes', 'add nodes'],
    terms: ['node', 'pool', 'pools', 'nodes'],
  },
  {
    phrases: ['kubeconfig', 'cluster credentials', 'kube config', 'cluster access', 'kubectl config'],
    terms: ['kubeconfig', 'credentials', 'config'],
  },
  { phrases: ['pods', 'docker container'], terms: ['pod', 'pods', 'container', 'containers'] },
  {
    phrases: ['k8s deployment', 'rollout restart', 'rolling restart', 'rolling update', 'restart pods',
      'restart deployment'],
    terms: ['deployment', 'rollout', 'restart', 'redeploy'],
  },
  { phrases: ['config map', 'configmap', 'k8s config'], terms: ['configmap', 'configmaps'] },
  { phrases: ['k8s secret', 'kubernetes secret', 'secret object'], terms: ['secret', 'secrets', 'namespaced'] },
  {
    phrases: ['service account', 'machine user', 'bot account', 'robot account', 'non human account',
      'workload identity'],
    terms: ['service', 'account', 'serviceaccount', 'robot'],
  },
  { phrases: ['namespaces', 'k8s namespace', 'project namespace'], terms: ['namespace', 'namespaces'] },
  {
    phrases: ['ingress', 'route traffic', 'routing rule', 'url routing', 'http route'],
    terms: ['ingress', 'route', 'routes'],
  },
  {
    phrases: ['cronjob', 'cron job', 'cron', 'scheduled job', 'recurring job', 'periodic task', 'scheduled task',
      'crontab'],
    terms: ['cronjob', 'cron', 'schedule', 'job'],
  },
  {
    phrases: ['batch job', 'one off job', 'run job', 'job run', 'background job'],
    terms: ['job', 'jobs', 'run', 'batch'],
  },
  {
    phrases: ['persistent volume', 'pvc', 'volume claim', 'persistent storage'],
    terms: ['persistentvolumeclaim', 'persistent', 'volume', 'claim'],
  },
  {
    phrases: ['helm chart', 'helm release', 'chart install', 'helm install', 'helm upgrade'],
    terms: ['helm', 'chart', 'release'],
  },
  {
    phrases: ['ecs task', 'fargate task', 'container task', 'run container', 'docker run', 'ecs service', 'fargate'],
    terms: ['task', 'container', 'run', 'service'],
  },
  {
    phrases: ['ecr', 'image repository', 'push image', 'pull image', 'image tag', 'image digest'],
    terms: ['image', 'repository', 'registry', 'manifest'],
  },

  // Observability: logs, metrics, traces, monitors and SLOs (Datadog, New Relic, Grafana, CloudWatch, Sentry).
  {
    phrases: ['tail logs', 'app logs', 'server logs', 'runtime logs', 'application logs', 'log stream',
      'function logs', 'request logs', 'live logs', 'error logs'],
    terms: ['logs', 'log', 'stream', 'tail'],
  },
  {
    phrases: ['log drain', 'ship logs', 'forward logs', 'log forwarding', 'log sink', 'log export', 'send logs to'],
    terms: ['drain', 'drains', 'sink', 'forwarding'],
  },
  {
    phrases: ['log query', 'search logs', 'log search', 'query logs', 'find in logs', 'grep logs', 'log explorer'],
    terms: ['logs', 'search', 'query', 'events'],
  },
  {
    phrases: ['cpu usage', 'memory usage', 'ram usage', 'bandwidth', 'disk usage', 'load average', 'resource usage',
      'utilization', 'utilisation'],
    terms: ['metrics', 'usage', 'cpu', 'memory'],
  },
  {
    phrases: ['time series', 'timeseries', 'custom metric', 'submit metric', 'send metric', 'gauge', 'counter metric',
      'metric points'],
    terms: ['metric', 'metrics', 'series', 'timeseries'],
  },
  {
    phrases: ['monitor', 'alert policy', 'uptime check', 'threshold alert', 'notify when down', 'watchdog',
      'alert rule'],
    terms: ['monitor', 'monitors', 'alert', 'policy'],
  },
  {
    phrases: ['alarm', 'warning', 'monitoring alert', 'triggered alert', 'active alerts', 'open alerts'],
    terms: ['alert', 'alerts', 'alarm', 'alarms'],
  },
  { phrases: ['apm', 'distributed tracing', 'request trace'], terms: ['trace', 'traces', 'span', 'spans'] },
  {
    phrases: ['slo', 'service level objective', 'error budget', 'reliability target'],
    terms: ['slo', 'slos', 'objective'],
  },
  {
    phrases: ['synthetic test', 'uptime test', 'api test', 'browser test', 'ping test', 'synthetic check',
      'synthetics'],
    terms: ['synthetics', 'test', 'tests'],
  },
  {
    phrases: ['downtime', 'mute monitor', 'silence alert', 'scheduled downtime', 'mute alerts', 'quiet alerts'],
    terms: ['downtime', 'downtimes', 'mute', 'silence'],
  },
  {
    phrases: ['runbook', 'playbook', 'standard procedure', 'response plan', 'automation action'],
    terms: ['runbook', 'playbook', 'workflow', 'automation'],
  },
  {
    phrases: ['exception', 'crash', 'stack trace', 'error report', 'sentry issue'],
    terms: ['error', 'errors', 'exception', 'event'],
  },
  {
    phrases: ['audit log', 'audit trail', 'activity log', 'access log', 'audit events', 'security log', 'cloudtrail',
      'admin log'],
    terms: ['audit', 'log', 'logs', 'events'],
  },

  // Cloud platform services: identity, secrets, keys, templates and serverless workflows (AWS, Azure, GCP).
  {
    phrases: ['iam user', 'iam role', 'iam policy', 'access policy', 'policy document', 'iam'],
    terms: ['iam', 'policy', 'role', 'user'],
  },
  {
    phrases: ['role assignment', 'rbac', 'access control', 'assign role', 'grant role', 'role binding', 'rolebinding'],
    terms: ['role', 'assignment', 'assignments', 'binding'],
  },
  {
    phrases: ['managed identity', 'service principal', 'app registration', 'client app', 'oauth app', 'oauth client',
      'client id'],
    terms: ['identity', 'principal', 'application', 'client'],
  },
  {
    phrases: ['secrets manager', 'parameter store', 'vault', 'key vault', 'secret store', 'ssm parameter'],
    terms: ['secret', 'parameter', 'vault', 'secrets'],
  },
  {
    phrases: ['kms', 'encryption key', 'encrypt', 'decrypt', 'master key', 'key rotation', 'crypto key', 'sign data'],
    terms: ['kms', 'key', 'encrypt', 'decrypt'],
  },
  {
    phrases: ['cloudformation', 'infrastructure as code', 'terraform', 'template stack', 'arm template', 'bicep',
      'deployment template', 'iac'],
    terms: ['stack', 'stacks', 'template', 'deployment'],
  },
  {
    phrases: ['step function', 'state machine', 'orchestration', 'logic app'],
    terms: ['state', 'machine', 'execution', 'workflow'],
  },
  { phrases: ['resource group', 'rg', 'azure resource group'], terms: ['resource', 'group', 'resourcegroups'] },
  {
    phrases: ['azure subscription', 'aws account', 'gcp project', 'cloud account', 'billing account'],
    terms: ['subscription', 'account', 'project'],
  },
  {
    phrases: ['app service', 'function app', 'azure web app', 'cloud run', 'app engine', 'elastic beanstalk'],
    terms: ['web', 'site', 'app', 'service'],
  },
  {
    phrases: ['ml model', 'inference endpoint', 'model endpoint', 'sagemaker', 'deploy model', 'hosted model'],
    terms: ['model', 'endpoint', 'inference', 'deploy'],
  },
  {
    phrases: ['tag resources', 'resource tags', 'cost tags', 'tag instance', 'label resources'],
    terms: ['tag', 'tags', 'resource', 'labels'],
  },
  {
    phrases: ['quota increase', 'service limit', 'limit increase', 'raise limit', 'service quota'],
    terms: ['quota', 'quotas', 'limit', 'increase'],
  },

  // Cloud billing: costs, usage and invoices of the provider itself.
  {
    phrases: ['cloud bill', 'monthly bill', 'current bill', 'how much owe', 'balance due', 'month to date',
      'billing history', 'usage charges', 'spending', 'cloud spend', 'cost explorer', 'how much spent'],
    terms: ['billing', 'cost', 'usage', 'invoice'],
  },
  {
    phrases: ['budget', 'forecast', 'spending plan', 'budget vs actual', 'spend alert', 'budget alert',
      'cost forecast'],
    terms: ['budget', 'budgets', 'forecast'],
  },

  // Identity and access: users, invitations, roles, groups, tokens, sessions and SSO (Okta, Auth0, Entra ID, orgs).
  {
    phrases: ['staff', 'staff account', 'colleague', 'coworker', 'co worker', 'teammate', 'team member', 'personnel',
      'user account', 'end user'],
    terms: ['user', 'users', 'member', 'members'],
  },
  {
    phrases: ['invite user', 'send invite', 'add user', 'onboard user', 'add member', 'add teammate', 'bring on board',
      'give seat', 'invite colleague', 'invite people', 'invite someone'],
    terms: ['invite', 'invitation', 'invitations', 'member'],
  },
  {
    phrases: ['cancel invite', 'revoke invite', 'rescind invite', 'withdraw invite', 'pending invites',
      'outstanding invitation', 'pending invitation', 'unaccepted invites'],
    terms: ['invitation', 'invitations', 'cancel', 'pending'],
  },
  {
    phrases: ['accept invitation', 'join org', 'accept org invite', 'join team'],
    terms: ['accept', 'invitation', 'membership'],
  },
  {
    phrases: ['offboard', 'offboard user', 'remove user', 'remove member', 'kick from team', 'let go',
      'terminated employee', 'remove from org', 'revoke seat', 'left company'],
    terms: ['remove', 'member', 'membership', 'deactivate'],
  },
  {
    phrases: ['suspend user', 'deactivate user', 'disable account', 'lock account', 'block user login',
      'freeze account', 'disable user', 'deactivate account', 'suspend account'],
    terms: ['suspend', 'deactivate', 'disable', 'lifecycle'],
  },
  {
    phrases: ['unsuspend', 'reactivate user', 'reactivate account', 'unlock account', 'enable user', 'unlock user',
      'restore access', 'reenable account'],
    terms: ['unsuspend', 'reactivate', 'activate', 'unlock'],
  },
  {
    phrases: ['permission level', 'access level', 'admin rights', 'privileges', 'make admin', 'promote to admin',
      'admin access', 'grant admin'],
    terms: ['role', 'roles', 'permission', 'admin'],
  },
  {
    phrases: ['demote', 'remove admin', 'revoke admin', 'take away admin', 'downgrade role', 'strip admin'],
    terms: ['role', 'demote', 'remove', 'admin'],
  },
  { phrases: ['access rights', 'scopes'], terms: ['permission', 'permissions', 'access', 'scope'] },
  {
    phrases: ['squad', 'crew', 'department', 'division', 'group of users', 'working group'],
    terms: ['team', 'teams', 'group', 'groups'],
  },
  {
    phrases: ['add to group', 'add to team', 'join group', 'group member', 'team roster'],
    terms: ['member', 'members', 'membership', 'memberships'],
  },
  {
    phrases: ['remove from group', 'remove from team', 'leave team', 'leave group', 'take off team', 'drop from team'],
    terms: ['member', 'membership', 'remove', 'delete'],
  },
  {
    phrases: ['tenant', 'enterprise account', 'company account', 'organisation account', 'enterprise', 'org settings'],
    terms: ['organization', 'tenant', 'enterprise'],
  },
  {
    phrases: ['api key', 'api token', 'personal access token', 'access token', 'auth token', 'bearer token',
      'developer key', 'app password', 'secret key', 'access key', 'pat'],
    terms: ['token', 'key', 'apikey', 'tokens'],
  },
  {
    phrases: ['rotate key', 'rotate secret', 'regenerate key', 'roll key', 'new key', 'reset key', 'cycle credentials',
      'regenerate token', 'rotate token', 'refresh credentials', 'roll secret', 'rotate credentials'],
    terms: ['rotate', 'regenerate', 'roll', 'key'],
  },
  {
    phrases: ['revoke token', 'revoke key', 'invalidate token', 'kill token', 'delete token', 'expire token',
      'disable key', 'revoke api key'],
    terms: ['revoke', 'token', 'delete', 'key'],
  },
  {
    phrases: ['refresh token', 'renew token', 'exchange code', 'oauth token', 'get token', 'new access token',
      'token expired', 'token exchange'],
    terms: ['token', 'refresh', 'oauth', 'exchange'],
  },
  {
    phrases: ['authorize app', 'grant access to app', 'connect app', 'oauth flow', 'oauth consent',
      'authorization code', 'consent screen'],
    terms: ['authorize', 'oauth', 'authorization', 'grant'],
  },
  {
    phrases: ['third party apps', 'app grants', 'revoke app access', 'third party access', 'app access list'],
    terms: ['grants', 'authorizations', 'apps', 'oauth'],
  },
  {
    phrases: ['reset password', 'forgot password', 'password reset', 'change password', 'new password',
      'lost password', 'cant log in', 'locked out', 'password recovery', 'forgotten password'],
    terms: ['password', 'reset', 'recovery', 'credentials'],
  },
  {
    phrases: ['mfa', '2fa', 'two factor', 'multi factor', 'authenticator', 'totp', 'second factor', 'security key',
      'yubikey', 'otp app', '2 step verification', 'two step', 'passkey'],
    terms: ['factor', 'factors', 'mfa', 'enroll'],
  },
  {
    phrases: ['reset mfa', 'remove 2fa', 'reset two factor', 'lost authenticator', 'reset authenticator', 'remove mfa'],
    terms: ['factor', 'reset', 'delete', 'mfa'],
  },
  {
    phrases: ['active sessions', 'log out', 'sign out', 'logout', 'force logout', 'end session', 'revoke session',
      'signout', 'log out everywhere'],
    terms: ['session', 'sessions', 'logout', 'revoke'],
  },
  {
    phrases: ['login history', 'sign in log', 'sign in history', 'login attempts', 'failed logins', 'last login',
      'access history', 'signin logs'],
    terms: ['logs', 'signin', 'audit', 'login'],
  },
  {
    phrases: ['sso', 'single sign on', 'saml', 'okta sso', 'identity provider', 'idp', 'federation', 'oidc',
      'openid connect'],
    terms: ['sso', 'saml', 'idp', 'identity'],
  },
  {
    phrases: ['scim', 'auto provision', 'user sync', 'directory sync', 'sync users', 'user provisioning'],
    terms: ['scim', 'provisioning', 'sync', 'directory'],
  },
  {
    phrases: ['verify email', 'confirm email', 'verification email', 'resend verification', 'email confirmation',
      'email verified'],
    terms: ['verification', 'verify', 'email', 'confirm'],
  },
  {
    phrases: ['brute force', 'unblock user', 'login blocked', 'too many login attempts', 'anomaly block'],
    terms: ['blocks', 'blocked', 'unblock', 'anomaly'],
  },
  {
    phrases: ['social login', 'login method', 'identity connection', 'login with google', 'social connection',
      'auth provider', 'login provider'],
    terms: ['connection', 'connections', 'provider', 'social'],
  },
  {
    phrases: ['seat', 'paid seat', 'user license', 'assign license', 'license assignment', 'license count'],
    terms: ['license', 'licenses', 'seat', 'seats'],
  },
  {
    phrases: ['laptop', 'managed device', 'mobile device', 'chromebook', 'enrolled device', 'company device',
      'endpoint device'],
    terms: ['device', 'devices'],
  },
  {
    phrases: ['wipe device', 'remote wipe', 'lost laptop', 'erase device', 'lost phone'],
    terms: ['wipe', 'device', 'action'],
  },
  {
    phrases: ['password policy', 'security policy', 'sign on policy', 'conditional access', 'compliance policy',
      'session policy'],
    terms: ['policy', 'policies', 'rules'],
  },
  {
    phrases: ['user lookup', 'find user', 'look up user', 'user by email', 'search users', 'find person'],
    terms: ['user', 'users', 'search', 'lookup'],
  },
  {
    phrases: ['username', 'handle', 'screen name', 'user handle', 'user name', 'login name'],
    terms: ['username', 'usernames', 'login', 'name'],
  },
  {
    phrases: ['company directory', 'employee directory', 'people directory', 'org chart', 'staff directory'],
    terms: ['directory', 'users', 'people'],
  },
  {
    phrases: ['direct reports', 'boss', 'reporting line', 'line manager'],
    terms: ['manager', 'reports', 'directreports'],
  },

  // E-commerce and point of sale: orders, products, inventory and fulfillment (Shopify, Square, WooCommerce).
  {
    phrases: ['sales order', 'customer order', 'online order', 'orders placed', 'someone bought'],
    terms: ['order', 'orders', 'purchase'],
  },
  {
    phrases: ['cancel order', 'void order', 'scrap order', 'call off order', 'cancel purchase'],
    terms: ['cancel', 'order', 'orders'],
  },
  {
    phrases: ['fulfill', 'fulfil', 'ship order', 'send out order', 'mark shipped', 'dispatch order', 'pack and ship',
      'fulfilment', 'fulfillment', 'ship item'],
    terms: ['fulfillment', 'fulfill', 'fulfillments', 'shipment'],
  },
  {
    phrases: ['tracking number', 'track package', 'shipping status', 'parcel tracking', 'tracking info',
      'track shipment', 'track order'],
    terms: ['tracking', 'shipment', 'status', 'trackingnumber'],
  },
  {
    phrases: ['parcel', 'shipping label', 'postage', 'courier', 'shipping rate', 'freight', 'shipping cost',
      'delivery option'],
    terms: ['shipment', 'shipping', 'label', 'rate'],
  },
  {
    phrases: ['send back', 'rma', 'return request', 'returned item', 'exchange item', 'product return', 'return order'],
    terms: ['return', 'returns', 'refund'],
  },
  {
    phrases: ['merchandise', 'merch', 'thing sell', 'catalog item', 'stock item', 'sku', 'item for sale'],
    terms: ['product', 'products', 'item', 'catalog'],
  },
  {
    phrases: ['product option', 'color option', 'size option', 'product variation', 'variation'],
    terms: ['variant', 'variants', 'option', 'options'],
  },
  {
    phrases: ['catalogue', 'product list', 'store items', 'product line', 'all products', 'restaurant menu',
      'food menu'],
    terms: ['catalog', 'products', 'items', 'list'],
  },
  {
    phrases: ['product collection', 'product category', 'shop category', 'aisle', 'smart collection',
      'storefront section'],
    terms: ['collection', 'collections', 'category', 'categories'],
  },
  {
    phrases: ['inventory', 'stock level', 'how many left', 'out of stock', 'quantity on hand', 'stock count',
      'units available', 'available quantity'],
    terms: ['inventory', 'stock', 'quantity', 'level'],
  },
  {
    phrases: ['adjust stock', 'restock', 'add stock', 'update stock', 'set stock', 'stock adjustment',
      'write down stock', 'receive stock'],
    terms: ['inventory', 'adjust', 'adjustment', 'quantity'],
  },
  {
    phrases: ['change price', 'update price', 'mark down', 'reprice', 'put on sale', 'price change', 'raise price',
      'lower price'],
    terms: ['price', 'update', 'compare', 'prices'],
  },
  {
    phrases: ['price rule', 'automatic discount', 'bulk discount', 'bogo', 'volume discount', 'tiered pricing'],
    terms: ['price', 'rule', 'discount', 'automatic'],
  },
  {
    phrases: ['gift card', 'gift certificate', 'store voucher', 'gift voucher', 'egift'],
    terms: ['gift', 'card', 'giftcard'],
  },
  {
    phrases: ['abandoned cart', 'abandoned checkout', 'left in cart', 'unfinished checkout', 'cart abandonment'],
    terms: ['abandoned', 'checkout', 'checkouts', 'cart'],
  },
  {
    phrases: ['basket', 'shopping cart', 'shopping basket', 'add to cart', 'cart items'],
    terms: ['cart', 'carts', 'checkout'],
  },
  {
    phrases: ['draft order', 'manual order', 'phone order', 'invoice order', 'custom order'],
    terms: ['draft', 'order', 'orders'],
  },
  {
    phrases: ['store location', 'shop location', 'retail location', 'business location', 'outlet', 'physical store',
      'brick and mortar', 'warehouse location'],
    terms: ['location', 'locations'],
  },
  { phrases: ['metafield', 'custom data', 'extra data'], terms: ['metafield', 'metafields', 'metadata'] },
  {
    phrases: ['store design', 'store theme', 'look and feel', 'template design', 'skin'],
    terms: ['theme', 'themes', 'asset', 'assets'],
  },
  {
    phrases: ['sales channel', 'publication', 'publish product', 'list on channel'],
    terms: ['publication', 'publications', 'channel', 'publish'],
  },
  {
    phrases: ['cash drawer', 'drawer shift', 'end of day', 'cash up', 'cash count'],
    terms: ['cash', 'drawer', 'shift'],
  },
  {
    phrases: ['loyalty', 'loyalty points', 'reward points', 'punch card', 'loyalty program', 'loyalty account'],
    terms: ['loyalty', 'points', 'reward', 'rewards'],
  },
  {
    phrases: ['appointment booking', 'book appointment', 'reservation', 'reserve', 'book table'],
    terms: ['booking', 'bookings', 'appointment', 'reservation'],
  },
  {
    phrases: ['work shift', 'clock in', 'clock out', 'timecard', 'labor', 'schedule staff', 'rota', 'time card'],
    terms: ['shift', 'shifts', 'timecard', 'labor'],
  },
  {
    phrases: ['product image', 'product photo', 'product picture', 'item photo', 'product media'],
    terms: ['image', 'images', 'media', 'product'],
  },
  {
    phrases: ['product review', 'customer review', 'star rating', 'testimonial', 'product rating'],
    terms: ['review', 'reviews', 'rating'],
  },
  { phrases: ['wishlist', 'wish list', 'saved for later'], terms: ['wishlist', 'wishlists'] },
  {
    phrases: ['marketplace listing', 'ebay listing', 'amazon listing', 'list item for sale'],
    terms: ['listing', 'listings', 'offer'],
  },
  {
    phrases: ['purchase order', 'po', 'supplier order', 'vendor order', 'reorder from supplier'],
    terms: ['purchase', 'order', 'purchaseorder', 'po'],
  },
  {
    phrases: ['supplier', 'vendor', 'distributor', 'manufacturer'],
    terms: ['supplier', 'suppliers', 'vendor', 'vendors'],
  },
  {
    phrases: ['customer address', 'delivery address', 'shipping details'],
    terms: ['address', 'addresses', 'shipping'],
  },
  {
    phrases: ['order history', 'past orders', 'previous orders', 'what bought', 'purchase history'],
    terms: ['orders', 'order', 'history', 'customer'],
  },
  {
    phrases: ['refund order', 'partial refund', 'refund item', 'refund shipping', 'refund line item'],
    terms: ['refund', 'refunds', 'order', 'line'],
  },
  {
    phrases: ['sales report', 'revenue', 'sales numbers', 'how much sold', 'gross sales', 'sales today', 'total sales'],
    terms: ['sales', 'revenue', 'report', 'orders'],
  },

  // Accounting and payroll: invoices, bills, journals, reconciliation and reports (Xero, QuickBooks, Gusto).
  {
    phrases: ['sales invoice', 'accounts receivable', 'receivable', 'money owed to us', 'unpaid invoice',
      'outstanding invoice', 'owed money'],
    terms: ['invoice', 'receivable', 'accrec', 'outstanding'],
  },
  {
    phrases: ['supplier bill', 'vendor bill', 'bills to pay', 'accounts payable', 'payable', 'money we owe',
      'purchase invoice'],
    terms: ['bill', 'bills', 'payable', 'accpay'],
  },
  {
    phrases: ['record payment', 'log payment', 'apply payment', 'mark paid', 'payment received', 'received money',
      'customer paid', 'got paid'],
    terms: ['payment', 'payments', 'paid', 'allocation'],
  },
  {
    phrases: ['chart of accounts', 'ledger account', 'gl account', 'general ledger', 'account code', 'nominal code',
      'expense account', 'revenue account', 'ledger'],
    terms: ['account', 'accounts', 'ledger', 'chart'],
  },
  {
    phrases: ['journal', 'journal entry', 'manual journal', 'adjusting entry', 'general journal', 'double entry',
      'accrual'],
    terms: ['journal', 'journals', 'manualjournal', 'entry'],
  },
  {
    phrases: ['expense claim', 'expense report', 'reimbursement', 'out of pocket', 'claim expenses',
      'employee expense'],
    terms: ['expense', 'expenses', 'claim', 'reimbursement'],
  },
  {
    phrases: ['receipt upload', 'upload receipt', 'scan receipt', 'receipt photo', 'attach receipt'],
    terms: ['receipt', 'receipts', 'attachment', 'expense'],
  },
  {
    phrases: ['bank transaction', 'bank feed', 'bank statement', 'bank line', 'statement line', 'spent money',
      'bank transfer'],
    terms: ['bank', 'transaction', 'transactions', 'statement'],
  },
  {
    phrases: ['reconcile', 'reconciliation', 'match transaction', 'balance books', 'match bank', 'tie out', 'bank rec',
      'unreconciled'],
    terms: ['reconcile', 'reconciled', 'reconciliation', 'match'],
  },
  {
    phrases: ['profit and loss', 'pnl', 'income statement', 'earnings', 'how much made'],
    terms: ['profitandloss', 'profit', 'loss', 'report'],
  },
  {
    phrases: ['balance sheet', 'assets and liabilities', 'net worth', 'financial position', 'equity'],
    terms: ['balancesheet', 'balance', 'sheet', 'report'],
  },
  { phrases: ['trial balance'], terms: ['trialbalance', 'trial', 'balance', 'report'] },
  {
    phrases: ['aged receivables', 'aging report', 'overdue invoices', 'debtors', 'ageing', 'who owes us', 'ar aging'],
    terms: ['aged', 'receivables', 'report', 'outstanding'],
  },
  {
    phrases: ['aged payables', 'creditors', 'overdue bills', 'ap aging', 'what owe suppliers'],
    terms: ['aged', 'payables', 'report'],
  },
  {
    phrases: ['cash flow', 'cashflow', 'money in and out', 'cash summary', 'bank summary', 'cash position'],
    terms: ['cashflow', 'cash', 'bank', 'summary'],
  },
  {
    phrases: ['financial report', 'accounting report', 'financial statements', 'year end report', 'executive summary'],
    terms: ['report', 'reports', 'financial'],
  },
  {
    phrases: ['tax return', 'vat return', 'gst return', 'sales tax report', 'tax filing', 'file taxes'],
    terms: ['tax', 'return', 'report', 'filing'],
  },
  {
    phrases: ['overpayment', 'prepayment', 'deposit', 'advance payment', 'paid too much', 'down payment', 'retainer'],
    terms: ['overpayment', 'prepayment', 'deposit'],
  },
  {
    phrases: ['payroll', 'pay run', 'payslip', 'pay slip', 'paycheck', 'salary', 'wages', 'pay employees',
      'run payroll', 'payday'],
    terms: ['payroll', 'payrun', 'payslip', 'pay'],
  },
  {
    phrases: ['hire', 'new hire', 'onboard employee', 'staff record', 'headcount', 'employee record'],
    terms: ['employee', 'employees', 'worker', 'hire'],
  },
  {
    phrases: ['time off', 'pto', 'vacation day', 'sick day', 'day off', 'leave request', 'annual leave', 'out sick',
      'absence', 'holiday request', 'parental leave'],
    terms: ['timeoff', 'leave', 'absence', 'pto'],
  },
  {
    phrases: ['fixed asset', 'depreciation', 'asset register', 'equipment', 'depreciate'],
    terms: ['asset', 'assets', 'depreciation'],
  },
  {
    phrases: ['tracking category', 'cost center', 'cost centre', 'class tracking', 'department code'],
    terms: ['tracking', 'category', 'class', 'department'],
  },
  {
    phrases: ['inventory item', 'service item', 'product or service', 'price list', 'items list', 'billable item'],
    terms: ['item', 'items', 'product'],
  },
  {
    phrases: ['repeating invoice', 'recurring invoice', 'auto invoice', 'scheduled invoice', 'monthly invoice',
      'invoice every month'],
    terms: ['repeating', 'recurring', 'invoice', 'schedule'],
  },
  {
    phrases: ['email invoice', 'invoice reminder', 'nudge client', 'remind client to pay', 'chase invoice'],
    terms: ['email', 'send', 'reminder', 'invoice'],
  },
  {
    phrases: ['invoice link', 'online invoice', 'invoice url', 'hosted invoice', 'pay online', 'invoice pdf'],
    terms: ['online', 'invoice', 'url', 'hosted'],
  },
  {
    phrases: ['lock period', 'close books', 'period close', 'year end', 'month end close', 'lock date', 'close month'],
    terms: ['lock', 'period', 'close'],
  },
  {
    phrases: ['bank account', 'business account', 'checking account', 'savings account'],
    terms: ['bank', 'account', 'accounts'],
  },

  // Social media: posts, reposts, likes, follows and timelines (X/Twitter, Mastodon, LinkedIn, Reddit).
  {
    phrases: ['toot', 'skeet', 'status update', 'social post', 'share on twitter', 'share on linkedin', 'post online',
      'post to twitter', 'share update', 'post to feed'],
    terms: ['tweet', 'tweets', 'post', 'status'],
  },
  {
    phrases: ['delete tweet', 'unpost', 'take down post', 'remove post', 'delete status'],
    terms: ['delete', 'tweet', 'post', 'status'],
  },
  { phrases: ['quote tweet', 'quote post', 'qt', 'quote retweet'], terms: ['quote', 'tweet', 'post'] },
  {
    phrases: ['repost', 'rt', 'share tweet', 'boost', 'reblog', 'reshare', 'amplify', 'share post'],
    terms: ['retweet', 'retweets', 'repost', 'reblog'],
  },
  {
    phrases: ['unretweet', 'undo retweet', 'unboost', 'undo repost', 'remove repost', 'unreblog'],
    terms: ['retweet', 'unretweet', 'delete', 'unreblog'],
  },
  {
    phrases: ['heart', 'fav', 'favorite tweet', 'like post', 'like tweet', 'upvote', 'smash like', 'like comment'],
    terms: ['like', 'likes', 'favorite', 'favourite'],
  },
  {
    phrases: ['follow back', 'start following', 'subscribe to user', 'add friend', 'friend request', 'follow user',
      'follow account', 'follow person'],
    terms: ['follow', 'following', 'friendship', 'friend'],
  },
  {
    phrases: ['unfollow', 'stop following', 'unfriend', 'remove friend', 'drop follow', 'unfollow user'],
    terms: ['unfollow', 'following', 'delete', 'friendship'],
  },
  { phrases: ['following list', 'accounts followed', 'people followed'], terms: ['following', 'followed', 'friends'] },
  {
    phrases: ['mute user', 'mute account', 'hide posts from', 'hide user', 'mute word'],
    terms: ['mute', 'muting', 'muted'],
  },
  {
    phrases: ['block user', 'block account', 'blacklist user', 'blocklist', 'block person', 'block someone'],
    terms: ['block', 'blocks', 'blocking'],
  },
  { phrases: ['unblock', 'lift block', 'remove block', 'unblock account'], terms: ['unblock', 'block', 'delete'] },
  { phrases: ['bookmark', 'save tweet', 'save post', 'read later'], terms: ['bookmark', 'bookmarks', 'saved'] },
  {
    phrases: ['home timeline', 'news feed', 'what people posting', 'home feed', 'posts from people follow',
      'social feed'],
    terms: ['timeline', 'timelines', 'feed', 'home'],
  },
  {
    phrases: ['user tweets', 'user posts', 'posts by user', 'someone posted', 'profile posts'],
    terms: ['tweets', 'posts', 'timeline', 'user'],
  },
  { phrases: ['hashtag', 'tagged posts', 'posts with tag'], terms: ['hashtag', 'tag', 'search'] },
  {
    phrases: ['trending', 'whats trending', 'trending topics', 'viral', 'whats hot', 'popular now'],
    terms: ['trends', 'trending', 'popular'],
  },
  { phrases: ['twitter list', 'curated list', 'subscribe to list'], terms: ['list', 'lists', 'members'] },
  {
    phrases: ['upload image', 'attach photo', 'add picture', 'media upload', 'upload photo', 'upload media',
      'attach image', 'upload gif'],
    terms: ['media', 'upload', 'image', 'photo'],
  },
  {
    phrases: ['subreddit', 'community', 'forum', 'reddit community', 'group page'],
    terms: ['subreddit', 'community', 'communities', 'group'],
  },
  { phrases: ['downvote', 'vote on post', 'upvote post', 'vote comment'], terms: ['vote', 'votes'] },
  {
    phrases: ['company page', 'organization page', 'brand page', 'business page', 'facebook page', 'fan page',
      'page posts'],
    terms: ['page', 'pages', 'organization'],
  },
  {
    phrases: ['insta story', 'instagram story', 'ig story', 'reel', 'instagram post', 'carousel'],
    terms: ['story', 'stories', 'media', 'reel'],
  },
  {
    phrases: ['schedule post', 'schedule tweet', 'post later', 'queue post', 'buffer post'],
    terms: ['schedule', 'scheduled', 'publish', 'post'],
  },
  {
    phrases: ['social analytics', 'engagement rate', 'impressions', 'post insights', 'post stats', 'follower growth'],
    terms: ['insights', 'impressions', 'metrics', 'analytics'],
  },
  { phrases: ['picture', 'pic', 'selfie', 'photograph', 'image file'], terms: ['photo', 'photos', 'image', 'media'] },
  { phrases: ['photo album', 'gallery', 'photo gallery', 'album photos'], terms: ['album', 'albums', 'gallery'] },
  {
    phrases: ['connection request', 'linkedin connection', 'connect on linkedin', 'professional network'],
    terms: ['connection', 'connections', 'invitation', 'network'],
  },
  {
    phrases: ['report post', 'report abuse', 'flag post', 'report user', 'flag content'],
    terms: ['report', 'flag', 'abuse', 'moderation'],
  },

  // E-signature: envelopes, recipients, signing and templates (DocuSign, Dropbox Sign, Adobe Sign, PandaDoc).
  {
    phrases: ['signature request', 'send for signature', 'get signed', 'esign', 'sign document', 'send contract',
      'request signature', 'docusign', 'get signature', 'contract to sign', 'signing request', 'send for signing'],
    terms: ['envelope', 'envelopes', 'signature', 'request'],
  },
  {
    phrases: ['countersign', 'put signature', 'add signature', 'sign here', 'sign contract', 'sign agreement',
      'electronic signature'],
    terms: ['sign', 'signing', 'signature', 'recipient'],
  },
  {
    phrases: ['embedded signing', 'sign in app', 'signing link', 'sign inside app', 'signing session', 'signing page'],
    terms: ['recipient', 'view', 'embedded', 'url'],
  },
  {
    phrases: ['signer', 'cc recipient', 'witness', 'signatory', 'counterparty'],
    terms: ['recipient', 'recipients', 'signer', 'signers'],
  },
  {
    phrases: ['void envelope', 'void contract', 'cancel signature request', 'withdraw contract', 'cancel envelope',
      'recall contract', 'kill contract', 'void agreement'],
    terms: ['void', 'voided', 'cancel', 'envelope'],
  },
  {
    phrases: ['contract template', 'signing template', 'reusable contract', 'agreement template', 'document template'],
    terms: ['template', 'templates', 'envelope'],
  },
  {
    phrases: ['signed yet', 'signing status', 'completed contracts', 'pending signatures', 'waiting for signature',
      'awaiting signature', 'envelope status', 'contract status'],
    terms: ['status', 'envelope', 'completed', 'sent'],
  },
  {
    phrases: ['signed copy', 'signed pdf', 'completed document', 'executed contract', 'certificate of completion',
      'download signed', 'final contract'],
    terms: ['documents', 'combined', 'certificate', 'download'],
  },
  {
    phrases: ['resend contract', 'remind signer', 'nudge signer', 'signing reminder', 'chase signature',
      'resend envelope'],
    terms: ['resend', 'reminder', 'notification', 'envelope'],
  },
  {
    phrases: ['correct envelope', 'fix contract', 'change signer', 'update recipient', 'edit envelope',
      'replace signer'],
    terms: ['correct', 'recipients', 'update', 'envelope'],
  },
  {
    phrases: ['signature field', 'sign here tab', 'form field', 'signature box', 'date signed field', 'initial here',
      'fill in field', 'text field'],
    terms: ['tabs', 'tab', 'field', 'fields'],
  },
  {
    phrases: ['bulk send', 'mass send', 'send to many', 'send to list', 'batch send'],
    terms: ['bulk', 'send', 'list', 'batch'],
  },
  {
    phrases: ['contract', 'agreement', 'nda', 'legal document', 'msa', 'sow'],
    terms: ['agreement', 'agreements', 'envelope', 'document'],
  },

  // Customer support: tickets, replies, notes, SLAs and help centers (Zendesk, Freshdesk, Intercom, Help Scout, Front).
  {
    phrases: ['support ticket', 'help request', 'support request', 'customer issue', 'help desk ticket',
      'service request', 'inquiry', 'enquiry', 'customer problem'],
    terms: ['ticket', 'tickets', 'case', 'request'],
  },
  {
    phrases: ['reply to ticket', 'respond to customer', 'public reply', 'answer ticket', 'reply to customer',
      'respond to ticket', 'answer customer'],
    terms: ['comment', 'reply', 'public', 'ticket'],
  },
  {
    phrases: ['internal note', 'private note', 'private comment', 'note to team', 'staff note', 'agent note',
      'internal comment'],
    terms: ['internal', 'note', 'private', 'comment'],
  },
  {
    phrases: ['solve', 'mark solved', 'close ticket', 'resolve ticket', 'fix ticket', 'mark resolved', 'ticket done'],
    terms: ['solved', 'resolve', 'close', 'status'],
  },
  {
    phrases: ['escalate', 'escalation', 'bump up', 'kick upstairs', 'raise priority', 'hand to tier 2', 'page manager',
      'urgent attention', 'level up'],
    terms: ['escalate', 'escalation', 'priority', 'policy'],
  },
  {
    phrases: ['requester', 'submitter', 'customer who asked', 'who opened ticket', 'reporter', 'ticket creator'],
    terms: ['requester', 'submitter', 'reporter', 'user'],
  },
  {
    phrases: ['help article', 'kb article', 'knowledge base', 'faq', 'help doc', 'support article', 'help center',
      'docs article', 'help centre'],
    terms: ['article', 'articles', 'help', 'center'],
  },
  {
    phrases: ['ticket view', 'queue view', 'inbox view', 'ticket queue', 'support queue', 'ticket list'],
    terms: ['view', 'views', 'tickets'],
  },
  {
    phrases: ['sla', 'service level', 'response time target', 'first reply time', 'sla breach', 'breach',
      'resolution time'],
    terms: ['sla', 'policy', 'slas', 'breach'],
  },
  {
    phrases: ['ticket field', 'ticket form', 'custom ticket field', 'ticket custom field'],
    terms: ['ticket', 'field', 'fields', 'form'],
  },
  { phrases: ['merge tickets', 'duplicate ticket', 'combine tickets'], terms: ['merge', 'tickets', 'ticket'] },
  {
    phrases: ['satisfaction survey', 'rate support', 'support rating', 'csat survey'],
    terms: ['satisfaction', 'rating', 'ratings'],
  },
  {
    phrases: ['trigger rule', 'ticket trigger', 'business rule', 'auto assign rule', 'routing rule support'],
    terms: ['trigger', 'triggers', 'automation', 'rule'],
  },

  // Incidents and on-call: incidents, alerts, acknowledgement, escalation, schedules (PagerDuty, Opsgenie, Statuspage).
  {
    phrases: ['outage', 'site down', 'everything broken', 'production issue', 'prod down', 'sev1', 'sev 1',
      'major incident', 'emergency', 'service down', 'system down', 'app down'],
    terms: ['incident', 'incidents'],
  },
  {
    phrases: ['page someone', 'page on call', 'wake up on call', 'alert on call', 'trigger incident', 'raise incident',
      'declare incident', 'open incident', 'sound alarm', 'pager', 'page engineer'],
    terms: ['incident', 'trigger', 'create', 'alert'],
  },
  {
    phrases: ['ack', 'ack alert', 'ack incident', 'claim incident', 'take incident', 'acknowledge alert',
      'acknowledge page'],
    terms: ['acknowledge', 'acknowledged', 'ack'],
  },
  {
    phrases: ['resolve incident', 'all clear', 'incident over', 'fixed outage', 'close incident',
      'mark incident resolved', 'resolve alert', 'outage over'],
    terms: ['resolve', 'resolved', 'incident', 'status'],
  },
  {
    phrases: ['snooze incident', 'snooze alert', 'delay alert', 'snooze page'],
    terms: ['snooze', 'incident', 'alert'],
  },
  {
    phrases: ['oncall', 'whos on call', 'on call schedule', 'on duty', 'on call rotation', 'who carries pager',
      'pager rotation', 'on call now'],
    terms: ['oncall', 'oncalls', 'schedule', 'rotation'],
  },
  {
    phrases: ['override', 'swap shift', 'take over on call', 'schedule override', 'cover on call', 'cover shift'],
    terms: ['override', 'overrides', 'schedule'],
  },
  {
    phrases: ['escalation policy', 'escalation chain', 'who gets paged next', 'escalation rules', 'escalation path'],
    terms: ['escalation', 'policy', 'policies', 'rules'],
  },
  {
    phrases: ['send event', 'event to pagerduty', 'raise alert', 'fire alert', 'create alert', 'alert event'],
    terms: ['event', 'enqueue', 'trigger', 'alert'],
  },
  {
    phrases: ['microservice', 'technical service', 'business service', 'affected service', 'service directory',
      'service catalog'],
    terms: ['service', 'services'],
  },
  {
    phrases: ['postmortem', 'post mortem', 'retro', 'retrospective', 'incident review', 'root cause', 'rca',
      'lessons learned', 'after action review'],
    terms: ['postmortem', 'retrospective', 'review', 'analysis'],
  },
  {
    phrases: ['status page', 'public status', 'service status page', 'uptime page', 'system status', 'statuspage'],
    terms: ['status', 'page', 'statuspage', 'component'],
  },
  {
    phrases: ['incident update', 'outage update', 'customer update outage', 'post incident update', 'incident note'],
    terms: ['incident', 'update', 'updates', 'note'],
  },
  {
    phrases: ['responder', 'add responder', 'bring in help', 'request help', 'all hands', 'call in expert',
      'more responders'],
    terms: ['responder', 'responders', 'request'],
  },
  {
    phrases: ['incident priority', 'incident severity', 'sev level', 'severity level', 'urgency level'],
    terms: ['priority', 'severity', 'urgency', 'incident'],
  },
  {
    phrases: ['alert grouping', 'group alerts', 'dedupe alerts', 'noise reduction', 'alert noise'],
    terms: ['grouping', 'alert', 'dedup', 'suppress'],
  },

  // AI and language services: text generation, images, embeddings and translation.
  {
    phrases: ['ask ai', 'chatbot', 'llm', 'generate text', 'prompt', 'gpt', 'ask model', 'chat completion', 'ai reply'],
    terms: ['completion', 'completions', 'chat', 'generate'],
  },
  {
    phrases: ['image generation', 'generate image', 'draw picture', 'make image', 'create image', 'dalle', 'ai image',
      'text to image'],
    terms: ['image', 'generation', 'generate', 'images'],
  },
  {
    phrases: ['embedding', 'embed text', 'semantic vector', 'text vector', 'vectorize'],
    terms: ['embedding', 'embeddings', 'vector'],
  },
  {
    phrases: ['translate', 'translation', 'in spanish', 'in french', 'in german', 'convert language',
      'another language'],
    terms: ['translate', 'translation', 'language'],
  },

  // Short links: link shorteners (Bitly, Rebrandly, TinyURL).
  {
    phrases: ['shorten link', 'short url', 'short link', 'shorten url', 'tiny url', 'bitly', 'link shortener'],
    terms: ['shorten', 'short', 'link', 'bitlink'],
  },
];
