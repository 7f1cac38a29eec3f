#ifndef SHEKARA_RSA52_H
#define SHEKARA_RSA52_H
/*
 * The RSA public operation on 2,048- and 4,096-bit moduli with the AVX-512 IFMA instructions
 * (52-bit limbs, see rsa52.c). Only on x86-64 CPUs that have them (and an OS that saves their
 * registers); rsa52_available() says so, and everything else returns NULL or 0 without it.
 */
#include <openssl/bn.h>
#include <stddef.h>
#include <stdint.h>

typedef struct rsa52_key rsa52_key;

/* 1 when this CPU can run the IFMA code (checked once; SHEKARA_GOST_PORTABLE=1 turns it off). */
int rsa52_available(void);

/* The modulus prepared for rsa52_power; NULL when it is not 2,048 or 4,096 bits and odd, when the
 * CPU cannot run the code, or when OpenSSL fails. */
rsa52_key *rsa52_new(const BIGNUM *n, BN_CTX *ctx);
void rsa52_free(rsa52_key *key);

/* signature^e mod n as `size` big-endian bytes into out, size being the modulus' length in bytes;
 * e odd, 3 ≤ e < 2^64. 0 (and nothing written) when the signature is not below the modulus. The
 * key's scratch memory is used: one call at a time per key. */
int rsa52_power(rsa52_key *key, const uint8_t *signature, size_t size, uint64_t e, uint8_t *out);

#endif
