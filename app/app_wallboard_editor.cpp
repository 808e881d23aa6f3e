#include "app_wallboard_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace app {

using session::MetricKind;
using session::MetricUnit;

namespace {

constexpr int SuggestedColumns = 4;

// Red that reads on the light and the dark palette alike.
void styleAsError(QLabel *label)
{
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    label->setStyleSheet(dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
}

struct Suggestion {
    double amber, red;
    bool higherIsWorse;
};

// In the unit shown (seconds, percents, counts).
Suggestion suggestionFor(MetricKind metric)
{
    switch (metric) {
    case MetricKind::Waiting: return {3, 6, true};
    case MetricKind::LongestWait: return {30, 60, true};
    case MetricKind::Abandoned: return {5, 10, true};
    case MetricKind::AbandonRate: return {5, 10, true};
    case MetricKind::Asa: return {20, 40, true};
    case MetricKind::Aht: return {300, 600, true};
    case MetricKind::ServiceLevel: return {80, 60, false};
    case MetricKind::Occupancy: return {85, 95, true};
    case MetricKind::AgentsAvailable: return {2, 0, false};
    default: return {0, 0, true};
    }
}

} // namespace

WallboardEditor::WallboardEditor(session::StatsStore &stats, QWidget *parent)
    : QWidget(parent), m_stats(stats),
      m_title(new QLabel(this)), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_nameError(new QLabel(this)), m_rotateLabel(new QLabel(this)), m_rotate(new QSpinBox(this)),
      m_rotateError(new QLabel(this)), m_tilesLabel(new QLabel(this)), m_tiles(new QListWidget(this)),
      m_remove(new QPushButton(this)), m_addTitle(new QLabel(this)), m_queueLabel(new QLabel(this)),
      m_queue(new QComboBox(this)), m_metricLabel(new QLabel(this)), m_metric(new QComboBox(this)),
      m_placeLabel(new QLabel(this)), m_row(new QSpinBox(this)), m_column(new QSpinBox(this)),
      m_amberLabel(new QLabel(this)), m_amber(new QDoubleSpinBox(this)), m_redLabel(new QLabel(this)),
      m_red(new QDoubleSpinBox(this)), m_higherIsWorse(new QCheckBox(this)), m_thresholdError(new QLabel(this)),
      m_tileError(new QLabel(this)), m_add(new QPushButton(this)), m_saveError(new QLabel(this)),
      m_save(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("wallboardEditor"));
    m_name->setObjectName(QStringLiteral("boardName"));
    m_rotate->setObjectName(QStringLiteral("boardRotate"));
    m_queue->setObjectName(QStringLiteral("tileQueue"));
    m_metric->setObjectName(QStringLiteral("tileMetric"));
    m_row->setObjectName(QStringLiteral("tileRow"));
    m_column->setObjectName(QStringLiteral("tileColumn"));
    m_amber->setObjectName(QStringLiteral("tileAmber"));
    m_red->setObjectName(QStringLiteral("tileRed"));
    m_higherIsWorse->setObjectName(QStringLiteral("tileHigherIsWorse"));
    m_tiles->setObjectName(QStringLiteral("tileList"));
    m_add->setObjectName(QStringLiteral("addTile"));
    m_remove->setObjectName(QStringLiteral("removeTile"));
    m_save->setObjectName(QStringLiteral("saveBoard"));
    m_cancel->setObjectName(QStringLiteral("cancelEdit"));
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_tileError->setObjectName(QStringLiteral("tileError"));
    m_thresholdError->setObjectName(QStringLiteral("thresholdError"));
    m_saveError->setObjectName(QStringLiteral("saveError"));
    for (QLabel *error : {m_nameError, m_rotateError, m_thresholdError, m_tileError, m_saveError}) {
        styleAsError(error);
        error->hide();
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_addTitle->setFont(bold);
    m_nameLabel->setBuddy(m_name);
    m_rotateLabel->setBuddy(m_rotate);
    m_queueLabel->setBuddy(m_queue);
    m_metricLabel->setBuddy(m_metric);
    m_placeLabel->setBuddy(m_row);
    m_amberLabel->setBuddy(m_amber);
    m_redLabel->setBuddy(m_red);
    m_name->setMaxLength(100);
    m_rotate->setRange(0, 3600);
    m_row->setRange(1, 20);
    m_column->setRange(1, 20);
    m_tiles->setMinimumHeight(90);
    m_tiles->setWordWrap(true);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_save->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto *board = new QGridLayout;
    board->addWidget(m_nameLabel, 0, 0);
    board->addWidget(m_name, 0, 1);
    board->addWidget(m_nameError, 1, 1);
    board->addWidget(m_rotateLabel, 2, 0);
    board->addWidget(m_rotate, 2, 1);
    board->addWidget(m_rotateError, 3, 1);
    layout->addLayout(board);
    layout->addWidget(m_tilesLabel);
    layout->addWidget(m_tiles, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addWidget(m_addTitle);
    auto *form = new QGridLayout;
    form->addWidget(m_queueLabel, 0, 0);
    form->addWidget(m_queue, 0, 1, 1, 2);
    form->addWidget(m_metricLabel, 1, 0);
    form->addWidget(m_metric, 1, 1, 1, 2);
    form->addWidget(m_placeLabel, 2, 0);
    form->addWidget(m_row, 2, 1);
    form->addWidget(m_column, 2, 2);
    form->addWidget(m_tileError, 3, 1, 1, 2);
    form->addWidget(m_amberLabel, 4, 0);
    form->addWidget(m_amber, 4, 1, 1, 2);
    form->addWidget(m_redLabel, 5, 0);
    form->addWidget(m_red, 5, 1, 1, 2);
    form->addWidget(m_higherIsWorse, 6, 1, 1, 2);
    form->addWidget(m_thresholdError, 7, 1, 1, 2);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(2, 1);
    layout->addLayout(form);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addWidget(m_saveError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_draft.name = text;
        m_nameError->hide();
        emit draftChanged(m_draft);
    });
    connect(m_rotate, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_draft.rotateSeconds = seconds;
        m_rotateError->hide();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        applyUnit();
        const Suggestion s = suggestionFor(currentMetric());
        m_amber->setValue(s.amber);
        m_red->setValue(s.red);
        m_higherIsWorse->setChecked(s.higherIsWorse);
    });
    auto recheck = [this] {
        const QString problem = thresholdProblem();
        m_thresholdError->setText(problem);
        m_thresholdError->setVisible(!problem.isEmpty());
        m_tileError->hide();
    };
    connect(m_amber, &QDoubleSpinBox::valueChanged, this, recheck);
    connect(m_red, &QDoubleSpinBox::valueChanged, this, recheck);
    connect(m_higherIsWorse, &QCheckBox::toggled, this, recheck);
    connect(m_row, &QSpinBox::valueChanged, m_tileError, &QWidget::hide);
    connect(m_column, &QSpinBox::valueChanged, m_tileError, &QWidget::hide);
    connect(m_add, &QPushButton::clicked, this, &WallboardEditor::addTile);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int index = m_tiles->currentRow();
        if (index < 0 || index >= m_draft.tiles.size())
            return;
        m_draft.tiles.removeAt(index);
        refillTiles();
        suggestPlace();
        emit draftChanged(m_draft);
    });
    connect(m_tiles, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (validateDraft())
            emit saveRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &WallboardEditor::cancelRequested);
    connect(&m_stats, &session::StatsStore::queuesAdded, this, &WallboardEditor::refillQueues);
    connect(&m_stats, &session::StatsStore::loaded, this, &WallboardEditor::refillQueues);

    retranslate();
    refillQueues();
    m_remove->setEnabled(false);
    const Suggestion first = suggestionFor(currentMetric());
    m_amber->setValue(first.amber);
    m_red->setValue(first.red);
    m_higherIsWorse->setChecked(first.higherIsWorse);
}

MetricKind WallboardEditor::currentMetric() const
{
    return MetricKind(m_metric->currentData().toInt());
}

double WallboardEditor::toStored(double shown) const
{
    return session::unitOf(currentMetric()) == MetricUnit::Fraction ? shown / 100 : shown;
}

void WallboardEditor::setDraft(const session::Wallboard &board)
{
    m_draft = board;
    m_name->setText(board.name);
    QSignalBlocker blocker(m_rotate);
    m_rotate->setValue(board.rotateSeconds);
    for (QLabel *error : {m_nameError, m_rotateError, m_tileError, m_saveError})
        error->hide();
    refillTiles();
    suggestPlace();
}

bool WallboardEditor::validateDraft()
{
    bool ok = true;
    if (m_draft.name.trimmed().isEmpty()) {
        m_nameError->setText(tr("Name the board so that you can find it again."));
        m_nameError->show();
        ok = false;
    }
    if (m_draft.rotateSeconds > 0 && m_draft.rotateSeconds < 5) {
        m_rotateError->setText(tr("Use 0 (no rotation) or at least 5 seconds."));
        m_rotateError->show();
        ok = false;
    }
    return ok;
}

void WallboardEditor::setSaveError(const QString &error)
{
    m_saveError->setText(error);
    m_saveError->setVisible(!error.isEmpty());
}

void WallboardEditor::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void WallboardEditor::selectTile(int index)
{
    m_tiles->setCurrentRow(index);
}

void WallboardEditor::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void WallboardEditor::setMetric(MetricKind metric)
{
    const int index = m_metric->findData(int(metric));
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

QString WallboardEditor::thresholdProblem() const
{
    const double amber = m_amber->value();
    const double red = m_red->value();
    if (amber == 0 && red == 0)
        return {};      // no colours
    if (m_higherIsWorse->isChecked() && amber > red)
        return tr("Amber must not be above red when a higher value is worse.");
    if (!m_higherIsWorse->isChecked() && amber < red)
        return tr("Amber must not be below red when a lower value is worse.");
    return {};
}

QString WallboardEditor::tileProblem() const
{
    if (m_queue->count() == 0)
        return tr("There are no queues to show yet.");
    if (m_queue->currentData().toString().isEmpty())
        return tr("Choose a queue.");
    const int row = m_row->value() - 1;
    const int column = m_column->value() - 1;
    for (const session::WallboardTile &tile : m_draft.tiles)
        if (tile.row == row && tile.column == column)
            return tr("Row %1, column %2 already has a tile: choose another place.").arg(row + 1).arg(column + 1);
    return {};
}

bool WallboardEditor::addTile()
{
    const QString place = tileProblem();
    const QString threshold = thresholdProblem();
    m_tileError->setText(place);
    m_tileError->setVisible(!place.isEmpty());
    m_thresholdError->setText(threshold);
    m_thresholdError->setVisible(!threshold.isEmpty());
    if (!place.isEmpty() || !threshold.isEmpty())
        return false;
    session::WallboardTile tile;
    tile.queueId = m_queue->currentData().toString();
    tile.metric = currentMetric();
    tile.row = m_row->value() - 1;
    tile.column = m_column->value() - 1;
    tile.threshold.amber = toStored(m_amber->value());
    tile.threshold.red = toStored(m_red->value());
    tile.threshold.higherIsWorse = m_higherIsWorse->isChecked();
    m_draft.tiles << tile;
    refillTiles();
    m_tiles->setCurrentRow(int(m_draft.tiles.size()) - 1);
    suggestPlace();
    emit draftChanged(m_draft);
    return true;
}

void WallboardEditor::suggestPlace()
{
    // The first free place, filling rows of four.
    for (int index = 0;; ++index) {
        const int row = index / SuggestedColumns;
        const int column = index % SuggestedColumns;
        const bool taken = std::any_of(m_draft.tiles.cbegin(), m_draft.tiles.cend(), [&](const session::WallboardTile &t) {
            return t.row == row && t.column == column;
        });
        if (!taken || row >= 19) {
            m_row->setValue(row + 1);
            m_column->setValue(column + 1);
            m_tileError->hide();
            return;
        }
    }
}

void WallboardEditor::applyUnit()
{
    switch (session::unitOf(currentMetric())) {
    case MetricUnit::Seconds:
        for (QDoubleSpinBox *box : {m_amber, m_red}) {
            box->setDecimals(0);
            box->setRange(0, 86400);
            box->setSuffix(tr(" s"));
        }
        break;
    case MetricUnit::Fraction:
        for (QDoubleSpinBox *box : {m_amber, m_red}) {
            box->setDecimals(1);
            box->setRange(0, 100);
            box->setSuffix(tr(" %"));
        }
        break;
    case MetricUnit::Count:
        for (QDoubleSpinBox *box : {m_amber, m_red}) {
            box->setDecimals(0);
            box->setRange(0, 100000);
            box->setSuffix({});
        }
        break;
    }
}

void WallboardEditor::refillQueues()
{
    const QString keep = m_queue->currentData().toString();
    QSignalBlocker blocker(m_queue);
    m_queue->clear();
    QList<QPair<QString, QString>> queues;
    for (int row = 0; row < m_stats.queueCount(); ++row)
        queues << qMakePair(m_stats.queueName(m_stats.queueAt(row).queueId), m_stats.queueAt(row).queueId);
    std::sort(queues.begin(), queues.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, id] : std::as_const(queues))
        m_queue->addItem(name, id);
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(keep)));
}

void WallboardEditor::refillTiles()
{
    const int keep = m_tiles->currentRow();
    m_tiles->clear();
    for (const session::WallboardTile &tile : std::as_const(m_draft.tiles)) {
        QString text = tr("Row %1, column %2: %3 · %4")
                           .arg(tile.row + 1)
                           .arg(tile.column + 1)
                           .arg(m_stats.queueName(tile.queueId), session::StatsStore::metricName(tile.metric));
        if (tile.threshold.isSet()) {
            text += QLatin1Char(' ')
                + tr("(amber %1, red %2, %3)")
                      .arg(session::StatsStore::formatValue(tile.metric, tile.threshold.amber),
                           session::StatsStore::formatValue(tile.metric, tile.threshold.red),
                           tile.threshold.higherIsWorse ? tr("higher is worse") : tr("lower is worse"));
        }
        // "80 %" and "20 s" stay on one line when the item wraps.
        text.replace(QRegularExpression(QStringLiteral("(\\d) ")), QStringLiteral("\\1\u00a0"));
        m_tiles->addItem(text);
    }
    if (keep >= 0 && keep < m_tiles->count())
        m_tiles->setCurrentRow(keep);
    m_remove->setEnabled(m_tiles->currentRow() >= 0);
}

void WallboardEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        for (QLabel *error : {m_nameError, m_rotateError, m_thresholdError, m_tileError, m_saveError})
            styleAsError(error);
    QWidget::changeEvent(event);
}

void WallboardEditor::retranslate()
{
    m_title->setText(tr("Edit the board"));
    m_nameLabel->setText(tr("&Name:"));
    m_rotateLabel->setText(tr("TV &rotation:"));
    m_rotate->setSuffix(tr(" s"));
    m_rotate->setSpecialValueText(tr("No rotation"));
    m_rotate->setToolTip(tr("How long TV mode shows this board before the next one (0: it stays)."));
    m_tilesLabel->setText(tr("Tiles:"));
    m_remove->setText(tr("&Remove tile"));
    m_addTitle->setText(tr("Add a tile"));
    m_queueLabel->setText(tr("&Queue:"));
    m_metricLabel->setText(tr("&Metric:"));
    m_placeLabel->setText(tr("Ro&w, column:"));
    m_row->setPrefix(tr("row "));
    m_column->setPrefix(tr("column "));
    m_amberLabel->setText(tr("&Amber at:"));
    m_redLabel->setText(tr("R&ed at:"));
    m_higherIsWorse->setText(tr("&Higher is worse"));
    m_add->setText(tr("A&dd tile"));
    m_save->setText(tr("&Save board"));
    m_cancel->setText(tr("Cancel"));
    const MetricKind keep = m_metric->count() > 0 ? currentMetric() : MetricKind::Waiting;
    {
        QSignalBlocker blocker(m_metric);
        m_metric->clear();
        for (int n = 1; n < session::MetricKindCount; ++n)
            m_metric->addItem(session::StatsStore::metricName(MetricKind(n)), n);
        m_metric->setCurrentIndex(std::max(0, m_metric->findData(int(keep))));
    }
    applyUnit();
    refillTiles();
}

} // namespace app
