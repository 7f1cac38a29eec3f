/**
 * Exact arithmetic for customs payments (issue 16, "Rounding"): every figure is a fraction of two
 * bigints, so a tariff's "0.44 EUR" times a National Bank rate of "601.35" stays exact until the
 * one place the law rounds it — to the tiyn (0.01 tenge), half up. Binary floating point never
 * touches money here.
 */
export interface Exact {
  readonly n: bigint;
  /** always positive */
  readonly d: bigint;
}

const decimalText = /^\d+(?:\.\d+)?$/;
const powersOfTen = Array.from({ length: 19 }, (_, i) => 10n ** BigInt(i));

/** A non-negative decimal string ("15000", "601.35", "0,44" is not accepted) as an exact value. */
export function exact(text: string): Exact {
  if (!decimalText.test(text)) throw new Error(`not a decimal number: "${text}"`);
  const point = text.indexOf('.');
  if (point < 0) return { n: BigInt(text), d: 1n };
  const places = text.length - point - 1;
  return {
    n: BigInt(text.slice(0, point) + text.slice(point + 1)),
    d: powersOfTen[places] ?? 10n ** BigInt(places),
  };
}

export const whole = (n: bigint | number): Exact => ({ n: BigInt(n), d: 1n });
export const zero: Exact = whole(0);

/** An amount in tiyn as an exact value in tenge. */
export const fromTiyn = (tiyn: bigint): Exact => ({ n: tiyn, d: 100n });

export const times = (a: Exact, b: Exact): Exact => ({ n: a.n * b.n, d: a.d * b.d });
export const dividedBy = (a: Exact, b: Exact): Exact => {
  if (b.n === 0n) throw new Error('division by zero');
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
};
export const plus = (a: Exact, b: Exact): Exact => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const minus = (a: Exact, b: Exact): Exact => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const compare = (a: Exact, b: Exact): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
export const larger = (a: Exact, b: Exact): Exact => (compare(a, b) >= 0 ? a : b);
/** The part above zero: what exceeds a norm, or nothing. */
export const positivePart = (a: Exact): Exact => (a.n > 0n ? a : zero);
/** `percent` % of `base`. */
export const percentOf = (base: Exact, percent: Exact): Exact => times(base, { n: percent.n, d: percent.d * 100n });

/**
 * To the tiyn, half up: 0.005 tenge becomes 0.01 (and -0.005 becomes -0.01, half away from zero,
 * so a negative correction rounds as its positive twin).
 */
export function roundToTiyn(value: Exact): bigint {
  return roundHalfUp(value.n * 100n, value.d);
}

/** Tiyn as tenge with two places: 123450n → "1234.50" (the digits placed, no division: it runs for every figure of every line). */
export function formatTiyn(tiyn: bigint): string {
  return pointed(tiyn, 2);
}

const scales = [1n, 10n, 100n, 1000n, 10_000n, 100_000n, 1_000_000n];

/** An exact value written as a decimal for people (a quantity, a rate), at most `places` places, trailing zeros dropped. */
export function formatExact(value: Exact, places = 4): string {
  if (value.d === 1n) return value.n.toString();
  const written = pointed(roundHalfUp(value.n * (scales[places] ?? 10n ** BigInt(places)), value.d), places);
  return written.replace(/\.?0+$/, '');
}

/** An integer count of 10^-places written with its decimal point. */
function pointed(scaled: bigint, places: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const at = digits.length - places;
  return `${negative ? '-' : ''}${digits.slice(0, at)}.${digits.slice(at)}`;
}

function roundHalfUp(n: bigint, d: bigint): bigint {
  const magnitude = n < 0n ? -n : n;
  const rounded = (2n * magnitude + d) / (2n * d);
  return n < 0n ? -rounded : rounded;
}
