#include "runtime_password.h"

#include <argon2.h>
#include <openssl/rand.h>

#include <stdexcept>
#include <vector>

namespace runtime {

namespace {

constexpr std::size_t SaltBytes = 16;
constexpr std::size_t HashBytes = 32;

void randomBytes(unsigned char *out, std::size_t size)
{
    if (RAND_bytes(out, int(size)) != 1)
        throw std::runtime_error("the system random number generator failed");
}

} // namespace

std::string hashPassword(std::string_view password, const PasswordPolicy &policy)
{
    unsigned char salt[SaltBytes];
    randomBytes(salt, sizeof salt);

    const std::size_t encodedLength = argon2_encodedlen(policy.passes, policy.memoryKiB,
                                                        policy.lanes, SaltBytes, HashBytes,
                                                        Argon2_id);
    std::string encoded(encodedLength, '\0');
    const int rc = argon2id_hash_encoded(policy.passes, policy.memoryKiB, policy.lanes,
                                         password.data(), password.size(), salt, SaltBytes,
                                         HashBytes, encoded.data(), encoded.size());
    if (rc != ARGON2_OK)
        throw std::runtime_error(std::string("password hashing failed: ") + argon2_error_message(rc));
    encoded.resize(encoded.find('\0'));   // encodedlen counts the terminator
    return encoded;
}

bool verifyPassword(std::string_view password, const std::string &encodedHash)
{
    // argon2id_verify rejects anything that is not an argon2id PHC string, so a hash of
    // another kind (or a corrupt one) simply fails to verify.
    if (encodedHash.rfind("$argon2id$", 0) != 0)
        return false;
    return argon2id_verify(encodedHash.c_str(), password.data(), password.size()) == ARGON2_OK;
}

std::string generatePassword(int length)
{
    // No 0/O, 1/l/I: the password is read off a terminal or a file and typed by hand.
    static constexpr char Alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr unsigned AlphabetSize = sizeof Alphabet - 1;   // 57
    // Rejection sampling keeps every character equally likely.
    constexpr unsigned Limit = 256 - 256 % AlphabetSize;

    if (length <= 0)
        return {};
    std::string result;
    result.reserve(std::size_t(length));
    unsigned char buffer[64];
    while (result.size() < std::size_t(length)) {
        randomBytes(buffer, sizeof buffer);
        for (unsigned char byte : buffer) {
            if (byte >= Limit)
                continue;
            result.push_back(Alphabet[byte % AlphabetSize]);
            if (result.size() == std::size_t(length))
                break;
        }
    }
    return result;
}

} // namespace runtime
