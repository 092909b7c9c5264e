import { describe, expect, it } from 'vitest';
import { importColumnFor, importColumns, importResources, importRowBody, importTemplate, type ImportResource } from './imports.js';

const body = (resource: ImportResource, cells: Record<string, string>) =>
  importRowBody(Object.entries(cells).map(([header, cell]) => [importColumnFor(resource, header)!, cell] as const));

describe('import columns', () => {
  it('finds a column by API name, Chinese label or English label, ignoring a BOM, spaces and case', () => {
    expect(importColumnFor('employers', '\uFEFF统一社会信用代码 ')!.field).toBe('creditCode');
    expect(importColumnFor('employers', 'CREDITCODE')!.field).toBe('creditCode');
    expect(importColumnFor('employers', 'credit code')!.field).toBe('creditCode');
    expect(importColumnFor('employers', '颜色')).toBeNull();
  });

  it('names every column once per resource, by field and by label', () => {
    for (const r of importResources) {
      const columns = importColumns[r];
      expect(new Set(columns.map((c) => c.field)).size).toBe(columns.length);
      expect(new Set(columns.map((c) => c.label.zh)).size).toBe(columns.length);
    }
  });

  it('writes a template of the Chinese headers, UTF-8 with BOM', () => {
    expect(importTemplate('employers')).toBe('\uFEFF外部编号,单位名称,统一社会信用代码,所在街道代码,行业,职工人数,是否建会,工会隶属,所属集团,管理机构\r\n');
  });
});

describe('a CSV row as a create body', () => {
  it('converts yes/no, integers and enumeration labels; leaves empty cells out', () => {
    expect(body('employers', { 单位名称: ' 甲公司 ', 职工人数: '12', 是否建会: '是', 工会隶属: '' })).toEqual({ name: '甲公司', employeeCount: 12, unionized: true });
    expect(body('employers', { 是否建会: '否' }).unionized).toBe(false);
    expect(body('employers', { 是否建会: 'false' }).unionized).toBe(false);
    expect(body('mediators', { 性别: '女', 兼职: 'Y' })).toEqual({ gender: 'female', partTime: true });
  });

  it('keeps what does not convert as written, for the schema to refuse with the field’s name', () => {
    expect(body('employers', { 职工人数: '十二', 是否建会: '也许' })).toEqual({ employeeCount: '十二', unionized: '也许' });
    expect(body('mediators', { 性别: '未知' }).gender).toBe('未知');
  });

  it('builds nested objects and lists of objects from dotted and list columns', () => {
    expect(body('legal-aid', { 申请人姓名: '李四', 户籍类型: '农民工' })).toEqual({ applicant: { name: '李四', household: 'migrant' } });
    expect(body('cases', { 职工姓名: '张三;李四', 身份证号: ';110', 争议类别: '劳动报酬；工伤', '请求金额（元）': '100;200' })).toEqual({
      workers: [{ name: '张三' }, { name: '李四', idNumber: '110' }],
      claims: [
        { category: 'wages', amount: '100' },
        { category: 'work_injury', amount: '200' },
      ],
    });
    expect(body('lawyers', { 服务队伍: '律师志愿者; city_team' }).pools).toEqual(['volunteer', 'city_team']);
    expect(body('mediation-orgs', { 有机构: '是', 有制度: '否' }).checklist).toEqual({ institution: true, rules: false });
  });
});
