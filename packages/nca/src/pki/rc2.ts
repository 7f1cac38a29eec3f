/**
 * RC2 (RFC 2268) in CBC mode with PKCS#7 padding. NCA key containers encrypt their certificate
 * bags with pbeWithSHAAnd40BitRC2-CBC, and OpenSSL 3 (hence node:crypto) only offers RC2 in its
 * legacy provider, which Node does not load: so both directions are implemented here.
 */

// RFC 2268 §2: PITABLE, a permutation of 0..255 derived from the digits of pi.
const piTable = Uint8Array.from(
  Buffer.from(
    'd978f9c419ddb5ed28e9fd794aa0d89dc67e37832b76538e624c6488448bfba2179a59f587b34f1361456d8d09817d32' +
      'bd8f40eb86b77b0bf09521225c6b4e8254d66593ce60b21c7356c014a78cf1dc1275ca1f3bbee4d1423dd430a33cb626' +
      '6fbf0eda4669075727f21d9bbc944303f811c7f690ef3ee706c3d52fc8661ed708e8eade8052eef784aa72ac354d6a2a' +
      '961ad2715a1549744b9fd05e0418a4ecc2e0416e0f51cbcc2491af50a1f47039997c3a8523b8b47afc02365b25559731' +
      '2d5dfa98e38a92ae05df2910676cbac9d300e6cfe19ea82c6316013f58e289a90d38341bab33ffb0bb480c5fb9b1cd2e' +
      'c5f3db47e5a59c770aa62068fe7fc1ad',
    'hex',
  ),
);

const blockSize = 8;
const rotations = [1, 2, 3, 5] as const;

/** RFC 2268 §2 key expansion: 64 16-bit subkeys, with the effective key length limited to `effectiveBits`. */
export function expandKey(key: Uint8Array, effectiveBits: number): Uint16Array {
  if (key.length < 1 || key.length > 128) throw new RangeError('RC2 key must be 1..128 bytes');
  if (effectiveBits < 1 || effectiveBits > 1024) throw new RangeError('RC2 effective key bits must be 1..1024');
  const l = new Uint8Array(128);
  l.set(key);
  const t = key.length;
  const t8 = Math.ceil(effectiveBits / 8);
  const tm = 0xff >> (8 * t8 - effectiveBits);
  for (let i = t; i < 128; i++) l[i] = piTable[(l[i - 1]! + l[i - t]!) & 0xff]!;
  l[128 - t8] = piTable[l[128 - t8]! & tm]!;
  for (let i = 127 - t8; i >= 0; i--) l[i] = piTable[l[i + 1]! ^ l[i + t8]!]!;
  const k = new Uint16Array(64);
  for (let i = 0; i < 64; i++) k[i] = l[2 * i]! | (l[2 * i + 1]! << 8);
  return k;
}

function encryptBlock(k: Uint16Array, block: Uint8Array): void {
  const r = words(block);
  let j = 0;
  const mix = () => {
    for (let i = 0; i < 4; i++) {
      const sum = r[i]! + k[j++]! + (r[(i + 3) % 4]! & r[(i + 2) % 4]!) + (~r[(i + 3) % 4]! & r[(i + 1) % 4]!);
      r[i] = rotateLeft(sum & 0xffff, rotations[i]!);
    }
  };
  const mash = () => {
    for (let i = 0; i < 4; i++) r[i] = (r[i]! + k[r[(i + 3) % 4]! & 63]!) & 0xffff;
  };
  for (const step of [5, -1, 6, -1, 5]) {
    if (step < 0) mash();
    else for (let n = 0; n < step; n++) mix();
  }
  store(r, block);
}

function decryptBlock(k: Uint16Array, block: Uint8Array): void {
  const r = words(block);
  let j = 63;
  const unmix = () => {
    for (let i = 3; i >= 0; i--) {
      const rotated = rotateLeft(r[i]!, 16 - rotations[i]!);
      r[i] = (rotated - k[j--]! - (r[(i + 3) % 4]! & r[(i + 2) % 4]!) - (~r[(i + 3) % 4]! & r[(i + 1) % 4]!)) & 0xffff;
    }
  };
  const unmash = () => {
    for (let i = 3; i >= 0; i--) r[i] = (r[i]! - k[r[(i + 3) % 4]! & 63]!) & 0xffff;
  };
  for (const step of [5, -1, 6, -1, 5]) {
    if (step < 0) unmash();
    else for (let n = 0; n < step; n++) unmix();
  }
  store(r, block);
}

const words = (block: Uint8Array) => [0, 1, 2, 3].map((i) => block[2 * i]! | (block[2 * i + 1]! << 8));
const rotateLeft = (word: number, bits: number) => ((word << bits) | (word >>> (16 - bits))) & 0xffff;

function store(r: number[], block: Uint8Array): void {
  r.forEach((word, i) => {
    block[2 * i] = word & 0xff;
    block[2 * i + 1] = word >>> 8;
  });
}

/** One raw block (no chaining, no padding): for the RFC 2268 test vectors. */
export function rc2EncryptBlock(key: Uint8Array, effectiveBits: number, block: Uint8Array): Uint8Array {
  const out = Uint8Array.from(block);
  encryptBlock(expandKey(key, effectiveBits), out);
  return out;
}

export function rc2DecryptBlock(key: Uint8Array, effectiveBits: number, block: Uint8Array): Uint8Array {
  const out = Uint8Array.from(block);
  decryptBlock(expandKey(key, effectiveBits), out);
  return out;
}

export function rc2CbcEncrypt(
  key: Uint8Array,
  effectiveBits: number,
  iv: Uint8Array,
  plaintext: Uint8Array,
): Uint8Array {
  if (iv.length !== blockSize) throw new RangeError('RC2 IV must be 8 bytes');
  const k = expandKey(key, effectiveBits);
  const padding = blockSize - (plaintext.length % blockSize);
  const out = new Uint8Array(plaintext.length + padding);
  out.set(plaintext);
  out.fill(padding, plaintext.length);
  let previous = iv;
  for (let offset = 0; offset < out.length; offset += blockSize) {
    const block = out.subarray(offset, offset + blockSize);
    for (let i = 0; i < blockSize; i++) block[i]! ^= previous[i]!;
    encryptBlock(k, block);
    previous = block;
  }
  return out;
}

/** Returns null when the padding is wrong: with a PBE key, almost always a wrong password. */
export function rc2CbcDecrypt(
  key: Uint8Array,
  effectiveBits: number,
  iv: Uint8Array,
  ciphertext: Uint8Array,
): Uint8Array | null {
  if (iv.length !== blockSize) throw new RangeError('RC2 IV must be 8 bytes');
  if (ciphertext.length === 0 || ciphertext.length % blockSize !== 0) return null;
  const k = expandKey(key, effectiveBits);
  const out = Uint8Array.from(ciphertext);
  for (let offset = out.length - blockSize; offset >= 0; offset -= blockSize) {
    const block = out.subarray(offset, offset + blockSize);
    decryptBlock(k, block);
    const previous = offset === 0 ? iv : ciphertext.subarray(offset - blockSize, offset);
    for (let i = 0; i < blockSize; i++) block[i]! ^= previous[i]!;
  }
  const padding = out[out.length - 1]!;
  if (padding < 1 || padding > blockSize) return null;
  for (let i = out.length - padding; i < out.length; i++) if (out[i] !== padding) return null;
  return out.subarray(0, out.length - padding);
}
