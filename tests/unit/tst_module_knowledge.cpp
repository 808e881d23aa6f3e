// The sample third-party module (modules/knowledge): an agent-tool side panel built on
// the SDK alone, loaded by the host from the build tree like any module (signed by the
// build's key), driven through an in-test interaction.

#include "host_module_loader.h"
#include "host_module_registry.h"

#include "api_module.h"
#include "api_panel_state.h"
#include "api_providers.h"
#include "fixtures_fake_interaction.h"
#include "fixtures_module_harness.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using fixtures::FakeInteraction;
using modules::api::Message;

class TestModuleKnowledge : public QObject {
    Q_OBJECT

    fixtures::FakeModuleContext m_context{QStringLiteral("knowledge-base")};
    std::unique_ptr<modules::host::ModuleLoader> m_loader;

    QWidget *view(modules::api::InteractionHandle *interaction)
    {
        auto *tools = qobject_cast<modules::api::AgentToolProvider *>(m_loader->module() ? dynamic_cast<QObject *>(m_loader->module()) : nullptr);
        if (!tools)
            return nullptr;
        const modules::api::PanelResult result = tools->createToolView(interaction, nullptr);
        return result.ok() ? result.widget : nullptr;
    }
    static QStringList titles(QWidget *view)
    {
        QStringList out;
        auto *list = view->findChild<QListWidget *>(QStringLiteral("knowledgeArticles"));
        for (int row = 0; row < list->count(); ++row)
            out << list->item(row)->text();
        return out;
    }

private slots:
    void initTestCase()
    {
        modules::host::ModuleRegistry registry(QStringLiteral(SB_MODULES_BUILD_DIR));
        registry.setTrustedKeys(modules::host::TrustedKeys::fromDirectory(
            QStringLiteral(SWITCHBOARD_BIN_DIR "/../share/switchboard/trusted-keys")));
        registry.scan();
        const modules::host::ModuleSpec *spec = registry.selected(QStringLiteral("knowledge-base"));
        QVERIFY2(spec, "the knowledge-base module is not in the build tree's modules folder, signed");
        QCOMPARE(spec->kind(), modules::host::ModuleSpec::Kind::AgentTool);
        m_loader = std::make_unique<modules::host::ModuleLoader>(*spec);
        QVERIFY2(m_loader->load(), qPrintable(m_loader->errorString()));
        QVERIFY2(m_loader->initialize(&m_context), qPrintable(m_loader->errorString()));
        const QString problem = fixtures::unloadabilityProblem(spec->filePath());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void suggestsArticlesForWhatTheCustomerWrote()
    {
        FakeInteraction chat;
        chat.appendCustomer(QStringLiteral("Hello, my router has a blinking red light"));
        std::unique_ptr<QWidget> tool(view(&chat));
        QVERIFY(tool);
        QCOMPARE(titles(tool.get()).first(), QStringLiteral("Router: red light blinking"));
        // The conversation moves on: the suggestions follow.
        chat.appendCustomer(QStringLiteral("Also, where is my order? The parcel never arrived"));
        QCOMPARE(titles(tool.get()).first(), QStringLiteral("Order not arrived"));
        // A search overrides the suggestions.
        tool->findChild<QLineEdit *>(QStringLiteral("knowledgeSearch"))->setText(QStringLiteral("refund"));
        QCOMPARE(titles(tool.get()), QStringList{QStringLiteral("Refunds")});
    }

    void insertsTheArticleIntoTheReplyDraft()
    {
        FakeInteraction chat;
        chat.appendCustomer(QStringLiteral("I want to change my address"));
        chat.setDraft(QStringLiteral("Sure."));
        std::unique_ptr<QWidget> tool(view(&chat));
        auto *insert = tool->findChild<QPushButton *>(QStringLiteral("knowledgeInsert"));
        QVERIFY(insert->isEnabled());
        insert->click();
        QVERIFY(chat.draft().startsWith(QStringLiteral("Sure.\nAddresses can be changed")));
        chat.setState(FakeInteraction::State::WrapUp);
        QVERIFY(!insert->isEnabled());      // nothing to write into any more
    }

    void followsTheInteractionShownAndKeepsItsStateAcrossVersions()
    {
        FakeInteraction first, second;
        first.appendCustomer(QStringLiteral("my invoice is wrong"));
        second.appendCustomer(QStringLiteral("I want fibre"));
        std::unique_ptr<QWidget> tool(view(&first));
        QCOMPARE(titles(tool.get()).first(), QStringLiteral("Invoice explained"));
        QVERIFY(QMetaObject::invokeMethod(tool.get(), "setInteraction",
                                          Q_ARG(modules::api::InteractionHandle *, &second)));
        QCOMPARE(titles(tool.get()).first(), QStringLiteral("Upgrade to fibre"));

        auto *state = qobject_cast<modules::api::PanelState *>(tool.get());
        QVERIFY(state);
        tool->findChild<QLineEdit *>(QStringLiteral("knowledgeSearch"))->setText(QStringLiteral("courier"));
        const QVariantMap snapshot = state->snapshot();
        std::unique_ptr<QWidget> replacement(view(&second));
        qobject_cast<modules::api::PanelState *>(replacement.get())->restore(snapshot);
        QCOMPARE(replacement->findChild<QLineEdit *>(QStringLiteral("knowledgeSearch"))->text(), QStringLiteral("courier"));
        QVERIFY(replacement->findChild<QTextBrowser *>(QStringLiteral("knowledgeArticle"))->toPlainText().contains(QStringLiteral("courier")));
    }

    void everyControlHasAnAccessibleName()
    {
        FakeInteraction chat;
        std::unique_ptr<QWidget> tool(view(&chat));
        for (const char *name : {"knowledgeSearch", "knowledgeArticles", "knowledgeArticle", "knowledgeInsert"})
            QVERIFY2(!tool->findChild<QWidget *>(QLatin1String(name))->accessibleName().isEmpty(), name);
    }

    void unloadsOnceItsViewsAreGone()
    {
        QVERIFY(fixtures::isMapped(m_loader->spec().filePath()));
        QVERIFY2(m_loader->unload(), qPrintable(m_loader->unloadError()));
        QVERIFY(!fixtures::isMapped(m_loader->spec().filePath()));
    }
};

QTEST_MAIN(TestModuleKnowledge)
#include "tst_module_knowledge.moc"
