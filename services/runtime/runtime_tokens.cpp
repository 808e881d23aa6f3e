#include "runtime_tokens.h"

#include "switchboard/v1/identity.pb.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <unordered_map>

namespace runtime {

namespace {
constexpr std::string_view kTokenPrefix = "sb1.";
constexpr size_t kMaxCachedTokens = 100000;

struct PkeyDeleter {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

std::string rawPublicOf(EVP_PKEY *key)
{
    std::string out(32, '\0');
    size_t len = out.size();
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(out.data()), &len) != 1)
        throw std::runtime_error("cannot read the Ed25519 public key");
    out.resize(len);
    return out;
}

bool verifySignature(const std::string &publicBytes, std::string_view message, std::string_view signature)
{
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                            reinterpret_cast<const unsigned char *>(publicBytes.data()),
                                            publicBytes.size()));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            signature.size(), reinterpret_cast<const unsigned char *>(message.data()),
                            message.size())
        == 1;
}
} // namespace

SigningKey SigningKey::generate()
{
    std::string raw(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), int(raw.size())) != 1)
        throw std::runtime_error("no randomness for a signing key");
    return fromPrivateBytes(raw);
}

SigningKey SigningKey::fromPrivateBytes(std::string_view raw32)
{
    PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                             reinterpret_cast<const unsigned char *>(raw32.data()),
                                             raw32.size()));
    if (!key)
        throw std::runtime_error("invalid Ed25519 private key");
    SigningKey result;
    result.m_private = std::string(raw32);
    result.m_public = rawPublicOf(key.get());
    return result;
}

std::string SigningKey::keyId() const
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(m_public.data()), m_public.size(), digest);
    static const char hex[] = "0123456789abcdef";
    std::string id;
    for (int i = 0; i < 8; ++i) {
        id += hex[digest[i] >> 4];
        id += hex[digest[i] & 0xf];
    }
    return id;
}

std::string SigningKey::privateBytes() const { return m_private; }
std::string SigningKey::publicBytes() const { return m_public; }

std::string SigningKey::sign(switchboard::v1::SessionClaims claims) const
{
    claims.set_key_id(keyId());
    const std::string payload = claims.SerializeAsString();
    const std::string message = std::string(kTokenPrefix) + base64UrlEncode(payload);

    PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                             reinterpret_cast<const unsigned char *>(m_private.data()),
                                             m_private.size()));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    std::string signature(64, '\0');
    size_t len = signature.size();
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &len,
                          reinterpret_cast<const unsigned char *>(message.data()), message.size())
            != 1)
        throw std::runtime_error("signing the token failed");
    signature.resize(len);
    return message + "." + base64UrlEncode(signature);
}

const char *describe(TokenProblem problem)
{
    switch (problem) {
    case TokenProblem::None: return "valid";
    case TokenProblem::Malformed: return "the session token is malformed";
    case TokenProblem::BadSignature: return "the session token's signature is invalid";
    case TokenProblem::UnknownKey: return "the session token was signed by an unknown key";
    case TokenProblem::Expired: return "the session has expired: refresh it or sign in again";
    case TokenProblem::Revoked: return "the session was signed out or revoked: sign in again";
    }
    return "invalid token";
}

struct TokenVerifier::Private {
    mutable std::shared_mutex mutex;
    std::unordered_map<std::string, std::string> publicKeys;           // key id -> raw
    std::unordered_map<std::string, std::int64_t> revoked;             // session -> expiry
    mutable std::unordered_map<std::string, std::shared_ptr<const switchboard::v1::SessionClaims>> cache;
};

TokenVerifier::TokenVerifier() : d(std::make_unique<Private>()) {}
TokenVerifier::~TokenVerifier() = default;

void TokenVerifier::addPublicKey(const std::string &keyId, const std::string &publicBytes)
{
    std::unique_lock lock(d->mutex);
    d->publicKeys[keyId] = publicBytes;
}

void TokenVerifier::revokeSession(const std::string &sessionId, std::int64_t expiresAtMs)
{
    std::unique_lock lock(d->mutex);
    d->revoked[sessionId] = expiresAtMs;
}

bool TokenVerifier::isRevoked(const std::string &sessionId) const
{
    std::shared_lock lock(d->mutex);
    return d->revoked.contains(sessionId);
}

VerifiedToken TokenVerifier::verify(std::string_view token, std::int64_t nowMs) const
{
    auto checkLive = [&](std::shared_ptr<const switchboard::v1::SessionClaims> claims) {
        // Called with the lock held.
        if (claims->expires_at_ms() <= nowMs)
            return VerifiedToken{TokenProblem::Expired, {}};
        if (d->revoked.contains(claims->session_id()))
            return VerifiedToken{TokenProblem::Revoked, {}};
        return VerifiedToken{TokenProblem::None, std::move(claims)};
    };

    const std::string key(token);
    {
        std::shared_lock lock(d->mutex);
        if (auto it = d->cache.find(key); it != d->cache.end())
            return checkLive(it->second);
    }

    if (!token.starts_with(kTokenPrefix))
        return {TokenProblem::Malformed, {}};
    const size_t dot = token.rfind('.');
    if (dot == std::string_view::npos || dot < kTokenPrefix.size())
        return {TokenProblem::Malformed, {}};
    const std::string_view message = token.substr(0, dot);
    const auto payload = base64UrlDecode(message.substr(kTokenPrefix.size()));
    const auto signature = base64UrlDecode(token.substr(dot + 1));
    auto claims = std::make_shared<switchboard::v1::SessionClaims>();
    if (!payload || !signature || !claims->ParseFromString(*payload))
        return {TokenProblem::Malformed, {}};

    std::string publicKey;
    {
        std::shared_lock lock(d->mutex);
        auto it = d->publicKeys.find(claims->key_id());
        if (it == d->publicKeys.end())
            return {TokenProblem::UnknownKey, {}};
        publicKey = it->second;
    }
    if (!verifySignature(publicKey, message, *signature))
        return {TokenProblem::BadSignature, {}};

    std::unique_lock lock(d->mutex);
    if (d->cache.size() >= kMaxCachedTokens) {
        // Forget expired entries; if that is not enough, start over: the cache is only
        // an optimization.
        std::erase_if(d->cache, [nowMs](const auto &e) { return e.second->expires_at_ms() <= nowMs; });
        if (d->cache.size() >= kMaxCachedTokens)
            d->cache.clear();
        std::erase_if(d->revoked, [nowMs](const auto &e) { return e.second <= nowMs; });
    }
    d->cache.emplace(key, claims);
    return checkLive(std::move(claims));
}

std::string base64UrlEncode(std::string_view bytes)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8
            | (unsigned char)bytes[i + 2];
        out += alphabet[v >> 18 & 63];
        out += alphabet[v >> 12 & 63];
        out += alphabet[v >> 6 & 63];
        out += alphabet[v & 63];
    }
    if (i + 1 == bytes.size()) {
        const unsigned v = (unsigned char)bytes[i] << 16;
        out += alphabet[v >> 18 & 63];
        out += alphabet[v >> 12 & 63];
    } else if (i + 2 == bytes.size()) {
        const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8;
        out += alphabet[v >> 18 & 63];
        out += alphabet[v >> 12 & 63];
        out += alphabet[v >> 6 & 63];
    }
    return out;
}

std::optional<std::string> base64UrlDecode(std::string_view text)
{
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '-') return 62;
        if (c == '_') return 63;
        return -1;
    };
    if (text.size() % 4 == 1)
        return std::nullopt;
    std::string out;
    out.reserve(text.size() * 3 / 4);
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        const int v = value(c);
        if (v < 0)
            return std::nullopt;
        buffer = buffer << 6 | unsigned(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += char(buffer >> bits & 0xff);
        }
    }
    return out;
}

} // namespace runtime
