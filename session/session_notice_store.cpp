#include "session_notice_store.h"

#include <algorithm>

namespace session {

NoticeStore::NoticeStore(int capacity, QObject *parent)
    : QObject(parent), m_capacity(std::max(1, capacity))
{
}

void NoticeStore::add(const QList<Notice> &notices)
{
    if (notices.isEmpty())
        return;
    const QList<Notice> kept = notices.size() > m_capacity ? notices.mid(notices.size() - m_capacity)
                                                           : notices;
    const int overflow = int(m_notices.size() + kept.size()) - m_capacity;
    const int dropped = std::max(0, overflow);
    if (dropped > 0)
        m_notices.remove(0, dropped);
    m_notices.append(kept);
    emit noticesAdded(int(kept.size()), dropped);
}

void NoticeStore::clear()
{
    m_notices.clear();
    emit cleared();
}

} // namespace session
