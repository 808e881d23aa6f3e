#pragma once
// app::WallboardEditor: the edit mode of a wallboard: its name and TV rotation, its tiles
// (remove one), and a form to add a tile (queue, metric, row, column, amber and red
// thresholds, whether higher is worse) with each problem shown next to its field before
// anything goes to the server. Emits draftChanged() so that the board shows the draft
// live, and saveRequested()/cancelRequested(); the view does the saving.

#include "session_stats_store.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace app {

class WallboardEditor : public QWidget {
    Q_OBJECT
public:
    explicit WallboardEditor(session::StatsStore &stats, QWidget *parent = nullptr);

    void setDraft(const session::Wallboard &board);
    const session::Wallboard &draft() const { return m_draft; }
    // Problems of the draft as a whole (empty name, rotation); shown next to the fields.
    bool validateDraft();
    void setSaveError(const QString &error);     // empty hides it
    void setBusy(bool busy);
    void selectTile(int index);
    void focusName();

    // The add-a-tile form, for tests and keyboard users.
    QLineEdit *nameField() const { return m_name; }
    QSpinBox *rotateField() const { return m_rotate; }
    QComboBox *queueField() const { return m_queue; }
    QComboBox *metricField() const { return m_metric; }
    QSpinBox *rowField() const { return m_row; }
    QSpinBox *columnField() const { return m_column; }
    QDoubleSpinBox *amberField() const { return m_amber; }
    QDoubleSpinBox *redField() const { return m_red; }
    QCheckBox *higherIsWorseField() const { return m_higherIsWorse; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }
    QListWidget *tileList() const { return m_tiles; }
    QLabel *tileError() const { return m_tileError; }
    QLabel *thresholdError() const { return m_thresholdError; }
    QLabel *nameError() const { return m_nameError; }

    // Adds the tile the form describes; false (and the reason shown) when it is not valid.
    bool addTile();
    // The form's metric with sensible thresholds (e.g. longest wait: amber 30 s, red 60 s).
    void setMetric(session::MetricKind metric);

signals:
    void draftChanged(const session::Wallboard &draft);
    void saveRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refillQueues();
    void refillTiles();
    void applyUnit();
    void suggestPlace();
    QString tileProblem() const;
    QString thresholdProblem() const;
    session::MetricKind currentMetric() const;
    double toStored(double shown) const;

    session::StatsStore &m_stats;
    session::Wallboard m_draft;
    QLabel *m_title;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_rotateLabel;
    QSpinBox *m_rotate;
    QLabel *m_rotateError;
    QLabel *m_tilesLabel;
    QListWidget *m_tiles;
    QPushButton *m_remove;
    QLabel *m_addTitle;
    QLabel *m_queueLabel;
    QComboBox *m_queue;
    QLabel *m_metricLabel;
    QComboBox *m_metric;
    QLabel *m_placeLabel;
    QSpinBox *m_row;
    QSpinBox *m_column;
    QLabel *m_amberLabel;
    QDoubleSpinBox *m_amber;
    QLabel *m_redLabel;
    QDoubleSpinBox *m_red;
    QCheckBox *m_higherIsWorse;
    QLabel *m_thresholdError;
    QLabel *m_tileError;
    QPushButton *m_add;
    QLabel *m_saveError;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace app
