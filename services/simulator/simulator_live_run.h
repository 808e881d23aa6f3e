#pragma once
// `switchboard-sim live`: a contact center alive through the real server. Provisions
// bot agents (users with skills, through the admin APIs), signs them and the customers'
// service account in, runs the scenario, drains, and prints what the invariants say.

#include "simulator_invariants.h"
#include "simulator_scenario.h"

#include "session_connection.h"

#include <QObject>

#include <memory>
#include <vector>

namespace simulator {

class BotAgent;
class Customers;
struct BotContext;

struct LiveOptions {
    session::ConnectionOptions connection;
    QString usersFile;            // "username password" lines (DATA_DIR/demo-users.txt)
    QString adminUser = QStringLiteral("admin1");
    QString integrationUser = QStringLiteral("simulator");
    bool json = false;
};

class LiveRun : public QObject {
    Q_OBJECT
public:
    LiveRun(LiveOptions options, Scenario scenario, QObject *parent = nullptr);
    ~LiveRun() override;

    // Provisions and starts; false (with the reason) when it cannot begin.
    bool start(QString *error);
    const Invariants &invariants() const { return m_invariants; }

signals:
    // The run is over; exitCode 0 when every invariant held.
    void finished(int exitCode);

private:
    bool provision(QString *error);
    void participantReady();
    void drainOrFinish();
    void finish();

    LiveOptions m_options;
    Scenario m_scenario;
    Invariants m_invariants;
    std::unique_ptr<BotContext> m_botContext;
    std::vector<BotAgent *> m_bots;
    Customers *m_customers = nullptr;
    struct Credentials {
        QString username, password;
    };
    std::vector<Credentials> m_botCredentials;
    QString m_integrationPassword;
    int m_ready = 0;
    qint64 m_drainDeadlineMs = 0;
    bool m_finished = false;
};

} // namespace simulator
