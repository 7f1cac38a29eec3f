/* The two NCA curves' own arithmetic (see curve_impl.h), exposed through curve.h. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "curve.h"
#include "mulx.h"

/* 1 when the CPU has BMI2 and ADX: field products by mulx.h, else portable C. Set once by the
 * first gost_curve_setup (the addon calls it under pthread_once), before any arithmetic;
 * SHEKARA_GOST_PORTABLE=1 in the environment keeps the portable C (to test it on such CPUs). */
static int use_mulx = 0;

#define LIMBS 4
#define PRIME_C 617u
#define SUFFIX _256
#include "curve_impl.h"
#undef LIMBS
#undef PRIME_C
#undef SUFFIX

#define LIMBS 8
#define PRIME_C 569u
#define SUFFIX _512
#include "curve_impl.h"
#undef LIMBS
#undef PRIME_C
#undef SUFFIX

static curve_data_256 cryptopro_a;
static curve_data_512 tc26_512_a;

int gost_curve_setup(int which, const uint8_t *b, const uint8_t *gx, const uint8_t *gy) {
#ifdef HAVE_MULX_PRODUCT
  if (which == 0) {
    const char *portable = getenv("SHEKARA_GOST_PORTABLE");
    use_mulx = mulx_available() && !(portable && portable[0] == '1');
  }
#endif
  if (which == 0) {
    return curve_setup_256(&cryptopro_a, b, gx, gy) && on_curve_256(&cryptopro_a.g_table[0][0].x, &cryptopro_a.g_table[0][0].y, &cryptopro_a.b);
  }
  return curve_setup_512(&tc26_512_a, b, gx, gy) && on_curve_512(&tc26_512_a.g_table[0][0].x, &tc26_512_a.g_table[0][0].y, &tc26_512_a.b);
}

static void words(uint64_t *out, const uint8_t *bytes, int count) {
  for (int i = 0; i < count; i++) {
    uint64_t w = 0;
    for (int j = 7; j >= 0; j--) w = (w << 8) | bytes[8 * i + j];
    out[i] = w;
  }
}

int gost_curve_verify(int which, const uint8_t *key, const uint8_t *z1, const uint8_t *z2, const uint8_t *r, const uint8_t *r_plus_q, int use_cache) {
  uint64_t w1[8], w2[8];
  if (which == 0) {
    words(w1, z1, 4);
    words(w2, z2, 4);
    return verify_point_256(&cryptopro_a, key, key + 32, w1, w2, r, r_plus_q, use_cache);
  }
  words(w1, z1, 8);
  words(w2, z2, 8);
  return verify_point_512(&tc26_512_a, key, key + 64, w1, w2, r, r_plus_q, use_cache);
}

int gost_curve_combine(int which, const uint8_t *key, const uint8_t *z1, const uint8_t *z2, int with_tables, uint8_t *out) {
  uint64_t w1[8], w2[8];
  if (which == 0) {
    words(w1, z1, 4);
    words(w2, z2, 4);
    return combine_affine_256(&cryptopro_a, key, key + 32, w1, w2, with_tables, out);
  }
  words(w1, z1, 8);
  words(w2, z2, 8);
  return combine_affine_512(&tc26_512_a, key, key + 64, w1, w2, with_tables, out);
}

void gost_curve_cache_stats(int which, uint64_t *out) {
  if (which == 0) cache_stats_256(out);
  else cache_stats_512(out);
}

void gost_curve_cache_clear(void) {
  cache_clear_256();
  cache_clear_512();
}

int gost_curve_uses_mulx(void) { return use_mulx; }
