#pragma once
// host::Bundle: one version of a feature module as it travels (a file, `switchboard-ctl
// module sign` makes it, the catalog stores it, clients download it) and as it is
// installed (`<modules>/<id>/<version>/`), with its Ed25519 signature.
//
// What is signed is a statement naming the module, the version and every file with its
// size and SHA-256, so that one signature covers the library, its manifest and anything
// else the bundle carries; a file changed, added or removed after signing makes the
// signature not match. Format: docs/module-bundles.md.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace modules::host {

struct BundleFile {
    QString name;       // a plain file name: no folder, no "..", not signature.json
    QByteArray data;
};

// The Ed25519 public keys a host trusts, by key id.
class TrustedKeys {
public:
    // Every <keyId>.pub in `dir` (one line: "ed25519 <base64 of the 32-byte key>").
    static TrustedKeys fromDirectory(const QString &dir, QString *error = nullptr);
    void insert(const QString &keyId, const QByteArray &publicKey) { m_keys.insert(keyId, publicKey); }
    bool isEmpty() const { return m_keys.isEmpty(); }
    QByteArray key(const QString &keyId) const { return m_keys.value(keyId); }
    QStringList ids() const { return m_keys.keys(); }

private:
    QHash<QString, QByteArray> m_keys;
};

// An Ed25519 key pair (raw 32-byte keys), for signing.
struct SigningKey {
    QString id;
    QByteArray privateKey;
    QByteArray publicKey;

    static SigningKey generate(const QString &id);
    // <path>: one line "ed25519-private <base64>"; the id is the file's base name.
    static SigningKey fromFile(const QString &path, QString *error);
    // Writes <dir>/<id>.key (0600) and <dir>/<id>.pub.
    bool save(const QString &dir, QString *error) const;
    static QString publicKeyLine(const QByteArray &publicKey);
};

class Bundle {
public:
    // The files of an installed (or built) version folder: manifest.json, the library,
    // anything else; an existing signature.json is read as the signature. With
    // `manifestPath`, the manifest is read from there (a build signs a version before it
    // writes the manifest into the folder, last).
    static Bundle fromDirectory(const QString &dir, QString *error, const QString &manifestPath = {});
    // A bundle file as made by toBytes().
    static Bundle fromBytes(const QByteArray &bytes, QString *error);
    QByteArray toBytes() const;

    bool isNull() const { return m_id.isEmpty(); }
    QString id() const { return m_id; }
    QString version() const { return m_version; }
    QList<BundleFile> files() const { return m_files; }
    const BundleFile *file(const QString &name) const;

    // The statement the signature covers (compact JSON, keys sorted).
    QByteArray statement() const;
    bool isSigned() const { return !m_signature.isEmpty(); }
    QString keyId() const { return m_keyId; }
    QByteArray signature() const { return m_signature; }
    void sign(const SigningKey &key);
    // Empty when the signature is valid and made by one of `keys`; else why not, in a
    // sentence for the UI ("not signed", "signed by unknown key 'k'", "tampered: ...").
    QString verify(const TrustedKeys &keys) const;

    // Installs into <modulesDir>/<id>/<version>/: the files and signature.json into a
    // temporary folder, renamed into place, manifest.json written last. Refuses to
    // overwrite an installed version (a version folder is never modified).
    bool install(const QString &modulesDir, QString *error) const;
    // Writes signature.json next to the files of `dir` (for signing a built folder in place).
    bool writeSignature(const QString &dir, QString *error) const;

private:
    QString m_id;
    QString m_version;
    QList<BundleFile> m_files;
    QString m_keyId;
    QByteArray m_signature;
};

// Verifies an installed version folder: empty when it is signed by a trusted key and
// unchanged since; otherwise why not.
QString verifyInstalled(const QString &versionDir, const TrustedKeys &keys);

} // namespace modules::host
