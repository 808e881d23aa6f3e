#include "app_rollout_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace app {

using session::RolloutTarget;
using Kind = RolloutTarget::Kind;

namespace {

QLabel *errorLabel(const QString &name, const QString &accessible)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

RolloutDialog::RolloutDialog(session::CatalogAdmin &catalog, Mode mode, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_mode(mode)
{
    const bool rollout = mode == Mode::Rollout;
    setObjectName(rollout ? QStringLiteral("rolloutDialog") : QStringLiteral("rollbackDialog"));
    setWindowTitle(rollout ? tr("Roll out a module version") : tr("Roll back a module"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_module = new QComboBox;
    m_module->setObjectName(QStringLiteral("moduleBox"));
    m_module->setAccessibleName(tr("Module"));
    auto *moduleLabel = new QLabel(tr("&Module:"));
    moduleLabel->setBuddy(m_module);
    form->addRow(moduleLabel, m_module);

    if (rollout) {
        m_version = new QComboBox;
        m_version->setObjectName(QStringLiteral("versionBox"));
        m_version->setAccessibleName(tr("Version"));
        auto *versionLabel = new QLabel(tr("&Version:"));
        versionLabel->setBuddy(m_version);
        form->addRow(versionLabel, m_version);
        m_versionError = errorLabel(QStringLiteral("versionError"), tr("What is wrong with the version"));
        form->addRow(QString(), m_versionError);
    }

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("targetKindBox"));
    m_kind->setAccessibleName(tr("Target"));
    m_kind->addItem(tr("Everyone"), int(Kind::Everyone));
    m_kind->addItem(tr("A team"), int(Kind::Team));
    m_kind->addItem(tr("A queue's agents"), int(Kind::Queue));
    m_kind->addItem(tr("A percentage of users"), int(Kind::Percent));
    m_kind->addItem(tr("Named users"), int(Kind::Users));
    auto *kindLabel = new QLabel(tr("&Target:"));
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);

    m_value = new QStackedWidget;
    auto *none = new QLabel(tr("every user"));
    m_team = new QComboBox;
    m_team->setObjectName(QStringLiteral("teamBox"));
    m_team->setAccessibleName(tr("Team"));
    m_team->setEditable(true);
    m_queue = new QComboBox;
    m_queue->setObjectName(QStringLiteral("queueBox"));
    m_queue->setAccessibleName(tr("Queue"));
    m_queue->setEditable(true);
    m_percent = new QSpinBox;
    m_percent->setObjectName(QStringLiteral("percentBox"));
    m_percent->setAccessibleName(tr("Percentage of users"));
    m_percent->setRange(0, 100);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setValue(10);
    m_users = new QLineEdit;
    m_users->setObjectName(QStringLiteral("usersField"));
    m_users->setAccessibleName(tr("User names, separated by commas"));
    m_users->setPlaceholderText(tr("agent1, agent2"));
    for (QWidget *w : {static_cast<QWidget *>(none), static_cast<QWidget *>(m_team), static_cast<QWidget *>(m_queue),
                       static_cast<QWidget *>(m_percent), static_cast<QWidget *>(m_users)})
        m_value->addWidget(w);
    auto *valueLabel = new QLabel(tr("W&ho:"));
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, m_value);
    m_targetError = errorLabel(QStringLiteral("targetError"), tr("What is wrong with the target"));
    form->addRow(QString(), m_targetError);

    m_effect = new QLabel;
    m_effect->setObjectName(QStringLiteral("effectLabel"));
    m_effect->setWordWrap(true);
    m_effect->setAccessibleName(tr("What this will do"));
    layout->addWidget(m_effect);
    m_serverError = errorLabel(QStringLiteral("serverError"), tr("The server's answer"));
    layout->addWidget(m_serverError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = m_buttons->addButton(rollout ? tr("&Roll out") : tr("Roll &back"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(m_buttons);

    fillModules();
    fillTargets();
    // Teams and queues arrive with the catalog's list (or change while open).
    connect(&catalog, &session::CatalogAdmin::modulesChanged, this, [this] {
        fillTargets();
        validate();
    });

    connect(m_module, &QComboBox::currentIndexChanged, this, [this] {
        fillVersions();
        validate();
    });
    if (m_version)
        connect(m_version, &QComboBox::currentIndexChanged, this, &RolloutDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_value->setCurrentIndex(index);
        validate();
    });
    connect(m_team, &QComboBox::currentTextChanged, this, &RolloutDialog::validate);
    connect(m_queue, &QComboBox::currentTextChanged, this, &RolloutDialog::validate);
    connect(m_percent, &QSpinBox::valueChanged, this, &RolloutDialog::validate);
    connect(m_users, &QLineEdit::textChanged, this, &RolloutDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RolloutDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillVersions();
    validate();
    resize(480, sizeHint().height());
}

void RolloutDialog::fillModules()
{
    m_module->clear();
    for (const QString &id : m_catalog.moduleIds())
        m_module->addItem(id, id);
}

void RolloutDialog::fillTargets()
{
    const auto refill = [this](QComboBox *box, const QList<QPair<QString, QString>> &items) {
        QList<QPair<QString, QString>> shown;
        for (int i = 0; i < box->count(); ++i)
            shown.append({box->itemData(i).toString(), box->itemText(i)});
        QList<QPair<QString, QString>> wanted;
        for (const auto &[id, name] : items)
            wanted.append({id, name.isEmpty() ? id : tr("%1 (%2)").arg(name, id)});
        if (shown == wanted)
            return;
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        for (const auto &[id, text] : std::as_const(wanted))
            box->addItem(text, id);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_team, m_catalog.teams());
    refill(m_queue, m_catalog.queues());
}

void RolloutDialog::fillVersions()
{
    if (!m_version)
        return;
    m_version->clear();
    const auto versions = m_catalog.versionsOf(m_module->currentData().toString());
    for (auto it = versions.crbegin(); it != versions.crend(); ++it)   // newest first
        m_version->addItem(it->signingKeyId.isEmpty() ? it->version
                                                      : tr("%1 (signed by %2)").arg(it->version, it->signingKeyId),
                           it->version);
}

void RolloutDialog::setModule(const QString &moduleId)
{
    const int i = m_module->findData(moduleId);
    if (i >= 0)
        m_module->setCurrentIndex(i);
}

void RolloutDialog::setVersion(const QString &version)
{
    if (!m_version)
        return;
    const int i = m_version->findData(version);
    if (i >= 0)
        m_version->setCurrentIndex(i);
}

void RolloutDialog::setTarget(const RolloutTarget &target)
{
    m_kind->setCurrentIndex(m_kind->findData(int(target.kind)));
    switch (target.kind) {
    case Kind::Everyone: break;
    case Kind::Team: {
        const int i = m_team->findData(target.id);
        if (i >= 0)
            m_team->setCurrentIndex(i);
        else
            m_team->setEditText(target.id);
        break;
    }
    case Kind::Queue: {
        const int i = m_queue->findData(target.id);
        if (i >= 0)
            m_queue->setCurrentIndex(i);
        else
            m_queue->setEditText(target.id);
        break;
    }
    case Kind::Percent: m_percent->setValue(target.percent); break;
    case Kind::Users: m_users->setText(target.users.join(QStringLiteral(", "))); break;
    }
    validate();
}

RolloutTarget RolloutDialog::target() const
{
    // An edited combo text is an id typed in; a chosen item carries its id.
    const auto idOf = [](const QComboBox *box) {
        const int i = box->findText(box->currentText());
        return i >= 0 ? box->itemData(i).toString() : box->currentText().trimmed();
    };
    switch (Kind(m_kind->currentData().toInt())) {
    case Kind::Everyone: return RolloutTarget::everyone();
    case Kind::Team: return RolloutTarget::team(idOf(m_team));
    case Kind::Queue: return RolloutTarget::queue(idOf(m_queue));
    case Kind::Percent: return RolloutTarget::percentOf(m_percent->value());
    case Kind::Users: {
        QStringList names;
        for (const QString &n : m_users->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << n.trimmed();
        return RolloutTarget::usersNamed(names);
    }
    }
    return {};
}

void RolloutDialog::validate()
{
    setError(m_serverError, {});
    const QString moduleId = m_module->currentData().toString();
    const RolloutTarget t = target();
    QString targetProblem = m_users->text().trimmed().isEmpty() && t.kind == Kind::Users
        ? tr("Name at least one user (user names, separated by commas).")
        : t.problem();
    QString versionProblem;
    if (m_version && m_version->count() == 0)
        versionProblem = moduleId.isEmpty() ? tr("Publish a version first.") : tr("%1 has no published version.").arg(moduleId);
    setError(m_targetError, targetProblem);
    if (m_versionError)
        setError(m_versionError, versionProblem);

    QString effect;
    if (moduleId.isEmpty()) {
        effect = tr("No module has been published yet.");
    } else if (m_mode == Mode::Rollout) {
        const QString version = m_version->currentData().toString();
        const auto current = m_catalog.currentRule(moduleId, t);
        effect = current.counter > 0 && !current.version.isEmpty()
            ? tr("%1 %2 for %3 (instead of %4). The newest rule that matches a user wins.")
                  .arg(moduleId, version, t.describe(), current.version)
            : tr("%1 %2 for %3. The newest rule that matches a user wins.").arg(moduleId, version, t.describe());
    } else {
        const auto current = m_catalog.currentRule(moduleId, t);
        if (current.counter == 0) {
            targetProblem = tr("%1 was never rolled out to %2: there is nothing to roll back.").arg(moduleId, t.describe());
            setError(m_targetError, targetProblem);
        } else {
            effect = current.previousVersion.isEmpty()
                ? tr("%1 for %2: from %3 back to what the older rules give.")
                      .arg(moduleId, t.describe(), current.version.isEmpty() ? tr("(withdrawn)") : current.version)
                : tr("%1 for %2: from %3 back to %4.")
                      .arg(moduleId, t.describe(), current.version.isEmpty() ? tr("(withdrawn)") : current.version,
                           current.previousVersion);
        }
    }
    m_effect->setText(effect);
    m_ok->setEnabled(!m_busy && !moduleId.isEmpty() && targetProblem.isEmpty() && versionProblem.isEmpty());
}

void RolloutDialog::submit()
{
    if (!m_ok->isEnabled())
        return;
    m_busy = true;
    m_ok->setEnabled(false);
    QPointer<RolloutDialog> self(this);
    auto done = [self](const session::CatalogResult &r) {
        if (!self)
            return;
        self->m_busy = false;
        if (r.ok) {
            emit self->ruleAdded(r.rule);
            self->accept();
            return;
        }
        self->validate();
        setError(self->m_serverError, r.statusCode < 0 ? r.error : tr("The server refused it: %1").arg(r.error));
    };
    const QString moduleId = m_module->currentData().toString();
    if (m_mode == Mode::Rollout)
        m_catalog.rollout(moduleId, m_version->currentData().toString(), target(), done);
    else
        m_catalog.rollback(moduleId, target(), done);
}

} // namespace app
