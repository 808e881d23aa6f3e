#include "runtime_tls.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace runtime {

namespace {

namespace fs = std::filesystem;

constexpr long CaValidityDays = 3650;
constexpr long ServerValidityDays = 730;
// A server certificate this close to expiry is issued again at start-up.
constexpr long RenewBeforeDays = 30;

struct BioFree { void operator()(BIO *p) const { BIO_free_all(p); } };
struct PkeyFree { void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); } };
struct X509Free { void operator()(X509 *p) const { X509_free(p); } };
struct BnFree { void operator()(BIGNUM *p) const { BN_free(p); } };
struct ExtFree { void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); } };
struct NamesFree { void operator()(GENERAL_NAMES *p) const { GENERAL_NAMES_free(p); } };

using BioPtr = std::unique_ptr<BIO, BioFree>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;

// The reasons OpenSSL queued, drained so that they do not leak into a later error.
std::string opensslErrors()
{
    std::string text;
    while (unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!text.empty())
            text += "; ";
        text += buffer;
    }
    return text.empty() ? std::string("unknown OpenSSL error") : text;
}

[[noreturn]] void failSsl(const std::string &what)
{
    throw std::runtime_error(what + ": " + opensslErrors());
}

void check(int rc, const char *what)
{
    if (rc <= 0)
        failSsl(what);
}

BioPtr memoryBio(const std::string &data)
{
    BioPtr bio(BIO_new_mem_buf(data.data(), int(data.size())));
    if (!bio)
        failSsl("cannot allocate a memory buffer");
    return bio;
}

std::string bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return std::string(data, size_t(size));
}

std::string certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    check(bio && PEM_write_bio_X509(bio.get(), cert), "cannot encode a certificate");
    return bioText(bio.get());
}

std::string privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    check(bio && PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr),
          "cannot encode a private key");
    return bioText(bio.get());
}

std::vector<X509Ptr> parseCertificates(const std::string &pem, const std::string &path)
{
    std::vector<X509Ptr> certs;
    BioPtr bio = memoryBio(pem);
    while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        certs.emplace_back(cert);
    ERR_clear_error();   // the read past the last certificate always "fails"
    if (certs.empty())
        throw std::runtime_error(path + " holds no PEM certificate (expected \"-----BEGIN CERTIFICATE-----\")");
    return certs;
}

PkeyPtr parsePrivateKey(const std::string &pem, const std::string &path)
{
    BioPtr bio = memoryBio(pem);
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        throw std::runtime_error(path + " holds no readable unencrypted PEM private key: " + opensslErrors());
    return key;
}

void requireMatchingKey(X509 *cert, EVP_PKEY *key, const std::string &certPath,
                        const std::string &keyPath)
{
    if (X509_check_private_key(cert, key) != 1) {
        ERR_clear_error();
        throw std::runtime_error(keyPath + " is not the private key of the certificate in " + certPath);
    }
}

PkeyPtr generateKey()
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        failSsl("cannot generate an EC P-256 key");
    return key;
}

bool isIpAddress(const std::string &name)
{
    unsigned char buffer[16];
    return inet_pton(AF_INET, name.c_str(), buffer) == 1 || inet_pton(AF_INET6, name.c_str(), buffer) == 1;
}

std::string hostName()
{
    char buffer[256] = {};
    if (gethostname(buffer, sizeof buffer - 1) != 0)
        return {};
    return buffer;
}

// Every name the server certificate must carry, without duplicates, in a stable order.
std::vector<std::string> serverNames(const std::vector<std::string> &extraNames)
{
    std::vector<std::string> names{"localhost", "127.0.0.1", "::1"};
    auto add = [&](const std::string &name) {
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    };
    add(hostName());
    for (const std::string &name : extraNames)
        add(name);
    return names;
}

bool certificateNames(X509 *cert, const std::string &name)
{
    if (isIpAddress(name))
        return X509_check_ip_asc(cert, name.c_str(), 0) == 1;
    return X509_check_host(cert, name.c_str(), name.size(), X509_CHECK_FLAG_NO_WILDCARDS, nullptr) == 1;
}

void addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    std::unique_ptr<X509_EXTENSION, ExtFree> ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    if (!ext)
        failSsl(std::string("cannot build the certificate extension ") + OBJ_nid2sn(nid));
    check(X509_add_ext(cert, ext.get(), -1), "cannot add a certificate extension");
}

void addSubjectAltNames(X509 *cert, const std::vector<std::string> &names)
{
    // Built as GENERAL_NAMEs rather than through the "DNS:a,IP:b" config syntax, so that
    // a name with a comma or a colon cannot be misparsed.
    std::unique_ptr<GENERAL_NAMES, NamesFree> list(sk_GENERAL_NAME_new_null());
    for (const std::string &name : names) {
        GENERAL_NAME *entry = GENERAL_NAME_new();
        if (!entry)
            failSsl("cannot allocate a subject alternative name");
        if (isIpAddress(name)) {
            ASN1_OCTET_STRING *ip = a2i_IPADDRESS(name.c_str());
            if (!ip) {
                GENERAL_NAME_free(entry);
                failSsl("cannot encode the IP address " + name);
            }
            GENERAL_NAME_set0_value(entry, GEN_IPADD, ip);
        } else {
            ASN1_IA5STRING *dns = ASN1_IA5STRING_new();
            if (!dns || !ASN1_STRING_set(dns, name.data(), int(name.size()))) {
                ASN1_IA5STRING_free(dns);
                GENERAL_NAME_free(entry);
                failSsl("cannot encode the host name " + name);
            }
            GENERAL_NAME_set0_value(entry, GEN_DNS, dns);
        }
        sk_GENERAL_NAME_push(list.get(), entry);
    }
    check(X509_add1_ext_i2d(cert, NID_subject_alt_name, list.get(), 0, X509V3_ADD_DEFAULT),
          "cannot add the subject alternative names");
}

// A certificate for key, named commonName, issued by issuer (itself when null).
X509Ptr newCertificate(EVP_PKEY *key, const std::string &commonName, long days, X509 *issuer)
{
    X509Ptr cert(X509_new());
    if (!cert)
        failSsl("cannot allocate a certificate");
    check(X509_set_version(cert.get(), X509_VERSION_3), "cannot set the certificate version");

    std::unique_ptr<BIGNUM, BnFree> serial(BN_new());
    check(serial && BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY),
          "cannot draw a certificate serial number");
    if (!BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        failSsl("cannot set the certificate serial number");

    // An hour in the past, so that a client whose clock is slightly behind accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), int(days), 0, nullptr))
        failSsl("cannot set the certificate validity");

    X509_NAME *subject = X509_get_subject_name(cert.get());
    check(X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char *>("Switchboard"), -1, -1, 0),
          "cannot set the certificate subject");
    check(X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char *>(commonName.c_str()), -1, -1, 0),
          "cannot set the certificate subject");
    check(X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : subject),
          "cannot set the certificate issuer");
    check(X509_set_pubkey(cert.get(), key), "cannot set the certificate key");
    return cert;
}

struct Authority {
    PkeyPtr key;        // null when only ca.crt is present
    X509Ptr cert;
    std::string certPem;
};

Authority createAuthority()
{
    Authority ca;
    ca.key = generateKey();
    const std::string host = hostName();
    ca.cert = newCertificate(ca.key.get(),
                             "Switchboard local CA" + (host.empty() ? std::string() : " (" + host + ")"),
                             CaValidityDays, nullptr);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, ca.cert.get(), ca.cert.get(), nullptr, nullptr, 0);
    addExtension(ca.cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(ca.cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(ca.cert.get(), &ctx, NID_subject_key_identifier, "hash");
    addExtension(ca.cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    check(X509_sign(ca.cert.get(), ca.key.get(), EVP_sha256()), "cannot sign the CA certificate");
    ca.certPem = certificatePem(ca.cert.get());
    return ca;
}

struct Issued {
    std::string certPem;
    std::string keyPem;
};

Issued issueServerCertificate(const Authority &ca, const std::vector<std::string> &names)
{
    PkeyPtr key = generateKey();
    const std::string host = hostName();
    X509Ptr cert = newCertificate(key.get(), host.empty() ? std::string("localhost") : host,
                                  ServerValidityDays, ca.cert.get());
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, ca.cert.get(), cert.get(), nullptr, nullptr, 0);
    addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyEncipherment");
    addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth");
    addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash");
    addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    addSubjectAltNames(cert.get(), names);
    check(X509_sign(cert.get(), ca.key.get(), EVP_sha256()), "cannot sign the server certificate");
    return {certificatePem(cert.get()), privateKeyPem(key.get())};
}

bool issuedBy(X509 *cert, X509 *ca)
{
    EVP_PKEY *caKey = X509_get0_pubkey(ca);
    const bool ok = caKey && X509_check_issued(ca, cert) == X509_V_OK && X509_verify(cert, caKey) == 1;
    ERR_clear_error();
    return ok;
}

bool expiresWithin(X509 *cert, long days)
{
    const time_t limit = time(nullptr) + days * 24 * 3600;
    time_t when = limit;
    return X509_cmp_time(X509_get0_notAfter(cert), &when) <= 0;
}

void ensureDirectory(const fs::path &dir)
{
    std::error_code error;
    fs::create_directories(dir, error);
    if (error)
        throw std::runtime_error("cannot create " + dir.string() + ": " + error.message());
    // Only the server's user may list the folder that holds the keys.
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, error);
    if (error)
        throw std::runtime_error("cannot restrict the permissions of " + dir.string() + ": " + error.message());
}

} // namespace

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path + ": " + std::strerror(errno));
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad())
        throw std::runtime_error("cannot read " + path + ": " + std::strerror(errno));
    return content.str();
}

void writeFile(const std::string &path, const std::string &content, unsigned mode)
{
    const fs::path target(path);
    std::string temp = (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = mkstemp(temp.data());   // created 0600: a key is never readable mid-write
    if (fd < 0)
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));

    auto fail = [&](const char *what) {
        const int error = errno;
        close(fd);
        unlink(temp.c_str());
        throw std::runtime_error(std::string("cannot ") + what + " " + path + ": " + std::strerror(error));
    };
    if (fchmod(fd, mode_t(mode)) != 0)
        fail("set the permissions of");
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail("write");
        }
        written += std::size_t(n);
    }
    if (fsync(fd) != 0)
        fail("flush");
    if (close(fd) != 0) {
        const int error = errno;
        unlink(temp.c_str());
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(error));
    }
    if (rename(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        unlink(temp.c_str());
        throw std::runtime_error("cannot replace " + path + ": " + std::strerror(error));
    }
    // Make the rename itself durable.
    const std::string dir = target.parent_path().empty() ? std::string(".") : target.parent_path().string();
    const int dirFd = open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        fsync(dirFd);
        close(dirFd);
    }
}

TlsMaterial loadTls(const std::string &certPath, const std::string &keyPath)
{
    TlsMaterial material;
    material.serverCertPem = readFile(certPath);
    material.serverKeyPem = readFile(keyPath);
    std::vector<X509Ptr> chain = parseCertificates(material.serverCertPem, certPath);
    PkeyPtr key = parsePrivateKey(material.serverKeyPem, keyPath);
    requireMatchingKey(chain.front().get(), key.get(), certPath, keyPath);
    return material;
}

TlsMaterial ensureServerTls(const std::string &dataDir, const std::vector<std::string> &extraNames)
{
    const fs::path dir = fs::path(dataDir) / "tls";
    ensureDirectory(dir);
    const std::string caKeyPath = (dir / "ca.key").string();
    const std::string caCertPath = (dir / "ca.crt").string();
    const std::string keyPath = (dir / "server.key").string();
    const std::string certPath = (dir / "server.crt").string();
    const std::vector<std::string> names = serverNames(extraNames);

    Authority ca;
    if (fs::exists(caCertPath)) {
        ca.certPem = readFile(caCertPath);
        ca.cert = std::move(parseCertificates(ca.certPem, caCertPath).front());
        if (fs::exists(caKeyPath)) {
            ca.key = parsePrivateKey(readFile(caKeyPath), caKeyPath);
            requireMatchingKey(ca.cert.get(), ca.key.get(), caCertPath, caKeyPath);
        }
        // Without ca.key (an operator moved it away) the authority can still be trusted,
        // only no new server certificate can be issued.
    } else {
        // ca.crt is written after ca.key, so a ca.key alone is from an interrupted first
        // start: nothing was ever issued with it, and it is replaced.
        ca = createAuthority();
        writeFile(caKeyPath, privateKeyPem(ca.key.get()), 0600);
        writeFile(caCertPath, ca.certPem, 0644);
    }

    TlsMaterial material;
    material.caCertPem = ca.certPem;
    material.caCertPath = caCertPath;

    bool issue = !fs::exists(certPath) || !fs::exists(keyPath);
    std::string reason = "it is missing";
    if (!issue) {
        material.serverCertPem = readFile(certPath);
        material.serverKeyPem = readFile(keyPath);
        std::vector<X509Ptr> chain = parseCertificates(material.serverCertPem, certPath);
        PkeyPtr key = parsePrivateKey(material.serverKeyPem, keyPath);
        X509 *leaf = chain.front().get();
        if (X509_check_private_key(leaf, key.get()) != 1) {
            ERR_clear_error();
            issue = true;
            reason = keyPath + " is not its private key";
        } else if (!issuedBy(leaf, ca.cert.get())) {
            issue = true;
            reason = "it was not issued by " + caCertPath;
        } else if (expiresWithin(leaf, RenewBeforeDays)) {
            issue = true;
            reason = "it expires within " + std::to_string(RenewBeforeDays) + " days";
        } else {
            for (const std::string &name : names) {
                if (!certificateNames(leaf, name)) {
                    issue = true;
                    reason = "it does not name " + name;
                    break;
                }
            }
        }
    }
    if (!issue)
        return material;

    if (!ca.key)
        throw std::runtime_error("cannot issue a server certificate in " + certPath + " (" + reason
                                 + "): the authority's private key " + caKeyPath
                                 + " is missing; restore it, or give --tls-cert and --tls-key");
    const Issued issued = issueServerCertificate(ca, names);
    // The key first: a certificate on disk always has its key next to it.
    writeFile(keyPath, issued.keyPem, 0600);
    writeFile(certPath, issued.certPem, 0644);
    material.serverCertPem = issued.certPem;
    material.serverKeyPem = issued.keyPem;
    return material;
}

} // namespace runtime
