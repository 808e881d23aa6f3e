#pragma once
// The customers of a live simulation: Poisson arrivals per queue and channel, enqueued
// through the real routing service with the simulator's service account (integration
// role); scripted chat and SMS lines once an agent answers; patience that ends in an
// abandon. Every ending the server reports goes to the invariants.

#include <QHash>
#include <QSet>
#include <QObject>
#include <QString>

#include <memory>
#include <random>

namespace switchboard::v1 { class Event; }

namespace simulator {

class Invariants;
class Participant;
struct Scenario;

class Customers : public QObject {
    Q_OBJECT
public:
    Customers(const Scenario &scenario, Invariants &invariants, std::unique_ptr<Participant> participant,
              QObject *parent = nullptr);
    ~Customers() override;

    void start();                 // signs in, then arrivals begin
    void stopArrivals();
    int enqueuePending() const { return m_enqueuePending; }

signals:
    void ready();
    void failed(const QString &message);

private:
    struct Waiting {
        int state = 0;            // switchboard.v1.InteractionState
        int channel = 0;
        bool spoke = false;
    };

    void scheduleArrival(int queueIndex, int channel);
    void arrive(int queueIndex, int channel);
    void onEvent(const switchboard::v1::Event &event);
    void resync();

    const Scenario &m_scenario;
    Invariants &m_invariants;
    std::unique_ptr<Participant> m_participant;
    struct Stubs;
    std::unique_ptr<Stubs> m_stubs;
    QHash<QString, Waiting> m_open;
    QSet<QString> m_ended;
    std::mt19937_64 m_random;
    bool m_arriving = false;
    int m_next = 0;
    int m_enqueuePending = 0;
    QString m_runId;
};

} // namespace simulator
