/*
 * Field and curve arithmetic for one GOST curve, instantiated by curve.c for each of the two
 * NCA curves. Both primes have the form p = 2^(64·LIMBS) − PRIME_C with a small PRIME_C
 * (CryptoPro-A: 2^256 − 617; tc26-512-A: 2^512 − 569), and both curves have a = −3, so:
 *  - a product of 2·LIMBS limbs reduces by folding the high half times PRIME_C into the low half;
 *  - doubling in Jacobian coordinates uses the a = −3 shortcut (3M + 5S).
 * Field elements are LIMBS 64-bit words, least significant first, always fully reduced (< p).
 * Nothing here needs to be constant-time: verification handles public data only.
 *
 * Expects LIMBS, PRIME_C and SUFFIX to be defined; defines functions whose names end in SUFFIX.
 */
#define GLUE_(a, b) a##b
#define GLUE(a, b) GLUE_(a, b)
#define F(name) GLUE(name, SUFFIX)

typedef struct { uint64_t v[LIMBS]; } F(fe);
typedef struct { F(fe) x, y, z; int infinity; } F(jpoint);
typedef struct { F(fe) x, y; } F(apoint);

static inline void F(fe_load)(F(fe) *r, const uint8_t *bytes) {
  for (int i = 0; i < LIMBS; i++) {
    uint64_t w = 0;
    for (int j = 7; j >= 0; j--) w = (w << 8) | bytes[8 * i + j];
    r->v[i] = w;
  }
}

static inline void F(fe_store)(uint8_t *bytes, const F(fe) *a) {
  for (int i = 0; i < LIMBS; i++)
    for (int j = 0; j < 8; j++) bytes[8 * i + j] = (uint8_t)(a->v[i] >> (8 * j));
}

static inline int F(fe_is_zero)(const F(fe) *a) {
  uint64_t acc = 0;
  for (int i = 0; i < LIMBS; i++) acc |= a->v[i];
  return acc == 0;
}

static inline int F(fe_equal)(const F(fe) *a, const F(fe) *b) {
  uint64_t acc = 0;
  for (int i = 0; i < LIMBS; i++) acc |= a->v[i] ^ b->v[i];
  return acc == 0;
}

/* r = t mod p for t < 2^(64·LIMBS) (t ≥ p ⇔ t + c overflows) */
static inline void F(fe_reduce_once)(F(fe) *r) {
  /* t ≥ p = 2^n − c needs every word but the lowest all ones: almost never */
  if (r->v[LIMBS - 1] != ~(uint64_t)0) return;
  uint64_t t[LIMBS];
  unsigned __int128 acc = (unsigned __int128)r->v[0] + PRIME_C;
  t[0] = (uint64_t)acc;
  acc >>= 64;
  for (int i = 1; i < LIMBS; i++) {
    acc += r->v[i];
    t[i] = (uint64_t)acc;
    acc >>= 64;
  }
  if (acc) memcpy(r->v, t, sizeof t);
}

static inline void F(fe_add)(F(fe) *r, const F(fe) *a, const F(fe) *b) {
  unsigned __int128 acc = 0;
  for (int i = 0; i < LIMBS; i++) {
    acc += (unsigned __int128)a->v[i] + b->v[i];
    r->v[i] = (uint64_t)acc;
    acc >>= 64;
  }
  if (acc) {
    /* a + b − p = (a + b − 2^n) + c, and it is < p: no further carry */
    acc = PRIME_C;
    for (int i = 0; i < LIMBS && acc; i++) {
      acc += r->v[i];
      r->v[i] = (uint64_t)acc;
      acc >>= 64;
    }
  } else {
    F(fe_reduce_once)(r);
  }
}

static inline void F(fe_sub)(F(fe) *r, const F(fe) *a, const F(fe) *b) {
  uint64_t borrow = 0;
  for (int i = 0; i < LIMBS; i++) {
    uint64_t ai = a->v[i], bi = b->v[i];
    uint64_t d = ai - bi;
    uint64_t b1 = ai < bi;
    uint64_t d2 = d - borrow;
    uint64_t b2 = d < borrow;
    r->v[i] = d2;
    borrow = b1 | b2;
  }
  if (borrow) {
    /* a − b + p = (a − b + 2^n) − c; the wrapped value exceeds c, so no further borrow */
    uint64_t c = PRIME_C;
    for (int i = 0; i < LIMBS && c; i++) {
      uint64_t ri = r->v[i];
      r->v[i] = ri - c;
      c = ri < c;
    }
  }
}

static inline void F(fe_neg)(F(fe) *r, const F(fe) *a) {
  F(fe) zero = {{0}};
  F(fe_sub)(r, &zero, a);
}

/* r = t mod p for a product t of 2·LIMBS words: t = high·2^n + low ≡ high·c + low */
static inline void F(fe_reduce_wide)(F(fe) *r, const uint64_t *t) {
  unsigned __int128 acc = 0;
  for (int i = 0; i < LIMBS; i++) {
    acc += (unsigned __int128)t[LIMBS + i] * PRIME_C + t[i];
    r->v[i] = (uint64_t)acc;
    acc >>= 64;
  }
  /* fold the small top word once more (the carry rarely runs past the second word) */
  acc = (unsigned __int128)(uint64_t)acc * PRIME_C + r->v[0];
  r->v[0] = (uint64_t)acc;
  acc >>= 64;
  for (int i = 1; i < LIMBS && acc; i++) {
    acc += r->v[i];
    r->v[i] = (uint64_t)acc;
    acc >>= 64;
  }
  if (acc) {
    /* wrapped past 2^n: what is left is tiny, add c for the dropped 2^n */
    unsigned __int128 c = PRIME_C;
    for (int i = 0; i < LIMBS && c; i++) {
      c += r->v[i];
      r->v[i] = (uint64_t)c;
      c >>= 64;
    }
  }
  F(fe_reduce_once)(r);
}

static void F(fe_mul)(F(fe) *r, const F(fe) *a, const F(fe) *b) {
#if defined(HAVE_MULX_PRODUCT) && LIMBS == 8
  /* for 4 words the C below measured faster than the copies into buf plus the mulx code */
  if (use_mulx) {
    uint64_t buf[4 * LIMBS];
    memcpy(buf, a->v, sizeof a->v);
    memcpy(buf + LIMBS, b->v, sizeof b->v);
    mulx_product_8(buf);
    F(fe_reduce_wide)(r, buf + 2 * LIMBS);
    return;
  }
#endif
  uint64_t t[2 * LIMBS];
  memset(t, 0, sizeof t);
  for (int i = 0; i < LIMBS; i++) {
    unsigned __int128 carry = 0;
    uint64_t ai = a->v[i];
    for (int j = 0; j < LIMBS; j++) {
      carry += (unsigned __int128)ai * b->v[j] + t[i + j];
      t[i + j] = (uint64_t)carry;
      carry >>= 64;
    }
    t[i + LIMBS] = (uint64_t)carry;
  }
  F(fe_reduce_wide)(r, t);
}

/* Squaring: with mulx, a dedicated squaring (each cross product once, doubled: 36 word products
 * instead of 64); in portable C a dedicated squaring measured slower than fe_mul with GCC -O3. */
static inline void F(fe_sqr)(F(fe) *r, const F(fe) *a) {
#if defined(HAVE_MULX_PRODUCT) && LIMBS == 8
  if (use_mulx) {
    uint64_t buf[4 * LIMBS];
    memcpy(buf, a->v, sizeof a->v);
    mulx_square_8(buf);
    F(fe_reduce_wide)(r, buf + 2 * LIMBS);
    return;
  }
#endif
  F(fe_mul)(r, a, a);
}

/* r = a^(p−2) = 1/a (Fermat); only used while building tables */
static void F(fe_inv)(F(fe) *r, const F(fe) *a) {
  /* p − 2 = 2^n − c − 2: every word but the lowest is all ones */
  uint64_t e[LIMBS];
  for (int i = 0; i < LIMBS; i++) e[i] = ~(uint64_t)0;
  e[0] = (uint64_t)0 - PRIME_C - 2;
  F(fe) result = {{1}};
  for (int i = LIMBS - 1; i >= 0; i--) {
    for (int bit = 63; bit >= 0; bit--) {
      F(fe_sqr)(&result, &result);
      if ((e[i] >> bit) & 1) F(fe_mul)(&result, &result, a);
    }
  }
  *r = result;
}

/* Doubling, a = −3 (dbl-2001-b) */
static void F(point_double)(F(jpoint) *r, const F(jpoint) *p) {
  if (p->infinity || F(fe_is_zero)(&p->y)) {
    r->infinity = 1;
    return;
  }
  F(fe) delta, gamma, beta, alpha, t1, t2, x3, y3, z3;
  F(fe_sqr)(&delta, &p->z);
  F(fe_sqr)(&gamma, &p->y);
  F(fe_mul)(&beta, &p->x, &gamma);
  F(fe_sub)(&t1, &p->x, &delta);
  F(fe_add)(&t2, &p->x, &delta);
  F(fe_mul)(&alpha, &t1, &t2);
  F(fe_add)(&t1, &alpha, &alpha);
  F(fe_add)(&alpha, &alpha, &t1); /* alpha = 3(x − δ)(x + δ) */
  F(fe_add)(&t1, &beta, &beta);
  F(fe_add)(&t1, &t1, &t1); /* 4β */
  F(fe_add)(&t2, &t1, &t1); /* 8β */
  F(fe_sqr)(&x3, &alpha);
  F(fe_sub)(&x3, &x3, &t2);
  F(fe_add)(&z3, &p->y, &p->z);
  F(fe_sqr)(&z3, &z3);
  F(fe_sub)(&z3, &z3, &gamma);
  F(fe_sub)(&z3, &z3, &delta);
  F(fe_sub)(&t1, &t1, &x3);
  F(fe_mul)(&y3, &alpha, &t1);
  F(fe_sqr)(&t2, &gamma);
  F(fe_add)(&t2, &t2, &t2);
  F(fe_add)(&t2, &t2, &t2);
  F(fe_add)(&t2, &t2, &t2); /* 8γ² */
  F(fe_sub)(&y3, &y3, &t2);
  r->x = x3;
  r->y = y3;
  r->z = z3;
  r->infinity = 0;
}

/* r = p + q, q in affine coordinates (q_negate: use −q) */
static void F(point_add_affine)(F(jpoint) *r, const F(jpoint) *p, const F(apoint) *q, int q_negate) {
  F(fe) qy;
  if (q_negate) F(fe_neg)(&qy, &q->y);
  else qy = q->y;
  if (p->infinity) {
    r->x = q->x;
    r->y = qy;
    memset(&r->z, 0, sizeof r->z);
    r->z.v[0] = 1;
    r->infinity = 0;
    return;
  }
  F(fe) z1z1, u2, s2, h, rr, hh, hhh, v, t, x3, y3, z3;
  F(fe_sqr)(&z1z1, &p->z);
  F(fe_mul)(&u2, &q->x, &z1z1);
  F(fe_mul)(&s2, &p->z, &z1z1);
  F(fe_mul)(&s2, &s2, &qy);
  F(fe_sub)(&h, &u2, &p->x);
  F(fe_sub)(&rr, &s2, &p->y);
  if (F(fe_is_zero)(&h)) {
    if (F(fe_is_zero)(&rr)) F(point_double)(r, p);
    else r->infinity = 1;
    return;
  }
  F(fe_sqr)(&hh, &h);
  F(fe_mul)(&hhh, &h, &hh);
  F(fe_mul)(&v, &p->x, &hh);
  F(fe_sqr)(&x3, &rr);
  F(fe_sub)(&x3, &x3, &hhh);
  F(fe_sub)(&x3, &x3, &v);
  F(fe_sub)(&x3, &x3, &v);
  F(fe_sub)(&t, &v, &x3);
  F(fe_mul)(&y3, &rr, &t);
  F(fe_mul)(&t, &p->y, &hhh);
  F(fe_sub)(&y3, &y3, &t);
  F(fe_mul)(&z3, &p->z, &h);
  r->x = x3;
  r->y = y3;
  r->z = z3;
  r->infinity = 0;
}

/* r = p + q, both Jacobian (q_negate: use −q) */
static void F(point_add)(F(jpoint) *r, const F(jpoint) *p, const F(jpoint) *q, int q_negate) {
  if (q->infinity) {
    *r = *p;
    return;
  }
  F(fe) qy;
  if (q_negate) F(fe_neg)(&qy, &q->y);
  else qy = q->y;
  if (p->infinity) {
    r->x = q->x;
    r->y = qy;
    r->z = q->z;
    r->infinity = 0;
    return;
  }
  F(fe) z1z1, z2z2, u1, u2, s1, s2, h, rr, hh, hhh, v, t, x3, y3, z3;
  F(fe_sqr)(&z1z1, &p->z);
  F(fe_sqr)(&z2z2, &q->z);
  F(fe_mul)(&u1, &p->x, &z2z2);
  F(fe_mul)(&u2, &q->x, &z1z1);
  F(fe_mul)(&s1, &q->z, &z2z2);
  F(fe_mul)(&s1, &s1, &p->y);
  F(fe_mul)(&s2, &p->z, &z1z1);
  F(fe_mul)(&s2, &s2, &qy);
  F(fe_sub)(&h, &u2, &u1);
  F(fe_sub)(&rr, &s2, &s1);
  if (F(fe_is_zero)(&h)) {
    if (F(fe_is_zero)(&rr)) F(point_double)(r, p);
    else r->infinity = 1;
    return;
  }
  F(fe_sqr)(&hh, &h);
  F(fe_mul)(&hhh, &h, &hh);
  F(fe_mul)(&v, &u1, &hh);
  F(fe_sqr)(&x3, &rr);
  F(fe_sub)(&x3, &x3, &hhh);
  F(fe_sub)(&x3, &x3, &v);
  F(fe_sub)(&x3, &x3, &v);
  F(fe_sub)(&t, &v, &x3);
  F(fe_mul)(&y3, &rr, &t);
  F(fe_mul)(&t, &s1, &hhh);
  F(fe_sub)(&y3, &y3, &t);
  F(fe_mul)(&z3, &p->z, &q->z);
  F(fe_mul)(&z3, &z3, &h);
  r->x = x3;
  r->y = y3;
  r->z = z3;
  r->infinity = 0;
}

static void F(to_affine)(F(apoint) *r, const F(jpoint) *p) {
  F(fe) zi, zi2, zi3;
  F(fe_inv)(&zi, &p->z);
  F(fe_sqr)(&zi2, &zi);
  F(fe_mul)(&zi3, &zi2, &zi);
  F(fe_mul)(&r->x, &p->x, &zi2);
  F(fe_mul)(&r->y, &p->y, &zi3);
}

/* y² = x³ − 3x + b */
static int F(on_curve)(const F(fe) *x, const F(fe) *y, const F(fe) *b) {
  F(fe) lhs, rhs, t;
  F(fe_sqr)(&lhs, y);
  F(fe_sqr)(&rhs, x);
  F(fe_mul)(&rhs, &rhs, x);
  F(fe_add)(&t, x, x);
  F(fe_add)(&t, &t, x);
  F(fe_sub)(&rhs, &rhs, &t);
  F(fe_add)(&rhs, &rhs, b);
  return F(fe_equal)(&lhs, &rhs);
}

/*
 * z1·G + z2·Q is computed with the scalars cut into SEGMENTS pieces of SEG_BITS bits (one 64-bit
 * word each: 4 for CryptoPro-A, 8 for tc26-512-A):
 * z = Σ z_j·2^(j·SEG_BITS), so z·P = Σ z_j·(2^(j·SEG_BITS)·P) and, with tables of odd multiples of
 * every 2^(j·SEG_BITS)·P, the shared chain of doublings is only SEG_BITS long. G has such tables
 * (built once per curve); a public key gets them once it has been seen twice (the key cache
 * below), since building them costs about as much as one verification. A key seen for the first
 * time is multiplied as a whole (one wNAF over all bits, a small Jacobian table built per call).
 */
#define SEGMENTS LIMBS /* tables of a cached 512-bit key: 8 × 16 points, 16 KiB */
#define SEG_WORDS (LIMBS / SEGMENTS)
#define SEG_BITS (64 * SEG_WORDS)
#define G_WINDOW 8
#define G_TABLE (1 << (G_WINDOW - 2))
#define Q_WINDOW 5
#define Q_TABLE (1 << (Q_WINDOW - 2))
#define K_WINDOW 6
#define K_TABLE (1 << (K_WINDOW - 2))

typedef struct {
  F(fe) b;
  /* g_table[j][i] = (2i + 1)·2^(j·SEG_BITS)·G */
  F(apoint) g_table[SEGMENTS][G_TABLE];
} F(curve_data);

/* A cached key's tables: t[j][i] = (2i + 1)·2^(j·SEG_BITS)·Q */
typedef struct {
  F(apoint) t[SEGMENTS][K_TABLE];
} F(key_tables);

/* Jacobian points to affine with one inversion (Montgomery's trick). 0 if a point is at infinity. */
static int F(batch_affine)(F(apoint) *out, const F(jpoint) *in, int n) {
  F(fe) *prefix = malloc((size_t)n * sizeof *prefix);
  if (!prefix) return 0;
  for (int i = 0; i < n; i++) {
    if (in[i].infinity || F(fe_is_zero)(&in[i].z)) {
      free(prefix);
      return 0;
    }
    if (i == 0) prefix[0] = in[0].z;
    else F(fe_mul)(&prefix[i], &prefix[i - 1], &in[i].z);
  }
  F(fe) inv, zi, zi2, zi3;
  F(fe_inv)(&inv, &prefix[n - 1]);
  for (int i = n - 1; i >= 0; i--) {
    if (i > 0) {
      F(fe_mul)(&zi, &inv, &prefix[i - 1]);
      F(fe_mul)(&inv, &inv, &in[i].z);
    } else {
      zi = inv;
    }
    F(fe_sqr)(&zi2, &zi);
    F(fe_mul)(&zi3, &zi2, &zi);
    F(fe_mul)(&out[i].x, &in[i].x, &zi2);
    F(fe_mul)(&out[i].y, &in[i].y, &zi3);
  }
  free(prefix);
  return 1;
}

/* out[j·per_segment + i] = (2i + 1)·2^(j·SEG_BITS)·P for an affine P on the curve. 1 on success. */
static int F(build_segment_tables)(F(apoint) *out, int per_segment, const F(apoint) *p) {
  const int n = SEGMENTS * per_segment;
  F(jpoint) *points = malloc((size_t)n * sizeof *points);
  if (!points) return 0;
  F(jpoint) base, twice;
  base.x = p->x;
  base.y = p->y;
  memset(&base.z, 0, sizeof base.z);
  base.z.v[0] = 1;
  base.infinity = 0;
  for (int j = 0; j < SEGMENTS; j++) {
    if (j > 0)
      for (int k = 0; k < SEG_BITS; k++) F(point_double)(&base, &base);
    F(point_double)(&twice, &base);
    points[j * per_segment] = base;
    for (int i = 1; i < per_segment; i++) F(point_add)(&points[j * per_segment + i], &points[j * per_segment + i - 1], &twice, 0);
  }
  int ok = F(batch_affine)(out, points, n);
  free(points);
  return ok;
}

static int F(curve_setup)(F(curve_data) *c, const uint8_t *b_le, const uint8_t *gx_le, const uint8_t *gy_le) {
  F(fe_load)(&c->b, b_le);
  F(apoint) g;
  F(fe_load)(&g.x, gx_le);
  F(fe_load)(&g.y, gy_le);
  return F(build_segment_tables)(&c->g_table[0][0], G_TABLE, &g);
}

/* Width-w NAF of a scalar of `count` words: digits[i] odd in (−2^(w−1), 2^(w−1)) or 0. Returns the length (≤ 64·count + 1). */
static int F(wnaf)(int8_t *digits, const uint64_t *scalar, int count, int w) {
  uint64_t k[LIMBS + 1];
  memcpy(k, scalar, (size_t)count * sizeof(uint64_t));
  k[count] = 0;
  const int64_t full = (int64_t)1 << w, half = full >> 1;
  int length = 0;
  for (;;) {
    int nonzero = 0;
    for (int i = 0; i <= count; i++) nonzero |= k[i] != 0;
    if (!nonzero) break;
    int8_t digit = 0;
    if (k[0] & 1) {
      int64_t d = (int64_t)(k[0] & (uint64_t)(full - 1));
      if (d >= half) d -= full;
      digit = (int8_t)d;
      /* k −= d */
      if (d > 0) {
        uint64_t sub = (uint64_t)d;
        for (int i = 0; i <= count && sub; i++) {
          uint64_t before = k[i];
          k[i] = before - sub;
          sub = before < sub;
        }
      } else {
        uint64_t add = (uint64_t)(-d);
        for (int i = 0; i <= count && add; i++) {
          uint64_t before = k[i];
          k[i] = before + add;
          add = k[i] < before;
        }
      }
    }
    digits[length++] = digit;
    for (int i = 0; i < count; i++) k[i] = (k[i] >> 1) | (k[i + 1] << 63);
    k[count] >>= 1;
  }
  return length;
}

/* r = z1·G + z2·Q (scalars as LIMBS little-endian words, each < 2^(64·LIMBS)); with the key's
 * tables when kt is not NULL, else from the affine q alone */
static void F(combine)(F(jpoint) *r, const F(curve_data) *c, const uint64_t *z1, const F(apoint) *q, const F(key_tables) *kt, const uint64_t *z2) {
  int8_t naf_g[SEGMENTS][SEG_BITS + 2], naf_k[SEGMENTS][SEG_BITS + 2], naf_q[64 * LIMBS + 2];
  int length_g[SEGMENTS], length_k[SEGMENTS], length_q = 0, length = 0;
  for (int j = 0; j < SEGMENTS; j++) {
    length_g[j] = F(wnaf)(naf_g[j], z1 + j * SEG_WORDS, SEG_WORDS, G_WINDOW);
    if (length_g[j] > length) length = length_g[j];
  }
  F(jpoint) q_table[Q_TABLE];
  if (kt) {
    for (int j = 0; j < SEGMENTS; j++) {
      length_k[j] = F(wnaf)(naf_k[j], z2 + j * SEG_WORDS, SEG_WORDS, K_WINDOW);
      if (length_k[j] > length) length = length_k[j];
    }
  } else {
    length_q = F(wnaf)(naf_q, z2, LIMBS, Q_WINDOW);
    if (length_q > length) length = length_q;
    F(jpoint) q2;
    q_table[0].x = q->x;
    q_table[0].y = q->y;
    memset(&q_table[0].z, 0, sizeof q_table[0].z);
    q_table[0].z.v[0] = 1;
    q_table[0].infinity = 0;
    F(point_double)(&q2, &q_table[0]);
    for (int i = 1; i < Q_TABLE; i++) F(point_add)(&q_table[i], &q_table[i - 1], &q2, 0);
  }

  F(jpoint) acc;
  acc.infinity = 1;
  for (int i = length - 1; i >= 0; i--) {
    if (!acc.infinity) F(point_double)(&acc, &acc);
    if (kt) {
      for (int j = 0; j < SEGMENTS; j++) {
        if (i >= length_k[j]) continue;
        int d = naf_k[j][i];
        if (d > 0) F(point_add_affine)(&acc, &acc, &kt->t[j][d >> 1], 0);
        else if (d < 0) F(point_add_affine)(&acc, &acc, &kt->t[j][(-d) >> 1], 1);
      }
    } else if (i < length_q) {
      int d = naf_q[i];
      if (d > 0) F(point_add)(&acc, &acc, &q_table[d >> 1], 0);
      else if (d < 0) F(point_add)(&acc, &acc, &q_table[(-d) >> 1], 1);
    }
    for (int j = 0; j < SEGMENTS; j++) {
      if (i >= length_g[j]) continue;
      int d = naf_g[j][i];
      if (d > 0) F(point_add_affine)(&acc, &acc, &c->g_table[j][d >> 1], 0);
      else if (d < 0) F(point_add_affine)(&acc, &acc, &c->g_table[j][(-d) >> 1], 1);
    }
  }
  *r = acc;
}

/*
 * The key cache: tables for up to CACHE_SIZE keys, keyed by the exact key bytes, least recently
 * used first out. A key gets tables on its second sight (a ring of the hashes of the last
 * SEEN_SIZE keys remembers the first), so keys seen once cost nothing extra. A hash collision
 * can only make a key's tables be built early: look-ups compare the whole key. Entries in use by a
 * verification on another thread (refs > 0) are never evicted.
 */
#define CACHE_SIZE 256
#define SEEN_SIZE 1024
#define KEY_BYTES (16 * LIMBS)

typedef struct {
  uint8_t key[KEY_BYTES];
  uint64_t hash, last_used;
  int refs;
  F(key_tables) *tables;
} F(cache_entry);

static struct {
  pthread_mutex_t lock;
  int count, seen_next;
  uint64_t tick, hits, misses, builds, evictions;
  uint64_t seen[SEEN_SIZE];
  F(cache_entry) entries[CACHE_SIZE];
} F(cache) = {PTHREAD_MUTEX_INITIALIZER};

static uint64_t F(key_hash)(const uint8_t *key) {
  uint64_t h = 0x9e3779b97f4a7c15u;
  for (int i = 0; i < KEY_BYTES; i++) {
    h ^= key[i];
    h *= 0x100000001b3u;
  }
  return h | 1; /* never 0, the empty slots of the seen ring */
}

/* the entry for key, with refs taken, or NULL; lock held */
static F(cache_entry) *F(cache_find)(const uint8_t *key, uint64_t hash) {
  for (int i = 0; i < F(cache).count; i++) {
    F(cache_entry) *e = &F(cache).entries[i];
    if (e->hash == hash && memcmp(e->key, key, KEY_BYTES) == 0) {
      e->refs++;
      e->last_used = ++F(cache).tick;
      return e;
    }
  }
  return NULL;
}

/* The key's cached tables with a reference taken (release with cache_release), or NULL. May build
 * them (second sight). The key must already be known to lie on the curve. */
static F(cache_entry) *F(cache_acquire)(const uint8_t *key, const F(apoint) *q) {
  const uint64_t hash = F(key_hash)(key);
  int build = 0;
  pthread_mutex_lock(&F(cache).lock);
  F(cache_entry) *found = F(cache_find)(key, hash);
  if (found) {
    F(cache).hits++;
  } else {
    F(cache).misses++;
    for (int i = 0; i < SEEN_SIZE && !build; i++) build = F(cache).seen[i] == hash;
    if (!build) {
      F(cache).seen[F(cache).seen_next] = hash;
      F(cache).seen_next = (F(cache).seen_next + 1) % SEEN_SIZE;
    }
  }
  pthread_mutex_unlock(&F(cache).lock);
  if (found || !build) return found;

  F(key_tables) *tables = malloc(sizeof *tables);
  if (!tables) return NULL;
  if (!F(build_segment_tables)(&tables->t[0][0], K_TABLE, q)) {
    free(tables);
    return NULL;
  }
  F(key_tables) *unused = NULL;
  pthread_mutex_lock(&F(cache).lock);
  found = F(cache_find)(key, hash); /* another thread may have built it meanwhile */
  if (found) {
    unused = tables;
  } else {
    F(cache_entry) *slot = NULL;
    if (F(cache).count < CACHE_SIZE) {
      slot = &F(cache).entries[F(cache).count++];
    } else {
      for (int i = 0; i < CACHE_SIZE; i++) {
        F(cache_entry) *e = &F(cache).entries[i];
        if (e->refs == 0 && (!slot || e->last_used < slot->last_used)) slot = e;
      }
      if (slot) {
        unused = slot->tables;
        F(cache).evictions++;
      }
    }
    if (slot) {
      memcpy(slot->key, key, KEY_BYTES);
      slot->hash = hash;
      slot->last_used = ++F(cache).tick;
      slot->refs = 1;
      slot->tables = tables;
      F(cache).builds++;
      found = slot;
    } else {
      unused = tables; /* every entry in use: verify without tables this time */
    }
  }
  pthread_mutex_unlock(&F(cache).lock);
  free(unused);
  return found;
}

static void F(cache_release)(F(cache_entry) *e) {
  pthread_mutex_lock(&F(cache).lock);
  e->refs--;
  pthread_mutex_unlock(&F(cache).lock);
}

static void F(cache_stats)(uint64_t *out) {
  pthread_mutex_lock(&F(cache).lock);
  out[0] = CACHE_SIZE;
  out[1] = (uint64_t)F(cache).count;
  out[2] = F(cache).hits;
  out[3] = F(cache).misses;
  out[4] = F(cache).builds;
  out[5] = F(cache).evictions;
  pthread_mutex_unlock(&F(cache).lock);
}

/* empties the cache and the seen ring and resets the counters; for tests, called while no
 * verification runs (if one does, its entry must stay: then only the counters are reset) */
static void F(cache_clear)(void) {
  pthread_mutex_lock(&F(cache).lock);
  int busy = 0;
  for (int i = 0; i < F(cache).count; i++) busy |= F(cache).entries[i].refs > 0;
  if (!busy) {
    for (int i = 0; i < F(cache).count; i++) free(F(cache).entries[i].tables);
    F(cache).count = 0;
    memset(F(cache).seen, 0, sizeof F(cache).seen);
    F(cache).seen_next = 0;
  }
  F(cache).hits = F(cache).misses = F(cache).builds = F(cache).evictions = 0;
  pthread_mutex_unlock(&F(cache).lock);
}

/*
 * The curve part of a GOST verification: with z1, z2 from the scalar arithmetic and the key
 * (x, y as little-endian bytes, already known < p), is x(z1·G + z2·Q) ≡ r (mod q)?
 * r_candidates holds r and, when r + q < p, r + q: the affine x equals one of them, and
 * X = x·Z² lets the check skip the inversion.
 */
static int F(verify_point)(const F(curve_data) *c, const uint8_t *key_x, const uint8_t *key_y, const uint64_t *z1, const uint64_t *z2,
                           const uint8_t *r_le, const uint8_t *r_plus_q_le, int use_cache) {
  F(apoint) q;
  F(fe_load)(&q.x, key_x);
  F(fe_load)(&q.y, key_y);
  F(jpoint) sum;
  F(cache_entry) *cached = NULL;
  if (use_cache) {
    uint8_t key[KEY_BYTES];
    memcpy(key, key_x, 8 * LIMBS);
    memcpy(key + 8 * LIMBS, key_y, 8 * LIMBS);
    /* only keys on the curve are ever cached, so a hit needs no check */
    pthread_mutex_lock(&F(cache).lock);
    cached = F(cache_find)(key, F(key_hash)(key));
    if (cached) F(cache).hits++;
    pthread_mutex_unlock(&F(cache).lock);
    if (!cached) {
      if (!F(on_curve)(&q.x, &q.y, &c->b)) return 0;
      cached = F(cache_acquire)(key, &q);
    }
  } else if (!F(on_curve)(&q.x, &q.y, &c->b)) {
    return 0;
  }
  F(combine)(&sum, c, z1, &q, cached ? cached->tables : NULL, z2);
  if (cached) F(cache_release)(cached);
  if (sum.infinity) return 0;
  F(fe) zz, candidate, expected;
  F(fe_sqr)(&zz, &sum.z);
  F(fe_load)(&candidate, r_le);
  F(fe_mul)(&expected, &candidate, &zz);
  if (F(fe_equal)(&expected, &sum.x)) return 1;
  if (r_plus_q_le) {
    F(fe_load)(&candidate, r_plus_q_le);
    F(fe_mul)(&expected, &candidate, &zz);
    if (F(fe_equal)(&expected, &sum.x)) return 1;
  }
  return 0;
}

/* affine z1·G + z2·Q for tests: out = x‖y little-endian; 0 for the point at infinity, −1 if the tables could not be built */
static int F(combine_affine)(const F(curve_data) *c, const uint8_t *key_x, const uint8_t *key_y, const uint64_t *z1, const uint64_t *z2, int with_tables,
                             uint8_t *out) {
  F(apoint) q;
  F(fe_load)(&q.x, key_x);
  F(fe_load)(&q.y, key_y);
  F(jpoint) sum;
  F(key_tables) *tables = NULL;
  if (with_tables) {
    /* the tables a cached key gets, built here without the cache */
    tables = malloc(sizeof *tables);
    if (!tables || !F(build_segment_tables)(&tables->t[0][0], K_TABLE, &q)) {
      free(tables);
      return -1;
    }
  }
  F(combine)(&sum, c, z1, &q, tables, z2);
  free(tables);
  if (sum.infinity || F(fe_is_zero)(&sum.z)) return 0;
  F(apoint) a;
  F(to_affine)(&a, &sum);
  F(fe_store)(out, &a.x);
  F(fe_store)(out + 8 * LIMBS, &a.y);
  return 1;
}

#undef SEGMENTS
#undef SEG_WORDS
#undef SEG_BITS
#undef G_WINDOW
#undef G_TABLE
#undef Q_WINDOW
#undef Q_TABLE
#undef K_WINDOW
#undef K_TABLE
#undef CACHE_SIZE
#undef SEEN_SIZE
#undef KEY_BYTES
#undef F
#undef GLUE
#undef GLUE_
