#ifndef SHEKARA_GOST_H
#define SHEKARA_GOST_H
#include <stddef.h>
#include <stdint.h>

/* Fill the lookup tables; call once before hashing. */
void streebog_init(void);
void gost94_init(void);

/* Streebog (GOST R 34.11-2012): bits = 512 or 256; out receives bits / 8 bytes. */
void streebog(const uint8_t *data, size_t length, int bits, uint8_t *out);

/* GOST R 34.11-94 with the D-TEST S-box (GOST 34.311-95). */
void gost94(const uint8_t *data, size_t length, uint8_t out[32]);

#endif
