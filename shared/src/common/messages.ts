import type { ErrorCode } from './errors.js';
import { format, type Label, type Language } from './i18n.js';

/** Titles of the problem+json answers, per code, in both languages. */
export const errorTitles: Record<ErrorCode, Label> = {
  validation_failed: { zh: '提交的内容有误', en: 'The request is not valid' },
  malformed_body: { zh: '请求内容无法解析', en: 'The request body cannot be parsed' },
  unauthenticated: { zh: '请先登录', en: 'Authentication required' },
  token_expired: { zh: '登录已过期，请重新登录', en: 'The access token has expired' },
  invalid_credentials: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  forbidden: { zh: '无权进行此操作', en: 'Not allowed' },
  not_found: { zh: '记录不存在', en: 'Not found' },
  duplicate: { zh: '记录已存在', en: 'Already exists' },
  conflict: { zh: '操作与现有数据冲突', en: 'Conflicts with existing data' },
  transition_not_allowed: { zh: '当前状态下不能进行此操作', en: 'This step is not allowed in the current state' },
  route_not_allowed: { zh: '不允许转往该机构', en: 'This route is not allowed' },
  version_conflict: { zh: '记录已被他人修改，请刷新后重试', en: 'The record was changed by someone else' },
  precondition_required: { zh: '缺少 If-Match 版本号', en: 'If-Match is required' },
  payload_too_large: { zh: '提交的内容过大', en: 'The request body is too large' },
  unsupported_media_type: { zh: '不支持的内容类型', en: 'Unsupported media type' },
  rule_violated: { zh: '不符合业务规则', en: 'A rule refuses this' },
  idempotency_key_reused: { zh: '幂等键已用于不同的请求', en: 'The Idempotency-Key was used with another body' },
  rate_limited: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests' },
  service_unavailable: { zh: '服务暂不可用', en: 'Service unavailable' },
  internal_error: { zh: '服务器内部错误', en: 'Internal error' },
};

/**
 * Messages of the domain rules, keyed by the rule name that travels in `errors[].rule`.
 * One catalogue for the server's answers and the admin app's own checks.
 */
export const ruleMessages = {
  required: { zh: '必填', en: 'is required' },
  'office.parent_kind': { zh: '{kind}不能设在{parentKind}之下', en: 'a {kind} cannot sit under a {parentKind}' },
  'office.root_kind': { zh: '只有市总工会可以作为根节点', en: 'only a city federation can be the root of the tree' },
  'office.region_unknown': { zh: '行政区划代码 {code} 不存在（GB/T 2260）', en: 'region code {code} is not a GB/T 2260 code' },
  'office.region_tier': { zh: '{tier}级机构应使用{digits}位行政区划代码', en: 'a {tier}-tier office needs a {digits}-digit region code' },
  'office.region_outside_parent': { zh: '行政区划 {code} 不在上级机构的区划 {parentCode} 之内', en: 'region {code} is not inside the parent office’s region {parentCode}' },
  'office.cycle': { zh: '不能把机构移到它自己的下级之下', en: 'an office cannot move under its own subtree' },
  'office.kind_fixed': { zh: '机构类型创建后不能更改', en: 'the kind of an office cannot change' },
  'user.role_not_grantable': { zh: '无权授予角色 {role}', en: 'you cannot grant the role {role}' },
  'scope.office_outside': { zh: '所选机构不在您的管辖范围内', en: 'the office is outside your subtree' },
  'user.password_weak': { zh: '密码至少 8 位，且须同时包含字母和数字', en: 'a password needs at least 8 characters with letters and digits' },
  'user.self_deactivate': { zh: '不能停用自己的账号', en: 'you cannot deactivate your own account' },
  'auth.refresh_invalid': { zh: '登录凭证无效或已被撤销', en: 'the refresh token is invalid or revoked' },
  'auth.account_inactive': { zh: '账号已停用', en: 'the account is inactive' },
} satisfies Record<string, Label>;
export type RuleName = keyof typeof ruleMessages;

export function ruleMessage(rule: RuleName, lang: Language, params: Record<string, unknown> = {}): string {
  const label = ruleMessages[rule];
  return format(lang === 'en' ? label.en : label.zh, params);
}
