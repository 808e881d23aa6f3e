#include "conversation_text.h"

#include <algorithm>
#include <cctype>

namespace conversation {

namespace {

// Decodes UTF-8 into code points; bytes that do not decode count as one character each.
std::vector<char32_t> codePoints(std::string_view s)
{
    std::vector<char32_t> out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xe ? 2 : (c >> 3) == 0x1e ? 3 : -1;
        if (extra < 0 || i + std::size_t(extra) >= s.size() + (extra == 0 ? 1 : 0)) {
            out.push_back(c);
            ++i;
            continue;
        }
        char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1f) : extra == 2 ? (c & 0x0f) : (c & 0x07);
        for (int k = 1; k <= extra; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
        out.push_back(cp);
        i += std::size_t(extra) + 1;
    }
    return out;
}

// GSM 03.38 basic character set, as Unicode.
constexpr std::u32string_view GsmBasic =
    U"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    U"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table, reached with an escape: two septets each.
constexpr std::u32string_view GsmExtension = U"\f^{}\\[~]|€";

int packedSegments(const std::vector<int> &widths, int total, int single, int part)
{
    if (total == 0)
        return 0;
    if (total <= single)
        return 1;
    int segments = 1, used = 0;
    for (int w : widths) {
        if (used + w > part) {
            ++segments;
            used = 0;
        }
        used += w;
    }
    return segments;
}

} // namespace

std::size_t characterCount(std::string_view utf8)
{
    return std::size_t(std::count_if(utf8.begin(), utf8.end(),
                                     [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

std::string truncated(std::string_view utf8, std::size_t maxCharacters)
{
    std::size_t characters = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xc0) != 0x80) {
            if (characters == maxCharacters)
                return std::string(utf8.substr(0, i)) + "…";
            ++characters;
        }
    }
    return std::string(utf8);
}

std::string trimmed(std::string_view text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos)
        return {};
    return std::string(text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1));
}

SmsSegments smsSegments(std::string_view utf8)
{
    const std::vector<char32_t> cps = codePoints(utf8);
    SmsSegments result;
    std::vector<int> widths;
    widths.reserve(cps.size());
    for (char32_t cp : cps) {
        if (GsmBasic.find(cp) != std::u32string_view::npos)
            widths.push_back(1);
        else if (GsmExtension.find(cp) != std::u32string_view::npos)
            widths.push_back(2);
        else {
            result.ucs2 = true;
            break;
        }
    }
    if (result.ucs2) {
        widths.clear();
        for (char32_t cp : cps)
            widths.push_back(cp > 0xffff ? 2 : 1);
    }
    for (int w : widths)
        result.units += w;
    result.segments = result.ucs2 ? packedSegments(widths, result.units, 70, 67)
                                  : packedSegments(widths, result.units, 160, 153);
    return result;
}

std::string replySubject(std::string_view threadSubject)
{
    const std::string subject = trimmed(threadSubject);
    if (subject.empty())
        return "Re: (no subject)";
    if (subject.size() >= 3 && std::tolower(static_cast<unsigned char>(subject[0])) == 'r'
        && std::tolower(static_cast<unsigned char>(subject[1])) == 'e' && subject[2] == ':')
        return subject;
    return "Re: " + subject;
}

std::string quoted(std::string_view text)
{
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!out.empty())
            out += '\n';
        out += line.empty() ? ">" : "> " + std::string(line);
        if (end == text.size())
            break;
        start = end + 1;
    }
    return out;
}

std::vector<std::string> splitAddresses(std::string_view list)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t end = list.find_first_of(",;", start);
        if (end == std::string_view::npos)
            end = list.size();
        if (std::string part = trimmed(list.substr(start, end - start)); !part.empty())
            out.push_back(std::move(part));
        start = end + 1;
    }
    return out;
}

} // namespace conversation
