#include "identity_validation.h"

#include "switchboard/v1/common.pb.h"

namespace identity {

std::string usernameProblem(std::string_view username)
{
    if (username.empty())
        return "a username is required";
    if (username.size() < MinUsernameLength || username.size() > MaxUsernameLength)
        return "a username has " + std::to_string(MinUsernameLength) + " to "
            + std::to_string(MaxUsernameLength) + " characters; '" + std::string(username) + "' has "
            + std::to_string(username.size());
    for (char c : username) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '.' || c == '_' || c == '-';
        if (!ok)
            return "a username may only hold letters, digits, '.', '_' and '-'";
    }
    return {};
}

std::string passwordProblem(std::string_view password, std::string_view field)
{
    if (password.size() < MinPasswordLength)
        return std::string(field) + " must have at least " + std::to_string(MinPasswordLength) + " characters";
    if (password.size() > MaxPasswordLength)
        return std::string(field) + " must have at most " + std::to_string(MaxPasswordLength) + " characters";
    return {};
}

std::string displayNameProblem(std::string_view displayName)
{
    if (displayName.size() > MaxDisplayNameLength)
        return "a display name has at most " + std::to_string(MaxDisplayNameLength) + " characters";
    return {};
}

std::string rolesProblem(const std::vector<int> &roles)
{
    if (roles.empty())
        return "a user needs at least one role (agent, supervisor or admin)";
    for (int role : roles) {
        if (!switchboard::v1::Role_IsValid(role) || role == switchboard::v1::ROLE_UNSPECIFIED)
            return "unknown role " + std::to_string(role) + ": use agent, supervisor or admin";
    }
    return {};
}

std::string trimmed(std::string_view text)
{
    const char *space = " \t\r\n\f\v";
    const size_t begin = text.find_first_not_of(space);
    if (begin == std::string_view::npos)
        return {};
    const size_t end = text.find_last_not_of(space);
    return std::string(text.substr(begin, end - begin + 1));
}

} // namespace identity
