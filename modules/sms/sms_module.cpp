#include "sms_module.h"

#include "api_interaction_handle.h"
#include "chat_panel.h"

namespace modules::sms {

api::InitResult SmsModule::initialize(api::ModuleContext *)
{
    return api::InitResult::success();
}

void SmsModule::shutdown() {}

QString SmsModule::channel() const
{
    return QStringLiteral("sms");
}

api::PanelResult SmsModule::createPanel(api::InteractionHandle *interaction, QWidget *parent)
{
    if (!interaction)
        return api::PanelResult::failure(tr("No interaction to show"));
    if (interaction->channel() != QLatin1String("sms"))
        return api::PanelResult::failure(tr("The SMS panel cannot show a %1 interaction").arg(interaction->channel()));
    return api::PanelResult::success(new chat::ChatPanel(interaction, parent));
}

} // namespace modules::sms
