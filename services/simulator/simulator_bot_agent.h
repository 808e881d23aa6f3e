#pragma once
// A bot agent of a live simulation: signs in like a desktop client, goes available,
// accepts offers after a delay, handles each for an exponential time, wraps up with one
// of the queue's codes, and sometimes takes a break. It reports what it is offered and
// holds to the invariants.

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <random>

namespace switchboard::v1 { class Event; }

namespace simulator {

class Invariants;
class Participant;
struct Scenario;

// What the whole run shares with its bots.
struct BotContext {
    const Scenario &scenario;
    Invariants &invariants;
    QHash<QString, QString> wrapUpCodeByQueue;   // a valid code per queue
    QString breakReasonCode;
    std::array<int, 5> capacity{0, 1, 3, 5, 3};  // by channel value (defaults)
};

class BotAgent : public QObject {
    Q_OBJECT
public:
    BotAgent(BotContext &context, std::unique_ptr<Participant> participant, quint64 seed, QObject *parent = nullptr);
    ~BotAgent() override;

    void start();
    QString username() const;
    int handled() const { return m_handled; }

signals:
    void ready();
    void failed(const QString &message);

private:
    enum class Phase { Offered, Accepting, Active, Ending, WrapUp, Completing };
    struct Held {
        int channel = 0;
        QString queueId;
        Phase phase = Phase::Offered;
    };

    void onEvent(const switchboard::v1::Event &event);
    void resync();
    void goAvailable();
    void accept(const QString &id);
    void finish(const QString &id);
    void completeWrapUp(const QString &id);
    void maybeTakeBreak();
    void checkCapacity();
    int randomBetween(int low, int high);

    BotContext &m_context;
    std::unique_ptr<Participant> m_participant;
    struct Stubs;
    std::unique_ptr<Stubs> m_stubs;
    QHash<QString, Held> m_held;
    std::mt19937_64 m_random;
    bool m_onBreak = false;
    int m_handled = 0;
};

} // namespace simulator
