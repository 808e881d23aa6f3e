#pragma once
// modules::knowledge::KnowledgeModule: a sample third-party module, built against the SDK
// alone: an agent-tool side panel that suggests knowledge-base articles for the
// interaction shown and inserts one into the reply. docs/modules.md walks through it.

#include "api_module.h"
#include "api_providers.h"

#include <QObject>

namespace modules::knowledge {

class KnowledgeModule : public QObject, public api::Module, public api::AgentToolProvider {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SWITCHBOARD_MODULE_IID FILE "knowledge.json")
    Q_INTERFACES(modules::api::Module modules::api::AgentToolProvider)
public:
    api::InitResult initialize(api::ModuleContext *context) override;
    QString title() const override;
    api::PanelResult createToolView(api::InteractionHandle *interaction, QWidget *parent) override;
};

} // namespace modules::knowledge
