#include "session_notice_store.h"

#include <QSignalSpy>
#include <QTest>

static QList<session::Notice> notices(int first, int count)
{
    QList<session::Notice> result;
    for (int i = first; i < first + count; ++i) {
        session::Notice notice;
        notice.sequence = quint64(i);
        notice.text = QStringLiteral("notice %1").arg(i);
        result.append(notice);
    }
    return result;
}

class TestNoticeStore : public QObject {
    Q_OBJECT
private slots:
    void keepsNoticesInArrivalOrder()
    {
        session::NoticeStore store(10);
        QSignalSpy added(&store, &session::NoticeStore::noticesAdded);
        store.add(notices(1, 3));
        QCOMPARE(store.notices().size(), 3);
        QCOMPARE(store.notices().last().text, QStringLiteral("notice 3"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(0).toInt(), 3);
        QCOMPARE(added.first().at(1).toInt(), 0);
    }

    void dropsTheOldestBeyondCapacity()
    {
        session::NoticeStore store(5);
        QSignalSpy added(&store, &session::NoticeStore::noticesAdded);
        store.add(notices(1, 4));
        store.add(notices(5, 3));
        QCOMPARE(store.notices().size(), 5);
        QCOMPARE(store.notices().first().sequence, 3u);
        QCOMPARE(added.last().at(1).toInt(), 2);
        store.add(notices(100, 20));
        QCOMPARE(store.notices().first().sequence, 115u);
    }

    void anEmptyBatchSaysNothing()
    {
        session::NoticeStore store;
        QSignalSpy added(&store, &session::NoticeStore::noticesAdded);
        store.add({});
        QCOMPARE(added.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNoticeStore)
#include "tst_session_noticestore.moc"
