#pragma once
// Text rules of the channels: lengths in characters (not bytes), SMS segments, and the
// e-mail conventions of a reply (subject, quoting).

#include <string>
#include <string_view>
#include <vector>

namespace conversation {

// Unicode code points of UTF-8 text (protobuf has already rejected invalid UTF-8).
std::size_t characterCount(std::string_view utf8);
// The first maxCharacters characters, with "…" appended when something was cut.
std::string truncated(std::string_view utf8, std::size_t maxCharacters);
std::string trimmed(std::string_view text);

// How an SMS travels: GSM 03.38 7-bit (160 per single message, 153 per part of a
// concatenated one; the extension characters ^{}\[~]|€ take two septets) or, when any
// character is outside that alphabet, UCS-2 (70, 67 per part; a character beyond the
// BMP takes two units). A two-unit character is never split across parts.
struct SmsSegments {
    bool ucs2 = false;
    int units = 0;        // septets or UTF-16 code units
    int segments = 0;     // 0 for empty text
};
SmsSegments smsSegments(std::string_view utf8);

// "Re: <subject>", without stacking a second "Re:".
std::string replySubject(std::string_view threadSubject);
// Every line prefixed with "> " (an empty line becomes ">").
std::string quoted(std::string_view text);
// "a@x, b@y" -> {"a@x", "b@y"}; empty parts dropped.
std::vector<std::string> splitAddresses(std::string_view list);

} // namespace conversation
