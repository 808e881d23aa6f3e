#pragma once
// session::NoticeStore: the latest notices pushed to this user (whispers, "your state
// was changed by...", maintenance), newest last, capped.

#include "session_types.h"

#include <QList>
#include <QObject>

namespace session {

class NoticeStore : public QObject {
    Q_OBJECT
public:
    explicit NoticeStore(int capacity = 200, QObject *parent = nullptr);

    const QList<Notice> &notices() const { return m_notices; }
    int capacity() const { return m_capacity; }
    void add(const QList<Notice> &notices);
    void clear();

signals:
    // `count` notices were appended at the end (after older ones may have been dropped
    // from the front: `dropped`).
    void noticesAdded(int count, int dropped);
    void cleared();

private:
    QList<Notice> m_notices;
    int m_capacity;
};

} // namespace session
