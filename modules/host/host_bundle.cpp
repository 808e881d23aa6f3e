#include "host_bundle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <memory>

namespace modules::host {

namespace {

const auto SignatureFile = QStringLiteral("signature.json");
const auto ManifestFile = QStringLiteral("manifest.json");
const QByteArray Magic = "SWITCHBOARD-MODULE-BUNDLE/1";

QString tr(const char *text)
{
    return QCoreApplication::translate("modules::host::Bundle", text);
}

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

bool validName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
        && name != QLatin1String(".") && name != QLatin1String("..") && name != SignatureFile;
}

QByteArray ed25519Sign(const QByteArray &privateKey, const QByteArray &message)
{
    PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                             reinterpret_cast<const unsigned char *>(privateKey.constData()),
                                             size_t(privateKey.size())),
                &EVP_PKEY_free);
    MdCtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    size_t length = 64;
    QByteArray signature(64, Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) != 1)
        return {};
    signature.resize(qsizetype(length));
    return signature;
}

bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                            reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                            size_t(publicKey.size())),
                &EVP_PKEY_free);
    MdCtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size())) == 1;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error, QFileDevice::Permissions permissions = {})
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (permissions)
        QFile::setPermissions(path, permissions);
    return true;
}

// id and version of a bundle, from its manifest.json
bool readManifest(const QByteArray &data, QString *id, QString *version, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(data, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("manifest.json: %1").arg(parseError.errorString());
        return false;
    }
    *id = manifest.value(QLatin1String("id")).toString();
    *version = manifest.value(QLatin1String("version")).toString();
    if (id->isEmpty() || version->isEmpty() || !validName(*id) || !validName(*version)) {
        *error = tr("manifest.json names no valid id and version");
        return false;
    }
    return true;
}

} // namespace

// --- keys ----------------------------------------------------------------------------

TrustedKeys TrustedKeys::fromDirectory(const QString &dir, QString *error)
{
    TrustedKeys keys;
    const QDir folder(dir);
    for (const QString &name : folder.entryList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
        const QByteArray key = parts.size() == 2 && parts.at(0) == "ed25519" ? QByteArray::fromBase64(parts.at(1)) : QByteArray();
        if (key.size() != 32) {
            if (error)
                *error = tr("%1 is not an Ed25519 public key (\"ed25519 <base64>\")").arg(file.fileName());
            continue;
        }
        keys.insert(QFileInfo(name).completeBaseName(), key);
    }
    return keys;
}

SigningKey SigningKey::generate(const QString &id)
{
    SigningKey key;
    key.id = id;
    EVP_PKEY *raw = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                                   &EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return {};
    PkeyPtr pkey(raw, &EVP_PKEY_free);
    size_t length = 32;
    key.privateKey.resize(32);
    key.publicKey.resize(32);
    EVP_PKEY_get_raw_private_key(pkey.get(), reinterpret_cast<unsigned char *>(key.privateKey.data()), &length);
    length = 32;
    EVP_PKEY_get_raw_public_key(pkey.get(), reinterpret_cast<unsigned char *>(key.publicKey.data()), &length);
    return key;
}

SigningKey SigningKey::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the signing key %1: %2").arg(path, file.errorString());
        return {};
    }
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    SigningKey key;
    key.privateKey = parts.size() == 2 && parts.at(0) == "ed25519-private" ? QByteArray::fromBase64(parts.at(1)) : QByteArray();
    if (key.privateKey.size() != 32) {
        *error = tr("%1 is not an Ed25519 signing key (\"ed25519-private <base64>\")").arg(path);
        return {};
    }
    PkeyPtr pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                              reinterpret_cast<const unsigned char *>(key.privateKey.constData()), 32),
                 &EVP_PKEY_free);
    size_t length = 32;
    key.publicKey.resize(32);
    if (!pkey || EVP_PKEY_get_raw_public_key(pkey.get(), reinterpret_cast<unsigned char *>(key.publicKey.data()), &length) != 1) {
        *error = tr("%1 holds no usable Ed25519 key").arg(path);
        return {};
    }
    key.id = QFileInfo(path).completeBaseName();
    return key;
}

QString SigningKey::publicKeyLine(const QByteArray &publicKey)
{
    return QStringLiteral("ed25519 ") + QString::fromLatin1(publicKey.toBase64()) + QLatin1Char('\n');
}

bool SigningKey::save(const QString &dir, QString *error) const
{
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot make the folder %1").arg(dir);
        return false;
    }
    return writeFile(QDir(dir).filePath(id + QStringLiteral(".key")),
                     "ed25519-private " + privateKey.toBase64() + '\n', error, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && writeFile(QDir(dir).filePath(id + QStringLiteral(".pub")), publicKeyLine(publicKey).toLatin1(), error);
}

// --- bundle --------------------------------------------------------------------------

const BundleFile *Bundle::file(const QString &name) const
{
    for (const BundleFile &f : m_files)
        if (f.name == name)
            return &f;
    return nullptr;
}

Bundle Bundle::fromDirectory(const QString &dir, QString *error, const QString &manifestPath)
{
    const QDir folder(dir);
    Bundle bundle;
    if (!manifestPath.isEmpty()) {
        QFile manifest(manifestPath);
        if (!manifest.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(manifestPath, manifest.errorString());
            return {};
        }
        bundle.m_files.append({ManifestFile, manifest.readAll()});
    }
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (name == SignatureFile || (name == ManifestFile && !manifestPath.isEmpty()))
            continue;
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return {};
        }
        bundle.m_files.append({name, file.readAll()});
    }
    const BundleFile *manifest = bundle.file(ManifestFile);
    if (!manifest) {
        *error = tr("%1 has no manifest.json").arg(dir);
        return {};
    }
    if (!readManifest(manifest->data, &bundle.m_id, &bundle.m_version, error))
        return {};
    QFile signature(folder.filePath(SignatureFile));
    if (signature.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(signature.readAll()).object();
        bundle.m_keyId = object.value(QLatin1String("keyId")).toString();
        bundle.m_signature = QByteArray::fromBase64(object.value(QLatin1String("signature")).toString().toLatin1());
    }
    return bundle;
}

QByteArray Bundle::toBytes() const
{
    QJsonArray names;
    for (const BundleFile &f : m_files)
        names.append(f.name);
    QJsonObject header{{QStringLiteral("files"), names},
                       {QStringLiteral("keyId"), m_keyId},
                       {QStringLiteral("signature"), QString::fromLatin1(m_signature.toBase64())}};
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << Magic << QJsonDocument(header).toJson(QJsonDocument::Compact);
    for (const BundleFile &f : m_files)
        out << f.data;
    return bytes;
}

Bundle Bundle::fromBytes(const QByteArray &bytes, QString *error)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    QByteArray magic, headerJson;
    in >> magic >> headerJson;
    if (in.status() != QDataStream::Ok || magic != Magic) {
        *error = tr("not a Switchboard module bundle");
        return {};
    }
    const QJsonObject header = QJsonDocument::fromJson(headerJson).object();
    Bundle bundle;
    for (const QJsonValue &name : header.value(QLatin1String("files")).toArray()) {
        QByteArray data;
        in >> data;
        if (in.status() != QDataStream::Ok || !validName(name.toString())) {
            *error = tr("the bundle is truncated or names an invalid file");
            return {};
        }
        bundle.m_files.append({name.toString(), data});
    }
    const BundleFile *manifest = bundle.file(ManifestFile);
    if (!manifest) {
        *error = tr("the bundle has no manifest.json");
        return {};
    }
    if (!readManifest(manifest->data, &bundle.m_id, &bundle.m_version, error))
        return {};
    bundle.m_keyId = header.value(QLatin1String("keyId")).toString();
    bundle.m_signature = QByteArray::fromBase64(header.value(QLatin1String("signature")).toString().toLatin1());
    return bundle;
}

QByteArray Bundle::statement() const
{
    QList<BundleFile> sorted = m_files;
    std::sort(sorted.begin(), sorted.end(), [](const BundleFile &a, const BundleFile &b) { return a.name < b.name; });
    QJsonArray files;
    for (const BundleFile &f : sorted) {
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("size"), qint64(f.data.size())},
                                 {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(
                                                                f.data, QCryptographicHash::Sha256).toHex())}});
    }
    const QJsonObject statement{{QStringLiteral("format"), 1},
                                {QStringLiteral("id"), m_id},
                                {QStringLiteral("version"), m_version},
                                {QStringLiteral("files"), files}};
    return QJsonDocument(statement).toJson(QJsonDocument::Compact);
}

void Bundle::sign(const SigningKey &key)
{
    m_keyId = key.id;
    m_signature = ed25519Sign(key.privateKey, statement());
}

QString Bundle::verify(const TrustedKeys &keys) const
{
    const QString what = QStringLiteral("%1 %2").arg(m_id, m_version);
    if (!isSigned())
        return tr("%1 is not signed: only signed modules are loaded").arg(what);
    const QByteArray key = keys.key(m_keyId);
    if (key.isEmpty())
        return tr("%1 is signed by key '%2', which this client does not trust").arg(what, m_keyId);
    if (!ed25519Verify(key, statement(), m_signature))
        return tr("%1 has been changed since it was signed, or its signature is forged: refused").arg(what);
    return {};
}

bool Bundle::writeSignature(const QString &dir, QString *error) const
{
    const QJsonObject object{{QStringLiteral("keyId"), m_keyId},
                             {QStringLiteral("signature"), QString::fromLatin1(m_signature.toBase64())},
                             {QStringLiteral("statement"), QJsonDocument::fromJson(statement()).object()}};
    return writeFile(QDir(dir).filePath(SignatureFile), QJsonDocument(object).toJson(QJsonDocument::Indented), error);
}

bool Bundle::install(const QString &modulesDir, QString *error) const
{
    const QString target = QDir(modulesDir).filePath(m_id + QLatin1Char('/') + m_version);
    if (QFileInfo::exists(target)) {
        *error = tr("%1 %2 is installed already (a version folder is never changed)").arg(m_id, m_version);
        return false;
    }
    // Everything but the manifest into a temporary folder next to the target, renamed
    // into place, the manifest last: a scan never sees half a version.
    const QString staging = QDir(modulesDir).filePath(m_id + QStringLiteral("/.installing-")
                                                      + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkpath(staging)) {
        *error = tr("cannot make %1").arg(staging);
        return false;
    }
    for (const BundleFile &f : m_files) {
        if (f.name != ManifestFile && !writeFile(QDir(staging).filePath(f.name), f.data, error)) {
            QDir(staging).removeRecursively();
            return false;
        }
    }
    if (!writeSignature(staging, error) || !QDir().rename(staging, target)) {
        if (error->isEmpty())
            *error = tr("cannot move %1 into place").arg(target);
        QDir(staging).removeRecursively();
        return false;
    }
    return writeFile(QDir(target).filePath(ManifestFile), file(ManifestFile)->data, error);
}

QString verifyInstalled(const QString &versionDir, const TrustedKeys &keys)
{
    QString error;
    const Bundle bundle = Bundle::fromDirectory(versionDir, &error);
    if (bundle.isNull())
        return error;
    return bundle.verify(keys);
}

} // namespace modules::host
