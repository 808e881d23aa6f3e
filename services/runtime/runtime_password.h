#pragma once
// Password hashing with argon2id (RFC 9106), encoded in the standard PHC string form.

#include <string>
#include <string_view>

namespace runtime {

struct PasswordPolicy {
    // OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane.
    unsigned memoryKiB = 19 * 1024;
    unsigned passes = 2;
    unsigned lanes = 1;
};

std::string hashPassword(std::string_view password, const PasswordPolicy &policy = {});
bool verifyPassword(std::string_view password, const std::string &encodedHash);
// A random password of readable characters (for first-start admin and demo users).
std::string generatePassword(int length = 16);

} // namespace runtime
