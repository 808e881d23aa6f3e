// session::DraftStore: drafts written through to files, restored by a new store.

#include "session_draft_store.h"

#include <QTemporaryDir>
#include <QTest>

class TestDraftStore : public QObject {
    Q_OBJECT
private slots:
    void aDraftSurvivesTheStore()
    {
        QTemporaryDir dir;
        {
            session::DraftStore drafts(dir.path());
            QVERIFY(drafts.setDraft(QStringLiteral("i-1"), QStringLiteral("Dear customer, ")));
            QVERIFY(drafts.setDraft(QStringLiteral("i/2"), QStringLiteral("ümlaut\nsecond line")));
        }
        session::DraftStore restored(dir.path());
        QCOMPARE(restored.draft(QStringLiteral("i-1")), QStringLiteral("Dear customer, "));
        QCOMPARE(restored.draft(QStringLiteral("i/2")), QStringLiteral("ümlaut\nsecond line"));
    }

    void anEmptyDraftAndARemovedOneAreGone()
    {
        QTemporaryDir dir;
        {
            session::DraftStore drafts(dir.path());
            drafts.setDraft(QStringLiteral("a"), QStringLiteral("x"));
            drafts.setDraft(QStringLiteral("b"), QStringLiteral("y"));
            drafts.setDraft(QStringLiteral("c"), QStringLiteral("z"));
            drafts.setDraft(QStringLiteral("a"), QString());
            drafts.remove(QStringLiteral("b"));
        }
        session::DraftStore restored(dir.path());
        QCOMPARE(restored.interactionIds(), QStringList{QStringLiteral("c")});
        restored.retainOnly({});
        QVERIFY(session::DraftStore(dir.path()).interactionIds().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_session_draftstore.moc"
