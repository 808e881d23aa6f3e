#pragma once
// widgets::TransferDialog: hands an interaction to a queue or a colleague. Lists the
// targets (queues first, then agents with their state; an agent who cannot take it
// now is shown but cannot be chosen), filters as the agent types, and says next to the
// Transfer button why a transfer failed.

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace widgets {

class TransferDialog : public QDialog {
    Q_OBJECT
public:
    struct Target {
        bool isQueue = true;
        QString id;
        QString name;
        QString detail;
        bool available = true;
    };

    explicit TransferDialog(QWidget *parent = nullptr);

    void setInteraction(const QString &interactionId, const QString &description);
    QString interactionId() const { return m_interactionId; }
    // loaded false: still asking the server ("Loading…").
    void setTargets(const QList<Target> &targets, bool loaded = true);
    void setError(const QString &error);
    void setBusy(bool busy);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *targetList() const { return m_list; }
    QPushButton *transferButton() const { return m_transfer; }
    // Selects the first target whose name is `name`; false if none.
    bool selectTarget(const QString &name);

signals:
    void transferRequested(const QString &interactionId, bool toQueue, const QString &targetId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refill();
    void updateButton();
    void submit();

    QString m_interactionId;
    QString m_description;
    QList<Target> m_targets;
    bool m_loaded = false;
    QLabel *m_title;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_error;
    QPushButton *m_transfer;
    QPushButton *m_cancel;
};

} // namespace widgets
