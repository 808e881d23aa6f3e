// Module bundles and their signatures (modules::host::Bundle) and what the registry makes
// of them, on the real chat module as built: signed by the build's key it is selected;
// unsigned, changed after signing, signed by a key nobody trusts or with a file added, it
// is refused with a sentence that says so, and its library is not read. And
// switchboard-ctl sign / verify as an administrator runs them.

#include "host_bundle.h"
#include "host_module_registry.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using modules::host::Bundle;
using modules::host::ModuleRegistry;
using modules::host::SigningKey;
using modules::host::TrustedKeys;

class TestModuleBundle : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SigningKey m_key;
    TrustedKeys m_trusted;

    QString builtChat() const { return QStringLiteral(SB_MODULES_BUILD_DIR "/chat/1.0.0"); }

    // A copy of the built chat module in <root>/chat/1.0.0 (with its build signature).
    static bool copyChat(const QString &from, const QString &root)
    {
        const QString to = root + QStringLiteral("/chat/1.0.0");
        if (!QDir().mkpath(to))
            return false;
        for (const QString &name : QDir(from).entryList(QDir::Files))
            if (!QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name))
                return false;
        return true;
    }

    static int ctl(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(SWITCHBOARD_BIN_DIR "/switchboard-ctl"), arguments);
        if (!process.waitForFinished(30000))
            return -1;
        if (output)
            *output = process.readAll();
        return process.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = SigningKey::generate(QStringLiteral("ops-2026"));
        QCOMPARE(m_key.privateKey.size(), 32);
        QCOMPARE(m_key.publicKey.size(), 32);
        m_trusted.insert(m_key.id, m_key.publicKey);
    }

    void keysSurviveTheirFiles()
    {
        QString error;
        QVERIFY2(m_key.save(m_dir.filePath(QStringLiteral("keys")), &error), qPrintable(error));
        const QString keyFile = m_dir.filePath(QStringLiteral("keys/ops-2026.key"));
        QCOMPARE(QFile::permissions(keyFile) & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        const SigningKey loaded = SigningKey::fromFile(keyFile, &error);
        QCOMPARE(loaded.privateKey, m_key.privateKey);
        QCOMPARE(loaded.publicKey, m_key.publicKey);
        QCOMPARE(loaded.id, QStringLiteral("ops-2026"));
        const TrustedKeys keys = TrustedKeys::fromDirectory(m_dir.filePath(QStringLiteral("keys")));
        QCOMPARE(keys.key(QStringLiteral("ops-2026")), m_key.publicKey);
        QVERIFY(SigningKey::fromFile(m_dir.filePath(QStringLiteral("keys/ops-2026.pub")), &error).privateKey.isEmpty());
        QVERIFY(error.contains(QStringLiteral("not an Ed25519 signing key")));
    }

    void aSignedBundleVerifiesAndTravelsAsBytes()
    {
        QString error;
        Bundle bundle = Bundle::fromDirectory(builtChat(), &error);
        QVERIFY2(!bundle.isNull(), qPrintable(error));
        QCOMPARE(bundle.id(), QStringLiteral("chat"));
        QCOMPARE(bundle.version(), QStringLiteral("1.0.0"));
        QVERIFY(bundle.file(QStringLiteral("manifest.json")));
        QVERIFY(!bundle.file(QStringLiteral("signature.json")));   // never part of what is signed
        bundle.sign(m_key);
        QCOMPARE(bundle.verify(m_trusted), QString());
        const Bundle copy = Bundle::fromBytes(bundle.toBytes(), &error);
        QVERIFY2(!copy.isNull(), qPrintable(error));
        QCOMPARE(copy.statement(), bundle.statement());
        QCOMPARE(copy.verify(m_trusted), QString());
        QVERIFY(Bundle::fromBytes("PK\x03\x04 a zip", &error).isNull());
        QVERIFY(error.contains(QStringLiteral("not a Switchboard module bundle")));
    }

    void whatIsWrongWithABundleIsSaid()
    {
        QString error;
        const Bundle unsigned_ = Bundle::fromDirectory(builtChat(), &error, {});
        Bundle bundle = unsigned_;
        // the build's own signature is by "dev", which this test does not trust
        QVERIFY(bundle.verify(m_trusted).contains(QStringLiteral("key 'dev'")));
        bundle.sign(m_key);
        QByteArray bytes = bundle.toBytes();
        // one byte of the library changed after signing
        const int at = bytes.indexOf("qt_plugin_instance");
        QVERIFY(at > 0);
        bytes[at] = 'Q';
        const Bundle tampered = Bundle::fromBytes(bytes, &error);
        QVERIFY(tampered.verify(m_trusted).contains(QStringLiteral("changed since it was signed")));
        TrustedKeys stranger;
        stranger.insert(QStringLiteral("ops-2026"), SigningKey::generate(QStringLiteral("x")).publicKey);  // same id, other key
        QVERIFY(bundle.verify(stranger).contains(QStringLiteral("changed since it was signed")));
    }

    void anInstalledVersionIsVerifiedBeforeItIsRead()
    {
        QString error;
        Bundle bundle = Bundle::fromDirectory(builtChat(), &error);
        bundle.sign(m_key);
        const QString root = m_dir.filePath(QStringLiteral("installed"));
        QVERIFY2(bundle.install(root, &error), qPrintable(error));
        QVERIFY(QFile::exists(root + QStringLiteral("/chat/1.0.0/signature.json")));
        QVERIFY(QFile::exists(root + QStringLiteral("/chat/1.0.0/manifest.json")));
        QVERIFY(!bundle.install(root, &error));            // a version folder is never changed
        QVERIFY(error.contains(QStringLiteral("installed already")));
        QCOMPARE(QDir(root + QStringLiteral("/chat")).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("1.0.0")});   // no staging folder left behind

        ModuleRegistry registry(root);
        registry.setTrustedKeys(m_trusted);
        registry.scan();
        QVERIFY(registry.providerForChannel(QStringLiteral("chat")));
        QVERIFY(registry.rejected().isEmpty());

        // A file added next to the signed ones: refused, and said why, with its identity.
        QFile extra(root + QStringLiteral("/chat/1.0.0/extra.so"));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("not signed");
        extra.close();
        registry.scan();
        QVERIFY(!registry.providerForChannel(QStringLiteral("chat")));
        QCOMPARE(registry.rejected().size(), 1);
        QCOMPARE(registry.rejected().first().id(), QStringLiteral("chat"));
        QVERIFY(registry.rejected().first().errorString().contains(QStringLiteral("changed since it was signed")));

        // Unsigned (no signature.json) is refused too.
        QVERIFY(QFile::remove(root + QStringLiteral("/chat/1.0.0/extra.so")));
        QVERIFY(QFile::remove(root + QStringLiteral("/chat/1.0.0/signature.json")));
        registry.scan();
        QVERIFY(!registry.providerForChannel(QStringLiteral("chat")));
        QVERIFY(registry.rejected().first().errorString().contains(QStringLiteral("not signed")));

        // Without trusted keys the registry verifies nothing (host tests of broken specs).
        ModuleRegistry lenient(root);
        lenient.scan();
        QVERIFY(lenient.providerForChannel(QStringLiteral("chat")));
    }

    void theBuildSignsItsModulesWithItsDevelopmentKey()
    {
        const TrustedKeys build = TrustedKeys::fromDirectory(QStringLiteral(SWITCHBOARD_BIN_DIR "/../share/switchboard/trusted-keys"));
        QVERIFY(!build.key(QStringLiteral("dev")).isEmpty());
        ModuleRegistry registry(QStringLiteral(SB_MODULES_BUILD_DIR));
        registry.setTrustedKeys(build);
        registry.scan();
        for (const QString &channel : {QStringLiteral("chat"), QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("voice")})
            QVERIFY2(registry.providerForChannel(channel), qPrintable(channel));
    }

    void switchboardCtlSignsAndVerifies()
    {
        const QString keys = m_dir.filePath(QStringLiteral("ctl-keys"));
        QByteArray out;
        QCOMPARE(ctl({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--id"), QStringLiteral("admin"),
                      QStringLiteral("--out"), keys}, &out), 0);
        const QString file = m_dir.filePath(QStringLiteral("chat-1.0.0.sbm"));
        QCOMPARE(ctl({QStringLiteral("module"), QStringLiteral("sign"), builtChat(), QStringLiteral("--key"),
                      keys + QStringLiteral("/admin.key"), QStringLiteral("--out"), file}, &out), 0);
        QVERIFY(out.contains("signed chat 1.0.0 with key admin"));
        QCOMPARE(ctl({QStringLiteral("module"), QStringLiteral("verify"), file, QStringLiteral("--trusted-keys"), keys}, &out), 0);
        QVERIFY(out.contains("verified"));
        // Another administrator's keys do not vouch for it: exit 1 and why.
        const QString other = m_dir.filePath(QStringLiteral("other-keys"));
        QCOMPARE(ctl({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--id"), QStringLiteral("admin2"),
                      QStringLiteral("--out"), other}), 0);
        QCOMPARE(ctl({QStringLiteral("module"), QStringLiteral("verify"), file, QStringLiteral("--trusted-keys"), other}, &out), 1);
        QVERIFY(out.contains("which this client does not trust"));
        QCOMPARE(ctl({QStringLiteral("module"), QStringLiteral("sign")}, &out), 1);
        QVERIFY(out.contains("needs a folder"));
    }
};

QTEST_GUILESS_MAIN(TestModuleBundle)
#include "tst_module_bundle.moc"
