#ifndef SHEKARA_RSA_H
#define SHEKARA_RSA_H
#include <node_api.h>
/* Adds rsaPublicKey, rsaVerify, rsaVerifyMontgomery, rsaVerifyEvp, rsaVerifyPerCall, rsaWay, rsaRaise, rsaArithmetic and digestMatches to the exports; 0 on failure. */
int rsa_define(napi_env env, napi_value exports);
#endif
