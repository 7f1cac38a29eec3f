/*
 * RSA PKCS#1 v1.5 signature verification for the addon, by the OpenSSL the node binary carries.
 *
 * Why: crypto.verify() builds a fresh EVP_MD_CTX and EVP_PKEY_CTX on every call (fetching the
 * signature algorithm from the provider each time) and checks its arguments in JavaScript; that
 * costs about as much as the RSA public operation itself. Here a key is imported once
 * (rsaPublicKey: d2i_PUBKEY of the SubjectPublicKeyInfo DER) and kept as an external whose
 * finalizer frees it; rsaVerify hashes the data once (EVP_Digest with digests fetched at load)
 * and checks the signature with EVP_PKEY_verify on an EVP_PKEY_CTX per key and digest, made on
 * first use and reused (verify_init, PKCS#1 padding and the signature digest set once).
 *
 * Threads: a handle's contexts are used without a lock. That is safe because an external belongs
 * to the JavaScript thread (environment) that created it: it cannot be posted to a worker, and
 * every call and its finalizer run on that thread. Do not hand the handle's pointer to another
 * thread (no async work uses it). rsaVerifyPerCall (a fresh EVP_MD_CTX + EVP_DigestVerifyInit per
 * call, as node does) keeps no state; it is there for tests and the benchmark to compare.
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

#define RSA_MIN_BITS 1024
#define RSA_MAX_BITS 16384
#define DIGESTS 3

static const char *const digest_names[DIGESTS] = {"sha256", "sha384", "sha512"};
static const char *const digest_fetch_names[DIGESTS] = {"SHA2-256", "SHA2-384", "SHA2-512"};
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

typedef struct {
  EVP_PKEY *pkey;
  size_t size;                    /* modulus length in bytes: a signature must be exactly this long */
  EVP_PKEY_CTX *verify[DIGESTS];  /* made on first use; see "Threads" above */
} rsa_key_t;

static void rsa_key_free(rsa_key_t *key) {
  if (!key) return;
  for (int i = 0; i < DIGESTS; i++) EVP_PKEY_CTX_free(key->verify[i]);
  EVP_PKEY_free(key->pkey);
  free(key);
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

enum rsa_mode { REUSED_CONTEXT = 0, PER_CALL = 1 };

/* rsaVerify(handle, digestName, data, signature) → boolean */
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
    if ((enum rsa_mode)(intptr_t)mode == PER_CALL) {
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

int rsa_define(napi_env env, napi_value exports) {
  napi_property_descriptor properties[] = {
    {"rsaPublicKey", NULL, js_rsa_public_key, NULL, NULL, NULL, napi_enumerable, NULL},
    {"rsaVerify", NULL, js_rsa_verify, NULL, NULL, NULL, napi_enumerable, (void *)REUSED_CONTEXT},
    {"rsaVerifyPerCall", NULL, js_rsa_verify, NULL, NULL, NULL, napi_enumerable, (void *)PER_CALL},
  };
  return napi_define_properties(env, exports, sizeof properties / sizeof properties[0], properties) == napi_ok;
}
