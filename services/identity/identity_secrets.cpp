#include "identity_secrets.h"

#include "runtime_tokens.h"

#include <openssl/rand.h>
#include <openssl/sha.h>

#include <stdexcept>

namespace identity {

std::string newRefreshToken()
{
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        throw std::runtime_error("the system random number generator failed");
    return runtime::base64UrlEncode(std::string_view(reinterpret_cast<const char *>(bytes), sizeof bytes));
}

std::string sha256Hex(std::string_view data)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), data.size(), digest);
    static const char hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(2 * sizeof digest);
    for (unsigned char byte : digest) {
        text += hex[byte >> 4];
        text += hex[byte & 0xf];
    }
    return text;
}

} // namespace identity
