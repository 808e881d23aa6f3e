#pragma once
// Input rules of identity's RPCs. Each check returns an empty string when the input is
// acceptable, else a message a person can act on.

#include <string>
#include <string_view>
#include <vector>

namespace identity {

constexpr std::size_t MinUsernameLength = 3;
constexpr std::size_t MaxUsernameLength = 64;
constexpr std::size_t MinPasswordLength = 8;
// Argon2 would accept more, but nobody types this much, and it bounds the work a
// request can ask for.
constexpr std::size_t MaxPasswordLength = 1024;
constexpr std::size_t MaxDisplayNameLength = 200;
constexpr std::size_t MaxClientNameLength = 200;

std::string usernameProblem(std::string_view username);
std::string passwordProblem(std::string_view password, std::string_view field = "password");
std::string displayNameProblem(std::string_view displayName);
// At least one role, each a real role (not ROLE_UNSPECIFIED).
std::string rolesProblem(const std::vector<int> &roles);

std::string trimmed(std::string_view text);

} // namespace identity
