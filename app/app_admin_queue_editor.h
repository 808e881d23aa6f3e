#pragma once
// app::AdminQueueEditor: every routing parameter of one queue (directory.proto's Queue):
// name, channels, required skills with their minimum proficiency, relaxations, priority,
// offer timeout, wrap-up time, service level (threshold, target, formula, short abandon),
// strategy, missed offers, business hours per weekday with the time zone, holidays and
// the closed message, and the queue's wrap-up codes.
//
// What is wrong is said next to the field as it is typed, and Save refuses to send a
// queue with a problem. A field the server refuses ("offer_timeout_seconds: ...") is
// shown next to that field too. A stale version (someone else saved the queue since it
// was opened) shows a banner with Reload; so does a change announced by the directory
// while this editor holds unsaved edits (without edits, the editor just follows it).

#include "session_directory_admin.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace app {

class AdminQueueEditor : public QWidget {
    Q_OBJECT
public:
    explicit AdminQueueEditor(session::DirectoryAdmin &directory, QWidget *parent = nullptr);

    // Shows a stored queue (its id and version kept for the save), or a new one.
    void edit(const session::AdminQueue &queue);
    void newQueue();
    QString queueId() const { return m_original.id; }
    qint64 version() const { return m_original.version; }
    bool isDirty() const;

    // The queue as the fields say now.
    session::AdminQueue draft() const;
    // What is wrong with draft(): field -> sentence. Fields: name, channels,
    // required_skills, relaxations, priority, offer_timeout_seconds, wrap_up_seconds,
    // service_level_threshold_seconds, service_level_target, short_abandon_seconds,
    // max_missed_offers, hours (time zone), hours.weekly.<1..7>, holidays.
    QHash<QString, QString> validate() const;
    // The label next to a field (a server field like "hours.weekly[2].close_minute" is
    // mapped to the closest one); never nullptr.
    QLabel *errorFor(const QString &field) const;

    // Scrolls the form to a field (its top near the top of the view).
    void scrollTo(QWidget *field);

    // Validates, then saves (create or update at the version); saved() or an error.
    void save();

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *channelBox(session::Channel channel) const { return m_channels.value(channel); }
    QSpinBox *offerTimeout() const { return m_offerTimeout; }
    QSpinBox *priority() const { return m_priority; }
    QSpinBox *wrapUp() const { return m_wrapUp; }
    QTableWidget *requiredSkills() const { return m_skills; }
    QCheckBox *dayOpen(int dayOfWeek) const { return m_days.value(dayOfWeek).open; }
    QTimeEdit *dayOpens(int dayOfWeek) const { return m_days.value(dayOfWeek).from; }
    QTimeEdit *dayCloses(int dayOfWeek) const { return m_days.value(dayOfWeek).to; }
    QComboBox *timeZone() const { return m_timeZone; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *saveStatus() const { return m_saveStatus; }
    QFrame *conflictBanner() const { return m_conflict; }
    QPushButton *reloadButton() const { return m_reload; }

signals:
    void saved(const QString &queueId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Day {
        QCheckBox *open = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
        QLabel *error = nullptr;
    };
    void build();
    void retranslate();
    void showProblems();
    void fillSkillCombos();
    void addRequirement(const QString &skillId, int minimum);
    void addRelaxation(int afterSeconds, const QString &skillId, int minimum);
    void addHoliday(const QString &date, const QString &name);
    void followDirectory();
    void reload();
    void showConflict(const QString &message);
    void changed();

    session::DirectoryAdmin &m_directory;
    session::AdminQueue m_original;
    bool m_filling = false;
    bool m_saving = false;
    bool m_serverProblems = false;    // labels show the server's words until the next edit

    QLabel *m_title;
    QFrame *m_conflict;
    QLabel *m_conflictText;
    QPushButton *m_reload;
    QGridLayout *m_grid;
    QScrollArea *m_scroll = nullptr;
    QHash<QString, QLabel *> m_labels;      // field -> its caption
    QHash<QString, QLabel *> m_errors;      // field -> its error label
    QLineEdit *m_name;
    QHash<session::Channel, QCheckBox *> m_channels;
    QTableWidget *m_skills;
    QPushButton *m_addSkill, *m_removeSkill;
    QTableWidget *m_relaxations;
    QPushButton *m_addRelaxation, *m_removeRelaxation;
    QSpinBox *m_priority, *m_offerTimeout, *m_wrapUp, *m_slThreshold, *m_shortAbandon, *m_maxMissed;
    QSpinBox *m_slTarget;
    QComboBox *m_strategy, *m_variant;
    QComboBox *m_timeZone;
    QHash<int, Day> m_days;
    QTableWidget *m_holidays;
    QPushButton *m_addHoliday, *m_removeHoliday;
    QLineEdit *m_closedMessage;
    QListWidget *m_wrapUpCodes;
    QPushButton *m_save, *m_revert;
    QLabel *m_saveStatus;
};

} // namespace app
