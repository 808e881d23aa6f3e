// runtime::ensureServerTls / loadTls / writeFile / readFile.

#include "runtime_tls.h"

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

namespace {

struct X509Free { void operator()(X509 *p) const { X509_free(p); } };
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr parseCert(const std::string &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), int(pem.size())), &BIO_free);
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

unsigned modeOf(const std::string &path)
{
    struct stat st {};
    if (stat(path.c_str(), &st) != 0)
        return 0xFFFF;
    return st.st_mode & 0777;
}

// X509_verify_cert of the leaf against a store holding only the CA, for a TLS server.
int verifyAgainst(X509 *ca, X509 *leaf)
{
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), &X509_STORE_free);
    X509_STORE_add_cert(store.get(), ca);
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf, nullptr);
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
    if (X509_verify_cert(ctx.get()) == 1)
        return X509_V_OK;
    return X509_STORE_CTX_get_error(ctx.get());
}

std::string hostName()
{
    char buffer[256] = {};
    gethostname(buffer, sizeof buffer - 1);
    return buffer;
}

} // namespace

class tst_Tls : public QObject {
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); QVERIFY(m_dir->isValid()); }
    void cleanup() { m_dir.reset(); }

    void firstStartCreatesAuthorityAndServerFiles();
    void keyFilesAreOwnerOnlyAndCertificatesReadable();
    void secondStartLoadsTheSameMaterial();
    void serverCertificateVerifiesAgainstTheAuthority();
    void serverCertificateNamesLocalAddressesAndTheHost();
    void authorityIsAMarkedCa();
    void newExtraNameReissuesOnlyTheServerCertificate();
    void serverFilesAreReissuedWhenMissing();
    void unreadableCertificateGivesAReadableError();
    void loadTlsReadsOperatorFilesAndRejectsAForeignKey();
    void writeFileReplacesAtomicallyWithTheMode();
    void readFileOfAMissingFileThrows();

private:
    std::string dataDir() const { return m_dir->path().toStdString(); }
    std::string tlsPath(const char *name) const { return dataDir() + "/tls/" + name; }
    std::unique_ptr<QTemporaryDir> m_dir;   // a fresh data folder for each test
};

void tst_Tls::firstStartCreatesAuthorityAndServerFiles()
{
    QTemporaryDir dir;
    const runtime::TlsMaterial tls = runtime::ensureServerTls(dir.path().toStdString());
    for (const char *name : {"ca.key", "ca.crt", "server.key", "server.crt"})
        QVERIFY2(QFile::exists(dir.filePath(QString("tls/") + name)), name);
    QCOMPARE(QString::fromStdString(tls.caCertPath), dir.filePath("tls/ca.crt"));
    QCOMPARE(tls.caCertPem, runtime::readFile(tls.caCertPath));
    QCOMPARE(tls.serverCertPem, runtime::readFile(dir.filePath("tls/server.crt").toStdString()));
    QCOMPARE(tls.serverKeyPem, runtime::readFile(dir.filePath("tls/server.key").toStdString()));
    QVERIFY(tls.serverKeyPem.find("-----BEGIN PRIVATE KEY-----") == 0);
    // The authority's key never leaves its folder.
    const std::string caKey = runtime::readFile(dir.filePath("tls/ca.key").toStdString());
    QVERIFY(tls.serverKeyPem != caKey);
    QVERIFY(tls.caCertPem.find(caKey) == std::string::npos && tls.serverCertPem.find(caKey) == std::string::npos);
}

void tst_Tls::keyFilesAreOwnerOnlyAndCertificatesReadable()
{
    runtime::ensureServerTls(dataDir());
    QCOMPARE(modeOf(tlsPath("ca.key")), 0600u);
    QCOMPARE(modeOf(tlsPath("server.key")), 0600u);
    QCOMPARE(modeOf(tlsPath("ca.crt")), 0644u);
    QCOMPARE(modeOf(tlsPath("server.crt")), 0644u);
    QCOMPARE(modeOf(dataDir() + "/tls"), 0700u);
}

void tst_Tls::secondStartLoadsTheSameMaterial()
{
    const runtime::TlsMaterial first = runtime::ensureServerTls(dataDir());
    const runtime::TlsMaterial second = runtime::ensureServerTls(dataDir());
    QCOMPARE(second.caCertPem, first.caCertPem);
    QCOMPARE(second.serverCertPem, first.serverCertPem);
    QCOMPARE(second.serverKeyPem, first.serverKeyPem);
    QCOMPARE(second.caCertPath, first.caCertPath);
}

void tst_Tls::serverCertificateVerifiesAgainstTheAuthority()
{
    const runtime::TlsMaterial tls = runtime::ensureServerTls(dataDir());
    X509Ptr ca = parseCert(tls.caCertPem);
    X509Ptr leaf = parseCert(tls.serverCertPem);
    QVERIFY(ca && leaf);
    const int result = verifyAgainst(ca.get(), leaf.get());
    QVERIFY2(result == X509_V_OK, X509_verify_cert_error_string(result));

    // And not against some other authority.
    QTemporaryDir other;
    X509Ptr otherCa = parseCert(runtime::ensureServerTls(other.path().toStdString()).caCertPem);
    QVERIFY(verifyAgainst(otherCa.get(), leaf.get()) != X509_V_OK);
}

void tst_Tls::serverCertificateNamesLocalAddressesAndTheHost()
{
    const runtime::TlsMaterial tls = runtime::ensureServerTls(dataDir(), {"switchboard.example.com", "10.1.2.3"});
    X509Ptr leaf = parseCert(tls.serverCertPem);
    QVERIFY(leaf);
    QCOMPARE(X509_check_host(leaf.get(), "localhost", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_ip_asc(leaf.get(), "127.0.0.1", 0), 1);
    QCOMPARE(X509_check_ip_asc(leaf.get(), "::1", 0), 1);
    QCOMPARE(X509_check_host(leaf.get(), hostName().c_str(), 0, 0, nullptr), 1);
    QCOMPARE(X509_check_host(leaf.get(), "switchboard.example.com", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_ip_asc(leaf.get(), "10.1.2.3", 0), 1);
    QCOMPARE(X509_check_host(leaf.get(), "elsewhere.example.com", 0, 0, nullptr), 0);
    QCOMPARE(X509_check_ip_asc(leaf.get(), "192.0.2.1", 0), 0);
    QVERIFY(X509_get_extended_key_usage(leaf.get()) & XKU_SSL_SERVER);
    QCOMPARE(X509_check_ca(leaf.get()), 0);
}

void tst_Tls::authorityIsAMarkedCa()
{
    const runtime::TlsMaterial tls = runtime::ensureServerTls(dataDir());
    X509Ptr ca = parseCert(tls.caCertPem);
    QVERIFY(ca);
    QCOMPARE(X509_check_ca(ca.get()), 1);   // basicConstraints CA:TRUE
    QVERIFY(X509_get_key_usage(ca.get()) & KU_KEY_CERT_SIGN);
    QVERIFY(X509_get_key_usage(ca.get()) & KU_CRL_SIGN);
    int critical = 0;
    BASIC_CONSTRAINTS *bc = static_cast<BASIC_CONSTRAINTS *>(
        X509_get_ext_d2i(ca.get(), NID_basic_constraints, &critical, nullptr));
    QVERIFY(bc);
    QVERIFY(bc->ca);
    BASIC_CONSTRAINTS_free(bc);
    QCOMPARE(critical, 1);
    // About ten years.
    int days = 0, seconds = 0;
    QVERIFY(ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(ca.get()), X509_get0_notAfter(ca.get())));
    QVERIFY2(days >= 3649 && days <= 3651, qPrintable(QString::number(days)));
}

void tst_Tls::newExtraNameReissuesOnlyTheServerCertificate()
{
    const runtime::TlsMaterial before = runtime::ensureServerTls(dataDir());
    const runtime::TlsMaterial after = runtime::ensureServerTls(dataDir(), {"new-name.example"});
    QCOMPARE(after.caCertPem, before.caCertPem);
    QVERIFY(after.serverCertPem != before.serverCertPem);
    X509Ptr leaf = parseCert(after.serverCertPem);
    QCOMPARE(X509_check_host(leaf.get(), "new-name.example", 0, 0, nullptr), 1);
    QCOMPARE(runtime::readFile(tlsPath("server.crt")), after.serverCertPem);
    // Stable from then on.
    QCOMPARE(runtime::ensureServerTls(dataDir(), {"new-name.example"}).serverCertPem, after.serverCertPem);
}

void tst_Tls::serverFilesAreReissuedWhenMissing()
{
    const runtime::TlsMaterial before = runtime::ensureServerTls(dataDir());
    QVERIFY(QFile::remove(QString::fromStdString(tlsPath("server.key"))));
    const runtime::TlsMaterial after = runtime::ensureServerTls(dataDir());
    QCOMPARE(after.caCertPem, before.caCertPem);
    QVERIFY(after.serverKeyPem != before.serverKeyPem);
    X509Ptr ca = parseCert(after.caCertPem);
    X509Ptr leaf = parseCert(after.serverCertPem);
    QCOMPARE(verifyAgainst(ca.get(), leaf.get()), X509_V_OK);
}

void tst_Tls::unreadableCertificateGivesAReadableError()
{
    runtime::ensureServerTls(dataDir());
    runtime::writeFile(tlsPath("server.crt"), "this is not a certificate\n", 0644);
    try {
        runtime::ensureServerTls(dataDir());
        QFAIL("a corrupt server.crt was accepted");
    } catch (const std::runtime_error &e) {
        const std::string message = e.what();
        QVERIFY2(message.find(tlsPath("server.crt")) != std::string::npos, e.what());
        QVERIFY2(message.find("certificate") != std::string::npos, e.what());
    }
}

void tst_Tls::loadTlsReadsOperatorFilesAndRejectsAForeignKey()
{
    QTemporaryDir a, b;
    runtime::ensureServerTls(a.path().toStdString());
    runtime::ensureServerTls(b.path().toStdString());
    const std::string certA = a.filePath("tls/server.crt").toStdString();
    const std::string keyA = a.filePath("tls/server.key").toStdString();
    const std::string keyB = b.filePath("tls/server.key").toStdString();

    const runtime::TlsMaterial tls = runtime::loadTls(certA, keyA);
    QVERIFY(tls.caCertPem.empty());
    QCOMPARE(tls.serverCertPem, runtime::readFile(certA));
    QCOMPARE(tls.serverKeyPem, runtime::readFile(keyA));

    QVERIFY_THROWS_EXCEPTION(std::runtime_error, runtime::loadTls(certA, keyB));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, runtime::loadTls(certA, a.filePath("missing.key").toStdString()));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, runtime::loadTls(keyA, keyA));   // a key is no certificate
}

void tst_Tls::writeFileReplacesAtomicallyWithTheMode()
{
    const std::string path = dataDir() + "/file.txt";
    runtime::writeFile(path, "first", 0600);
    QCOMPARE(runtime::readFile(path), std::string("first"));
    QCOMPARE(modeOf(path), 0600u);
    runtime::writeFile(path, std::string("second\0binary", 13), 0640);
    QCOMPARE(runtime::readFile(path), std::string("second\0binary", 13));
    QCOMPARE(modeOf(path), 0640u);
    // No temporary file is left behind.
    int entries = 0;
    for ([[maybe_unused]] const auto &entry : std::filesystem::directory_iterator(dataDir()))
        ++entries;
    QCOMPARE(entries, 1);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, runtime::writeFile(dataDir() + "/no/such/folder/x", "x"));
}

void tst_Tls::readFileOfAMissingFileThrows()
{
    try {
        runtime::readFile(dataDir() + "/missing.pem");
        QFAIL("reading a missing file succeeded");
    } catch (const std::runtime_error &e) {
        QVERIFY2(std::string(e.what()).find("missing.pem") != std::string::npos, e.what());
    }
}

QTEST_APPLESS_MAIN(tst_Tls)
#include "tst_tls.moc"
