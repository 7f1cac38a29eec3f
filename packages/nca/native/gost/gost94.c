/*
 * GOST R 34.11-94 (the digest NCA RK calls GOST 34.311-95), with the block cipher GOST 28147-89
 * and the "D-TEST" S-box (id-GostR3411-94-TestParamSet).
 *
 * Byte convention: 256-bit values are 32 bytes, least significant byte first; the message is
 * consumed from its first byte. H("") = ce85b99c…49490f8d.
 */
#include <stdint.h>
#include <string.h>
#include "gost.h"

/* Rows K1 … K8: K1 substitutes the least significant 4 bits of the 32-bit word. */
static const uint8_t sbox_test[8][16] = {
  {4, 10, 9, 2, 13, 8, 0, 14, 6, 11, 1, 12, 7, 15, 5, 3},
  {14, 11, 4, 12, 6, 13, 15, 10, 2, 3, 8, 1, 0, 7, 5, 9},
  {5, 8, 1, 13, 10, 3, 4, 2, 14, 15, 12, 7, 6, 0, 9, 11},
  {7, 13, 10, 1, 0, 8, 9, 15, 14, 4, 6, 12, 11, 2, 5, 3},
  {6, 12, 7, 1, 5, 15, 13, 8, 4, 10, 9, 14, 0, 3, 11, 2},
  {4, 11, 10, 0, 7, 2, 1, 13, 3, 6, 8, 5, 9, 12, 15, 14},
  {13, 11, 4, 1, 3, 15, 5, 9, 0, 10, 14, 7, 6, 8, 2, 12},
  {1, 15, 13, 0, 5, 7, 10, 4, 9, 2, 3, 14, 6, 11, 8, 12},
};

/* The constant C_3 of the key generation, least significant byte first. */
static const uint8_t c3[32] = {
  0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00,
  0x00, 0xff, 0xff, 0x00, 0xff, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0xff,
};

/* substitution of byte b of the word, already rotated left by 11 bits */
static uint32_t round_table[4][256];

static inline uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

/*
 * The output transformation H' = ψ^61(H ⊕ ψ(M ⊕ ψ^12(S))) = ψ^61(H) ⊕ ψ^62(M) ⊕ ψ^74(S) is linear
 * over the sixteen 16-bit words: word i of ψ^n(Y) is the XOR of some words of Y. These lists say
 * which, computed once by running ψ on the "which words" masks.
 */
typedef struct { uint8_t count; uint8_t index[16]; } word_list;
static word_list psi61[16], psi62[16], psi74[16];

static void psi_power(word_list out[16], int n) {
  uint16_t mask[16];
  for (int i = 0; i < 16; i++) mask[i] = (uint16_t)(1u << i);
  for (int round = 0; round < n; round++) {
    uint16_t top = mask[0] ^ mask[1] ^ mask[2] ^ mask[3] ^ mask[12] ^ mask[15];
    memmove(mask, mask + 1, 15 * sizeof(uint16_t));
    mask[15] = top;
  }
  for (int i = 0; i < 16; i++) {
    out[i].count = 0;
    for (int j = 0; j < 16; j++)
      if ((mask[i] >> j) & 1) out[i].index[out[i].count++] = (uint8_t)j;
  }
}

void gost94_init(void) {
  psi_power(psi61, 61);
  psi_power(psi62, 62);
  psi_power(psi74, 74);
  for (int b = 0; b < 4; b++) {
    for (int v = 0; v < 256; v++) {
      uint32_t s = (uint32_t)sbox_test[2 * b][v & 15] | ((uint32_t)sbox_test[2 * b + 1][v >> 4] << 4);
      round_table[b][v] = rotl32(s << (8 * b), 11);
    }
  }
}

static inline uint32_t load32(const uint8_t *p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static inline void store32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24);
}

static inline uint32_t round_function(uint32_t x) {
  return round_table[0][x & 0xff] ^ round_table[1][(x >> 8) & 0xff] ^ round_table[2][(x >> 16) & 0xff] ^ round_table[3][x >> 24];
}

/* GOST 28147-89 simple-substitution encryption of one 64-bit block (8 bytes) with a 32-byte key. */
static void encrypt_block(const uint8_t key[32], const uint8_t in[8], uint8_t out[8]) {
  uint32_t k[8];
  for (int i = 0; i < 8; i++) k[i] = load32(key + 4 * i);
  uint32_t n1 = load32(in), n2 = load32(in + 4);
  for (int round = 0; round < 32; round++) {
    uint32_t subkey = round < 24 ? k[round & 7] : k[7 - (round & 7)];
    uint32_t t = n1;
    n1 = n2 ^ round_function(n1 + subkey);
    n2 = t;
  }
  /* the last round does not swap the halves */
  store32(out, n2);
  store32(out + 4, n1);
}

/* A(y4‖y3‖y2‖y1) = (y1 ⊕ y2)‖y4‖y3‖y2, on 64-bit pieces */
static void transform_a(uint8_t y[32]) {
  uint8_t first[8];
  for (int i = 0; i < 8; i++) first[i] = y[i] ^ y[8 + i];
  memmove(y, y + 8, 24);
  memcpy(y + 24, first, 8);
}

/* P: byte i + 4k of the result is byte 8i + k of the input (i = 0…3, k = 0…7) */
static void transform_p(const uint8_t in[32], uint8_t out[32]) {
  for (int i = 0; i < 4; i++)
    for (int k = 0; k < 8; k++) out[i + 4 * k] = in[8 * i + k];
}

static void to_words(const uint8_t bytes[32], uint16_t w[16]) {
  for (int i = 0; i < 16; i++) w[i] = (uint16_t)(bytes[2 * i] | (bytes[2 * i + 1] << 8));
}

/* The step function H = f(H, M). */
static void step(uint8_t h[32], const uint8_t m[32]) {
  uint8_t u[32], v[32], w[32], keys[4][32], s[32];
  memcpy(u, h, 32);
  memcpy(v, m, 32);
  for (int i = 0; i < 32; i++) w[i] = u[i] ^ v[i];
  transform_p(w, keys[0]);
  for (int j = 1; j < 4; j++) {
    transform_a(u);
    if (j == 2)
      for (int i = 0; i < 32; i++) u[i] ^= c3[i];
    transform_a(v);
    transform_a(v);
    for (int i = 0; i < 32; i++) w[i] = u[i] ^ v[i];
    transform_p(w, keys[j]);
  }
  for (int i = 0; i < 4; i++) encrypt_block(keys[i], h + 8 * i, s + 8 * i);

  uint16_t x[16], sw[16], mw[16], hw[16];
  to_words(s, sw);
  to_words(m, mw);
  to_words(h, hw);
  for (int i = 0; i < 16; i++) {
    uint16_t word = 0;
    for (int k = 0; k < psi61[i].count; k++) word ^= hw[psi61[i].index[k]];
    for (int k = 0; k < psi62[i].count; k++) word ^= mw[psi62[i].index[k]];
    for (int k = 0; k < psi74[i].count; k++) word ^= sw[psi74[i].index[k]];
    x[i] = word;
  }
  for (int i = 0; i < 16; i++) {
    h[2 * i] = (uint8_t)x[i];
    h[2 * i + 1] = (uint8_t)(x[i] >> 8);
  }
}

/* a += b mod 2^256 */
static void add256(uint8_t a[32], const uint8_t b[32]) {
  unsigned carry = 0;
  for (int i = 0; i < 32; i++) {
    unsigned sum = a[i] + b[i] + carry;
    a[i] = (uint8_t)sum;
    carry = sum >> 8;
  }
}

void gost94(const uint8_t *data, size_t length, uint8_t out[32]) {
  uint8_t h[32] = {0}, sigma[32] = {0}, bits[32] = {0};
  uint64_t total = (uint64_t)length;
  while (length >= 32) {
    step(h, data);
    add256(sigma, data);
    data += 32;
    length -= 32;
  }
  if (length > 0) {
    uint8_t block[32] = {0};
    memcpy(block, data, length);
    step(h, block);
    add256(sigma, block);
  }
  /* the message length in bits, as a 256-bit number (lengths here fit in 64 bits: size_t bytes × 8 may carry into bit 64) */
  uint64_t low = total << 3;
  uint64_t high = total >> 61;
  for (int i = 0; i < 8; i++) {
    bits[i] = (uint8_t)(low >> (8 * i));
    bits[8 + i] = (uint8_t)(high >> (8 * i));
  }
  step(h, bits);
  step(h, sigma);
  memcpy(out, h, 32);
}
