#ifndef SHEKARA_GOST_CURVE_H
#define SHEKARA_GOST_CURVE_H
#include <stdint.h>

/*
 * Own field and point arithmetic for the two NCA curves: which = 0 for CryptoPro-A (32-byte
 * values), 1 for tc26-512 paramSetA (64-byte values). All values little-endian bytes.
 */

/* Builds the tables of multiples of G; returns 1 if G lies on the curve. Call once per curve. */
int gost_curve_setup(int which, const uint8_t *b, const uint8_t *gx, const uint8_t *gy);

/* key = x‖y (both < p), z1, z2 < q; r < q, r_plus_q = r + q if it is < p, else NULL.
 * 1 if the key is on the curve and x(z1·G + z2·Q) mod q = r. use_cache: look the key up in (and
 * on its second sight add it to) the bounded cache of per-key tables; 0 always works from x, y alone. */
int gost_curve_verify(int which, const uint8_t *key, const uint8_t *z1, const uint8_t *z2, const uint8_t *r, const uint8_t *r_plus_q, int use_cache);

/* out[0..5] = capacity, entries, hits, misses, tables built, evictions of the curve's key cache */
void gost_curve_cache_stats(int which, uint64_t *out);

/* 1 when the 512-bit field products use the BMI2/ADX code of mulx.h, 0 for the portable C */
int gost_curve_uses_mulx(void);

/* empties both key caches and resets their counters (for tests) */
void gost_curve_cache_clear(void);

/* out = affine z1·G + z2·Q as x‖y; 0 when it is the point at infinity. with_tables: through the
 * tables a cached key would get (built for this call), else from x, y alone. For tests. */
int gost_curve_combine(int which, const uint8_t *key, const uint8_t *z1, const uint8_t *z2, int with_tables, uint8_t *out);

#endif
