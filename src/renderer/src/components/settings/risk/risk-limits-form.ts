import { type RiskLimits, type RiskLimitsInput } from '../../../../../shared/schemas/risk';

export type RiskField = 'maxOrderValue' | 'maxOpenOrders' | 'maxOrdersPerMinute' | 'priceBandPct' | 'dailyLossLimit';
export type RiskTexts = Record<RiskField, string>;

export const RISK_FIELDS: readonly { key: RiskField; label: string; description: string; unit: string; kind: 'amount' | 'count' | 'percent' }[] = [
  { key: 'maxOrderValue', label: 'Max order value', description: 'Largest value of one order (price × quantity, or the quote amount), in the quote asset of its symbol.', unit: 'quote', kind: 'amount' },
  { key: 'maxOpenOrders', label: 'Max open orders', description: 'Open orders on the account across every symbol, including the new one.', unit: 'orders', kind: 'count' },
  { key: 'maxOrdersPerMinute', label: 'Max orders per minute', description: 'Orders sent in any 60 seconds, including the new one.', unit: 'per min', kind: 'count' },
  { key: 'priceBandPct', label: 'Price band', description: 'Fat-finger guard: how far a limit or stop price may be from the last price.', unit: '± %', kind: 'percent' },
  { key: 'dailyLossLimit', label: 'Daily loss limit', description: 'Realized loss since 00:00 UTC at which new orders stop, in the quote asset.', unit: 'quote', kind: 'amount' },
];

export function textsOf(limits: RiskLimits): RiskTexts {
  const text = (value: string | number | null): string => (value === null ? '' : String(value));
  return {
    maxOrderValue: text(limits.maxOrderValue),
    maxOpenOrders: text(limits.maxOpenOrders),
    maxOrdersPerMinute: text(limits.maxOrdersPerMinute),
    priceBandPct: text(limits.priceBandPct),
    dailyLossLimit: text(limits.dailyLossLimit),
  };
}

/** Reads the form: an empty field is no limit; anything else must be a valid limit, or it says why. */
export function parseRiskTexts(accountId: number, texts: RiskTexts): { input: RiskLimitsInput; errors: Partial<Record<RiskField, string>> } {
  const errors: Partial<Record<RiskField, string>> = {};
  const amount = (key: RiskField): string | null => {
    const value = texts[key].trim();
    if (value === '') return null;
    if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) errors[key] = 'A positive number such as 500 or 0.25, or empty for no limit.';
    return value;
  };
  const count = (key: RiskField): number | null => {
    const value = texts[key].trim();
    if (value === '') return null;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || parsed < 1 || parsed > 10_000) errors[key] = 'A whole number from 1 to 10000, or empty for no limit.';
    return parsed;
  };
  const percent = (key: RiskField): number | null => {
    const value = texts[key].trim();
    if (value === '') return null;
    const parsed = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || parsed <= 0 || parsed > 1000) errors[key] = 'A percentage above 0 and at most 1000, or empty for no band.';
    return parsed;
  };
  const input: RiskLimitsInput = {
    accountId,
    maxOrderValue: amount('maxOrderValue'),
    maxOpenOrders: count('maxOpenOrders'),
    maxOrdersPerMinute: count('maxOrdersPerMinute'),
    priceBandPct: percent('priceBandPct'),
    dailyLossLimit: amount('dailyLossLimit'),
  };
  return { input, errors };
}
