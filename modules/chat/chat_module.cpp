#include "chat_module.h"

#include "api_interaction_handle.h"
#include "chat_panel.h"

namespace modules::chat {

api::InitResult ChatModule::initialize(api::ModuleContext *context)
{
    m_context = context;
    return api::InitResult::success();
}

void ChatModule::shutdown()
{
    m_context = nullptr;
}

QString ChatModule::channel() const
{
    return QStringLiteral("chat");
}

api::PanelResult ChatModule::createPanel(api::InteractionHandle *interaction, QWidget *parent)
{
    if (!interaction)
        return api::PanelResult::failure(tr("No interaction to show"));
    return api::PanelResult::success(new ChatPanel(interaction, parent));
}

} // namespace modules::chat
