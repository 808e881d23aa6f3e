#pragma once
// widgets::CustomerContext: the screen pop beside an interaction: who the customer is
// (name, address, how they reached us and how long they waited) and their past
// interactions (when, channel, queue, outcome, summary), newest first.

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace widgets {

class CustomerContext : public QWidget {
    Q_OBJECT
public:
    struct Visit {
        QDateTime startedAt;    // UTC
        QString channel;        // "chat", "sms", "email", "voice"
        QString channelLabel;   // translated
        QString queue;
        QString outcome;        // the wrap-up code's label, or empty
        QString summary;
    };

    explicit CustomerContext(QWidget *parent = nullptr);

    void setCustomer(const QString &name, const QString &address, const QString &channel,
                     const QString &channelLabel, const QString &queue, const QString &subject);
    void clear();
    // Past interactions; `loaded` false shows "Loading…" instead of "No earlier contact".
    void setHistory(const QList<Visit> &visits, bool loaded);

    QListWidget *historyList() const { return m_history; }
    QString customerName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyText();

    QLabel *m_heading;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_historyLabel;
    QListWidget *m_history;
    QLabel *m_empty;
    bool m_loaded = false;
    QList<Visit> m_visits;
};

} // namespace widgets
