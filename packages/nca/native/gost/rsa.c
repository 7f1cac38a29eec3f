/*
 * RSA PKCS#1 v1.5 signature verification for the addon, by the OpenSSL the node binary carries.
 *
 * Why: crypto.verify() builds a fresh EVP_MD_CTX and EVP_PKEY_CTX on every call (fetching the
 * signature algorithm from the provider each time) and checks its arguments in JavaScript; that
 * costs about as much as the RSA public operation itself. Here a key is imported once
 * (rsaPublicKey: d2i_PUBKEY of the SubjectPublicKeyInfo DER) and kept as an external whose
 * finalizer frees it; rsaVerify hashes the data once (EVP_Digest with digests fetched at load).
 *
 * The public operation: for the keys every CA issues (odd modulus, odd exponent of 3 to 64 bits
 * below the modulus) rsaVerify raises the signature to e itself — for e = 65537 one product into
 * the Montgomery form, 16 squares and a last product by the plain signature, which leaves the
 * form: 18 products, where RSA_public_decrypt (BN_mod_exp_mont) spends about 21 and the EVP and
 * provider layers add their own set-up. The products are rsa52.c's (AVX-512 IFMA, 2,048- and
 * 4,096-bit moduli, on CPUs that have it: about 6 µs for 2,048 bits against 16 for
 * EVP_PKEY_verify) or else OpenSSL's (BN_mod_mul_montgomery on a BN_MONT_CTX made at import,
 * about 14 µs; rsaVerifyMontgomery always uses these). The result is
 * compared byte for byte with the whole encoded message RFC 8017 §9.2 prescribes (00 01 FF…FF 00
 * DigestInfo digest), which accepts exactly what OpenSSL's RSA_verify accepts (its padding check
 * followed by an exact DigestInfo comparison, the message being the modulus' length). A signature
 * not below the modulus is refused, as OpenSSL refuses it. Every other key (even modulus, even,
 * tiny or huge exponent) goes through EVP_PKEY_verify on an EVP_PKEY_CTX per key and digest, made
 * on first use and reused (verify_init, PKCS#1 padding and the signature digest set once), and so
 * gets OpenSSL's own answer. rsaVerifyEvp always takes that way (tests compare the two).
 *
 * Threads: a handle's contexts (the EVP_PKEY_CTXs, the BN_CTX and the BIGNUMs the exponentiation
 * works in) are used without a lock. That is safe because an external belongs to the JavaScript
 * thread (environment) that created it: it cannot be posted to a worker, and every call and its
 * finalizer run on that thread. Do not hand the handle's pointer to another thread (no async work
 * uses it). rsaVerifyPerCall (a fresh EVP_MD_CTX + EVP_DigestVerifyInit per call, as node does)
 * keeps no state; it is there for tests and the benchmark to compare.
 *
 * Keys: rsaEncryption keys only (RSA-PSS-restricted keys and everything else are refused), 1,024
 * to 16,384 bits. The NCA and its test CAs use 2,048 and 4,096; 1,024 is still accepted so that
 * old certificates get the same answer natively as through node:crypto (their policy is judged
 * elsewhere). A refused or malformed key makes rsaPublicKey throw an Error (the caller falls
 * back to node:crypto); rsaVerify returns false for every signature that does not verify,
 * including one of the wrong length, and throws a TypeError only for arguments of the wrong
 * JavaScript types or a handle that is not an RSA key made here.
 */
#define OPENSSL_SUPPRESS_DEPRECATED 1
#define NAPI_VERSION 8
#include <node_api.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "rsa.h"
#include "rsa52.h"

#define RSA_MIN_BITS 1024
#define RSA_MAX_BITS 16384
#define DIGESTS 3

static const char *const digest_names[DIGESTS] = {"sha256", "sha384", "sha512"};
static const char *const digest_fetch_names[DIGESTS] = {"SHA2-256", "SHA2-384", "SHA2-512"};
static const size_t digest_sizes[DIGESTS] = {32, 48, 64};
/* DER of the DigestInfo before the digest (RFC 8017 §9.2 note 1): SEQUENCE { AlgorithmIdentifier
 * { OID, NULL }, OCTET STRING of the digest's length }. */
#define DIGEST_INFO_PREFIX 19
static const unsigned char digest_info_prefixes[DIGESTS][DIGEST_INFO_PREFIX] = {
  {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20},
  {0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0x05, 0x00, 0x04, 0x30},
  {0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40},
};
static EVP_MD *digests[DIGESTS];
static pthread_once_t digests_once = PTHREAD_ONCE_INIT;
static int digests_ok = 0;

static void fetch_digests(void) {
  for (int i = 0; i < DIGESTS; i++) {
    digests[i] = EVP_MD_fetch(NULL, digest_fetch_names[i], NULL);
    if (!digests[i]) return;
  }
  digests_ok = 1;
}

/* Tells our externals from any other (napi_check_object_type_tag). */
static const napi_type_tag rsa_key_tag = {0x5368656b61726152ULL, 0x53414b6579763031ULL};

/* The own exponentiation's state for a key (see "The public operation" above). */
typedef struct {
  BIGNUM *n, *e;
  uint64_t e_word;
  rsa52_key *ifma;       /* the same by AVX-512 IFMA (rsa52.c) when the CPU has it and the modulus is 2,048 or 4,096 bits */
  BN_MONT_CTX *mont;
  BN_CTX *bn;
  BIGNUM *s, *base, *x;  /* the signature, s·R mod n, the running power */
  unsigned char *out;    /* s^e as big-endian bytes, the modulus' length */
  unsigned char *padding[DIGESTS]; /* the encoded message up to the digest, made on first use */
} rsa_power_t;

typedef struct {
  EVP_PKEY *pkey;
  size_t size;                    /* modulus length in bytes: a signature must be exactly this long */
  EVP_PKEY_CTX *verify[DIGESTS];  /* made on first use; see "Threads" above */
  rsa_power_t *power;             /* NULL: the key goes through EVP_PKEY_verify */
} rsa_key_t;

static void rsa_power_free(rsa_power_t *power) {
  if (!power) return;
  rsa52_free(power->ifma);
  BN_free(power->n);
  BN_free(power->e);
  BN_MONT_CTX_free(power->mont);
  BN_CTX_free(power->bn);
  BN_free(power->s);
  BN_free(power->base);
  BN_free(power->x);
  free(power->out);
  for (int i = 0; i < DIGESTS; i++) free(power->padding[i]);
  free(power);
}

static void rsa_key_free(rsa_key_t *key) {
  if (!key) return;
  for (int i = 0; i < DIGESTS; i++) EVP_PKEY_CTX_free(key->verify[i]);
  rsa_power_free(key->power);
  EVP_PKEY_free(key->pkey);
  free(key);
}

/*
 * The exponentiation state for a key whose public operation it can do as OpenSSL would (odd
 * modulus, odd exponent of 3 to 64 bits below the modulus); NULL for any other key, or when
 * OpenSSL refuses a step, and the key then goes through EVP_PKEY_verify.
 */
static rsa_power_t *rsa_power_new(EVP_PKEY *pkey, size_t size) {
  rsa_power_t *power = calloc(1, sizeof *power);
  if (!power) return NULL;
  int ok = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &power->n) == 1 &&
           EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &power->e) == 1 && BN_is_odd(power->n) &&
           BN_is_odd(power->e) && BN_num_bits(power->e) >= 2 && BN_num_bits(power->e) <= 64 &&
           BN_ucmp(power->e, power->n) < 0 && (size_t)BN_num_bytes(power->n) == size &&
           (power->bn = BN_CTX_new()) != NULL && (power->mont = BN_MONT_CTX_new()) != NULL &&
           BN_MONT_CTX_set(power->mont, power->n, power->bn) == 1 && (power->s = BN_new()) != NULL &&
           (power->base = BN_new()) != NULL && (power->x = BN_new()) != NULL && (power->out = malloc(size)) != NULL;
  if (ok) {
    power->e_word = BN_get_word(power->e);
    power->ifma = rsa52_new(power->n, power->bn); /* NULL: OpenSSL's products do it */
    ERR_clear_error();
    return power;
  }
  rsa_power_free(power);
  ERR_clear_error();
  return NULL;
}

/* signature^e mod n into power->out (big-endian, size bytes); 0 when the signature is not below n or OpenSSL fails.
 * By rsa52.c when the key has its IFMA form and `ifma` is set, else by OpenSSL's Montgomery products. */
static int rsa_power(rsa_power_t *power, const uint8_t *signature, size_t size, int ifma) {
  if (ifma && power->ifma) return rsa52_power(power->ifma, signature, size, power->e_word, power->out);
  BN_CTX *bn = power->bn;
  BN_MONT_CTX *mont = power->mont;
  BIGNUM *s = power->s, *base = power->base, *x = power->x;
  if (!BN_bin2bn(signature, (int)size, s) || BN_ucmp(s, power->n) >= 0) return 0;
  /* x = s·R (the top bit of e); then per lower bit a square, and a product by s·R where the bit is
   * set; bit 0 (e is odd) multiplies by plain s, which takes the R out: x = s^e. */
  if (!BN_to_montgomery(base, s, mont, bn) || !BN_copy(x, base)) return 0;
  for (int bit = BN_num_bits(power->e) - 2; bit >= 1; bit--) {
    if (!BN_mod_mul_montgomery(x, x, x, mont, bn)) return 0;
    if (BN_is_bit_set(power->e, bit) && !BN_mod_mul_montgomery(x, x, base, mont, bn)) return 0;
  }
  if (!BN_mod_mul_montgomery(x, x, x, mont, bn) || !BN_mod_mul_montgomery(x, x, s, mont, bn)) return 0;
  return BN_bn2binpad(x, power->out, (int)size) == (int)size;
}

/* 00 01 FF…FF 00 and the DigestInfo prefix: the encoded message of RFC 8017 §9.2 up to the digest. */
static const unsigned char *rsa_padding(rsa_power_t *power, size_t size, int which) {
  if (power->padding[which]) return power->padding[which];
  size_t prefix = size - digest_sizes[which];
  if (size < DIGEST_INFO_PREFIX + digest_sizes[which] + 11) return NULL; /* cannot happen from 1,024 bits on */
  unsigned char *padding = malloc(prefix);
  if (!padding) return NULL;
  padding[0] = 0x00;
  padding[1] = 0x01;
  memset(padding + 2, 0xff, prefix - DIGEST_INFO_PREFIX - 3);
  padding[prefix - DIGEST_INFO_PREFIX - 1] = 0x00;
  memcpy(padding + prefix - DIGEST_INFO_PREFIX, digest_info_prefixes[which], DIGEST_INFO_PREFIX);
  power->padding[which] = padding;
  return padding;
}

static void finalize_rsa_key(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  rsa_key_free(data);
}

static napi_value throw_type(napi_env env, const char *message) {
  napi_throw_type_error(env, NULL, message);
  return NULL;
}

static napi_value throw_error(napi_env env, const char *message) {
  napi_throw_error(env, NULL, message);
  return NULL;
}

/* A Uint8Array (Buffer included). */
static int get_uint8(napi_env env, napi_value value, const uint8_t **data, size_t *length) {
  bool is_typed = false;
  napi_typedarray_type type;
  size_t count, offset;
  void *base;
  napi_value buffer;
  if (napi_is_typedarray(env, value, &is_typed) != napi_ok || !is_typed) return 0;
  if (napi_get_typedarray_info(env, value, &type, &count, &base, &buffer, &offset) != napi_ok || type != napi_uint8_array) return 0;
  *data = count ? base : (const uint8_t *)"";
  *length = count;
  return 1;
}

/* rsaPublicKey(spki) → external handle; throws on anything that is not an acceptable RSA key. */
static napi_value js_rsa_public_key(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result;
  const uint8_t *der;
  size_t length;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 || !get_uint8(env, argv[0], &der, &length))
    return throw_type(env, "spki: Uint8Array expected");
  pthread_once(&digests_once, fetch_digests);
  if (!digests_ok) return throw_error(env, "rsaPublicKey: this node's OpenSSL has no SHA-2 digests");
  if (length == 0 || length > LONG_MAX) return throw_error(env, "rsaPublicKey: not a SubjectPublicKeyInfo");
  const unsigned char *cursor = der;
  EVP_PKEY *pkey = d2i_PUBKEY(NULL, &cursor, (long)length);
  const char *failure = NULL;
  if (!pkey) failure = "rsaPublicKey: not a SubjectPublicKeyInfo";
  else if ((size_t)(cursor - der) != length) failure = "rsaPublicKey: bytes after the SubjectPublicKeyInfo";
  else if (EVP_PKEY_get_id(pkey) != EVP_PKEY_RSA) failure = "rsaPublicKey: not an rsaEncryption key";
  else {
    int bits = EVP_PKEY_get_bits(pkey), size = EVP_PKEY_get_size(pkey);
    if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS || size <= 0) failure = "rsaPublicKey: key size out of range (1024..16384 bits)";
    else {
      rsa_key_t *key = calloc(1, sizeof *key);
      if (!key) failure = "rsaPublicKey: out of memory";
      else {
        key->pkey = pkey;
        key->size = (size_t)size;
        key->power = rsa_power_new(pkey, (size_t)size);
        if (napi_create_external(env, key, finalize_rsa_key, NULL, &result) != napi_ok) {
          rsa_key_free(key); /* frees pkey */
          ERR_clear_error();
          return throw_error(env, "rsaPublicKey: could not create the handle");
        }
        /* from here the finalizer owns key */
        if (napi_type_tag_object(env, result, &rsa_key_tag) != napi_ok) {
          ERR_clear_error();
          return throw_error(env, "rsaPublicKey: could not tag the handle");
        }
        return result;
      }
    }
  }
  EVP_PKEY_free(pkey);
  ERR_clear_error();
  return throw_error(env, failure);
}

static int digest_index(napi_env env, napi_value value) {
  char name[8];
  size_t length = 0;
  if (napi_get_value_string_utf8(env, value, name, sizeof name, &length) != napi_ok) return -1;
  for (int i = 0; i < DIGESTS; i++) {
    if (length == strlen(digest_names[i]) && memcmp(name, digest_names[i], length) == 0) return i;
  }
  return -1;
}

/* The handle's verification context for a digest, made on first use; NULL if OpenSSL refuses. */
static EVP_PKEY_CTX *verify_context(rsa_key_t *key, int which) {
  if (key->verify[which]) return key->verify[which];
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, key->pkey, NULL);
  if (!ctx || EVP_PKEY_verify_init(ctx) <= 0 || EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) <= 0 ||
      EVP_PKEY_CTX_set_signature_md(ctx, digests[which]) <= 0) {
    EVP_PKEY_CTX_free(ctx);
    return NULL;
  }
  key->verify[which] = ctx;
  return ctx;
}

enum rsa_mode { OWN_POWER = 0, BN_POWER = 1, REUSED_CONTEXT = 2, PER_CALL = 3 };

/* rsaVerify / rsaVerifyEvp / rsaVerifyPerCall(handle, digestName, data, signature) → boolean */
static napi_value js_rsa_verify(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4], result;
  void *mode = NULL, *pointer = NULL;
  bool is_ours = false;
  const uint8_t *data, *signature;
  size_t data_length, signature_length;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, &mode) != napi_ok || argc < 4)
    return throw_type(env, "rsaVerify(key, digest, data, signature) expected");
  napi_valuetype type;
  if (napi_typeof(env, argv[0], &type) != napi_ok || type != napi_external || napi_check_object_type_tag(env, argv[0], &rsa_key_tag, &is_ours) != napi_ok ||
      !is_ours || napi_get_value_external(env, argv[0], &pointer) != napi_ok || !pointer)
    return throw_type(env, "key: a handle from rsaPublicKey expected");
  int which = digest_index(env, argv[1]);
  if (which < 0) return throw_type(env, "digest: 'sha256', 'sha384' or 'sha512' expected");
  if (!get_uint8(env, argv[2], &data, &data_length) || !get_uint8(env, argv[3], &signature, &signature_length))
    return throw_type(env, "data, signature: Uint8Array expected");
  rsa_key_t *key = pointer;
  int ok = 0;
  if (signature_length == key->size) {
    enum rsa_mode how = (enum rsa_mode)(intptr_t)mode;
    if ((how == OWN_POWER || how == BN_POWER) && key->power) {
      unsigned char digest[EVP_MAX_MD_SIZE];
      unsigned int digest_length = 0;
      size_t prefix = key->size - digest_sizes[which];
      const unsigned char *padding = rsa_padding(key->power, key->size, which);
      ok = padding && EVP_Digest(data, data_length, digest, &digest_length, digests[which], NULL) == 1 &&
           digest_length == digest_sizes[which] && rsa_power(key->power, signature, signature_length, how == OWN_POWER) &&
           memcmp(key->power->out, padding, prefix) == 0 && memcmp(key->power->out + prefix, digest, digest_length) == 0;
    } else if (how == PER_CALL) {
      EVP_MD_CTX *md_ctx = EVP_MD_CTX_new();
      ok = md_ctx && EVP_DigestVerifyInit(md_ctx, NULL, digests[which], NULL, key->pkey) == 1 &&
           EVP_DigestVerify(md_ctx, signature, signature_length, data, data_length) == 1;
      EVP_MD_CTX_free(md_ctx); /* frees the EVP_PKEY_CTX it made too */
    } else {
      unsigned char digest[EVP_MAX_MD_SIZE];
      unsigned int digest_length = 0;
      EVP_PKEY_CTX *ctx = verify_context(key, which);
      ok = ctx && EVP_Digest(data, data_length, digest, &digest_length, digests[which], NULL) == 1 &&
           EVP_PKEY_verify(ctx, signature, signature_length, digest, digest_length) == 1;
    }
    /* a refused signature leaves reasons on OpenSSL's error queue; node's crypto must not see them */
    if (!ok) ERR_clear_error();
  }
  if (napi_get_boolean(env, ok != 0, &result) != napi_ok) return NULL;
  return result;
}

/* digestMatches(digestName, data, expected) → whether expected is the SHA-2 digest of data: a CMS's
 * messageDigest checked in one call, without node's per-call set-up of crypto.hash and a Buffer for
 * the digest (about half of the time of hashing a kilobyte that way). */
static napi_value js_digest_matches(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], result;
  const uint8_t *data, *expected;
  size_t data_length, expected_length;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 3)
    return throw_type(env, "digestMatches(digest, data, expected) expected");
  pthread_once(&digests_once, fetch_digests);
  if (!digests_ok) return throw_error(env, "digestMatches: this node's OpenSSL has no SHA-2 digests");
  int which = digest_index(env, argv[0]);
  if (which < 0) return throw_type(env, "digest: 'sha256', 'sha384' or 'sha512' expected");
  if (!get_uint8(env, argv[1], &data, &data_length) || !get_uint8(env, argv[2], &expected, &expected_length))
    return throw_type(env, "data, expected: Uint8Array expected");
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_length = 0;
  int ok = expected_length == digest_sizes[which] && EVP_Digest(data, data_length, digest, &digest_length, digests[which], NULL) == 1 &&
           digest_length == expected_length && memcmp(digest, expected, expected_length) == 0;
  if (!ok) ERR_clear_error();
  if (napi_get_boolean(env, ok != 0, &result) != napi_ok) return NULL;
  return result;
}

/* rsaRaise(handle, signature, way) → signature^e mod n as the modulus' length of big-endian bytes, by
 * 'ifma' or 'montgomery' (OpenSSL's products); null when the key or this CPU has no such way or the
 * signature is not below the modulus. The arithmetic alone, for tests to compare with BigInt's. */
static napi_value js_rsa_raise(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], result, array_buffer;
  void *pointer = NULL;
  bool is_ours = false;
  napi_valuetype type;
  const uint8_t *signature;
  size_t signature_length;
  char way[16];
  size_t way_length = 0;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 3 || napi_typeof(env, argv[0], &type) != napi_ok ||
      type != napi_external || napi_check_object_type_tag(env, argv[0], &rsa_key_tag, &is_ours) != napi_ok || !is_ours ||
      napi_get_value_external(env, argv[0], &pointer) != napi_ok || !pointer)
    return throw_type(env, "key: a handle from rsaPublicKey expected");
  if (!get_uint8(env, argv[1], &signature, &signature_length)) return throw_type(env, "signature: Uint8Array expected");
  if (napi_get_value_string_utf8(env, argv[2], way, sizeof way, &way_length) != napi_ok ||
      (strcmp(way, "ifma") != 0 && strcmp(way, "montgomery") != 0))
    return throw_type(env, "way: 'ifma' or 'montgomery' expected");
  rsa_key_t *key = pointer;
  const int ifma = strcmp(way, "ifma") == 0;
  if (!key->power || (ifma && !key->power->ifma) || signature_length != key->size || !rsa_power(key->power, signature, key->size, ifma)) {
    ERR_clear_error();
    napi_get_null(env, &result);
    return result;
  }
  void *bytes;
  if (napi_create_arraybuffer(env, key->size, &bytes, &array_buffer) != napi_ok) return NULL;
  memcpy(bytes, key->power->out, key->size);
  if (napi_create_typedarray(env, napi_uint8_array, key->size, array_buffer, 0, &result) != napi_ok) return NULL;
  return result;
}

/* rsaWay(handle) → the way rsaVerify checks this key's signatures: 'ifma', 'montgomery' or 'evp' (tests, benchmarks) */
static napi_value js_rsa_way(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result;
  void *pointer = NULL;
  bool is_ours = false;
  napi_valuetype type;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 || napi_typeof(env, argv[0], &type) != napi_ok ||
      type != napi_external || napi_check_object_type_tag(env, argv[0], &rsa_key_tag, &is_ours) != napi_ok || !is_ours ||
      napi_get_value_external(env, argv[0], &pointer) != napi_ok || !pointer)
    return throw_type(env, "key: a handle from rsaPublicKey expected");
  const rsa_power_t *power = ((rsa_key_t *)pointer)->power;
  const char *way = !power ? "evp" : power->ifma ? "ifma" : "montgomery";
  if (napi_create_string_utf8(env, way, NAPI_AUTO_LENGTH, &result) != napi_ok) return NULL;
  return result;
}

int rsa_define(napi_env env, napi_value exports) {
  napi_property_descriptor properties[] = {
    {"rsaPublicKey", NULL, js_rsa_public_key, NULL, NULL, NULL, napi_enumerable, NULL},
    {"rsaVerify", NULL, js_rsa_verify, NULL, NULL, NULL, napi_enumerable, (void *)OWN_POWER},
    {"rsaVerifyEvp", NULL, js_rsa_verify, NULL, NULL, NULL, napi_enumerable, (void *)REUSED_CONTEXT},
    {"rsaVerifyPerCall", NULL, js_rsa_verify, NULL, NULL, NULL, napi_enumerable, (void *)PER_CALL},
    {"rsaVerifyMontgomery", NULL, js_rsa_verify, NULL, NULL, NULL, napi_enumerable, (void *)BN_POWER},
    {"rsaWay", NULL, js_rsa_way, NULL, NULL, NULL, napi_enumerable, NULL},
    {"rsaRaise", NULL, js_rsa_raise, NULL, NULL, NULL, napi_enumerable, NULL},
    {"digestMatches", NULL, js_digest_matches, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  if (napi_define_properties(env, exports, sizeof properties / sizeof properties[0], properties) != napi_ok) return 0;
  napi_value arithmetic;
  return napi_create_string_utf8(env, rsa52_available() ? "ifma" : "montgomery", NAPI_AUTO_LENGTH, &arithmetic) == napi_ok &&
         napi_set_named_property(env, exports, "rsaArithmetic", arithmetic) == napi_ok;
}
