#include "ctl_catalog_commands.h"

#include "switchboard/v1/catalog.grpc.pb.h"
#include "switchboard/v1/identity.grpc.pb.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <cstdio>
#include <map>

namespace ctl {

namespace v1 = switchboard::v1;

namespace {

constexpr int kDone = 0;
constexpr int kRefused = 1;
constexpr int kUsage = 2;

int usageError(const QString &message)
{
    std::fprintf(stderr, "switchboard-ctl: %s\n", qPrintable(message));
    return kUsage;
}

int refused(const QString &what, const grpc::Status &status)
{
    static const std::map<grpc::StatusCode, const char *> names = {
        {grpc::StatusCode::INVALID_ARGUMENT, "invalid argument"},
        {grpc::StatusCode::NOT_FOUND, "not found"},
        {grpc::StatusCode::ALREADY_EXISTS, "already exists"},
        {grpc::StatusCode::PERMISSION_DENIED, "permission denied"},
        {grpc::StatusCode::UNAUTHENTICATED, "not signed in"},
        {grpc::StatusCode::FAILED_PRECONDITION, "failed precondition"},
        {grpc::StatusCode::UNAVAILABLE, "server unavailable"},
        {grpc::StatusCode::DEADLINE_EXCEEDED, "timed out"},
    };
    const auto it = names.find(status.error_code());
    std::fprintf(stderr, "switchboard-ctl: %s: %s (%s)\n", qPrintable(what), status.error_message().c_str(),
                 it == names.end() ? ("status " + std::to_string(int(status.error_code()))).c_str() : it->second);
    return kRefused;
}

// The connection options every catalog command takes, and a signed-in connection.
class Connection {
public:
    Connection()
        : m_server(QStringLiteral("server"), QStringLiteral("The server's gRPC address (default localhost:7443)."),
                   QStringLiteral("host:port"), QStringLiteral("localhost:7443")),
          m_ca(QStringLiteral("ca"), QStringLiteral("CA certificate the server's TLS certificate is checked with "
                                                    "(its DATA_DIR/tls/ca.crt)."), QStringLiteral("file")),
          m_insecure(QStringLiteral("insecure"), QStringLiteral("Plaintext gRPC (a server started with --insecure).")),
          m_user(QStringLiteral("user"), QStringLiteral("An administrator's user name (status and list: a supervisor's too)."),
                 QStringLiteral("name")),
          m_passwordFile(QStringLiteral("password-file"), QStringLiteral("File whose first line is the password."),
                         QStringLiteral("file"))
    {
    }

    void addOptions(QCommandLineParser &parser) const
    {
        parser.addOptions({m_server, m_ca, m_insecure, m_user, m_passwordFile});
    }

    // Parses, handles --help; returns kDone to go on, else the exit code.
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        addOptions(parser);
        if (!parser.parse(QStringList{QStringLiteral("switchboard-ctl")} + arguments))
            return usageError(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            std::printf("%s", qPrintable(parser.helpText()));
            return -1;
        }
        if (parser.isSet(m_ca) == parser.isSet(m_insecure))
            return usageError(QStringLiteral("give --ca FILE (the server's DATA_DIR/tls/ca.crt) or --insecure, one of them"));
        if (!parser.isSet(m_user) || !parser.isSet(m_passwordFile))
            return usageError(QStringLiteral("give --user NAME and --password-file FILE to sign in"));
        m_serverValue = parser.value(m_server);
        m_caValue = parser.value(m_ca);
        m_userValue = parser.value(m_user);
        m_passwordFileValue = parser.value(m_passwordFile);
        return kDone;
    }

    // Connects and signs in; kDone or the exit code.
    int signIn()
    {
        std::shared_ptr<grpc::ChannelCredentials> credentials;
        if (m_caValue.isEmpty()) {
            credentials = grpc::InsecureChannelCredentials();
        } else {
            QFile ca(m_caValue);
            if (!ca.open(QIODevice::ReadOnly))
                return usageError(QStringLiteral("cannot read --ca %1: %2").arg(m_caValue, ca.errorString()));
            grpc::SslCredentialsOptions ssl;
            ssl.pem_root_certs = ca.readAll().toStdString();
            credentials = grpc::SslCredentials(ssl);
        }
        QFile passwordFile(m_passwordFileValue);
        if (!passwordFile.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read --password-file %1: %2")
                                  .arg(m_passwordFileValue, passwordFile.errorString()));
        const QByteArray password = passwordFile.readLine().trimmed();
        // The server's generated certificate names localhost.
        QString target = m_serverValue;
        target.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
        m_channel = grpc::CreateChannel(target.toStdString(), credentials);
        auto identity = v1::IdentityService::NewStub(m_channel);
        v1::SignInRequest request;
        request.set_username(m_userValue.toStdString());
        request.set_password(password.toStdString());
        request.set_client_name("switchboard-ctl");
        v1::SignInResponse response;
        const grpc::Status status = identity->SignIn(context().get(), request, &response);
        if (!status.ok())
            return refused(QStringLiteral("sign-in as %1 at %2").arg(m_userValue, m_serverValue), status);
        m_token = response.access_token();
        catalog = v1::CatalogService::NewStub(m_channel);
        return kDone;
    }

    std::unique_ptr<grpc::ClientContext> context(int seconds = 60) const
    {
        auto ctx = std::make_unique<grpc::ClientContext>();
        if (!m_token.empty())
            ctx->AddMetadata("authorization", "Bearer " + m_token);
        ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
        return ctx;
    }

    std::unique_ptr<v1::CatalogService::Stub> catalog;

private:
    QCommandLineOption m_server, m_ca, m_insecure, m_user, m_passwordFile;
    QString m_serverValue, m_caValue, m_userValue, m_passwordFileValue;
    std::shared_ptr<grpc::Channel> m_channel;
    std::string m_token;
};

// --everyone | --team T | --queue Q | --percent N | --users a,b: exactly one.
struct TargetOptions {
    QCommandLineOption everyone{QStringLiteral("everyone"), QStringLiteral("Every user.")};
    QCommandLineOption team{QStringLiteral("team"), QStringLiteral("The members of a team (its id)."), QStringLiteral("team-id")};
    QCommandLineOption queue{QStringLiteral("queue"), QStringLiteral("The agents eligible for a queue (its id)."),
                             QStringLiteral("queue-id")};
    QCommandLineOption percent{QStringLiteral("percent"), QStringLiteral("1 to 100 percent of users, stable per user."),
                               QStringLiteral("N")};
    QCommandLineOption users{QStringLiteral("users"), QStringLiteral("Named users (user names or ids), comma-separated."),
                             QStringLiteral("a,b")};

    void add(QCommandLineParser &parser) const { parser.addOptions({everyone, team, queue, percent, users}); }

    // kDone with `target` filled, or kUsage.
    int read(const QCommandLineParser &parser, v1::RolloutTarget *target) const
    {
        int given = 0;
        for (const auto *option : {&everyone, &team, &queue, &percent, &users})
            given += parser.isSet(*option) ? 1 : 0;
        if (given != 1)
            return usageError(QStringLiteral("name exactly one target: --everyone, --team TEAM, --queue QUEUE, "
                                             "--percent N or --users a,b"));
        if (parser.isSet(everyone)) {
            target->set_everyone(true);
        } else if (parser.isSet(team)) {
            target->set_team_id(parser.value(team).toStdString());
        } else if (parser.isSet(queue)) {
            target->set_queue_id(parser.value(queue).toStdString());
        } else if (parser.isSet(percent)) {
            bool ok = false;
            const int n = parser.value(percent).toInt(&ok);
            if (!ok || n < 1 || n > 100)
                return usageError(QStringLiteral("--percent must be 1 to 100, not '%1'").arg(parser.value(percent)));
            target->set_percent(n);
        } else {
            const QStringList names = parser.value(users).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (names.isEmpty())
                return usageError(QStringLiteral("--users needs at least one user name"));
            for (const QString &name : names)
                target->mutable_users()->add_user_ids(name.trimmed().toStdString());
        }
        return kDone;
    }
};

QString describe(const v1::RolloutTarget &t)
{
    switch (t.target_case()) {
    case v1::RolloutTarget::kEveryone: return QStringLiteral("everyone");
    case v1::RolloutTarget::kTeamId: return QStringLiteral("team %1").arg(QString::fromStdString(t.team_id()));
    case v1::RolloutTarget::kQueueId: return QStringLiteral("queue %1").arg(QString::fromStdString(t.queue_id()));
    case v1::RolloutTarget::kPercent: return QStringLiteral("%1%").arg(t.percent());
    case v1::RolloutTarget::kUsers: {
        QStringList names;
        for (const auto &u : t.users().user_ids())
            names << QString::fromStdString(u);
        return QStringLiteral("users %1").arg(names.join(QLatin1Char(',')));
    }
    case v1::RolloutTarget::TARGET_NOT_SET: break;
    }
    return QStringLiteral("-");
}

QString orDash(const std::string &text)
{
    return text.empty() ? QStringLiteral("-") : QString::fromStdString(text);
}

const char *stateName(v1::ClientModuleState state)
{
    switch (state) {
    case v1::CLIENT_MODULE_STATE_RUNNING: return "RUNNING";
    case v1::CLIENT_MODULE_STATE_FAILED: return "FAILED";
    case v1::CLIENT_MODULE_STATE_REFUSED: return "REFUSED";
    case v1::CLIENT_MODULE_STATE_QUARANTINED: return "QUARANTINED";
    case v1::CLIENT_MODULE_STATE_ROLLED_BACK: return "ROLLED_BACK";
    default: return "UNKNOWN";
    }
}

// Prints rows as a table with left-aligned columns.
void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    auto print = [&](const QStringList &row) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        std::printf("%s\n", qPrintable(line));
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
}

} // namespace

int modulePublish(const QStringList &arguments)
{
    QCommandLineParser parser;
    Connection connection;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A signed bundle (switchboard-ctl module sign)."));
    if (const int rc = connection.parse(parser, arguments, QStringLiteral("Publishes a signed module bundle to the catalog.")))
        return rc < 0 ? kDone : rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("module publish takes one bundle file"));
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return usageError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (const int rc = connection.signIn())
        return rc;
    v1::PublishModuleRequest request;
    request.set_bundle(bytes.toStdString());
    v1::ModuleVersion published;
    const grpc::Status status = connection.catalog->PublishModule(connection.context(300).get(), request, &published);
    if (!status.ok())
        return refused(QStringLiteral("publish %1").arg(path), status);
    std::printf("published %s %s (%lld bytes, signed by %s)\n", published.module_id().c_str(), published.version().c_str(),
                static_cast<long long>(published.size_bytes()), published.signing_key_id().c_str());
    return kDone;
}

static int addRule(const QStringList &arguments, bool rollback)
{
    QCommandLineParser parser;
    Connection connection;
    TargetOptions targets;
    targets.add(parser);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The module id."));
    if (!rollback)
        parser.addPositionalArgument(QStringLiteral("version"), QStringLiteral("A published version."));
    const QString description = rollback
        ? QStringLiteral("Returns a target to the version it had before its last rollout (or rollback).")
        : QStringLiteral("Rolls a published module version out to a target; the newest rule matching a user wins.");
    if (const int rc = connection.parse(parser, arguments, description))
        return rc < 0 ? kDone : rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (rollback ? 1 : 2))
        return usageError(rollback ? QStringLiteral("module rollback takes a module id and a target")
                                   : QStringLiteral("module rollout takes a module id, a version and a target"));
    v1::RolloutTarget target;
    if (const int rc = targets.read(parser, &target))
        return rc;
    if (const int rc = connection.signIn())
        return rc;
    v1::RolloutRule rule;
    grpc::Status status;
    if (rollback) {
        v1::RollbackRequest request;
        request.set_module_id(positional[0].toStdString());
        *request.mutable_target() = target;
        status = connection.catalog->Rollback(connection.context().get(), request, &rule);
    } else {
        v1::RolloutRequest request;
        request.set_module_id(positional[0].toStdString());
        request.set_version(positional[1].toStdString());
        *request.mutable_target() = target;
        status = connection.catalog->Rollout(connection.context().get(), request, &rule);
    }
    if (!status.ok())
        return refused(QStringLiteral("%1 %2").arg(rollback ? "rollback" : "rollout", positional[0]), status);
    std::printf("%s %s: %s now gets %s (before: %s), rule %s\n", rollback ? "rolled back" : "rolled out",
                rule.module_id().c_str(), qPrintable(describe(rule.target())),
                rule.version().empty() ? "what the older rules give" : rule.version().c_str(),
                rule.previous_version().empty() ? "nothing of its own" : rule.previous_version().c_str(),
                rule.id().c_str());
    return kDone;
}

int moduleRollout(const QStringList &arguments)
{
    return addRule(arguments, false);
}

int moduleRollback(const QStringList &arguments)
{
    return addRule(arguments, true);
}

int moduleStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    Connection connection;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Only this module (optional)."), QStringLiteral("[id]"));
    if (const int rc = connection.parse(parser, arguments, QStringLiteral("Which client runs which module version, as the clients report it.")))
        return rc < 0 ? kDone : rc;
    if (parser.positionalArguments().size() > 1)
        return usageError(QStringLiteral("module status takes at most one module id"));
    if (const int rc = connection.signIn())
        return rc;
    v1::GetModuleStatusRequest request;
    if (!parser.positionalArguments().isEmpty())
        request.set_module_id(parser.positionalArguments().constFirst().toStdString());
    v1::GetModuleStatusResponse response;
    const grpc::Status status = connection.catalog->GetModuleStatus(connection.context().get(), request, &response);
    if (!status.ok())
        return refused(QStringLiteral("module status"), status);
    QList<QStringList> rows;
    for (const auto &client : response.clients())
        for (const auto &m : client.modules())
            rows.append({QString::fromStdString(client.user_id()), QString::fromStdString(client.client_id()),
                         QString::fromStdString(m.module_id()), orDash(m.version()), QString::fromLatin1(stateName(m.state())),
                         orDash(m.message())});
    printTable({"USER", "CLIENT", "MODULE", "VERSION", "STATE", "MESSAGE"}, rows);
    return kDone;
}

int moduleList(const QStringList &arguments)
{
    QCommandLineParser parser;
    Connection connection;
    if (const int rc = connection.parse(parser, arguments, QStringLiteral("Published module versions and rollout rules.")))
        return rc < 0 ? kDone : rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("module list takes no arguments"));
    if (const int rc = connection.signIn())
        return rc;
    v1::ListModulesResponse response;
    const grpc::Status status = connection.catalog->ListModules(connection.context().get(), {}, &response);
    if (!status.ok())
        return refused(QStringLiteral("module list"), status);
    QList<QStringList> versions;
    for (const auto &v : response.versions())
        versions.append({QString::fromStdString(v.module_id()), QString::fromStdString(v.version()), orDash(v.kind()),
                         orDash(v.channel()), orDash(v.signing_key_id()), QString::number(v.size_bytes()),
                         QDateTime::fromSecsSinceEpoch(v.published_at().seconds()).toString(Qt::ISODate),
                         orDash(v.published_by().username())});
    printTable({"MODULE", "VERSION", "KIND", "CHANNEL", "KEY", "BYTES", "PUBLISHED", "BY"}, versions);
    std::printf("\n");
    QList<QStringList> rules;
    for (const auto &r : response.rules())
        rules.append({QString::number(r.version_counter()), QString::fromStdString(r.module_id()), describe(r.target()),
                      r.version().empty() ? QStringLiteral("(withdrawn)") : QString::fromStdString(r.version()),
                      orDash(r.previous_version()), orDash(r.created_by().username())});
    printTable({"RULE", "MODULE", "TARGET", "VERSION", "PREVIOUS", "BY"}, rules);
    return kDone;
}

} // namespace ctl
