/*
 * shekara_gost: GOST digests and GOST signature verification for Node.js, as an N-API addon.
 *
 * The curve part of a verification is our own field and point arithmetic (curve.c: both NCA
 * primes are 2^n − c with a small c, both curves have a = −3; tables of multiples for keys seen
 * before are kept in a bounded cache, see curve_impl.h). OpenSSL's BN functions do the
 * scalar arithmetic mod q, and OpenSSL's generic EC_POINT_mul is kept as a second engine
 * (verifyOpenssl, combine) that tests and the benchmark compare against. That OpenSSL is the one
 * the node binary itself carries and exports, so nothing is linked: the BN_* and EC_* symbols
 * resolve against the running node process when the addon is loaded. The digests are our own
 * code too (streebog.c, gost94.c). rsa.c adds RSA PKCS#1 v1.5 verification (rsaPublicKey,
 * rsaVerify): the public operation by rsa52.c (AVX-512 IFMA) or the same OpenSSL's Montgomery
 * products, so that RSA signatures skip node:crypto's per-call set-up and OpenSSL's own
 * exponentiation.
 *
 * NCA RK byte order (docs/NCA-SIGNATURES.md): public key X‖Y and signature r‖s, each half
 * little-endian; the digest is read as a little-endian integer mod q, 0 → 1.
 *
 * Every input that is not a well-formed signature makes verify() return false; only a call with
 * arguments of the wrong JavaScript types throws a TypeError.
 */
#define OPENSSL_SUPPRESS_DEPRECATED 1
#define NAPI_VERSION 8
#include <node_api.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <limits.h>
#include <stdint.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "curve.h"
#include "gost.h"
#include "rsa.h"

typedef struct {
  const char *p, *a, *b, *q, *gx, *gy;
  int size;
  EC_GROUP *group;
  BIGNUM *order;
  BIGNUM *prime;
} curve_t;

/* The same constants as src/gost/curves.ts (big-endian hex). */
static curve_t curves[2] = {
  { /* GOST 34.310-2004: CryptoPro-A (RFC 4357 §11.4) */
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd97",
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd94",
    "a6",
    "ffffffffffffffffffffffffffffffff6c611070995ad10045841b09b761b893",
    "1",
    "8d91e471e0989cda27df505a453f2b7635294f2ddf23e3b122acc99c9e9f1e14",
    32, NULL, NULL, NULL },
  { /* GOST 34.10-2015 512-bit: tc26 paramSetA (RFC 7836 A.1) */
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc7",
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc4",
    "e8c2505dedfc86ddc1bd0b2b6667f1da34b82574761cb0e879bd081cfd0b6265ee3cb090f30d27614cb4574010da90dd862ef9d4ebee4761503190785a71c760",
    "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff27e69532f48d89116ff22b8d4e0560609b4b38abfad2b85dcacdb1411f10b275",
    "3",
    "7503cfe87a836ae3a61b8816e25450e6ce5e1c93acf1abc1778064fdcbefa921df1626be4fd036e93d75e6a50e3a41e98028fe5fc235f5b889a589cb5215f2a4",
    64, NULL, NULL, NULL },
};

static pthread_once_t setup_once = PTHREAD_ONCE_INIT;
static int setup_ok = 0;

static BIGNUM *from_hex(const char *hex) {
  BIGNUM *bn = NULL;
  if (!BN_hex2bn(&bn, hex)) return NULL;
  return bn;
}

static int build_curve(curve_t *c, int which) {
  int ok = 0;
  BN_CTX *ctx = BN_CTX_new();
  BIGNUM *a = from_hex(c->a), *b = from_hex(c->b), *gx = from_hex(c->gx), *gy = from_hex(c->gy);
  BIGNUM *one = BN_new();
  EC_POINT *g = NULL;
  c->prime = from_hex(c->p);
  c->order = from_hex(c->q);
  if (!ctx || !a || !b || !gx || !gy || !one || !c->prime || !c->order || !BN_one(one)) goto done;
  c->group = EC_GROUP_new_curve_GFp(c->prime, a, b, ctx);
  if (!c->group) goto done;
  g = EC_POINT_new(c->group);
  if (!g || !EC_POINT_set_affine_coordinates(c->group, g, gx, gy, ctx)) goto done;
  if (!EC_GROUP_set_generator(c->group, g, c->order, one)) goto done;
  /* a table of multiples of G: the generator half of every verification gets cheaper */
  if (!EC_GROUP_precompute_mult(c->group, ctx)) goto done;
  {
    uint8_t b_le[64], gx_le[64], gy_le[64];
    if (BN_bn2lebinpad(b, b_le, c->size) < 0 || BN_bn2lebinpad(gx, gx_le, c->size) < 0 || BN_bn2lebinpad(gy, gy_le, c->size) < 0) goto done;
    if (!gost_curve_setup(which, b_le, gx_le, gy_le)) goto done;
  }
  ok = 1;
done:
  EC_POINT_free(g);
  BN_free(a); BN_free(b); BN_free(gx); BN_free(gy); BN_free(one);
  BN_CTX_free(ctx);
  return ok;
}

static void setup(void) {
  streebog_init();
  gost94_init();
  setup_ok = build_curve(&curves[0], 0) && build_curve(&curves[1], 1);
}

enum engine { OWN_ARITHMETIC = 0, OPENSSL_EC = 1, OWN_ARITHMETIC_UNCACHED = 2 };

/* The core check; 1 valid, 0 anything else. The scalar arithmetic mod q is OpenSSL's BN in both
 * engines; the curve part is our own (curve.c) or OpenSSL's EC_POINT_mul. */
static int verify_signature(const curve_t *c, int which, enum engine engine, const uint8_t *digest, size_t digest_length,
                            const uint8_t *signature, size_t signature_length,
                            const uint8_t *key, size_t key_length) {
  const int size = c->size;
  if (signature_length != (size_t)(2 * size) || key_length != (size_t)(2 * size)) return 0;
  int ok = 0;
  BN_CTX *ctx = BN_CTX_new();
  EC_POINT *public_point = NULL, *sum = NULL;
  if (!ctx) return 0;
  BN_CTX_start(ctx);
  BIGNUM *r = BN_CTX_get(ctx), *s = BN_CTX_get(ctx), *qx = BN_CTX_get(ctx), *qy = BN_CTX_get(ctx);
  BIGNUM *e = BN_CTX_get(ctx), *v = BN_CTX_get(ctx), *z1 = BN_CTX_get(ctx), *z2 = BN_CTX_get(ctx);
  BIGNUM *x = BN_CTX_get(ctx);
  if (!x) goto done;
  if (!BN_lebin2bn(signature, size, r) || !BN_lebin2bn(signature + size, size, s)) goto done;
  if (BN_is_zero(r) || BN_is_zero(s) || BN_cmp(r, c->order) >= 0 || BN_cmp(s, c->order) >= 0) goto done;
  if (!BN_lebin2bn(key, size, qx) || !BN_lebin2bn(key + size, size, qy)) goto done;
  if (BN_cmp(qx, c->prime) >= 0 || BN_cmp(qy, c->prime) >= 0) goto done;
  /* e = digest mod q (0 → 1), v = 1/e, z1 = s·v, z2 = −r·v (mod q) */
  if (!BN_lebin2bn(digest, (int)digest_length, e) || !BN_nnmod(e, e, c->order, ctx)) goto done;
  if (BN_is_zero(e) && !BN_one(e)) goto done;
  if (!BN_mod_inverse(v, e, c->order, ctx)) goto done;
  if (!BN_mod_mul(z1, s, v, c->order, ctx)) goto done;
  if (!BN_mod_mul(z2, r, v, c->order, ctx)) goto done;
  if (!BN_is_zero(z2) && !BN_sub(z2, c->order, z2)) goto done;

  if (engine != OPENSSL_EC) {
    uint8_t z1_le[64], z2_le[64], r_le[64], r_plus_q_le[64];
    if (!BN_add(x, r, c->order)) goto done;
    int has_r_plus_q = BN_cmp(x, c->prime) < 0;
    if (BN_bn2lebinpad(z1, z1_le, size) < 0 || BN_bn2lebinpad(z2, z2_le, size) < 0 || BN_bn2lebinpad(r, r_le, size) < 0) goto done;
    if (has_r_plus_q && BN_bn2lebinpad(x, r_plus_q_le, size) < 0) goto done;
    /* checks that the key lies on the curve itself */
    ok = gost_curve_verify(which, key, z1_le, z2_le, r_le, has_r_plus_q ? r_plus_q_le : NULL, engine == OWN_ARITHMETIC);
    goto done;
  }

  public_point = EC_POINT_new(c->group);
  sum = EC_POINT_new(c->group);
  if (!public_point || !sum) goto done;
  /* refuses points off the curve */
  if (!EC_POINT_set_affine_coordinates(c->group, public_point, qx, qy, ctx)) goto done;
  if (EC_POINT_is_on_curve(c->group, public_point, ctx) != 1) goto done;
  /* C = z1·G + z2·Q */
  if (!EC_POINT_mul(c->group, sum, z1, public_point, z2, ctx)) goto done;
  if (EC_POINT_is_at_infinity(c->group, sum)) goto done;
  if (!EC_POINT_get_affine_coordinates(c->group, sum, x, NULL, ctx)) goto done;
  if (!BN_nnmod(x, x, c->order, ctx)) goto done;
  ok = BN_cmp(x, r) == 0;
done:
  ERR_clear_error();
  EC_POINT_free(public_point);
  EC_POINT_free(sum);
  BN_CTX_end(ctx);
  BN_CTX_free(ctx);
  return ok;
}

/* ---- N-API glue ---- */

static napi_value throw_type(napi_env env, const char *message) {
  napi_throw_type_error(env, NULL, message);
  return NULL;
}

/* Accepts a Uint8Array (Buffer included) or a DataView. */
static int get_bytes(napi_env env, napi_value value, const uint8_t **data, size_t *length) {
  bool is_typed = false, is_view = false;
  if (napi_is_typedarray(env, value, &is_typed) != napi_ok) return 0;
  if (is_typed) {
    napi_typedarray_type type;
    size_t count, offset;
    void *base;
    napi_value buffer;
    if (napi_get_typedarray_info(env, value, &type, &count, &base, &buffer, &offset) != napi_ok) return 0;
    if (type != napi_uint8_array) return 0;
    *data = base;
    *length = count;
    return 1;
  }
  if (napi_is_dataview(env, value, &is_view) != napi_ok || !is_view) return 0;
  void *base;
  napi_value buffer;
  size_t offset;
  if (napi_get_dataview_info(env, value, length, &base, &buffer, &offset) != napi_ok) return 0;
  *data = base;
  return 1;
}

/* A fresh Uint8Array over its own ArrayBuffer (not a pooled Buffer). */
static napi_value make_bytes(napi_env env, const uint8_t *bytes, size_t length) {
  napi_value array_buffer, result;
  void *target;
  if (napi_create_arraybuffer(env, length, &target, &array_buffer) != napi_ok) return NULL;
  memcpy(target, bytes, length);
  if (napi_create_typedarray(env, napi_uint8_array, length, array_buffer, 0, &result) != napi_ok) return NULL;
  return result;
}

static const uint8_t empty_input[1] = {0};

/* gost34311(data) → Uint8Array(32) */
static napi_value js_gost34311(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  const uint8_t *data;
  size_t length;
  uint8_t out[32];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1) return throw_type(env, "data: Uint8Array expected");
  if (!get_bytes(env, argv[0], &data, &length)) return throw_type(env, "data: Uint8Array expected");
  gost94(length ? data : empty_input, length, out);
  return make_bytes(env, out, 32);
}

/* streebog(data, bits) → Uint8Array(bits / 8), bits 512 or 256 */
static napi_value js_streebog(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  const uint8_t *data;
  size_t length;
  int32_t bits = 0;
  uint8_t out[64];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 2) return throw_type(env, "streebog(data, bits) expected");
  if (!get_bytes(env, argv[0], &data, &length)) return throw_type(env, "data: Uint8Array expected");
  if (napi_get_value_int32(env, argv[1], &bits) != napi_ok || (bits != 512 && bits != 256)) return throw_type(env, "bits: 512 or 256 expected");
  streebog(length ? data : empty_input, length, bits, out);
  return make_bytes(env, out, (size_t)bits / 8);
}

/* verify(curve, digest, signature, publicKey) → boolean; curve 0 = CryptoPro-A, 1 = tc26-512-A */
static napi_value js_verify(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4], result;
  void *data = NULL;
  int32_t which = -1;
  const uint8_t *digest, *signature, *key;
  size_t digest_length, signature_length, key_length;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, &data) != napi_ok || argc < 4) return throw_type(env, "verify(curve, digest, signature, publicKey) expected");
  if (napi_get_value_int32(env, argv[0], &which) != napi_ok || which < 0 || which > 1) return throw_type(env, "curve: 0 or 1 expected");
  if (!get_bytes(env, argv[1], &digest, &digest_length) || !get_bytes(env, argv[2], &signature, &signature_length) ||
      !get_bytes(env, argv[3], &key, &key_length))
    return throw_type(env, "digest, signature, publicKey: Uint8Array expected");
  int ok = digest_length <= INT_MAX &&
           verify_signature(&curves[which], which, (enum engine)(intptr_t)data, digest_length ? digest : empty_input, digest_length, signature, signature_length, key, key_length);
  napi_get_boolean(env, ok != 0, &result);
  return result;
}

/* keyCacheStats(curve) → { capacity, entries, hits, misses, builds, evictions } of the per-key table cache */
static napi_value js_key_cache_stats(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result, value;
  int32_t which = -1;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 || napi_get_value_int32(env, argv[0], &which) != napi_ok || which < 0 ||
      which > 1)
    return throw_type(env, "curve: 0 or 1 expected");
  uint64_t stats[6];
  gost_curve_cache_stats(which, stats);
  static const char *const names[6] = {"capacity", "entries", "hits", "misses", "builds", "evictions"};
  if (napi_create_object(env, &result) != napi_ok) return NULL;
  for (int i = 0; i < 6; i++) {
    if (napi_create_double(env, (double)stats[i], &value) != napi_ok || napi_set_named_property(env, result, names[i], value) != napi_ok) return NULL;
  }
  return result;
}

/* clearKeyCache(): empties both curves' key caches and resets their counters (tests, benchmarks) */
static napi_value js_clear_key_cache(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value result;
  gost_curve_cache_clear();
  napi_get_undefined(env, &result);
  return result;
}

/* combine(curve, z1, z2, publicKey, openssl, keyTables?) → Uint8Array x‖y of z1·G + z2·Q, or null for the
 * point at infinity or a key off the curve. Scalars are little-endian, each exactly one coordinate long and < q.
 * keyTables: the own arithmetic through the per-key tables a cached key gets. For tests: the engines must agree. */
static napi_value js_combine(napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6], result;
  int32_t which = -1;
  bool use_openssl = false, with_tables = false;
  const uint8_t *z1, *z2, *key;
  size_t z1_length, z2_length, key_length;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 5) return throw_type(env, "combine(curve, z1, z2, publicKey, openssl) expected");
  if (napi_get_value_int32(env, argv[0], &which) != napi_ok || which < 0 || which > 1) return throw_type(env, "curve: 0 or 1 expected");
  if (!get_bytes(env, argv[1], &z1, &z1_length) || !get_bytes(env, argv[2], &z2, &z2_length) || !get_bytes(env, argv[3], &key, &key_length) ||
      napi_get_value_bool(env, argv[4], &use_openssl) != napi_ok)
    return throw_type(env, "z1, z2, publicKey: Uint8Array, openssl: boolean expected");
  if (argc >= 6 && napi_get_value_bool(env, argv[5], &with_tables) != napi_ok) return throw_type(env, "keyTables: boolean expected");
  const curve_t *c = &curves[which];
  const size_t size = (size_t)c->size;
  if (z1_length != size || z2_length != size || key_length != 2 * size) return throw_type(env, "wrong lengths");
  uint8_t out[128];
  int found = 0, on_curve = 0;
  BN_CTX *ctx = BN_CTX_new();
  EC_POINT *point = NULL, *sum = NULL;
  if (!ctx) goto done;
  BN_CTX_start(ctx);
  BIGNUM *a = BN_CTX_get(ctx), *b = BN_CTX_get(ctx), *x = BN_CTX_get(ctx), *y = BN_CTX_get(ctx);
  if (!y || !BN_lebin2bn(z1, (int)size, a) || !BN_lebin2bn(z2, (int)size, b)) goto done;
  if (BN_cmp(a, c->order) >= 0 || BN_cmp(b, c->order) >= 0) goto done;
  if (!BN_lebin2bn(key, (int)size, x) || !BN_lebin2bn(key + size, (int)size, y)) goto done;
  point = EC_POINT_new(c->group);
  sum = EC_POINT_new(c->group);
  if (!point || !sum || !EC_POINT_set_affine_coordinates(c->group, point, x, y, ctx)) goto done;
  on_curve = 1;
  if (!use_openssl) {
    found = gost_curve_combine(which, key, z1, z2, with_tables, out) == 1;
    goto done;
  }
  if (!EC_POINT_mul(c->group, sum, a, point, b, ctx) || EC_POINT_is_at_infinity(c->group, sum)) goto done;
  if (!EC_POINT_get_affine_coordinates(c->group, sum, x, y, ctx)) goto done;
  found = BN_bn2lebinpad(x, out, (int)size) >= 0 && BN_bn2lebinpad(y, out + size, (int)size) >= 0;
done:
  ERR_clear_error();
  EC_POINT_free(point);
  EC_POINT_free(sum);
  if (ctx) {
    BN_CTX_end(ctx);
    BN_CTX_free(ctx);
  }
  if (!on_curve || !found) {
    napi_get_null(env, &result);
    return result;
  }
  return make_bytes(env, out, 2 * size);
}

static napi_value init(napi_env env, napi_value exports) {
  pthread_once(&setup_once, setup);
  if (!setup_ok) {
    napi_throw_error(env, NULL, "shekara_gost: the curve groups could not be built with this node's OpenSSL");
    return NULL;
  }
  napi_property_descriptor properties[] = {
    {"gost34311", NULL, js_gost34311, NULL, NULL, NULL, napi_enumerable, NULL},
    {"streebog", NULL, js_streebog, NULL, NULL, NULL, napi_enumerable, NULL},
    {"verify", NULL, js_verify, NULL, NULL, NULL, napi_enumerable, NULL},
    {"verifyOpenssl", NULL, js_verify, NULL, NULL, NULL, napi_enumerable, (void *)OPENSSL_EC},
    {"verifyUncached", NULL, js_verify, NULL, NULL, NULL, napi_enumerable, (void *)OWN_ARITHMETIC_UNCACHED},
    {"keyCacheStats", NULL, js_key_cache_stats, NULL, NULL, NULL, napi_enumerable, NULL},
    {"clearKeyCache", NULL, js_clear_key_cache, NULL, NULL, NULL, napi_enumerable, NULL},
    {"combine", NULL, js_combine, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  if (napi_define_properties(env, exports, sizeof properties / sizeof properties[0], properties) != napi_ok) return NULL;
  if (!rsa_define(env, exports)) return NULL;
  napi_value arithmetic;
  const char *name = gost_curve_uses_mulx() ? "mulx" : "portable";
  if (napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &arithmetic) != napi_ok || napi_set_named_property(env, exports, "fieldArithmetic", arithmetic) != napi_ok)
    return NULL;
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
