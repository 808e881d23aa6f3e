#pragma once
// widgets::PlaceholderPanel: a title and a description of what will be there, for
// workspaces that are not built yet.

#include <QWidget>

class QLabel;

namespace widgets {

class PlaceholderPanel : public QWidget {
    Q_OBJECT
public:
    PlaceholderPanel(const QString &title, const QString &description, QWidget *parent = nullptr);
    // New texts (after a language change).
    void setTexts(const QString &title, const QString &description);
    QString title() const;
    QString description() const;

private:
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace widgets
