#include "app_admin_queue_editor.h"

#include "app_admin_workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace app {

using session::Channel;

namespace {

constexpr Channel kChannels[] = {Channel::Voice, Channel::Chat, Channel::Email, Channel::Sms};
constexpr int kNoLimit = 100000;    // spin boxes take anything: the checks say what is wrong

QSpinBox *wideSpin(QWidget *parent, const QString &suffix = {})
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, kNoLimit);
    spin->setSuffix(suffix);
    spin->setMinimumWidth(90);
    return spin;
}

int minuteOf(const QTime &time) { return time.hour() * 60 + time.minute(); }
// 00:00 as a closing time is midnight at the end of the day.
int closeMinuteOf(const QTime &time) { return time == QTime(0, 0) ? 24 * 60 : minuteOf(time); }
QTime timeOf(int minute) { return minute >= 24 * 60 ? QTime(0, 0) : QTime(minute / 60, minute % 60); }

// The form lists channels, wrap-up codes (the directory's order) and weekdays in an order of
// its own: the stored queue's order of those says nothing.
QStringList sortedCodes(QStringList ids)
{
    ids.sort();
    return ids;
}
QList<session::WeeklyHours> sortedWeek(QList<session::WeeklyHours> week)
{
    std::sort(week.begin(), week.end(), [](const auto &x, const auto &y) {
        return std::tie(x.dayOfWeek, x.openMinute) < std::tie(y.dayOfWeek, y.openMinute);
    });
    return week;
}

QList<Channel> sortedChannels(QList<Channel> channels)
{
    std::sort(channels.begin(), channels.end());
    return channels;
}

bool sameQueue(const session::AdminQueue &a, const session::AdminQueue &b)
{
    return a.name == b.name && sortedChannels(a.channels) == sortedChannels(b.channels) && a.requiredSkills == b.requiredSkills
        && a.relaxations == b.relaxations && a.priority == b.priority && a.offerTimeoutSeconds == b.offerTimeoutSeconds
        && a.wrapUpSeconds == b.wrapUpSeconds && a.serviceLevelThresholdSeconds == b.serviceLevelThresholdSeconds
        && a.shortAbandonSeconds == b.shortAbandonSeconds && qRound(a.serviceLevelTarget * 100) == qRound(b.serviceLevelTarget * 100)
        && a.maxMissedOffers == b.maxMissedOffers && a.strategy == b.strategy
        && a.serviceLevelVariant == b.serviceLevelVariant && a.timeZone == b.timeZone
        && sortedWeek(a.weekly) == sortedWeek(b.weekly) && a.holidays == b.holidays && a.closedMessage == b.closedMessage
        && sortedCodes(a.wrapUpCodeIds) == sortedCodes(b.wrapUpCodeIds);
}

} // namespace

AdminQueueEditor::AdminQueueEditor(session::DirectoryAdmin &directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    setObjectName(QStringLiteral("queueEditor"));
    build();
    retranslate();
    connect(&directory, &session::DirectoryAdmin::skillsChanged, this, &AdminQueueEditor::fillSkillCombos);
    connect(&directory, &session::DirectoryAdmin::queuesChanged, this, &AdminQueueEditor::followDirectory);
    connect(&directory, &session::DirectoryAdmin::codesChanged, this, [this] {
        const bool dirty = isDirty();
        const QStringList checked = draft().wrapUpCodeIds;
        m_filling = true;
        m_wrapUpCodes->clear();
        for (const auto &code : m_directory.wrapUpCodes()) {
            auto *item = new QListWidgetItem(code.label, m_wrapUpCodes);
            item->setData(Qt::UserRole, code.id);
            item->setCheckState((dirty ? checked : m_original.wrapUpCodeIds).contains(code.id) ? Qt::Checked : Qt::Unchecked);
        }
        m_filling = false;
    });
    newQueue();
}

void AdminQueueEditor::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);

    m_conflict = new QFrame(this);
    m_conflict->setObjectName(QStringLiteral("conflictBanner"));
    m_conflict->setFrameShape(QFrame::StyledPanel);
    m_conflict->setAutoFillBackground(true);
    {
        QPalette p = m_conflict->palette();
        const bool dark = p.color(QPalette::Window).lightness() < 128;
        p.setColor(QPalette::Window, dark ? QColor(0x5d, 0x4a, 0x00) : QColor(0xff, 0xf3, 0xc4));
        p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xf3, 0xc4) : QColor(0x3e, 0x2f, 0x00));
        m_conflict->setPalette(p);
    }
    auto *conflictLayout = new QHBoxLayout(m_conflict);
    m_conflictText = new QLabel(m_conflict);
    m_conflictText->setObjectName(QStringLiteral("conflictText"));
    m_conflictText->setWordWrap(true);
    m_reload = new QPushButton(m_conflict);
    m_reload->setObjectName(QStringLiteral("reloadQueue"));
    conflictLayout->addWidget(m_conflictText, 1);
    conflictLayout->addWidget(m_reload);
    m_conflict->hide();
    outer->addWidget(m_conflict);
    connect(m_reload, &QPushButton::clicked, this, &AdminQueueEditor::reload);

    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(scroll);
    m_grid = new QGridLayout(form);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 1);
    m_grid->setColumnMinimumWidth(2, 170);
    scroll->setWidget(form);
    outer->addWidget(scroll, 1);

    int row = 0;
    auto addRow = [&](const QString &field, QWidget *widget, bool errorBelow = false) {
        auto *caption = new QLabel(form);
        caption->setBuddy(widget);
        m_labels.insert(field, caption);
        QLabel *error = AdminWorkspace::makeErrorLabel(QString(field).replace(QLatin1Char('.'), QLatin1Char('_')) + QStringLiteral("Error"), form);
        m_errors.insert(field, error);
        m_grid->addWidget(caption, row, 0, Qt::AlignTop);
        if (errorBelow) {
            m_grid->addWidget(widget, row, 1, 1, 2);
            ++row;
            m_grid->addWidget(error, row, 1, 1, 2);
        } else {
            m_grid->addWidget(widget, row, 1, Qt::AlignTop);
            m_grid->addWidget(error, row, 2, Qt::AlignTop);
        }
        ++row;
    };

    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("queueName"));
    addRow(QStringLiteral("name"), m_name);

    auto *channels = new QWidget(form);
    auto *channelLayout = new QHBoxLayout(channels);
    channelLayout->setContentsMargins(0, 0, 0, 0);
    for (Channel c : kChannels) {
        auto *box = new QCheckBox(channels);
        box->setObjectName(QStringLiteral("channel%1").arg(int(c)));
        channelLayout->addWidget(box);
        m_channels.insert(c, box);
        connect(box, &QCheckBox::toggled, this, &AdminQueueEditor::changed);
    }
    channelLayout->addStretch();
    addRow(QStringLiteral("channels"), channels);

    auto makeTable = [&](const QString &name, int columns) {
        auto *table = new QTableWidget(0, columns, form);
        table->setObjectName(name);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setMinimumHeight(70);
        table->setMaximumHeight(96);
        return table;
    };
    auto withButtons = [&](QTableWidget *table, QPushButton *&add, QPushButton *&remove) {
        auto *box = new QWidget(form);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(table);
        auto *buttons = new QHBoxLayout;
        add = new QPushButton(box);
        remove = new QPushButton(box);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        layout->addLayout(buttons);
        return box;
    };
    m_priority = wideSpin(form);
    m_priority->setObjectName(QStringLiteral("priority"));
    addRow(QStringLiteral("priority"), m_priority);
    m_strategy = new QComboBox(form);
    m_strategy->setObjectName(QStringLiteral("strategy"));
    addRow(QStringLiteral("strategy"), m_strategy);
    m_offerTimeout = wideSpin(form);
    m_offerTimeout->setObjectName(QStringLiteral("offerTimeout"));
    addRow(QStringLiteral("offer_timeout_seconds"), m_offerTimeout);
    m_maxMissed = wideSpin(form);
    m_maxMissed->setObjectName(QStringLiteral("maxMissedOffers"));
    addRow(QStringLiteral("max_missed_offers"), m_maxMissed);
    m_wrapUp = wideSpin(form);
    m_wrapUp->setObjectName(QStringLiteral("wrapUpSeconds"));
    addRow(QStringLiteral("wrap_up_seconds"), m_wrapUp);
    m_skills = makeTable(QStringLiteral("requiredSkills"), 2);
    addRow(QStringLiteral("required_skills"), withButtons(m_skills, m_addSkill, m_removeSkill));
    m_addSkill->setObjectName(QStringLiteral("addRequiredSkill"));
    m_removeSkill->setObjectName(QStringLiteral("removeRequiredSkill"));
    connect(m_addSkill, &QPushButton::clicked, this, [this] {
        addRequirement(m_directory.skills().isEmpty() ? QString() : m_directory.skills().first().id, 1);
        changed();
    });
    connect(m_removeSkill, &QPushButton::clicked, this, [this] {
        if (m_skills->currentRow() >= 0)
            m_skills->removeRow(m_skills->currentRow());
        changed();
    });
    m_relaxations = makeTable(QStringLiteral("relaxations"), 3);
    addRow(QStringLiteral("relaxations"), withButtons(m_relaxations, m_addRelaxation, m_removeRelaxation));
    connect(m_addRelaxation, &QPushButton::clicked, this, [this] {
        const auto skills = draft().requiredSkills;
        addRelaxation(60, skills.isEmpty() ? QString() : skills.first().skillId, 0);
        changed();
    });
    connect(m_removeRelaxation, &QPushButton::clicked, this, [this] {
        if (m_relaxations->currentRow() >= 0)
            m_relaxations->removeRow(m_relaxations->currentRow());
        changed();
    });

    m_slThreshold = wideSpin(form);
    m_slThreshold->setObjectName(QStringLiteral("serviceLevelThreshold"));
    addRow(QStringLiteral("service_level_threshold_seconds"), m_slThreshold);
    m_slTarget = wideSpin(form, QStringLiteral(" %"));
    m_slTarget->setObjectName(QStringLiteral("serviceLevelTarget"));
    addRow(QStringLiteral("service_level_target"), m_slTarget);
    m_variant = new QComboBox(form);
    m_variant->setObjectName(QStringLiteral("serviceLevelVariant"));
    addRow(QStringLiteral("service_level_variant"), m_variant);
    m_shortAbandon = wideSpin(form);
    m_shortAbandon->setObjectName(QStringLiteral("shortAbandon"));
    addRow(QStringLiteral("short_abandon_seconds"), m_shortAbandon);
    for (QSpinBox *spin : {m_priority, m_offerTimeout, m_maxMissed, m_wrapUp, m_slThreshold, m_slTarget, m_shortAbandon})
        connect(spin, &QSpinBox::valueChanged, this, &AdminQueueEditor::changed);
    for (QComboBox *combo : {m_strategy, m_variant})
        connect(combo, &QComboBox::currentIndexChanged, this, &AdminQueueEditor::changed);

    m_timeZone = new QComboBox(form);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &AdminQueueEditor::changed);
    addRow(QStringLiteral("hours"), m_timeZone);

    auto *week = new QWidget(form);
    auto *weekGrid = new QGridLayout(week);
    weekGrid->setContentsMargins(0, 0, 0, 0);
    weekGrid->setColumnStretch(4, 1);
    for (int day = 1; day <= 7; ++day) {
        Day d;
        d.open = new QCheckBox(week);
        d.open->setObjectName(QStringLiteral("dayOpen%1").arg(day));
        d.from = new QTimeEdit(week);
        d.from->setObjectName(QStringLiteral("dayOpens%1").arg(day));
        d.from->setDisplayFormat(QStringLiteral("HH:mm"));
        d.to = new QTimeEdit(week);
        d.to->setObjectName(QStringLiteral("dayCloses%1").arg(day));
        d.to->setDisplayFormat(QStringLiteral("HH:mm"));
        d.error = AdminWorkspace::makeErrorLabel(QStringLiteral("hours_weekly_%1Error").arg(day), week);
        weekGrid->addWidget(d.open, day, 0);
        weekGrid->addWidget(d.from, day, 1);
        weekGrid->addWidget(new QLabel(QStringLiteral("–"), week), day, 2);
        weekGrid->addWidget(d.to, day, 3);
        weekGrid->addWidget(d.error, day, 4);
        m_errors.insert(QStringLiteral("hours.weekly.%1").arg(day), d.error);
        connect(d.open, &QCheckBox::toggled, this, [this, d](bool open) {
            d.from->setEnabled(open);
            d.to->setEnabled(open);
            changed();
        });
        connect(d.from, &QTimeEdit::timeChanged, this, &AdminQueueEditor::changed);
        connect(d.to, &QTimeEdit::timeChanged, this, &AdminQueueEditor::changed);
        m_days.insert(day, d);
    }
    addRow(QStringLiteral("hours.weekly"), week, true);

    m_holidays = makeTable(QStringLiteral("holidays"), 2);
    addRow(QStringLiteral("holidays"), withButtons(m_holidays, m_addHoliday, m_removeHoliday));
    connect(m_holidays, &QTableWidget::itemChanged, this, &AdminQueueEditor::changed);
    connect(m_addHoliday, &QPushButton::clicked, this, [this] {
        addHoliday(QDate::currentDate().toString(Qt::ISODate), QString());
        changed();
    });
    connect(m_removeHoliday, &QPushButton::clicked, this, [this] {
        if (m_holidays->currentRow() >= 0)
            m_holidays->removeRow(m_holidays->currentRow());
        changed();
    });
    m_closedMessage = new QLineEdit(form);
    m_closedMessage->setObjectName(QStringLiteral("closedMessage"));
    connect(m_closedMessage, &QLineEdit::textChanged, this, &AdminQueueEditor::changed);
    addRow(QStringLiteral("hours.closed_message"), m_closedMessage);

    m_wrapUpCodes = new QListWidget(form);
    m_wrapUpCodes->setObjectName(QStringLiteral("wrapUpCodes"));
    m_wrapUpCodes->setMaximumHeight(110);
    connect(m_wrapUpCodes, &QListWidget::itemChanged, this, &AdminQueueEditor::changed);
    addRow(QStringLiteral("wrap_up_code_ids"), m_wrapUpCodes);
    m_grid->setRowStretch(row, 1);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveQueue"));
    m_save->setDefault(true);
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertQueue"));
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setWordWrap(true);
    buttons->addWidget(m_saveStatus, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &AdminQueueEditor::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { edit(m_original); });
    connect(m_name, &QLineEdit::textChanged, this, &AdminQueueEditor::changed);
}

void AdminQueueEditor::retranslate()
{
    m_title->setText(m_original.version == 0 ? tr("New queue")
                                             : tr("Queue %1 (version %2)").arg(m_original.name).arg(m_original.version));
    const QHash<QString, QString> captions = {
        {QStringLiteral("name"), tr("&Name")},
        {QStringLiteral("channels"), tr("Channels")},
        {QStringLiteral("required_skills"), tr("Required skills")},
        {QStringLiteral("relaxations"), tr("Relaxations")},
        {QStringLiteral("priority"), tr("&Priority")},
        {QStringLiteral("strategy"), tr("Strate&gy")},
        {QStringLiteral("offer_timeout_seconds"), tr("&Offer timeout")},
        {QStringLiteral("max_missed_offers"), tr("&Missed offers")},
        {QStringLiteral("wrap_up_seconds"), tr("Wrap-&up time")},
        {QStringLiteral("service_level_threshold_seconds"), tr("Service level &threshold")},
        {QStringLiteral("service_level_target"), tr("Service level ta&rget")},
        {QStringLiteral("service_level_variant"), tr("Service level &formula")},
        {QStringLiteral("short_abandon_seconds"), tr("Short a&bandon")},
        {QStringLiteral("hours"), tr("T&ime zone")},
        {QStringLiteral("hours.weekly"), tr("Opening hours")},
        {QStringLiteral("holidays"), tr("Holidays")},
        {QStringLiteral("hours.closed_message"), tr("Closed m&essage")},
        {QStringLiteral("wrap_up_code_ids"), tr("Wrap-up codes")},
    };
    for (auto it = captions.begin(); it != captions.end(); ++it)
        if (QLabel *label = m_labels.value(it.key()))
            label->setText(it.value());
    m_channels[Channel::Voice]->setText(tr("Voice"));
    m_channels[Channel::Chat]->setText(tr("Chat"));
    m_channels[Channel::Email]->setText(tr("E-mail"));
    m_channels[Channel::Sms]->setText(tr("SMS"));
    m_skills->setHorizontalHeaderLabels({tr("Skill"), tr("Minimum (1–10)")});
    m_relaxations->setHorizontalHeaderLabels({tr("After (s)"), tr("Skill"), tr("New minimum (0 drops it)")});
    m_holidays->setHorizontalHeaderLabels({tr("Date (YYYY-MM-DD)"), tr("Name")});
    m_addSkill->setText(tr("Add skill"));
    m_removeSkill->setText(tr("Remove"));
    m_addRelaxation->setText(tr("Add relaxation"));
    m_removeRelaxation->setText(tr("Remove"));
    m_addHoliday->setText(tr("Add holiday"));
    m_removeHoliday->setText(tr("Remove"));
    for (QSpinBox *spin : {m_offerTimeout, m_wrapUp, m_slThreshold, m_shortAbandon})
        spin->setSuffix(tr(" s"));
    m_offerTimeout->setToolTip(tr("How long an agent has to accept an offer: 5 to 3600 seconds."));
    m_priority->setToolTip(tr("0 to 100; interactions of a higher-priority queue are offered first."));
    m_maxMissed->setToolTip(tr("Offers an agent may miss in a row before routing sets them Not Ready: 1 to 10."));
    m_timeZone->setToolTip(tr("The time zone the opening hours are in (IANA name, e.g. Europe/Berlin). "
                              "Empty: the queue is always open."));
    m_closedMessage->setToolTip(tr("What customers are told while the queue is closed."));
    const QSignalBlocker strategyBlock(m_strategy), variantBlock(m_variant);
    const int strategy = m_strategy->currentIndex(), variant = m_variant->currentIndex();
    m_strategy->clear();
    m_strategy->addItem(tr("Longest idle agent"), int(session::RoutingStrategy::LongestIdle));
    m_strategy->addItem(tr("Most skilled agent"), int(session::RoutingStrategy::MostSkilled));
    m_strategy->addItem(tr("Round robin"), int(session::RoutingStrategy::RoundRobin));
    m_strategy->addItem(tr("Fewest active interactions"), int(session::RoutingStrategy::FewestActive));
    m_strategy->setCurrentIndex(qMax(0, strategy));
    m_variant->clear();
    // The formulas the stats service computes (docs/stats.md), named as the wallboard
    // tiles name them.
    m_variant->addItem(tr("Answered within threshold ÷ (answered + abandoned − short abandons)"),
                       int(session::ServiceLevelVariant::ExcludingShortAbandons));
    m_variant->addItem(tr("Answered within threshold ÷ answered"), int(session::ServiceLevelVariant::AnsweredOfAnswered));
    m_variant->addItem(tr("(Answered + abandoned within threshold) ÷ (answered + abandoned)"),
                       int(session::ServiceLevelVariant::WithAbandons));
    m_variant->addItem(tr("Removed from queue within threshold ÷ offered"), int(session::ServiceLevelVariant::RemovedWithin));
    m_variant->setCurrentIndex(qMax(0, variant));
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        const QString name = locale.dayName(day, QLocale::LongFormat);
        m_days[day].open->setText(name);
        m_days[day].from->setAccessibleName(tr("%1 opens at").arg(name));
        m_days[day].to->setAccessibleName(tr("%1 closes at (00:00: midnight)").arg(name));
    }
    m_scroll->setAccessibleName(tr("Queue settings"));
    m_skills->setAccessibleName(tr("Required skills"));
    m_relaxations->setAccessibleName(tr("Relaxations"));
    m_holidays->setAccessibleName(tr("Holidays"));
    m_reload->setText(tr("Re&load"));
    m_save->setText(m_original.version == 0 ? tr("Create queue") : tr("Save"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the queue (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setText(tr("Revert"));
    m_revert->setToolTip(tr("Back to the stored version"));
    showProblems();
}

void AdminQueueEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminQueueEditor::fillSkillCombos()
{
    auto refill = [this](QComboBox *combo) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto &skill : m_directory.skills())
            combo->addItem(skill.name, skill.id);
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            combo->addItem(current, current);   // a skill the list does not know (yet)
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    for (int row = 0; row < m_skills->rowCount(); ++row)
        refill(qobject_cast<QComboBox *>(m_skills->cellWidget(row, 0)));
    for (int row = 0; row < m_relaxations->rowCount(); ++row)
        refill(qobject_cast<QComboBox *>(m_relaxations->cellWidget(row, 1)));
}

void AdminQueueEditor::addRequirement(const QString &skillId, int minimum)
{
    const int row = m_skills->rowCount();
    m_skills->insertRow(row);
    auto *combo = new QComboBox(m_skills);
    combo->setObjectName(QStringLiteral("requiredSkill%1").arg(row));
    for (const auto &skill : m_directory.skills())
        combo->addItem(skill.name, skill.id);
    int index = combo->findData(skillId);
    if (index < 0 && !skillId.isEmpty()) {
        combo->addItem(skillId, skillId);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    auto *spin = new QSpinBox(m_skills);
    spin->setObjectName(QStringLiteral("requiredMinimum%1").arg(row));
    spin->setRange(0, 99);
    spin->setValue(minimum);
    combo->setAccessibleName(tr("Required skill in row %1").arg(row + 1));
    spin->setAccessibleName(tr("Minimum proficiency in row %1").arg(row + 1));
    m_skills->setCellWidget(row, 0, combo);
    m_skills->setCellWidget(row, 1, spin);
    connect(combo, &QComboBox::currentIndexChanged, this, &AdminQueueEditor::changed);
    connect(spin, &QSpinBox::valueChanged, this, &AdminQueueEditor::changed);
}

void AdminQueueEditor::addRelaxation(int afterSeconds, const QString &skillId, int minimum)
{
    const int row = m_relaxations->rowCount();
    m_relaxations->insertRow(row);
    auto *after = new QSpinBox(m_relaxations);
    after->setRange(0, kNoLimit);
    after->setValue(afterSeconds);
    auto *combo = new QComboBox(m_relaxations);
    for (const auto &skill : m_directory.skills())
        combo->addItem(skill.name, skill.id);
    combo->setCurrentIndex(combo->findData(skillId));
    auto *spin = new QSpinBox(m_relaxations);
    spin->setRange(0, 99);
    spin->setValue(minimum);
    after->setAccessibleName(tr("Relax after, in seconds, row %1").arg(row + 1));
    combo->setAccessibleName(tr("Relaxed skill in row %1").arg(row + 1));
    spin->setAccessibleName(tr("New minimum in row %1").arg(row + 1));
    m_relaxations->setCellWidget(row, 0, after);
    m_relaxations->setCellWidget(row, 1, combo);
    m_relaxations->setCellWidget(row, 2, spin);
    connect(after, &QSpinBox::valueChanged, this, &AdminQueueEditor::changed);
    connect(combo, &QComboBox::currentIndexChanged, this, &AdminQueueEditor::changed);
    connect(spin, &QSpinBox::valueChanged, this, &AdminQueueEditor::changed);
}

void AdminQueueEditor::addHoliday(const QString &date, const QString &name)
{
    const QSignalBlocker block(m_holidays);
    const int row = m_holidays->rowCount();
    m_holidays->insertRow(row);
    m_holidays->setItem(row, 0, new QTableWidgetItem(date));
    m_holidays->setItem(row, 1, new QTableWidgetItem(name));
}

void AdminQueueEditor::newQueue()
{
    session::AdminQueue queue;
    queue.channels = {Channel::Chat};
    edit(queue);
}

void AdminQueueEditor::edit(const session::AdminQueue &queue)
{
    m_filling = true;
    m_original = queue;
    m_name->setText(queue.name);
    for (Channel c : kChannels)
        m_channels[c]->setChecked(queue.channels.contains(c));
    m_skills->setRowCount(0);
    for (const auto &r : queue.requiredSkills)
        addRequirement(r.skillId, r.minProficiency);
    m_relaxations->setRowCount(0);
    for (const auto &r : queue.relaxations)
        addRelaxation(r.afterSeconds, r.skillId, r.minProficiency);
    m_priority->setValue(queue.priority);
    m_offerTimeout->setValue(queue.offerTimeoutSeconds);
    m_maxMissed->setValue(queue.maxMissedOffers);
    m_wrapUp->setValue(queue.wrapUpSeconds);
    m_slThreshold->setValue(queue.serviceLevelThresholdSeconds);
    m_slTarget->setValue(qRound(queue.serviceLevelTarget * 100));
    m_shortAbandon->setValue(queue.shortAbandonSeconds);
    m_strategy->setCurrentIndex(qMax(0, m_strategy->findData(int(queue.strategy))));
    m_variant->setCurrentIndex(qMax(0, m_variant->findData(int(queue.serviceLevelVariant))));
    m_timeZone->setCurrentText(queue.timeZone);
    for (int day = 1; day <= 7; ++day) {
        const Day &d = m_days[day];
        const auto it = std::find_if(queue.weekly.begin(), queue.weekly.end(),
                                     [day](const session::WeeklyHours &h) { return h.dayOfWeek == day; });
        d.open->setChecked(it != queue.weekly.end());
        d.from->setTime(timeOf(it != queue.weekly.end() ? it->openMinute : 9 * 60));
        d.to->setTime(timeOf(it != queue.weekly.end() ? it->closeMinute : 17 * 60));
        d.from->setEnabled(d.open->isChecked());
        d.to->setEnabled(d.open->isChecked());
    }
    m_holidays->setRowCount(0);
    for (const auto &h : queue.holidays)
        addHoliday(h.date, h.name);
    m_closedMessage->setText(queue.closedMessage);
    {
        const QSignalBlocker block(m_wrapUpCodes);
        m_wrapUpCodes->clear();
        for (const auto &code : m_directory.wrapUpCodes()) {
            auto *item = new QListWidgetItem(code.label, m_wrapUpCodes);
            item->setData(Qt::UserRole, code.id);
            item->setCheckState(queue.wrapUpCodeIds.contains(code.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_filling = false;
    m_serverProblems = false;
    m_conflict->hide();
    m_saveStatus->clear();
    retranslate();      // title and Save's text follow the queue
}

session::AdminQueue AdminQueueEditor::draft() const
{
    session::AdminQueue q;
    q.id = m_original.id;
    q.version = m_original.version;
    q.name = m_name->text().trimmed();
    for (Channel c : kChannels)
        if (m_channels[c]->isChecked())
            q.channels << c;
    for (int row = 0; row < m_skills->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_skills->cellWidget(row, 0));
        auto *spin = qobject_cast<QSpinBox *>(m_skills->cellWidget(row, 1));
        q.requiredSkills << session::SkillRequirement{combo->currentData().toString(), spin->value()};
    }
    for (int row = 0; row < m_relaxations->rowCount(); ++row) {
        auto *after = qobject_cast<QSpinBox *>(m_relaxations->cellWidget(row, 0));
        auto *combo = qobject_cast<QComboBox *>(m_relaxations->cellWidget(row, 1));
        auto *spin = qobject_cast<QSpinBox *>(m_relaxations->cellWidget(row, 2));
        q.relaxations << session::SkillRelaxation{after->value(), combo->currentData().toString(), spin->value()};
    }
    q.priority = m_priority->value();
    q.offerTimeoutSeconds = m_offerTimeout->value();
    q.maxMissedOffers = m_maxMissed->value();
    q.wrapUpSeconds = m_wrapUp->value();
    q.serviceLevelThresholdSeconds = m_slThreshold->value();
    q.serviceLevelTarget = m_slTarget->value() / 100.0;
    q.shortAbandonSeconds = m_shortAbandon->value();
    q.strategy = session::RoutingStrategy(m_strategy->currentData().toInt());
    q.serviceLevelVariant = session::ServiceLevelVariant(m_variant->currentData().toInt());
    q.timeZone = m_timeZone->currentText().trimmed();
    for (int day = 1; day <= 7; ++day) {
        const Day &d = m_days[day];
        if (d.open->isChecked())
            q.weekly << session::WeeklyHours{day, minuteOf(d.from->time()), closeMinuteOf(d.to->time())};
    }
    for (int row = 0; row < m_holidays->rowCount(); ++row) {
        const QString date = m_holidays->item(row, 0) ? m_holidays->item(row, 0)->text().trimmed() : QString();
        const QString name = m_holidays->item(row, 1) ? m_holidays->item(row, 1)->text().trimmed() : QString();
        q.holidays << session::Holiday{date, name};
    }
    q.closedMessage = m_closedMessage->text().trimmed();
    for (int i = 0; i < m_wrapUpCodes->count(); ++i)
        if (m_wrapUpCodes->item(i)->checkState() == Qt::Checked)
            q.wrapUpCodeIds << m_wrapUpCodes->item(i)->data(Qt::UserRole).toString();
    return q;
}

bool AdminQueueEditor::isDirty() const
{
    return !sameQueue(draft(), m_original);
}

QHash<QString, QString> AdminQueueEditor::validate() const
{
    const session::AdminQueue q = draft();
    QHash<QString, QString> problems;
    auto range = [&](const QString &field, int value, int low, int high, const QString &unit) {
        if (value < low || value > high)
            problems.insert(field, unit.isEmpty() ? tr("Must be between %1 and %2.").arg(low).arg(high)
                                                  : tr("Must be between %1 and %2 %3.").arg(low).arg(high).arg(unit));
    };
    if (q.name.isEmpty())
        problems.insert(QStringLiteral("name"), tr("Name the queue."));
    else if (q.name.size() > 64)
        problems.insert(QStringLiteral("name"), tr("At most 64 characters."));
    else
        for (const auto &other : m_directory.queues())
            if (other.id != q.id && other.name.compare(q.name, Qt::CaseInsensitive) == 0)
                problems.insert(QStringLiteral("name"), tr("Another queue is named “%1”.").arg(other.name));
    if (q.channels.isEmpty())
        problems.insert(QStringLiteral("channels"), tr("Choose at least one channel."));
    QSet<QString> required;
    for (const auto &r : q.requiredSkills) {
        if (r.skillId.isEmpty()) {
            problems.insert(QStringLiteral("required_skills"), tr("Choose a skill in every row."));
            break;
        }
        if (r.minProficiency < 1 || r.minProficiency > 10) {
            problems.insert(QStringLiteral("required_skills"), tr("A minimum proficiency is 1 to 10."));
            break;
        }
        if (required.contains(r.skillId)) {
            problems.insert(QStringLiteral("required_skills"),
                            tr("%1 is required twice.").arg(m_directory.skillName(r.skillId)));
            break;
        }
        required.insert(r.skillId);
    }
    for (const auto &r : q.relaxations) {
        if (r.afterSeconds <= 0 || r.afterSeconds > 86400) {
            problems.insert(QStringLiteral("relaxations"), tr("Relax after 1 to 86400 seconds."));
            break;
        }
        if (!required.contains(r.skillId)) {
            problems.insert(QStringLiteral("relaxations"),
                            tr("%1 is not a required skill of this queue.").arg(m_directory.skillName(r.skillId)));
            break;
        }
        if (r.minProficiency < 0 || r.minProficiency > 10) {
            problems.insert(QStringLiteral("relaxations"), tr("The new minimum is 0 (drop the skill) to 10."));
            break;
        }
    }
    range(QStringLiteral("priority"), q.priority, 0, 100, {});
    range(QStringLiteral("offer_timeout_seconds"), q.offerTimeoutSeconds, 5, 3600, tr("seconds"));
    range(QStringLiteral("max_missed_offers"), q.maxMissedOffers, 1, 10, {});
    range(QStringLiteral("wrap_up_seconds"), q.wrapUpSeconds, 0, 3600, tr("seconds"));
    range(QStringLiteral("service_level_threshold_seconds"), q.serviceLevelThresholdSeconds, 1, 3600, tr("seconds"));
    range(QStringLiteral("service_level_target"), qRound(q.serviceLevelTarget * 100), 1, 100, tr("%"));
    range(QStringLiteral("short_abandon_seconds"), q.shortAbandonSeconds, 0, 60, tr("seconds"));
    if (q.shortAbandonSeconds >= q.serviceLevelThresholdSeconds && !problems.contains(QStringLiteral("short_abandon_seconds")))
        problems.insert(QStringLiteral("short_abandon_seconds"),
                        tr("Must be shorter than the service level threshold (%1 s).").arg(q.serviceLevelThresholdSeconds));
    if (!q.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(q.timeZone.toLatin1()))
        problems.insert(QStringLiteral("hours"), tr("“%1” is not a time zone this system knows (e.g. Europe/Berlin).").arg(q.timeZone));
    else if (q.timeZone.isEmpty() && (!q.weekly.isEmpty() || !q.holidays.isEmpty()))
        problems.insert(QStringLiteral("hours"), tr("Choose the time zone of the opening hours; without one the queue is always open."));
    for (const auto &h : q.weekly)
        if (h.closeMinute <= h.openMinute)
            problems.insert(QStringLiteral("hours.weekly.%1").arg(h.dayOfWeek), tr("Closes before it opens."));
    QSet<QString> dates;
    for (const auto &h : q.holidays) {
        const QDate date = QDate::fromString(h.date, Qt::ISODate);
        if (!date.isValid() || h.date.size() != 10) {
            problems.insert(QStringLiteral("holidays"), tr("“%1” is not a date (YYYY-MM-DD).").arg(h.date));
            break;
        }
        if (h.name.size() > 64) {
            problems.insert(QStringLiteral("holidays"), tr("A holiday's name is at most 64 characters."));
            break;
        }
        if (dates.contains(h.date)) {
            problems.insert(QStringLiteral("holidays"), tr("%1 is listed twice.").arg(h.date));
            break;
        }
        dates.insert(h.date);
    }
    if (q.closedMessage.size() > 500)
        problems.insert(QStringLiteral("hours.closed_message"), tr("At most 500 characters."));
    return problems;
}

QLabel *AdminQueueEditor::errorFor(const QString &field) const
{
    // "hours.weekly[2].close_minute" -> the day of the third weekly row.
    static const QRegularExpression weekly(QStringLiteral("^(?:queue\\.)?hours\\.weekly\\[(\\d+)\\]"));
    if (const auto match = weekly.match(field); match.hasMatch()) {
        const auto rows = draft().weekly;
        const int index = match.captured(1).toInt();
        if (index >= 0 && index < rows.size())
            return m_errors.value(QStringLiteral("hours.weekly.%1").arg(rows.at(index).dayOfWeek));
    }
    QString key = field;
    if (key.startsWith(QLatin1String("queue.")))
        key = key.mid(6);
    key.remove(QRegularExpression(QStringLiteral("\\[\\d+\\]")));
    if (key == QLatin1String("hours.holidays") || key.startsWith(QLatin1String("hours.holidays.")))
        key = QStringLiteral("holidays");
    if (key.startsWith(QLatin1String("hours.time_zone")))
        key = QStringLiteral("hours");
    while (!key.isEmpty()) {
        if (QLabel *label = m_errors.value(key))
            return label;
        const int dot = key.lastIndexOf(QLatin1Char('.'));
        key = dot < 0 ? QString() : key.left(dot);
    }
    return m_saveStatus;
}

void AdminQueueEditor::showProblems()
{
    if (m_serverProblems)
        return;
    const auto problems = validate();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        AdminWorkspace::showError(it.value(), problems.value(it.key()));
}

void AdminQueueEditor::changed()
{
    if (m_filling)
        return;
    m_serverProblems = false;
    if (m_saveStatus->property("problem").toBool()) {
        m_saveStatus->clear();
        m_saveStatus->setProperty("problem", false);
        m_saveStatus->setStyleSheet({});
    }
    showProblems();
}

void AdminQueueEditor::save()
{
    m_serverProblems = false;
    const auto problems = validate();
    showProblems();
    if (!problems.isEmpty()) {
        AdminWorkspace::showError(m_saveStatus, problems.size() == 1 ? tr("Not saved: 1 field needs a change first.")
                                                                      : tr("Not saved: %1 fields need a change first.").arg(problems.size()));
        m_saveStatus->setProperty("problem", true);
        // The first field with a problem, in the form's order, takes the focus.
        for (int row = 0; row < m_grid->rowCount(); ++row)
            for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
                if (problems.contains(it.key()) && m_grid->itemAtPosition(row, 2)
                    && m_grid->itemAtPosition(row, 2)->widget() == it.value()) {
                    if (QWidget *field = m_grid->itemAtPosition(row, 1) ? m_grid->itemAtPosition(row, 1)->widget() : nullptr) {
                        m_scroll->ensureWidgetVisible(field, 0, 24);
                        field->setFocus();
                    }
                    return;
                }
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_saveStatus->setStyleSheet({});
    m_saveStatus->setText(tr("Saving…"));
    m_saveStatus->show();
    m_directory.saveQueue(draft(), [this](const session::AdminResult &r) {
        m_saving = false;
        m_save->setEnabled(true);
        if (r.ok) {
            const int i = m_directory.indexOfQueue(r.id);
            if (i >= 0)
                edit(m_directory.queues().at(i));
            m_saveStatus->setStyleSheet({});
            m_saveStatus->setText(tr("Saved: version %1.").arg(r.version));
            m_saveStatus->show();
            emit saved(r.id);
            return;
        }
        if (r.conflict()) {
            showConflict(r.error);
            AdminWorkspace::showError(m_saveStatus, tr("Not saved: someone else changed this queue."));
            m_saveStatus->setProperty("problem", true);
            return;
        }
        if (!r.field.isEmpty()) {
            QLabel *label = errorFor(r.field);
            if (label != m_saveStatus) {
                m_serverProblems = true;
                AdminWorkspace::showError(label, r.fieldMessage.isEmpty() ? r.error : r.fieldMessage);
                AdminWorkspace::showError(m_saveStatus, tr("The server refused the queue: see the field marked."));
                m_saveStatus->setProperty("problem", true);
                return;
            }
        }
        AdminWorkspace::showError(m_saveStatus, tr("Not saved: %1").arg(r.error));
        m_saveStatus->setProperty("problem", true);
    });
}

void AdminQueueEditor::scrollTo(QWidget *field)
{
    // The field near the top of the form, with its caption.
    QWidget *form = m_scroll->widget();
    if (!field || !form->isAncestorOf(field))
        return;
    m_scroll->verticalScrollBar()->setValue(field->mapTo(form, QPoint(0, 0)).y() - 6);
}

void AdminQueueEditor::showConflict(const QString &message)
{
    m_conflictText->setText(tr("Someone else changed this queue since you opened it. Reload it to see their "
                               "change, then apply yours again.")
                            + (message.isEmpty() ? QString() : QStringLiteral("\n") + message));
    m_conflict->show();
}

void AdminQueueEditor::followDirectory()
{
    if (m_saving || m_original.id.isEmpty())
        return;
    const int i = m_directory.indexOfQueue(m_original.id);
    if (i < 0) {
        if (m_original.version > 0) {
            showConflict(tr("The queue was deleted."));
            m_reload->setEnabled(false);
        }
        return;
    }
    const session::AdminQueue &stored = m_directory.queues().at(i);
    if (stored.version <= m_original.version)
        return;
    if (isDirty())
        showConflict(tr("It is now version %1; you are editing version %2.").arg(stored.version).arg(m_original.version));
    else
        edit(stored);
}

void AdminQueueEditor::reload()
{
    const QString id = m_original.id;
    if (id.isEmpty())
        return;
    m_reload->setEnabled(false);
    m_directory.reloadQueue(id, [this, id](const session::AdminQueue &queue, const session::AdminResult &r) {
        m_reload->setEnabled(true);
        if (id != m_original.id)
            return;
        if (!r.ok) {
            m_conflictText->setText(tr("Cannot reload: %1").arg(r.error));
            return;
        }
        edit(queue);
        m_saveStatus->setText(tr("Reloaded version %1.").arg(queue.version));
        m_saveStatus->show();
    });
}

} // namespace app
