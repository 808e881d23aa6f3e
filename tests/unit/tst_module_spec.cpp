// host::ModuleSpec, ModuleLoader and ModuleRegistry against real plugin files: one
// good fixture module and one broken one for each way its metadata can be wrong.

#include "host_module_loader.h"
#include "host_module_registry.h"
#include "host_module_spec.h"

#include "api_module_context.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using modules::host::ModuleLoader;
using modules::host::ModuleRegistry;
using modules::host::ModuleSpec;

namespace {

QString fixture(const QString &name)
{
    const QString dir = QStringLiteral(SB_FIXTURE_MODULES_DIR "/") + name;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.so")}, QDir::Files);
    return files.isEmpty() ? dir + QStringLiteral("/missing.so") : dir + QLatin1Char('/') + files.first();
}

bool isMapped(const QString &path)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return QString::fromUtf8(maps.readAll()).contains(QFileInfo(path).canonicalFilePath());
}

class TestContext : public modules::api::ModuleContext {
public:
    QString apiVersion() const override { return QStringLiteral("1.0"); }
    QString moduleId() const override { return QStringLiteral("fixture.good"); }
    QStringList interactionIds() const override { return {}; }
    modules::api::InteractionHandle *interaction(const QString &) const override { return nullptr; }
    QLocale locale() const override { return QLocale::c(); }
    bool installTranslator(QTranslator *) override { return false; }
    void removeTranslator(QTranslator *) override {}
};

// Installs a fixture library as <root>/<id>/<version>/, manifest last.
void install(const QString &root, const QString &fixtureName, const QString &id,
             const QString &version, bool withManifest = true, const QString &manifestVersion = {})
{
    const QString dir = root + QLatin1Char('/') + id + QLatin1Char('/') + version;
    QVERIFY(QDir().mkpath(dir));
    const QString library = QFileInfo(fixture(fixtureName)).fileName();
    QVERIFY(QFile::copy(fixture(fixtureName), dir + QLatin1Char('/') + library));
    if (!withManifest)
        return;
    QFile manifest(dir + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(QStringLiteral(R"({"id": "%1", "version": "%2", "library": "%3"})")
                       .arg(id, manifestVersion.isEmpty() ? version : manifestVersion, library)
                       .toUtf8());
}

} // namespace

class TestModuleSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodSpecIsReadWithoutLoading();
    void brokenSpecIsRefusedWithItsReason_data();
    void brokenSpecIsRefusedWithItsReason();
    void versionsAndIdsAreWellFormed();
    void versionRangeSaysWhatIsProvided();
    void apiRangeIsThisMajorUpToThisMinor();
    void loaderLoadsInitializesAndUnmaps();
    void loaderRefusesAnUnresolvedSpec();
    void moduleThatFailsToInitializeIsUnloadedWithItsReason();
    void registryPicksHighestCompatibleVersion();
    void registrySkipsVersionsWithoutManifest();
    void registryRefusesManifestThatDisagreesWithMetadata();
    void registryAnswersWhichModuleServesAChannel();
};

void TestModuleSpec::goodSpecIsReadWithoutLoading()
{
    const QString path = fixture(QStringLiteral("good"));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const ModuleSpec spec = ModuleSpec::read(path);
    QVERIFY2(!spec.hasError(), qPrintable(spec.errorString()));
    QCOMPARE(spec.state(), ModuleSpec::State::Resolved);
    QCOMPARE(spec.iid(), QStringLiteral("org.switchboard.Module/1"));
    QCOMPARE(spec.id(), QStringLiteral("fixture.good"));
    QCOMPARE(spec.version(), QVersionNumber(1, 0, 0));
    QCOMPARE(spec.compatVersion(), QVersionNumber(1, 0, 0));
    QCOMPARE(spec.apiVersion(), QStringLiteral("1.0"));
    QCOMPARE(spec.kind(), ModuleSpec::Kind::AgentTool);
    QCOMPARE(spec.displayName(), QStringLiteral("Good fixture"));
    QCOMPARE(spec.vendor(), QStringLiteral("Switchboard tests"));
    QVERIFY2(!isMapped(path), "reading metadata must not map the library");
}

void TestModuleSpec::brokenSpecIsRefusedWithItsReason_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wrong IID") << "wrong_iid" << "Not a Switchboard module: plugin IID is \"org.example.SomethingElse/1\"";
    QTest::newRow("wrong IID major") << "wrong_iid_major" << "Built for module API major version 2, this host supports 1";
    QTest::newRow("wrong API version") << "wrong_api" << "fixture.wrong-api needs module API 2.0, this host supports 1.0 to 1.0";
    QTest::newRow("newer API minor") << "newer_api" << "fixture.good needs module API 1.9";
    QTest::newRow("missing id") << "missing_id" << "Metadata has no \"id\"";
    QTest::newRow("bad version") << "bad_version" << "Invalid version \"1.0\" of fixture.bad-version: expected MAJOR.MINOR.PATCH";
    QTest::newRow("unknown kind") << "unknown_kind" << "Unknown kind \"toaster\" of fixture.unknown-kind";
    QTest::newRow("not a plugin") << "not_a_plugin" << "Not a Qt plugin";
    QTest::newRow("no such file") << "nowhere" << "File not found";
}

void TestModuleSpec::brokenSpecIsRefusedWithItsReason()
{
    QFETCH(QString, fixtureName);
    QFETCH(QString, reason);
    const QString path = fixture(fixtureName);
    const ModuleSpec spec = ModuleSpec::read(path);
    QCOMPARE(spec.state(), ModuleSpec::State::Failed);
    QVERIFY(spec.hasError());
    QVERIFY2(spec.errorString().contains(reason), qPrintable(spec.errorString()));
    if (QFile::exists(path))
        QVERIFY2(!isMapped(path), "a refused module must never be mapped");

    ModuleLoader loader(spec);
    QVERIFY(!loader.load());
    QCOMPARE(loader.state(), ModuleSpec::State::Failed);
    if (QFile::exists(path))
        QVERIFY(!isMapped(path));
}

void TestModuleSpec::versionsAndIdsAreWellFormed()
{
    QVERIFY(ModuleSpec::isValidVersion(QStringLiteral("1.0.0")));
    QVERIFY(ModuleSpec::isValidVersion(QStringLiteral("10.20.30")));
    for (const char *bad : {"1.0", "1", "v1.0.0", "1.0.0-beta", "01.0.0", "1.0.0.0", "", "a.b.c"})
        QVERIFY2(!ModuleSpec::isValidVersion(QString::fromLatin1(bad)), bad);
    QVERIFY(ModuleSpec::isValidId(QStringLiteral("chat")));
    QVERIFY(ModuleSpec::isValidId(QStringLiteral("com.acme.crm-lookup")));
    for (const char *bad : {"", "Chat", "1chat", "chat/../x", "chat..x", "chat.", "a b"})
        QVERIFY2(!ModuleSpec::isValidId(QString::fromLatin1(bad)), bad);
}

void TestModuleSpec::versionRangeSaysWhatIsProvided()
{
    const ModuleSpec spec = ModuleSpec::read(fixture(QStringLiteral("good_v110")));
    QVERIFY2(!spec.hasError(), qPrintable(spec.errorString()));
    QVERIFY(spec.provides(QStringLiteral("fixture.good"), QVersionNumber(1, 0, 0)));
    QVERIFY(spec.provides(QStringLiteral("fixture.good"), QVersionNumber(1, 1, 0)));
    QVERIFY(!spec.provides(QStringLiteral("fixture.good"), QVersionNumber(1, 2, 0)));
    QVERIFY(!spec.provides(QStringLiteral("fixture.good"), QVersionNumber(0, 9, 0)));
    QVERIFY(!spec.provides(QStringLiteral("other"), QVersionNumber(1, 0, 0)));
}

void TestModuleSpec::apiRangeIsThisMajorUpToThisMinor()
{
    QVERIFY(ModuleSpec::isApiVersionSupported(QStringLiteral("1.0")));
    for (const char *bad : {"1.1", "2.0", "0.9", "1", "1.0.0", "one"})
        QVERIFY2(!ModuleSpec::isApiVersionSupported(QString::fromLatin1(bad)), bad);
}

void TestModuleSpec::loaderLoadsInitializesAndUnmaps()
{
    const QString path = fixture(QStringLiteral("good"));
    TestContext context;
    ModuleLoader loader(ModuleSpec::read(path));
    QVERIFY2(loader.load(), qPrintable(loader.errorString()));
    QCOMPARE(loader.state(), ModuleSpec::State::Loaded);
    QVERIFY(isMapped(path));
    QVERIFY(loader.module());
    QVERIFY2(loader.initialize(&context), qPrintable(loader.errorString()));
    QCOMPARE(loader.state(), ModuleSpec::State::Running);
    QVERIFY(loader.canUnload());
    QVERIFY2(loader.unload(), qPrintable(loader.unloadError()));
    QCOMPARE(loader.state(), ModuleSpec::State::Stopped);
    QVERIFY2(!isMapped(path), "an unloaded module built to unload must be unmapped");
}

void TestModuleSpec::loaderRefusesAnUnresolvedSpec()
{
    ModuleLoader loader{ModuleSpec()};
    QVERIFY(!loader.load());
    QVERIFY(!loader.errorString().isEmpty());
}

void TestModuleSpec::moduleThatFailsToInitializeIsUnloadedWithItsReason()
{
    const QString path = fixture(QStringLiteral("init_fails"));
    TestContext context;
    ModuleLoader loader(ModuleSpec::read(path));
    QVERIFY2(loader.load(), qPrintable(loader.errorString()));
    QVERIFY(!loader.initialize(&context));
    QCOMPARE(loader.state(), ModuleSpec::State::Failed);
    QCOMPARE(loader.errorString(),
             QStringLiteral("fixture.init-fails 1.0.0 failed to initialize: the fixture refuses to start"));
    QVERIFY(!isMapped(path));
}

void TestModuleSpec::registryPicksHighestCompatibleVersion()
{
    QTemporaryDir root;
    install(root.path(), QStringLiteral("good"), QStringLiteral("fixture.good"), QStringLiteral("1.0.0"));
    install(root.path(), QStringLiteral("good_v110"), QStringLiteral("fixture.good"), QStringLiteral("1.1.0"));
    // 1.2.0 needs API 1.9: newer, but not for this host.
    install(root.path(), QStringLiteral("newer_api"), QStringLiteral("fixture.good"), QStringLiteral("1.2.0"));
    install(root.path(), QStringLiteral("bad_version"), QStringLiteral("fixture.bad-version"), QStringLiteral("1.0.0"));

    ModuleRegistry registry(root.path());
    registry.scan();
    QCOMPARE(registry.specs().size(), 4);
    QCOMPARE(registry.ids(), QStringList{QStringLiteral("fixture.good")});
    const ModuleSpec *chosen = registry.selected(QStringLiteral("fixture.good"));
    QVERIFY(chosen);
    QCOMPARE(chosen->version(), QVersionNumber(1, 1, 0));
    QCOMPARE(registry.rejected().size(), 2);
    for (const ModuleSpec &s : registry.rejected())
        QVERIFY(!s.errorString().isEmpty());
    QVERIFY(!registry.selected(QStringLiteral("fixture.bad-version")));
}

void TestModuleSpec::registrySkipsVersionsWithoutManifest()
{
    QTemporaryDir root;
    install(root.path(), QStringLiteral("good"), QStringLiteral("fixture.good"), QStringLiteral("1.0.0"));
    install(root.path(), QStringLiteral("good_v110"), QStringLiteral("fixture.good"), QStringLiteral("1.1.0"),
            /*withManifest=*/false);
    ModuleRegistry registry(root.path());
    registry.scan();
    QCOMPARE(registry.specs().size(), 1);
    QCOMPARE(registry.selected(QStringLiteral("fixture.good"))->version(), QVersionNumber(1, 0, 0));
}

void TestModuleSpec::registryRefusesManifestThatDisagreesWithMetadata()
{
    QTemporaryDir root;
    // The folder says 1.1.0 but the library inside is 1.0.0.
    install(root.path(), QStringLiteral("good"), QStringLiteral("fixture.good"), QStringLiteral("1.1.0"));
    ModuleRegistry registry(root.path());
    registry.scan();
    QCOMPARE(registry.rejected().size(), 1);
    QVERIFY2(registry.rejected().first().errorString().contains(QStringLiteral("disagree")),
             qPrintable(registry.rejected().first().errorString()));
    QVERIFY(registry.ids().isEmpty());
}

void TestModuleSpec::registryAnswersWhichModuleServesAChannel()
{
    ModuleRegistry registry(QStringLiteral(SB_MODULES_BUILD_DIR));
    registry.scan();
    const ModuleSpec *chat = registry.providerForChannel(QStringLiteral("chat"));
    QVERIFY(chat);
    QCOMPARE(chat->id(), QStringLiteral("chat"));
    QCOMPARE(chat->kind(), ModuleSpec::Kind::ChannelPanel);
    QVERIFY(!registry.providerForChannel(QStringLiteral("fax")));
    QVERIFY(!isMapped(chat->filePath()));
}

QTEST_GUILESS_MAIN(TestModuleSpec)
#include "tst_module_spec.moc"
