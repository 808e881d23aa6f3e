#pragma once
// widgets::ShortcutOverlay: the keyboard help, laid over a window: what each shortcut
// does, in groups ("Offers", "Interaction", "In the panel"). Dims the window behind
// it; Esc, the help key again or a click closes it. The caller gathers the entries
// when it opens (so that a module's panel contributes what it has at that moment).

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace widgets {

class ShortcutOverlay : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString action;
        QKeySequence keys;
    };
    struct Group {
        QString title;
        QList<Entry> entries;
    };

    // Covers `parent` (and follows its size) while shown.
    explicit ShortcutOverlay(QWidget *parent);

    void setGroups(const QList<Group> &groups);
    QList<Group> groups() const { return m_groups; }
    // Shows it over the parent and takes the keyboard focus.
    void open();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<Group> m_groups;
    QWidget *m_card;
    QLabel *m_title;
    QLabel *m_hint;
    QGridLayout *m_grid;
};

} // namespace widgets
