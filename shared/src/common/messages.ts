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
  'office.region_tier': { zh: '{tier}机构应使用{digits}位行政区划代码', en: 'a {tier}-tier office needs a {digits}-digit region code' },
  'office.region_outside_parent': { zh: '行政区划 {code} 不在上级机构的区划 {parentCode} 之内', en: 'region {code} is not inside the parent office’s region {parentCode}' },
  'office.cycle': { zh: '不能把机构移到它自己的下级之下', en: 'an office cannot move under its own subtree' },
  'office.kind_fixed': { zh: '机构类型创建后不能更改', en: 'the kind of an office cannot change' },
  'user.role_not_grantable': { zh: '无权授予角色 {role}', en: 'you cannot grant the role {role}' },
  'scope.office_outside': { zh: '所选机构不在您的管辖范围内', en: 'the office is outside your subtree' },
  'user.username_taken': { zh: '用户名 {username} 已被使用', en: 'the username {username} is taken' },
  'auth.permission_required': { zh: '需要权限：{permission}', en: 'requires the permission {permission}' },
  'user.password_weak': { zh: '密码至少 8 位，且须同时包含字母和数字', en: 'a password needs at least 8 characters with letters and digits' },
  'user.self_deactivate': { zh: '不能停用自己的账号', en: 'you cannot deactivate your own account' },
  'auth.refresh_invalid': { zh: '登录凭证无效或已被撤销', en: 'the refresh token is invalid or revoked' },
  'auth.account_inactive': { zh: '账号已停用', en: 'the account is inactive' },
  'code.credit_length': { zh: '统一社会信用代码应为 18 位', en: 'a unified social credit code has 18 characters' },
  'code.credit_chars': { zh: '统一社会信用代码含有不允许的字符（不使用 I、O、S、V、Z）', en: 'a unified social credit code uses only 0-9 and A-Y without I, O, S, V, Z' },
  'code.credit_region': { zh: '统一社会信用代码第 3–8 位应为行政区划代码', en: 'characters 3–8 of a credit code are a region code' },
  'code.credit_check': { zh: '统一社会信用代码校验位不正确（GB 32100）', en: 'the check character of the credit code is wrong (GB 32100)' },
  'code.id_format': { zh: '身份证号应为 17 位数字加 1 位校验码', en: 'an ID number is 17 digits and a check character' },
  'code.id_birth_date': { zh: '身份证号中的出生日期无效', en: 'the birth date in the ID number is not valid' },
  'code.id_check': { zh: '身份证号校验码不正确（GB 11643）', en: 'the check digit of the ID number is wrong (GB 11643)' },
  'employer.union_office_required': { zh: '已建会单位须填写工会隶属', en: 'a unionized employer needs the office its union reports to' },
  'employer.union_office_without_union': { zh: '未建会单位不能填写工会隶属', en: 'an employer without a union has no union office' },
  'employer.union_office_kind': { zh: '工会隶属只能是市总工会、区县总工会或企业集团工会', en: 'a union reports to the city federation, a district federation or a group union' },
  'employer.group_kind': { zh: '所属集团须为企业集团工会', en: 'the group must be a group union' },
  'employer.credit_code_taken': { zh: '统一社会信用代码 {code} 已登记', en: 'credit code {code} is already registered' },
  'employer.region_outside_network': { zh: '所在街道不在本市范围内', en: 'the street is outside this city' },
  'filing.size_committee': { zh: '职工 100 人以上的企业才能建立企业劳动争议调解委员会（现有 {count} 人）', en: 'an enterprise committee needs 100 or more employees (the employer has {count})' },
  'filing.size_coordinator': { zh: '职工不足 100 人的企业配备劳动关系协调员（现有 {count} 人）', en: 'a labor-relations coordinator is for employers with fewer than 100 employees (the employer has {count})' },
  'filing.size_group': { zh: '职工 5000 人以上的企业集团才能建立集团劳动争议调解中心（现有 {count} 人）', en: 'a group center needs a group of 5,000 or more employees (it has {count})' },
  'filing.override_city_only': { zh: '只有市级审核人员可以记录例外理由', en: 'only a city-tier reviewer may record an override' },
  'filing.employer_required': { zh: '{type}须关联用人单位', en: 'a {type} needs its employer' },
  'filing.employer_not_allowed': { zh: '{type}不关联用人单位', en: 'a {type} has no employer' },
  'filing.office_kind': { zh: '{type}须关联对应的{kind}机构', en: 'a {type} is the office of a {kind}' },
  'filing.coordinator_name': { zh: '劳动关系协调员须填写姓名', en: 'a labor-relations coordinator needs the person’s name' },
  'filing.authority_missing': { zh: '找不到备案机关：{kind}（{code}）尚未建立', en: 'no filing authority: there is no {kind} for {code}' },
  'filing.not_authority': { zh: '只有备案机关（{office}）的工作人员可以审核', en: 'only the filing authority ({office}) reviews this filing' },
  'filing.not_filer': { zh: '只有报送单位可以进行此操作', en: 'only the filing side may do this' },
  'filing.reason_required': { zh: '请填写理由', en: 'a reason is required' },
  'report.cadence': { zh: '该组织按{cadence}报送', en: 'this organization reports per {cadence}' },
  'report.not_ended': { zh: '报送期间尚未结束', en: 'the period has not ended yet' },
  'report.org_not_filed': { zh: '只有已备案的调解组织报送信息', en: 'only a filed organization reports' },
  'report.settled_exceeds': { zh: '调解成功数不能大于调解数，调解数不能大于受理数', en: 'settled ≤ mediated ≤ received' },
  'people.org_outside': { zh: '所选调解组织不在您的管辖范围内', en: 'the organization is outside your subtree' },
  'people.employer_unknown': { zh: '用人单位不存在', en: 'no such employer' },
  'people.mediator_unknown': { zh: '调解员不存在', en: 'no such mediator' },
  'people.license_taken': { zh: '律师执业证号 {licenseNo} 已登记', en: 'licence number {licenseNo} is already registered' },
  'case.handler_required': { zh: '请选择承办调解组织', en: 'choose the mediation organization that handles it' },
  'case.handler_outside': { zh: '承办调解组织须为已备案且由本机构管辖的组织', en: 'the handling organization must be filed and within your subtree' },
  'case.source_required': { zh: '仲裁委转送、法院委托的案件须填写来源机关', en: 'a transferred or entrusted case records the body that sent it' },
  'case.arbitration_handler': { zh: '仲裁委转送的案件由仲裁委所在区县调解中心或市调解指导中心受理', en: 'an arbitration transfer goes to the district center of the commission’s district or the city guidance center' },
  'case.id_number': { zh: '第 {n} 名职工的身份证号无效：{problem}', en: 'worker {n}: {problem}' },
  'case.reason_required': { zh: '请填写理由', en: 'a reason is required' },
  'case.route_reason': { zh: '转办须选择转办理由：{reasons}', en: 'a transfer needs a route reason: {reasons}' },
  'case.target_required': { zh: '请选择接收调解组织', en: 'choose the receiving organization' },
  'case.not_handler': { zh: '只有承办组织可以进行此操作', en: 'only the handling organization may do this' },
  'case.not_receiver': { zh: '只有接收组织可以接收或拒绝转办', en: 'only the receiving organization accepts or declines a transfer' },
  'case.no_city_center': { zh: '本市尚未设立市总法律服务中心，无法报送重大案件', en: 'the city has no legal service center to report major cases to' },
} satisfies Record<string, Label>;
export type RuleName = keyof typeof ruleMessages;

export function ruleMessage(rule: RuleName, lang: Language, params: Record<string, unknown> = {}): string {
  const label = ruleMessages[rule];
  return format(lang === 'en' ? label.en : label.zh, params);
}
