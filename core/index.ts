// The public surface of the core. Surfaces (server, CLI) and plugins import from here only.
export { AuthTemplateSchema, NO_AUTH, secretNamesOf, type AuthTemplate } from './auth-template.js';
export { secretRefsFor, type CatalogEntry, type ConnectionView } from './catalog.js';
export {
  ConfigError,
  ConnectionConfigSchema,
  ExecutorConfigSchema,
  emptyConfig,
  loadConfigFile,
  parseConfig,
  type ConnectionConfig,
  type ExecutorConfig,
  type LoadedConfig,
} from './config.js';
export { Approvals, approvalPendingError, type Decision } from './approvals.js';
export { previewArgs } from './args-preview.js';
export { DEFAULT_APPROVAL_TTL_MS, createExecutor, type CreateExecutorOptions, type ExecutorHandle, type ToolDescription } from './create-executor.js';
export {
  ExecutorError,
  errorFromUnknown,
  errorShapeFrom,
  isExecutorError,
  type ErrorCode,
  type ErrorShape,
} from './errors.js';
export { hashArgs, outputOf, type CallContext, type ExecuteResult, type ResumeOptions } from './execute.js';
export { DEFAULT_INLINE_BUDGET_BYTES, ResultHandles, handleOf, type ResultHandle, type ResultOwner } from './results/result-handles.js';
export { parseResultQuery, queryValue, type QueryOutcome, type ResultQuery } from './results/result-query.js';
export { RESULT_URI_PREFIX, resultIdOf, type ResultStore, type StoredResult } from './store/result-store.js';
export { PolicyAdmin } from './policy/policy-admin.js';
export { POLICY_ACTIONS, PolicyRuleConfigSchema, describeRule, type PolicyRule, type PolicyRuleConfig } from './policy/policy-rule.js';
export { resolvePolicy, type PolicyTarget, type ResolvedPolicy } from './policy/resolve-policy.js';
export type { Approval, ApprovalState } from './store/approval-store.js';
export type { PausedSnippet, PausedSnippetStore } from './store/paused-snippet-store.js';
export type { RegisteredPolicyRule } from './store/policy-store.js';
export { databasePathIn, defaultConfigPathIn, executorHome } from './home.js';
export {
  formatAddress,
  identifierFrom,
  isIdentifier,
  parseAddress,
  toolId,
  type ConnectionName,
  type RunId,
  type ScopeName,
  type SourceName,
  type ToolAddress,
  type ToolId,
} from './ids.js';
export { isSchemaObject, type JsonSchema, type JsonSchemaObject, type JsonSchemaTypeName } from './json-schema.js';
export type { Manifest, ManifestTool, PolicyAction, SideEffect } from './manifest.js';
export { REDACTED, redactSecrets } from './redact.js';
export type { SourceOutcome } from './source-admin.js';
export { SourceConfigCommonSchema, type SourceConfigCommon } from './source-config.js';
export type { InvokeContext, InvokedTool, ResolveContext, SourceConfigBase, SourcePlugin } from './source-plugin.js';
export type { RecordOrigin, RegisteredSource, RegisteredTool } from './store/catalog-store.js';
export type { RegisteredConnection } from './store/connection-store.js';
export type { SearchCacheStore } from './store/search-cache-store.js';
export type { RecordedCall } from './store/run-call-store.js';
export type { ApprovalDecision, RunFinish, RunQuery, RunRecord, RunStatus, RunUpdate, Surface } from './store/run-store.js';
export { formatZodIssues } from './zod-issues.js';
