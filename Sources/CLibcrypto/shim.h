#ifndef ENPLAN_CLIBCRYPTO_SHIM_H
#define ENPLAN_CLIBCRYPTO_SHIM_H

// The system's libcrypto (OpenSSL 3, Debian's libssl-dev): SHA-256 and HMAC-SHA256 without compiling
// a crypto library from source on every clean build. Only PlanStore's Digest type includes this.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

static inline const EVP_MD *enplan_sha256(void) { return EVP_sha256(); }

#endif
