#pragma once
// modules::voice::TargetChooser: the inline list of queues and colleagues a call can be
// transferred or consulted to, with the confirming button. It only chooses; the panel
// acts on the choice.

#include "api_message.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace modules::voice {

class TargetChooser : public QWidget {
    Q_OBJECT
public:
    enum class Purpose { Transfer, Consult };

    explicit TargetChooser(QWidget *parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    void setPurpose(Purpose purpose);

    //! Shows \a targets, queues first, keeping the selection if its target is still there.
    void setTargets(const QList<api::TransferTarget> &targets);
    //! The selected target's id, empty when none.
    QString selectedId() const;
    void selectId(const QString &id);
    //! The selected target, if it can be chosen now.
    std::optional<api::TransferTarget> selectedTarget() const;

Q_SIGNALS:
    void chosen(const modules::api::TransferTarget &target);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void updateConfirm();
    void confirm();

    Purpose m_purpose = Purpose::Transfer;
    QList<api::TransferTarget> m_targets;
    QLabel *m_title;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

} // namespace modules::voice
