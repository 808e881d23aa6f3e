#include "knowledge_module.h"

#include "knowledge_view.h"

namespace modules::knowledge {

api::InitResult KnowledgeModule::initialize(api::ModuleContext *)
{
    return api::InitResult::success();
}

QString KnowledgeModule::title() const
{
    return tr("Knowledge base");
}

api::PanelResult KnowledgeModule::createToolView(api::InteractionHandle *interaction, QWidget *parent)
{
    return api::PanelResult::success(new KnowledgeView(interaction, parent));
}

} // namespace modules::knowledge
