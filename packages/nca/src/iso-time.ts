/**
 * Date.prototype.toISOString, several times faster: every verification result carries three or
 * four timestamps, and the built-in costs more than half a microsecond each, a few per cent of an
 * RSA verification. Years outside 0000–9999 (and invalid dates) go to the built-in, which writes
 * the extended six-digit year (or throws).
 */
export function isoTime(date: Date): string {
  // The same few moments come back verification after verification (the clock's millisecond, a
  // CRL's thisUpdate, a document's signing time): the last four are remembered by their time value.
  const time = date.getTime();
  for (let i = 0; i < recentTimes.length; i++) if (recentTimes[i] === time) return recentTexts[i]!;
  const text = format(date);
  recentTimes[next] = time;
  recentTexts[next] = text;
  next = (next + 1) % recentTimes.length;
  return text;
}

const recentTimes = [Number.NaN, Number.NaN, Number.NaN, Number.NaN];
const recentTexts = ['', '', '', ''];
let next = 0;

function format(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return date.toISOString();
  return (
    (year < 1000 ? String(year).padStart(4, '0') : String(year)) +
    '-' +
    twoDigits[date.getUTCMonth() + 1]! +
    '-' +
    twoDigits[date.getUTCDate()]! +
    'T' +
    twoDigits[date.getUTCHours()]! +
    ':' +
    twoDigits[date.getUTCMinutes()]! +
    ':' +
    twoDigits[date.getUTCSeconds()]! +
    '.' +
    threeDigits[date.getUTCMilliseconds()]! +
    'Z'
  );
}

const twoDigits = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const threeDigits = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
