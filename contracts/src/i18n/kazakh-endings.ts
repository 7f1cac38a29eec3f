/**
 * Kazakh case endings after a number written in figures (issue 21 point 4). The ending follows the
 * number as it is read aloud: its last word decides vowel harmony (back а, о, ұ, ы; front ә, е, ө,
 * ү, і) and its last sound the first consonant of the ending — 10 is «он», so 10-ға, 10-нан; 40 is
 * «қырық», so 40-қа, 40-тан; 100 is «жүз», so 100-ге, 100-ден. A decimal ends as its fraction is
 * read (2,5: «екі бүтін оннан бес», so 2,5-ке). Written with a hyphen, as Kazakh writes endings
 * after figures.
 */
export type KazakhCase = 'dative' | 'locative' | 'ablative' | 'genitive' | 'accusative';

const units = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const tens = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
/** 10^3, 10^6, 10^9, 10^12: the word a number ending in that many zeros is read with last */
const powers = ['мың', 'миллион', 'миллиард', 'триллион'];

/** The last word of a whole number read aloud. */
function lastWordOf(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(trimmed)) return units[0]!;
  const zeros = trimmed.length - trimmed.replace(/0+$/, '').length;
  const last = Number(trimmed.at(-1 - zeros));
  if (zeros === 0) return units[last]!;
  if (zeros === 1) return tens[last]!;
  if (zeros === 2) return 'жүз';
  return powers[Math.min(Math.floor(zeros / 3), powers.length) - 1]!;
}

const frontVowels = 'әеөүіэ';
const backVowels = 'аоұыяю';
const vowels = `${frontVowels}${backVowels}иу`;
// A final б, в, г, д is said voiceless in Kazakh (миллиард → миллиардқа), as are к, қ, п, с, т, ф, х, һ, ц, ч, ш, щ.
const voiceless = 'бвгдкқпстфхһцчшщ';
const nasals = 'мнң';

function isFront(word: string): boolean {
  for (const letter of [...word].reverse()) {
    if (frontVowels.includes(letter)) return true;
    if (backVowels.includes(letter)) return false;
  }
  return false;
}

type Sound = 'vowel' | 'nasal' | 'voiced' | 'voiceless';

function finalSound(word: string): Sound {
  const last = word.at(-1)!;
  if (last === 'у' || last === 'й') return 'voiced';
  if (vowels.includes(last)) return 'vowel';
  if (nasals.includes(last)) return 'nasal';
  return voiceless.includes(last) ? 'voiceless' : 'voiced';
}

/** [back, front] endings by the final sound */
const endings: Record<KazakhCase, Record<Sound, [string, string]>> = {
  dative: { vowel: ['ға', 'ге'], nasal: ['ға', 'ге'], voiced: ['ға', 'ге'], voiceless: ['қа', 'ке'] },
  locative: { vowel: ['да', 'де'], nasal: ['да', 'де'], voiced: ['да', 'де'], voiceless: ['та', 'те'] },
  ablative: { vowel: ['дан', 'ден'], nasal: ['нан', 'нен'], voiced: ['дан', 'ден'], voiceless: ['тан', 'тен'] },
  genitive: { vowel: ['ның', 'нің'], nasal: ['ның', 'нің'], voiced: ['дың', 'дің'], voiceless: ['тың', 'тің'] },
  accusative: { vowel: ['ны', 'ні'], nasal: ['ды', 'ді'], voiced: ['ды', 'ді'], voiceless: ['ты', 'ті'] },
};

/**
 * The ending of `grammaticalCase` after `value`: a number, or a number as the system or a printed
 * form writes it ("1500.50", "1 234,5"). Throws on what is not a number, which has no reading.
 */
export function kazakhEnding(value: number | string, grammaticalCase: KazakhCase): string {
  const written = typeof value === 'number' ? String(value) : value.replace(/[\s\u00a0\u202f]/g, '');
  const match = /^-?(\d+)(?:[.,](\d+))?$/.exec(written);
  if (!match) throw new RangeError(`not a number written in figures: ${value}`);
  const word = lastWordOf(match[2] ?? match[1]!);
  const [back, front] = endings[grammaticalCase][finalSound(word)];
  return isFront(word) ? front : back;
}

/** The number as written, a hyphen and its ending: 10-ға, 1 500,50-ге. */
export function withKazakhEnding(
  value: number | string,
  grammaticalCase: KazakhCase,
  written: string = String(value),
): string {
  return `${written}-${kazakhEnding(value, grammaticalCase)}`;
}
