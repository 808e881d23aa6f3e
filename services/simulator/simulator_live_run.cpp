#include "simulator_live_run.h"

#include "simulator_bot_agent.h"
#include "simulator_customers.h"
#include "simulator_participant.h"

#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/identity.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <random>

namespace simulator {

namespace v1 = switchboard::v1;

namespace {

std::unique_ptr<grpc::ClientContext> contextWith(const std::string &token)
{
    auto context = std::make_unique<grpc::ClientContext>();
    if (!token.empty())
        context->AddMetadata("authorization", "Bearer " + token);
    context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    return context;
}

QString say(const grpc::Status &status)
{
    return QString::fromStdString(status.error_message());
}

} // namespace

LiveRun::LiveRun(LiveOptions options, Scenario scenario, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_scenario(std::move(scenario))
{
}

LiveRun::~LiveRun() = default;

bool LiveRun::start(QString *error)
{
    if (!provision(error))
        return false;

    m_customers = new Customers(m_scenario, m_invariants,
                                std::make_unique<Participant>(m_options.connection, m_options.integrationUser,
                                                              m_integrationPassword),
                                this);
    connect(m_customers, &Customers::failed, this, [this](const QString &message) {
        m_invariants.note("customers: " + message);
        finish();
    });
    connect(m_customers, &Customers::ready, this, &LiveRun::participantReady);

    for (size_t i = 0; i < m_botCredentials.size(); ++i) {
        auto *bot = new BotAgent(*m_botContext,
                                 std::make_unique<Participant>(m_options.connection, m_botCredentials[i].username,
                                                               m_botCredentials[i].password),
                                 m_scenario.seed * 1000003 + i, this);
        connect(bot, &BotAgent::failed, this, [this](const QString &message) { m_invariants.note("bot: " + message); });
        connect(bot, &BotAgent::ready, this, &LiveRun::participantReady);
        m_bots.push_back(bot);
        bot->start();
    }
    // Customers arrive once agents are there to take them.
    if (m_bots.empty())
        m_customers->start();
    return true;
}

void LiveRun::participantReady()
{
    ++m_ready;
    if (m_ready == int(m_bots.size()) && m_bots.size() > 0) {
        std::fprintf(stderr, "switchboard-sim: %d bot agents signed in\n", m_ready);
        m_customers->start();
        return;
    }
    if (m_ready == int(m_bots.size()) + 1) {
        std::fprintf(stderr, "switchboard-sim: customers arriving for %.0f s\n", m_scenario.durationSeconds);
        QTimer::singleShot(int(m_scenario.durationSeconds * 1000), this, [this] {
            m_customers->stopArrivals();
            m_drainDeadlineMs = QDateTime::currentMSecsSinceEpoch() + qint64(m_scenario.drainSeconds * 1000);
            std::fprintf(stderr, "switchboard-sim: arrivals stopped, draining\n");
            drainOrFinish();
        });
    }
}

void LiveRun::drainOrFinish()
{
    if (m_finished)
        return;
    const bool drained = m_invariants.unfinished() == 0 && m_customers->enqueuePending() == 0;
    if (drained || QDateTime::currentMSecsSinceEpoch() >= m_drainDeadlineMs) {
        finish();
        return;
    }
    QTimer::singleShot(500, this, &LiveRun::drainOrFinish);
}

void LiveRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    QJsonObject summary = m_invariants.summary();
    int handled = 0;
    for (const BotAgent *bot : m_bots)
        handled += bot->handled();
    summary["bots"] = int(m_bots.size());
    summary["handled_by_bots"] = handled;
    const QByteArray text = QJsonDocument(summary).toJson(m_options.json ? QJsonDocument::Compact : QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    emit finished(m_invariants.holds() ? 0 : 1);
}

bool LiveRun::provision(QString *error)
{
    // Passwords of the admin and the customers' account.
    QHash<QString, QString> passwords;
    QFile users(m_options.usersFile);
    if (!users.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QString("cannot read the users file %1: %2").arg(m_options.usersFile, users.errorString());
        return false;
    }
    QTextStream in(&users);
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(' ', Qt::SkipEmptyParts);
        if (fields.size() == 2)
            passwords.insert(fields[0], fields[1]);
    }
    const QString adminPassword = passwords.value(m_options.adminUser);
    m_integrationPassword = passwords.value(m_options.integrationUser);
    if (adminPassword.isEmpty() || m_integrationPassword.isEmpty()) {
        *error = QString("the users file names no password for %1 or %2").arg(m_options.adminUser, m_options.integrationUser);
        return false;
    }

    // Provisioning is done once, before the run, with plain blocking calls.
    std::shared_ptr<grpc::ChannelCredentials> credentials;
    if (m_options.connection.insecure) {
        credentials = grpc::InsecureChannelCredentials();
    } else {
        QFile ca(m_options.connection.caFile);
        if (!ca.open(QIODevice::ReadOnly)) {
            *error = "cannot read the CA file " + m_options.connection.caFile;
            return false;
        }
        grpc::SslCredentialsOptions ssl;
        ssl.pem_root_certs = ca.readAll().toStdString();
        credentials = grpc::SslCredentials(ssl);
    }
    auto channel = grpc::CreateChannel(m_options.connection.address.toStdString(), credentials);
    auto identity = v1::IdentityService::NewStub(channel);
    auto directory = v1::DirectoryService::NewStub(channel);

    v1::SignInRequest signIn;
    signIn.set_username(m_options.adminUser.toStdString());
    signIn.set_password(adminPassword.toStdString());
    v1::SignInResponse admin;
    if (grpc::Status s = identity->SignIn(contextWith({}).get(), signIn, &admin); !s.ok()) {
        *error = "admin sign-in failed: " + say(s);
        return false;
    }
    const std::string token = admin.access_token();

    m_botContext = std::make_unique<BotContext>(BotContext{m_scenario, m_invariants, {}, {}, {0, 1, 3, 5, 3}});

    v1::ListQueuesResponse queues;
    if (grpc::Status s = directory->ListQueues(contextWith(token).get(), {}, &queues); !s.ok()) {
        *error = "cannot list queues: " + say(s);
        return false;
    }
    for (const Scenario::Arrivals &arrivals : m_scenario.queues) {
        const auto queue = std::find_if(queues.queues().begin(), queues.queues().end(),
                                        [&](const v1::Queue &q) { return q.id() == arrivals.queueId.toStdString(); });
        if (queue == queues.queues().end()) {
            *error = "the scenario names queue '" + arrivals.queueId + "', which the server does not have";
            return false;
        }
        QueueRules rules;
        for (const auto &r : queue->required_skills())
            rules.required.push_back({QString::fromStdString(r.skill_id()), r.min_proficiency()});
        for (const auto &r : queue->relaxations())
            rules.relaxations.push_back({qint64(r.after_seconds()) * 1000, QString::fromStdString(r.skill_id()),
                                         r.min_proficiency()});
        m_invariants.setQueueRules(arrivals.queueId, rules);

        v1::ListWrapUpCodesRequest codesRequest;
        codesRequest.set_queue_id(queue->id());
        v1::ListWrapUpCodesResponse codes;
        if (grpc::Status s = directory->ListWrapUpCodes(contextWith(token).get(), codesRequest, &codes);
            s.ok() && codes.codes_size() > 0)
            m_botContext->wrapUpCodeByQueue.insert(arrivals.queueId, QString::fromStdString(codes.codes(0).id()));
    }
    v1::ListReasonCodesResponse reasons;
    if (directory->ListReasonCodes(contextWith(token).get(), {}, &reasons).ok()) {
        for (const auto &reason : reasons.codes())
            if (reason.id() == "reason-break" || m_botContext->breakReasonCode.isEmpty())
                m_botContext->breakReasonCode = QString::fromStdString(reason.id());
    }

    std::mt19937_64 random(m_scenario.seed);
    std::random_device entropy;
    for (int i = 1; i <= m_scenario.bots.count; ++i) {
        const QString username = m_scenario.bots.prefix + QString::number(i).rightJustified(2, '0');
        QString password;
        static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int c = 0; c < 20; ++c)
            password += QChar(alphabet[entropy() % (sizeof(alphabet) - 1)]);

        v1::CreateUserRequest create;
        create.set_username(username.toStdString());
        create.set_display_name(("Bot " + username).toStdString());
        create.add_roles(v1::ROLE_AGENT);
        create.set_password(password.toStdString());
        v1::User user;
        grpc::Status s = identity->CreateUser(contextWith(token).get(), create, &user);
        if (s.error_code() == grpc::StatusCode::ALREADY_EXISTS) {
            // A bot of an earlier run: it gets this run's password.
            v1::ListUsersRequest find;
            find.set_filter(username.toStdString());
            v1::ListUsersResponse found;
            s = identity->ListUsers(contextWith(token).get(), find, &found);
            for (const v1::User &candidate : found.users())
                if (candidate.username() == username.toStdString())
                    user = candidate;
            if (s.ok() && !user.id().empty()) {
                v1::SetPasswordRequest reset;
                reset.set_user_id(user.id());
                reset.set_new_password(password.toStdString());
                v1::SetPasswordResponse done;
                s = identity->SetPassword(contextWith(token).get(), reset, &done);
            }
        }
        if (!s.ok() || user.id().empty()) {
            *error = "cannot provision bot " + username + ": " + say(s);
            return false;
        }

        v1::GetAgentProfileRequest get;
        get.set_user_id(user.id());
        v1::AgentProfile profile;
        if (s = directory->GetAgentProfile(contextWith(token).get(), get, &profile); !s.ok()) {
            *error = "cannot read the profile of " + username + ": " + say(s);
            return false;
        }
        QHash<QString, int> skills;
        profile.clear_skills();
        for (const Scenario::SkillGrant &grant : m_scenario.bots.skills) {
            if (std::uniform_real_distribution<double>(0, 1)(random) >= grant.probability)
                continue;
            const int proficiency = std::uniform_int_distribution<int>(grant.minProficiency, grant.maxProficiency)(random);
            auto *skill = profile.add_skills();
            skill->set_skill_id(grant.skillId.toStdString());
            skill->set_proficiency(proficiency);
            skills.insert(grant.skillId, proficiency);
        }
        profile.clear_capacities();   // the defaults, which the bots check against
        v1::UpsertAgentProfileRequest upsert;
        *upsert.mutable_profile() = profile;
        v1::AgentProfile saved;
        if (s = directory->UpsertAgentProfile(contextWith(token).get(), upsert, &saved); !s.ok()) {
            *error = "cannot set the skills of " + username + ": " + say(s);
            return false;
        }
        m_invariants.setAgentSkills(QString::fromStdString(user.id()), skills);
        m_botCredentials.push_back({username, password});
    }
    std::fprintf(stderr, "switchboard-sim: provisioned %d bot agents\n", m_scenario.bots.count);
    return true;
}

} // namespace simulator
