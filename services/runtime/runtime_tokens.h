#pragma once
// Signed session tokens. Identity signs; every service verifies, locally and without a
// network call: "sb1.<base64url(SessionClaims)>.<base64url(Ed25519 signature)>".
// Verified tokens are cached, so the signature is checked once per token, not per RPC.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace switchboard::v1 { class SessionClaims; }

namespace runtime {

// An Ed25519 key pair; the private half only ever lives in identity.
class SigningKey {
public:
    static SigningKey generate();
    // From the 32-byte raw private key (as stored by identity).
    static SigningKey fromPrivateBytes(std::string_view raw32);

    std::string keyId() const;             // derived from the public key
    std::string privateBytes() const;      // 32 raw bytes
    std::string publicBytes() const;       // 32 raw bytes

    // Serializes and signs the claims (key_id is filled in).
    std::string sign(switchboard::v1::SessionClaims claims) const;

private:
    std::string m_private;
    std::string m_public;
};

enum class TokenProblem { None, Malformed, BadSignature, UnknownKey, Expired, Revoked };
const char *describe(TokenProblem problem);

struct VerifiedToken {
    TokenProblem problem = TokenProblem::None;
    std::shared_ptr<const switchboard::v1::SessionClaims> claims;  // set when problem == None
    explicit operator bool() const { return problem == TokenProblem::None; }
};

// Thread-safe. Holds the trusted public keys, the revoked session ids and a cache of
// tokens already verified.
class TokenVerifier {
public:
    TokenVerifier();
    ~TokenVerifier();

    void addPublicKey(const std::string &keyId, const std::string &publicBytes);
    // expiresAtMs lets the verifier forget the revocation once the token would have
    // expired anyway.
    void revokeSession(const std::string &sessionId, std::int64_t expiresAtMs);
    bool isRevoked(const std::string &sessionId) const;

    VerifiedToken verify(std::string_view token, std::int64_t nowMs) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// base64url without padding, as used in tokens.
std::string base64UrlEncode(std::string_view bytes);
std::optional<std::string> base64UrlDecode(std::string_view text);

} // namespace runtime
