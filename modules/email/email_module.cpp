#include "email_module.h"

#include "api_interaction_handle.h"
#include "email_panel.h"

namespace modules::email {

api::InitResult EmailModule::initialize(api::ModuleContext *context)
{
    m_context = context;
    return api::InitResult::success();
}

void EmailModule::shutdown()
{
    m_context = nullptr;
}

QString EmailModule::channel() const
{
    return QStringLiteral("email");
}

api::PanelResult EmailModule::createPanel(api::InteractionHandle *interaction, QWidget *parent)
{
    if (!interaction)
        return api::PanelResult::failure(tr("No interaction to show"));
    if (interaction->channel() != channel())
        return api::PanelResult::failure(
            tr("The e-mail panel cannot show a %1 interaction").arg(interaction->channel()));
    return api::PanelResult::success(new EmailPanel(interaction, parent));
}

} // namespace modules::email
