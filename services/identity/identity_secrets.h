#pragma once
// Refresh tokens: random, handed to the client once, stored only as their SHA-256.

#include <string>
#include <string_view>

namespace identity {

// 32 random bytes, base64url.
std::string newRefreshToken();
// Lower-case hex SHA-256, the form in which refresh tokens are stored.
std::string sha256Hex(std::string_view data);

} // namespace identity
