/*
 * The RSA public operation, signature^e mod n, with the AVX-512 IFMA instructions, for 2,048- and
 * 4,096-bit moduli (the sizes NCA and its CAs use).
 *
 * Why: a 2,048-bit Montgomery square by OpenSSL (bn_mul_mont, 64-bit limbs and mulx) takes about
 * 0.65 µs here, and a verification needs 18 of them. vpmadd52luq/vpmadd52huq multiply eight pairs
 * of 52-bit limbs per instruction (the low or the high 52 bits of each 104-bit product, added to a
 * 64-bit lane), several times the multiplication throughput of mulx on CPUs that have them; the
 * same exponentiation takes about half the time.
 *
 * Numbers are 8·W limbs of 52 bits (W zmm registers: 5 for 2,048 bits, 10 for 4,096), R = 2^(416·W).
 * amm() is the "almost Montgomery multiplication" a·b·R⁻¹ mod n, word by word over b: per limb b_i,
 * acc += a·b_i + n·y with y chosen so that the lowest limb becomes divisible by 2^52, then acc is
 * shifted down one limb. Its result is below 2n whenever both inputs are (n < R/4), so no
 * subtraction is needed between products; the last result is reduced once.
 *
 * Lanes are 64 bits and are normalised (carries propagated) only at the end of a product: each lane
 * receives at most four additions below 2^52 per limb of b, 4·80·2^52 < 2^61 in all, so nothing
 * overflows. The lowest lane decides y, which makes it the critical path: it is kept in a scalar
 * register (s0 below) and computed with ordinary 64-bit multiplications from the second lane read
 * out of the vector one limb ahead, so the next y never waits for a vector product. Its vector copy
 * is shifted out unread (it lacks the carry, which goes into s0).
 *
 * Public data only (the signature, the key): nothing here needs to run in constant time. The
 * results are compared with OpenSSL's in the tests (src/x509/rsa-native.test.ts) and by the
 * addon's self-check at load (src/gost/native.ts).
 */
#include "rsa52.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define MASK52 ((UINT64_C(1) << 52) - 1)

struct rsa52_key {
  int w;            /* zmm registers per number: 5 or 10 */
  int limbs;        /* 8·w */
  size_t size;      /* modulus length in bytes: 256 or 512 */
  uint64_t k0;      /* −n⁻¹ mod 2^52 */
  uint64_t *n;      /* each of these 8·w limbs, 64-byte aligned */
  uint64_t *rr;     /* R² mod n */
  uint64_t *s;      /* the signature */
  uint64_t *base;   /* s·R mod n (below 2n) */
  uint64_t *x;      /* the running power */
  uint8_t *n_bytes; /* n big-endian, to compare signatures with */
  void *memory;
};

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define RSA52_X86 1
#include <immintrin.h>
#endif

static int ifma = 0;
static pthread_once_t detect_once = PTHREAD_ONCE_INIT;

static void detect(void) {
#ifdef RSA52_X86
  __builtin_cpu_init();
  const char *portable = getenv("SHEKARA_GOST_PORTABLE");
  /* the compilers' checks include the OS saving the zmm registers (XCR0) */
  ifma = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512ifma") && !(portable && portable[0] == '1');
#endif
}

int rsa52_available(void) {
  pthread_once(&detect_once, detect);
  return ifma;
}

/* Big-endian bytes (size a multiple of 8) into `count` limbs of 52 bits. */
static void bytes_to_limbs(uint64_t *limbs, int count, const uint8_t *bytes, size_t size) {
  unsigned __int128 acc = 0;
  int bits = 0, limb = 0;
  for (size_t j = 0; j < size / 8; j++) {
    uint64_t word = 0;
    for (int k = 0; k < 8; k++) word = (word << 8) | bytes[size - 8 * (j + 1) + (size_t)k];
    acc |= (unsigned __int128)word << bits;
    bits += 64;
    while (bits >= 52) {
      limbs[limb++] = (uint64_t)acc & MASK52;
      acc >>= 52;
      bits -= 52;
    }
  }
  if (bits > 0) limbs[limb++] = (uint64_t)acc;
  while (limb < count) limbs[limb++] = 0;
}

/* Normalised limbs of a number below 2^(8·size) into `size` big-endian bytes (size a multiple of 8). */
static void limbs_to_bytes(uint8_t *bytes, size_t size, const uint64_t *limbs) {
  unsigned __int128 acc = 0;
  int bits = 0, limb = 0;
  for (size_t j = 0; j < size / 8; j++) {
    while (bits < 64) {
      acc |= (unsigned __int128)limbs[limb++] << bits;
      bits += 52;
    }
    uint64_t word = (uint64_t)acc;
    acc >>= 64;
    bits -= 64;
    for (int k = 7; k >= 0; k--) {
      bytes[size - 8 * j - 8 + (size_t)k] = (uint8_t)word;
      word >>= 8;
    }
  }
}

#ifdef RSA52_X86
#define LO52(p) ((uint64_t)(p) & MASK52)
#define HI52(p) ((uint64_t)((p) >> 52))

#define AMM_DECLARE(j)                                  \
  __m512i A##j = zero;                                  \
  const __m512i a##j = _mm512_load_si512(a + 8 * (j)); \
  const __m512i n##j = _mm512_load_si512(n + 8 * (j));
#define AMM_LO(j)                                    \
  A##j = _mm512_madd52lo_epu64(A##j, a##j, bi_all); \
  A##j = _mm512_madd52lo_epu64(A##j, n##j, y_all);
#define AMM_SHIFT(j, k) A##j = _mm512_alignr_epi64(A##k, A##j, 1);
#define AMM_HI(j)                                    \
  A##j = _mm512_madd52hi_epu64(A##j, a##j, bi_all); \
  A##j = _mm512_madd52hi_epu64(A##j, n##j, y_all);
#define AMM_STORE(j) _mm512_store_si512(t + 8 * (j), A##j);

#define EACH5(M) M(0) M(1) M(2) M(3) M(4)
#define EACH10(M) EACH5(M) M(5) M(6) M(7) M(8) M(9)
#define PAIRS5(M) M(0, 1) M(1, 2) M(2, 3) M(3, 4)
#define PAIRS10(M) PAIRS5(M) M(4, 5) M(5, 6) M(6, 7) M(7, 8) M(8, 9)

/*
 * out = a·b·R⁻¹ mod n, below 2n, normalised, for a and b below 2n (normalised, 64-byte aligned;
 * out may be a or b). EACH and PAIRS name the W registers.
 */
#define DEFINE_AMM(W, EACH, PAIRS, LAST)                                                              \
  __attribute__((target("avx512f,avx512ifma"))) static void amm##W(uint64_t *out, const uint64_t *a, \
                                                                   const uint64_t *b, const uint64_t *n, uint64_t k0) { \
    const __m512i zero = _mm512_setzero_si512();                                                      \
    EACH(AMM_DECLARE)                                                                                 \
    const uint64_t a_0 = a[0], a_1 = a[1], n_0 = n[0], n_1 = n[1];                                    \
    uint64_t s0 = 0; /* the lowest lane, exactly; see the comment at the top */                     \
    for (int i = 0; i < 8 * (W); i++) {                                                               \
      const uint64_t bi = b[i];                                                                       \
      const uint64_t lane1 = (uint64_t)_mm_extract_epi64(_mm512_castsi512_si128(A0), 1);            \
      const unsigned __int128 p0 = (unsigned __int128)a_0 * bi, p1 = (unsigned __int128)a_1 * bi;     \
      const uint64_t t0 = s0 + LO52(p0);                                                              \
      const uint64_t y = (t0 * k0) & MASK52;                                                          \
      const unsigned __int128 q0 = (unsigned __int128)n_0 * y, q1 = (unsigned __int128)n_1 * y;       \
      /* t0 + lo(q0) ≡ 0 mod 2^52: its carry, and the second lane's sum, become the next lowest lane */ \
      s0 = lane1 + LO52(p1) + HI52(p0) + LO52(q1) + HI52(q0) + ((t0 + LO52(q0)) >> 52);             \
      const __m512i bi_all = _mm512_set1_epi64((long long)bi), y_all = _mm512_set1_epi64((long long)y); \
      EACH(AMM_LO)                                                                                    \
      PAIRS(AMM_SHIFT)                                                                                \
      A##LAST = _mm512_alignr_epi64(zero, A##LAST, 1);                                                \
      EACH(AMM_HI)                                                                                    \
    }                                                                                                 \
    uint64_t t[8 * (W)] __attribute__((aligned(64)));                                                 \
    EACH(AMM_STORE)                                                                                   \
    t[0] = s0;                                                                                        \
    uint64_t carry = 0;                                                                               \
    for (int i = 0; i < 8 * (W); i++) {                                                               \
      const uint64_t v = t[i] + carry;                                                                \
      out[i] = v & MASK52;                                                                            \
      carry = v >> 52;                                                                                \
    }                                                                                                 \
  }

DEFINE_AMM(5, EACH5, PAIRS5, 4)
DEFINE_AMM(10, EACH10, PAIRS10, 9)

static void amm(const rsa52_key *key, uint64_t *out, const uint64_t *a, const uint64_t *b) {
  if (key->w == 5) amm5(out, a, b, key->n, key->k0);
  else amm10(out, a, b, key->n, key->k0);
}
#endif

/* x (normalised, below 2n) reduced below n. */
static void reduce_once(uint64_t *x, const uint64_t *n, int count) {
  int i = count - 1;
  while (i >= 0 && x[i] == n[i]) i--;
  if (i >= 0 && x[i] < n[i]) return;
  uint64_t borrow = 0;
  for (i = 0; i < count; i++) {
    const uint64_t d = x[i] - n[i] - borrow;
    borrow = d >> 63;
    x[i] = d & MASK52;
  }
}

rsa52_key *rsa52_new(const BIGNUM *n, BN_CTX *ctx) {
  if (!rsa52_available() || !BN_is_odd(n)) return NULL;
  const int bits = BN_num_bits(n);
  const int w = bits == 2048 ? 5 : bits == 4096 ? 10 : 0;
  if (!w) return NULL;
  rsa52_key *key = calloc(1, sizeof *key);
  if (!key) return NULL;
  key->w = w;
  key->limbs = 8 * w;
  key->size = (size_t)bits / 8;
  const size_t bytes = (size_t)key->limbs * sizeof(uint64_t);
  if (posix_memalign(&key->memory, 64, 5 * bytes + key->size) != 0) {
    free(key);
    return NULL;
  }
  uint64_t *memory = key->memory;
  key->n = memory;
  key->rr = memory + key->limbs;
  key->s = memory + 2 * key->limbs;
  key->base = memory + 3 * key->limbs;
  key->x = memory + 4 * key->limbs;
  key->n_bytes = (uint8_t *)(memory + 5 * key->limbs);
  BIGNUM *rr = BN_new();
  uint8_t *rr_bytes = malloc(key->size);
  int ok = rr && rr_bytes && BN_bn2binpad(n, key->n_bytes, (int)key->size) == (int)key->size && BN_set_bit(rr, 2 * 52 * key->limbs) &&
           BN_mod(rr, rr, n, ctx) && BN_bn2binpad(rr, rr_bytes, (int)key->size) == (int)key->size;
  if (ok) {
    bytes_to_limbs(key->n, key->limbs, key->n_bytes, key->size);
    bytes_to_limbs(key->rr, key->limbs, rr_bytes, key->size);
    uint64_t inverse = 1; /* n⁻¹ mod 2^64 by Newton's iteration: each step doubles the correct bits */
    for (int i = 0; i < 6; i++) inverse *= 2 - key->n[0] * inverse;
    key->k0 = (0 - inverse) & MASK52;
  }
  BN_free(rr);
  free(rr_bytes);
  if (ok) return key;
  rsa52_free(key);
  return NULL;
}

void rsa52_free(rsa52_key *key) {
  if (!key) return;
  free(key->memory);
  free(key);
}

int rsa52_power(rsa52_key *key, const uint8_t *signature, size_t size, uint64_t e, uint8_t *out) {
#ifdef RSA52_X86
  if (size != key->size || memcmp(signature, key->n_bytes, size) >= 0 || e < 3 || !(e & 1)) return 0;
  bytes_to_limbs(key->s, key->limbs, signature, size);
  /* x = s·R (the top bit of e); then per lower bit a square, and a product by s·R where the bit is
   * set; bit 0 multiplies by plain s, which takes the R out: x = s^e (below 2n) */
  amm(key, key->base, key->s, key->rr);
  memcpy(key->x, key->base, (size_t)key->limbs * sizeof(uint64_t));
  for (int bit = 62 - __builtin_clzll(e); bit >= 1; bit--) {
    amm(key, key->x, key->x, key->x);
    if ((e >> bit) & 1) amm(key, key->x, key->x, key->base);
  }
  amm(key, key->x, key->x, key->x);
  amm(key, key->x, key->x, key->s);
  reduce_once(key->x, key->n, key->limbs);
  limbs_to_bytes(out, size, key->x);
  return 1;
#else
  (void)key, (void)signature, (void)size, (void)e, (void)out;
  return 0;
#endif
}
